import { resolve } from 'node:path';
import { describe, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../src/core/assumptions.ts';
import { changeDecompositionQuery } from '../../../src/analytics/report/changeDecompositionQuery.ts';
import {
  countryCriteriaQuery,
  criteriaByCategoryQuery,
} from '../../../src/analytics/report/criteriaByCategoryQuery.ts';
import { reportPopulationQueries } from '../../../src/analytics/report/reportPopulationQueries.ts';
import { areaId } from '../../../src/core/model/ids.ts';
import type { Query } from '../../../src/analytics/sql.ts';
import { expectGolden, expectNoOrphanGoldens } from '../../expectGolden.ts';

const DIR = resolve(import.meta.dirname, '..', '..', 'golden', 'report-sql');

/** The report's analysis queries for a small fixed spec: their SQL text and parameters. */
function goldenQueries(): [string, Query][] {
  const population = reportPopulationQueries({
    listYear: 2024,
    categories: new Map([
      ['udsat', [areaId('A')]],
      ['forebyggelse', [areaId('B'), areaId('C')]],
    ]),
    areaYears: [2023, 2024],
    assumptions: DEFAULT_ASSUMPTIONS,
  });
  return [
    ...population.map((q, i): [string, Query] => [`population-${i + 1}`, q]),
    ['country-criteria', countryCriteriaQuery(DEFAULT_ASSUMPTIONS, { year: 2024, k3Danish: true })],
    [
      'criteria-by-category',
      criteriaByCategoryQuery(DEFAULT_ASSUMPTIONS, { years: [2023, 2024], k3DanishYears: [2023, 2024] }),
    ],
    [
      'change-decomposition',
      changeDecompositionQuery(DEFAULT_ASSUMPTIONS, 2024, ['udsat', 'forebyggelse'], {
        previous: true,
        current: true,
      }),
    ],
  ];
}

const render = (q: Query): string => `-- params: ${JSON.stringify(q.params)}\n${q.sql}\n`;

describe('report analysis SQL (golden text)', () => {
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
