import { Type, type TSchema } from '@sinclair/typebox';
import { LIST_IDS } from '../../core/model/lists.ts';

// The API's schemas, one place: route inputs are validated by them (a bad year is a 400 before any handler
// runs), responses are serialised by them, and the OpenAPI document at /api/v1/openapi.json is built from them.

const nullable = <T extends TSchema>(s: T) => Type.Union([s, Type.Null()]);

export const ErrorSchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'bad_request, not_found, method_not_allowed or internal' }),
      message: Type.String(),
      details: Type.Array(Type.Object({ path: Type.String(), message: Type.String() })),
    }),
  },
  { $id: 'Error', description: 'The one error shape of the API.' },
);

export const YearParam = Type.Integer({
  minimum: 2010,
  maximum: 2100,
  description: 'A list year (the lists of 1 December).',
});
export const ListParam = Type.Union(
  LIST_IDS.map((l) => Type.Literal(l)),
  { description: `One of ${LIST_IDS.join(', ')}.` },
);
export const AreaIdParam = Type.String({
  pattern: '^[0-9A-Za-z][0-9A-Za-z_-]{0,79}$',
  maxLength: 80,
  description: 'An area id, e.g. 101-kirkehegnet.',
});
export const ScenarioParam = Type.String({
  pattern: '^[0-9A-Za-z][0-9A-Za-z-]{0,60}$',
  maxLength: 61,
  description: "A scenario's rule set id, e.g. 2021-uden-etnisk (see /api/v1/scenarios).",
});
export const MunicipalityParam = Type.String({
  pattern: '^[0-9]{3}$',
  description: "Statistics Denmark's 3-digit municipality code.",
});

const ListIdSchema = Type.String({ enum: [...LIST_IDS] });

export const CriterionSchema = Type.Object(
  {
    id: Type.String(),
    measure: Type.String(),
    legalRef: Type.String(),
    operator: Type.String(),
    threshold: Type.Number(),
    reference: Type.String(),
    kind: Type.String({ enum: ['evaluated', 'notComputable'] }),
    value: Type.Optional(Type.Number()),
    valueExact: Type.Optional(Type.String()),
    valueDecimals: Type.Optional(Type.Integer()),
    valueDa: Type.String({ description: 'The value as published (one decimal, or more where needed).' }),
    met: Type.Optional(Type.Boolean()),
    margin: Type.Optional(Type.Number()),
    marginPersons: Type.Optional(nullable(Type.Number())),
    marginDa: Type.String(),
    textDa: Type.Optional(Type.String()),
    why: Type.Optional(Type.String()),
  },
  { $id: 'Criterion' },
);

const RuleSetRef = Type.Object({ id: Type.String(), nameDa: Type.String(), sha256: Type.String() });

/** A scenario's label: on every answer showing a scenario's lists; null on the law's. */
const ScenarioRef = Type.Object(
  {
    id: Type.String(),
    ruleSetId: Type.String({ description: 'The rule set the scenario lists are computed with.' }),
    nameDa: Type.String(),
    labelDa: Type.String({ description: '"Scenarie: <name> — ikke de officielle lister".' }),
    basedOn: nullable(Type.String()),
    sha256: Type.String(),
  },
  {
    description: 'A scenario: lists computed with a rule set other than the law’s, never the official lists.',
  },
);

const OfficialListSchema = Type.Object(
  {
    year: Type.Integer(),
    list: ListIdSchema,
    completeness: Type.String({ enum: ['complete', 'partial'] }),
    named: Type.Integer(),
    officialCount: nullable(Type.Integer()),
    members: Type.Array(
      Type.Object({ name: Type.String(), municipalityCode: Type.String(), areaId: nullable(Type.String()) }),
    ),
  },
  {
    $id: 'OfficialList',
    description: 'An official list: partial when the sources name fewer areas than it had.',
  },
);

const AreaRef = Type.Object({
  areaId: Type.String(),
  name: Type.String(),
  municipalityCode: Type.String(),
  municipalityName: nullable(Type.String()),
});

export const YearsResponse = Type.Object({
  runId: Type.String({ description: 'The newest served run.' }),
  dataDate: Type.String({ description: 'When the newest run finished (ISO 8601).' }),
  runs: Type.Array(
    Type.Object({
      runId: Type.String(),
      startedAt: Type.String(),
      finishedAt: Type.String(),
      years: Type.Array(Type.Integer(), { description: 'The years the run computed.' }),
      shownYears: Type.Array(Type.Integer(), {
        description: 'The years served from it: a year computed by several runs is served from the latest.',
      }),
    }),
    { description: 'The served runs with the law’s rule sets, newest first.' },
  ),
  computed: Type.Array(
    Type.Object({
      year: Type.Integer(),
      runId: Type.String(),
      ruleSet: RuleSetRef,
      lists: Type.Array(ListIdSchema),
    }),
  ),
  scenarios: Type.Array(
    Type.Object({ id: Type.String(), labelDa: Type.String(), years: Type.Array(Type.Integer()) }),
    { description: 'Scenario runs served beside the law’s lists (/api/v1/scenarios).' },
  ),
  official: Type.Array(
    Type.Object({
      year: Type.Integer(),
      lists: Type.Array(
        Type.Object({
          list: ListIdSchema,
          completeness: Type.String({ enum: ['complete', 'partial'] }),
          named: Type.Integer(),
          officialCount: nullable(Type.Integer()),
        }),
      ),
    }),
  ),
});

const SOURCE = Type.String({
  enum: ['computed', 'official', 'scenario'],
  description: 'computed by the law’s rules, an official list, or a scenario’s (see `scenario`).',
});

export const ListsOfYearResponse = Type.Object({
  year: Type.Integer(),
  source: SOURCE,
  scenario: nullable(ScenarioRef),
  runId: nullable(Type.String()),
  ruleSet: nullable(RuleSetRef),
  lists: Type.Array(
    Type.Object({
      list: ListIdSchema,
      nameDa: Type.String(),
      count: nullable(Type.Integer({ description: 'Null where the official count is not known.' })),
      uncertain: Type.Integer({ description: 'Areas whose decision is uncertain (maybe on the list).' }),
      changeSincePrevious: nullable(Type.Integer()),
      completeness: Type.String({ enum: ['computed', 'complete', 'partial'] }),
    }),
  ),
});

const ListRowSchema = Type.Object({
  ...AreaRef.properties,
  residents: Type.Integer(),
  eligible: Type.Boolean({ description: 'False below the residents floor: not assessed.' }),
  member: Type.Boolean(),
  uncertain: Type.Boolean(),
  reasonDa: Type.String(),
  metCount: nullable(Type.Integer()),
  groupSize: nullable(Type.Integer()),
  criteria: Type.Array(Type.Ref('Criterion')),
});

export const ListResponse = Type.Object({
  year: Type.Integer(),
  list: ListIdSchema,
  nameDa: Type.String(),
  source: SOURCE,
  scenario: nullable(ScenarioRef),
  runId: nullable(Type.String()),
  ruleSet: nullable(RuleSetRef),
  members: Type.Array(ListRowSchema, { description: 'Computed: areas on the list.' }),
  uncertain: Type.Array(ListRowSchema, { description: 'Computed: areas whose decision is uncertain.' }),
  official: nullable(Type.Ref('OfficialList')),
});

const MembershipSchema = Type.Object({
  state: Type.String({ enum: ['yes', 'no', 'unknown', 'noList'] }),
  source: Type.Optional(Type.String({ enum: ['computed', 'history'] })),
  whyDa: Type.Optional(Type.String({ description: 'Why the membership is not known.' })),
});

const DecisionSchema = Type.Object({
  list: ListIdSchema,
  nameDa: Type.String(),
  member: Type.Boolean(),
  uncertain: Type.Boolean(),
  metCount: nullable(Type.Integer()),
  groupSize: nullable(Type.Integer()),
  reasonDa: Type.String(),
  reasonEn: Type.String(),
  criteria: Type.Array(Type.Ref('Criterion')),
});

export const AreaResponse = Type.Object({
  ...AreaRef.properties,
  scenario: nullable(ScenarioRef),
  timeline: Type.Object({
    years: Type.Array(Type.Integer()),
    lists: Type.Array(Type.Object({ list: ListIdSchema, memberships: Type.Array(MembershipSchema) })),
  }),
  years: Type.Array(
    Type.Object({
      year: Type.Integer(),
      ruleSetId: Type.String(),
      runId: Type.String({ description: 'The run the year is served from.' }),
      residents: Type.Integer(),
      eligible: Type.Boolean(),
      lists: Type.Array(ListIdSchema),
      summaryDa: Type.String(),
      decisions: Type.Array(DecisionSchema),
      changes: Type.Array(
        Type.Object({
          list: ListIdSchema,
          change: Type.String({ enum: ['entered', 'left', 'stayed', 'unknown'] }),
          before: Type.String(),
          after: Type.String(),
          reasonDa: Type.String(),
          reasonEn: Type.String(),
        }),
      ),
    }),
    { description: 'Newest first.' },
  ),
});

export const OfficialAreaResponse = Type.Object({
  ...AreaRef.properties,
  aliases: Type.Array(Type.String()),
  timeline: Type.Object({
    years: Type.Array(Type.Integer()),
    rows: Type.Array(Type.Object({ list: ListIdSchema, cells: Type.Array(MembershipSchema) })),
  }),
});

export const MunicipalityResponse = Type.Object({
  code: Type.String(),
  name: Type.String(),
  regionName: Type.String(),
  year: Type.Integer(),
  areas: Type.Array(
    Type.Object({
      ...AreaRef.properties,
      residents: nullable(Type.Integer()),
      lists: Type.Array(ListIdSchema),
    }),
  ),
  official: Type.Array(
    Type.Object({
      year: Type.Integer(),
      list: ListIdSchema,
      name: Type.String(),
      areaId: nullable(Type.String()),
      partial: Type.Boolean(),
    }),
  ),
});

const CriterionRule = Type.Object({
  id: Type.String(),
  measure: Type.String(),
  legalRef: Type.String(),
  descriptionDa: Type.String(),
  operator: Type.String(),
  threshold: Type.Number(),
  reference: Type.String(),
  averagingYears: Type.Integer(),
});

export const RuleSetsResponse = Type.Array(
  Type.Object({
    id: Type.String(),
    nameDa: Type.String(),
    description: Type.String(),
    minResidents: Type.Integer(),
    basedOn: Type.Optional(Type.String()),
    measures: Type.Object({ k3Education: Type.String(), averagingYears: Type.Integer() }),
    listYears: Type.Array(Type.Integer()),
    inForce: Type.Boolean(),
    sha256: Type.String(),
    scenario: Type.Boolean({ description: 'A served scenario’s rule set, not the law’s.' }),
    legalTexts: Type.Array(
      Type.Object({
        citationDa: Type.String(),
        titleDa: Type.String(),
        url: Type.String(),
        covers: Type.Optional(
          Type.Array(Type.String(), { description: 'Paragraphs read in this text rather than the first.' }),
        ),
      }),
      { description: 'Where the paragraphs (legalRef) are read: retsinformation.dk, or the bill on ft.dk.' },
    ),
    lists: Type.Array(
      Type.Object({
        list: ListIdSchema,
        legalRef: Type.String(),
        descriptionDa: Type.String(),
        requires: Type.Optional(Type.Array(ListIdSchema)),
        excludes: Type.Optional(Type.Array(ListIdSchema)),
        gates: Type.Optional(Type.Array(CriterionRule)),
        group: Type.Optional(Type.Object({ minMet: Type.Integer(), criteria: Type.Array(CriterionRule) })),
        persistence: Type.Optional(
          Type.Object({
            of: ListIdSchema,
            years: Type.Integer(),
            transitional: Type.Optional(Type.Object({ throughYear: Type.Integer(), years: Type.Integer() })),
          }),
        ),
      }),
    ),
  }),
);

export const ChangesResponse = Type.Object({
  year: Type.Integer(),
  scenario: nullable(ScenarioRef),
  runId: Type.String(),
  changes: Type.Array(
    Type.Object({
      list: ListIdSchema,
      areaId: Type.String(),
      name: Type.String(),
      change: Type.String({ enum: ['entered', 'left', 'stayed', 'unknown'] }),
      before: Type.String(),
      after: Type.String(),
      reasonDa: Type.String(),
      reasonEn: Type.String(),
    }),
  ),
});

export const SearchResponse = Type.Object({
  query: Type.String(),
  areas: Type.Array(AreaRef),
  municipalities: Type.Array(
    Type.Object({ code: Type.String(), name: Type.String(), via: Type.Optional(Type.String()) }),
  ),
  official: Type.Array(
    Type.Object({
      name: Type.String(),
      municipalityCode: Type.String(),
      municipalityName: nullable(Type.String()),
      areaId: nullable(Type.String({ description: 'The official area (/api/v1/official-areas/{id}).' })),
      years: Type.String({ description: 'The years the official lists name the area, e.g. "2018–2022".' }),
    }),
    { description: 'Areas named on the official lists 2010–2024 (partial where the record is).' },
  ),
});

export const ScenariosResponse = Type.Array(
  Type.Object({
    ...ScenarioRef.properties,
    description: Type.String(),
    runIds: Type.Array(Type.String()),
    years: Type.Array(
      Type.Object({ year: Type.Integer(), runId: Type.String(), lists: Type.Array(ListIdSchema) }),
    ),
  }),
);

/** Schemas referenced by `$ref` from the routes (registered once with `addSchema`). */
export const SHARED_SCHEMAS = [ErrorSchema, CriterionSchema, OfficialListSchema] as const;
