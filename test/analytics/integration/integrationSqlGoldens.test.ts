import { resolve } from 'node:path';
import { describe, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../src/core/assumptions.ts';
import { areaId } from '../../../src/core/model/ids.ts';
import {
  childrenWithConvictedAdultQuery,
  childrenWithoutEmployedAdultQuery,
  employmentRateQuery,
  examMeansQuery,
  integrationSetupQueries,
  pupilsInNonwesternSchoolsQuery,
  youngMenConvictedQuery,
} from '../../../src/analytics/integration/integrationQueries.ts';
import type { Query } from '../../../src/analytics/sql.ts';
import { expectGolden, expectNoOrphanGoldens } from '../../expectGolden.ts';

const DIR = resolve(import.meta.dirname, '..', '..', 'golden', 'integration-sql');

/** Chapter 4's queries for list year 2024 (t = 2023): their SQL text and parameters. */
function goldenQueries(): [string, Query][] {
  const setup = integrationSetupQueries(2024, [areaId('A'), areaId('B')], DEFAULT_ASSUMPTIONS, true);
  return [
    ...setup.map((q, i): [string, Query] => [`setup-${i + 1}`, q]),
    ['figur-4.1-employment', employmentRateQuery(2023)],
    ['figur-4.2-children-without-employed-adult', childrenWithoutEmployedAdultQuery(2023)],
    ['figur-4.3-exam-means', examMeansQuery([2022, 2023, 2024])],
    ['figur-4.4-pupils-in-nonwestern-schools', pupilsInNonwesternSchoolsQuery(2023)],
    ['figur-4.5-young-men-convicted', youngMenConvictedQuery(2023, DEFAULT_ASSUMPTIONS)],
    [
      'figur-4.6-children-with-convicted-adult',
      childrenWithConvictedAdultQuery(2023, 1, DEFAULT_ASSUMPTIONS),
    ],
  ];
}

const render = (q: Query): string => `-- params: ${JSON.stringify(q.params)}\n${q.sql}\n`;

describe('chapter 4 analysis SQL (golden text)', () => {
  const queries = goldenQueries();
  for (const [name, q] of queries) {
    it(name, () => expectGolden(DIR, `${name}.sql`, render(q)));
  }
  it('has no orphan goldens', () =>
    expectNoOrphanGoldens(
      DIR,
      queries.map(([n]) => `${n}.sql`),
    ));
});
