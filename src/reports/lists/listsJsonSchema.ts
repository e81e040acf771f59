import { z } from 'zod';
import { MEASURE_IDS, OPERATORS, REFERENCE_KINDS } from '../../core/model/criteria.ts';
import { LIST_IDS } from '../../core/model/lists.ts';
import type { CriterionJson, ListMemberJson, ListsJson } from './listsJson.ts';

export type { CriterionJson, ListMemberJson, ListsJson } from './listsJson.ts';

// The schema of `lists.json` (the future API payload), beside the types `listsJson` builds it with. Objects are
// strict: a field the types gain or lose fails both the type check at the end of this file and the parse of
// every written lists.json in the tests. docs/lists.schema.json is generated from it (writeListsSchema.ts).

const count = z.number().int().nonnegative();

const criterionBase = {
  id: z.string().meta({ description: 'Unique within the rule set, e.g. "udsat.K1".' }),
  measure: z.string().meta({ description: `The measure compared: one of ${MEASURE_IDS.join(', ')}.` }),
  legalRef: z
    .string()
    .meta({ description: 'The legal reference, e.g. "almenboligloven § 61 a, stk. 1, nr. 1".' }),
  operator: z.string().meta({ description: `As the law words it: one of ${OPERATORS.join(', ')}.` }),
  threshold: z.number(),
  reference: z
    .string()
    .meta({ description: `What the value is compared in: one of ${REFERENCE_KINDS.join(', ')}.` }),
};

export const criterionJsonSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      ...criterionBase,
      kind: z.literal('evaluated'),
      value: z.number(),
      valueExact: z
        .string()
        .regex(/^-?\d+(\.\d{1,15})?$/)
        .meta({
          description: 'The value exactly, as a decimal (15 decimals at most): what the decision compared.',
        }),
      valueDecimals: count.meta({
        description:
          'The decimals the value is printed with in textDa (one, or more where one would contradict the decision).',
      }),
      met: z.boolean(),
      margin: z.number(),
      marginPersons: z.number().nullable(),
      textDa: z.string(),
    }),
    z.strictObject({
      ...criterionBase,
      kind: z.literal('notComputable'),
      why: z.string().meta({ description: 'Why the value is not known, in Danish.' }),
    }),
  ])
  .meta({
    id: 'Criterion',
    description: 'One criterion of a decision: its value, threshold and margin, or why it is not computable.',
  });

export const listMemberJsonSchema = z
  .strictObject({
    areaId: z.string(),
    name: z.string(),
    municipalityCode: z.string().meta({ description: "Statistics Denmark's 3-digit municipality code." }),
    municipalityName: z.string().nullable(),
    residents: count.nullable(),
    reasonDa: z.string().nullable().meta({
      description:
        'The decision\'s Danish sentence, e.g. "Udsat: K1 52,3 pct. > 40 pct., K3 61,2 pct. > 60 pct. (2 af 4)".',
    }),
    uncertain: z.boolean(),
    metCount: count.nullable(),
    groupSize: count.nullable(),
    criteria: z.array(criterionJsonSchema),
  })
  .meta({
    id: 'ListMember',
    description: 'An area on a list (or maybe on it), with the criteria of its decision.',
  });

export const listsJsonSchema = z
  .strictObject({
    format: z.literal('boligmonitor.lists/1'),
    contextYears: z.array(z.number().int()).meta({
      description: 'Earlier years computed because the years of the run depend on them.',
    }),
    uncoveredYears: z.array(z.number().int()).meta({
      description: 'Years the run depends on that were neither computed nor covered by history.',
    }),
    years: z.array(
      z.strictObject({
        year: z
          .number()
          .int()
          .meta({ description: 'The list year: the lists of 1 December, figures at 1 January.' }),
        ruleSet: z.strictObject({
          id: z.string(),
          nameDa: z.string(),
          sha256: z.string().regex(/^[0-9a-f]{64}$/),
          basedOn: z.string().optional(),
        }),
        lists: z.array(
          z.strictObject({
            list: z.enum(LIST_IDS),
            nameDa: z.string(),
            count: count.meta({ description: 'The number of members.' }),
            members: z.array(listMemberJsonSchema),
            uncertain: z.array(listMemberJsonSchema).meta({
              description:
                'Areas whose decision is uncertain (a figure or an earlier year is not known): maybe on the list.',
            }),
          }),
        ),
      }),
    ),
  })
  .meta({
    title: 'lists.json',
    description:
      'Boligmonitor lists.json: per year and list, the members with every criterion’s value, threshold, margin and reason.',
  });

/** Plain data: arrays mutable, properties writable, intersections flattened, so equal shapes compare equal. */
type Plain<T> = T extends readonly (infer U)[]
  ? Plain<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Plain<T[K]> }
    : T;
/** True only when A and B are the same type (not merely assignable one way). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;

/** These fail to compile when a schema and its type drift apart. */
export type ListsJsonSchemaAgrees = Assert<Same<Plain<z.output<typeof listsJsonSchema>>, Plain<ListsJson>>>;
export type ListMemberJsonSchemaAgrees = Assert<
  Same<Plain<z.output<typeof listMemberJsonSchema>>, Plain<ListMemberJson>>
>;
export type CriterionJsonSchemaAgrees = Assert<
  Same<Plain<z.output<typeof criterionJsonSchema>>, Plain<CriterionJson>>
>;
