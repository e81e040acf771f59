import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listsJsonSchema, type ListsJson } from '../../src/reports/lists/listsJsonSchema.ts';
import { LISTS_SCHEMA_PATH, listsSchemaFileText } from '../../src/reports/lists/writeListsSchema.ts';
import { runCli } from '../cli/cliHarness.ts';
import { updatingGoldens } from '../expectGolden.ts';
import { tempDir } from '../tempDir.ts';

/** A small valid payload, typed by hand: one year, one list, one member with both kinds of criterion. */
const VALID: ListsJson = {
  format: 'boligmonitor.lists/1',
  contextYears: [2020],
  uncoveredYears: [],
  years: [
    {
      year: 2021,
      ruleSet: { id: '2021', nameDa: 'Regelsæt 2021', sha256: 'a'.repeat(64) },
      lists: [
        {
          list: 'udsat',
          nameDa: 'Udsatte boligområder',
          count: 1,
          members: [
            {
              areaId: '101-alfa',
              name: 'Alfa',
              municipalityCode: '101',
              municipalityName: 'København',
              residents: 1500,
              reasonDa: 'Udsat: K1 45,0 pct. > 40 pct., K2 4,0× ≥ 3× (2 af 4)',
              uncertain: false,
              metCount: 2,
              groupSize: 4,
              criteria: [
                {
                  id: 'udsat.K1',
                  measure: 'K1',
                  legalRef: 'almenboligloven § 61 a, stk. 1, nr. 1',
                  operator: '>',
                  threshold: 40,
                  reference: 'pct',
                  kind: 'evaluated',
                  value: 45,
                  valueExact: '45',
                  valueDecimals: 1,
                  met: true,
                  margin: 5,
                  marginPersons: null,
                  textDa: 'K1 45,0 pct. > 40 pct.',
                },
                {
                  id: 'udsat.K3',
                  measure: 'K3',
                  legalRef: 'almenboligloven § 61 a, stk. 1, nr. 3',
                  operator: '>',
                  threshold: 60,
                  reference: 'pct',
                  kind: 'notComputable',
                  why: 'K3: education mangler for 2020',
                },
              ],
            },
          ],
          uncertain: [],
        },
      ],
    },
  ],
};

/** The issues of a rejected payload as `path: message` lines (zod's own pretty form). */
function rejection(payload: unknown): string {
  const r = listsJsonSchema.safeParse(payload);
  expect(r.success, 'the broken payload was accepted').toBe(false);
  return r.success ? '' : z.prettifyError(r.error);
}

type Path = readonly (string | number)[];

/** A deep copy of VALID with the value at `path` deleted or replaced. */
function broken(path: Path, change: 'delete' | { readonly set: unknown }): unknown {
  const copy: unknown = structuredClone(VALID);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (change === 'delete') delete node[last];
  else node[last] = change.set;
  return copy;
}

const MEMBER: Path = ['years', 0, 'lists', 0, 'members', 0];

describe('lists.json has a schema (src/reports/lists/listsJsonSchema.ts)', () => {
  it('accepts the hand-made valid payload', () => {
    expect(listsJsonSchema.parse(VALID)).toEqual(VALID);
  });

  it('accepts the lists.json of a `lists` run on examples/area-figures.csv (2016–2024, with history)', async () => {
    const out = join(tempDir(), 'out');
    const r = await runCli([
      'lists',
      '--figures',
      'examples/area-figures.csv',
      '--history',
      'examples/history.csv',
      '--years',
      '2016-2024',
      '--out',
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const payload: unknown = JSON.parse(readFileSync(join(out, 'lists.json'), 'utf8'));
    const parsed = listsJsonSchema.safeParse(payload);
    expect(parsed.success, parsed.success ? '' : z.prettifyError(parsed.error)).toBe(true);
    // Both kinds of criterion occur, so both branches of the schema are exercised.
    const kinds = new Set(
      parsed.data?.years.flatMap((y) =>
        y.lists.flatMap((l) => [...l.members, ...l.uncertain].flatMap((m) => m.criteria.map((c) => c.kind))),
      ),
    );
    expect([...kinds].sort()).toEqual(['evaluated', 'notComputable']);
  });

  it('rejects a missing field, naming its path', () => {
    const message = rejection(broken([...MEMBER, 'residents'], 'delete'));
    expect(message).toContain('→ at years[0].lists[0].members[0].residents');
  });

  it('rejects a value of the wrong kind, naming its path and what was expected', () => {
    const message = rejection(broken(['years', 0, 'lists', 0, 'count'], { set: '1' }));
    expect(message).toContain('expected number, received string');
    expect(message).toContain('→ at years[0].lists[0].count');
  });

  it('rejects an unknown criterion kind, an unknown list and a field the types do not have', () => {
    expect(rejection(broken([...MEMBER, 'criteria', 1, 'kind'], { set: 'unknown' }))).toContain(
      '→ at years[0].lists[0].members[0].criteria[1].kind',
    );
    expect(rejection(broken(['years', 0, 'lists', 0, 'list'], { set: 'ghettoish' }))).toContain(
      '→ at years[0].lists[0].list',
    );
    expect(rejection(broken(['years', 0, 'ruleSet', 'extra'], { set: 1 }))).toMatch(
      /Unrecognized key: "extra"\n {2}→ at years\[0\]\.ruleSet/,
    );
  });
});

describe('docs/lists.schema.json, the JSON Schema of lists.json', () => {
  it('is generated from the zod schema (npx tsx src/reports/lists/writeListsSchema.ts)', async () => {
    const generated = await listsSchemaFileText();
    if (updatingGoldens()) writeFileSync(LISTS_SCHEMA_PATH, generated);
    const hint = 'run `npx tsx src/reports/lists/writeListsSchema.ts`';
    expect(existsSync(LISTS_SCHEMA_PATH), `docs/lists.schema.json is missing: ${hint}`).toBe(true);
    expect(readFileSync(LISTS_SCHEMA_PATH, 'utf8'), `docs/lists.schema.json is out of date: ${hint}`).toBe(
      generated,
    );
  });

  it('is a draft 2020-12 schema that closes every object and requires the format', () => {
    const doc = JSON.parse(readFileSync(LISTS_SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
    expect(doc['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(doc['required']).toEqual(['format', 'contextYears', 'uncoveredYears', 'years']);
    expect(doc['additionalProperties']).toBe(false);
    expect(Object.keys(doc['$defs'] as object).sort()).toEqual(['Criterion', 'ListMember']);
  });
});
