import { resolve } from 'node:path';
import { describe, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../src/core/assumptions.ts';
import { daycareSharesQuery, oneYearOldsQuery } from '../../../src/analytics/duties/daycareQueries.ts';
import { dutySetupQueries } from '../../../src/analytics/duties/dutySetupQueries.ts';
import { kombineretUdlejningCountsQuery } from '../../../src/analytics/duties/kombineretUdlejningQuery.ts';
import {
  absenceCountsQuery,
  languageTestAttemptsQuery,
  languageTestPupilsQuery,
  schoolSharesQuery,
} from '../../../src/analytics/duties/schoolQueries.ts';
import type { Query } from '../../../src/analytics/sql.ts';
import { areaId } from '../../../src/core/model/ids.ts';
import { expectGolden, expectNoOrphanGoldens } from '../../expectGolden.ts';

const DIR = resolve(import.meta.dirname, '..', '..', 'golden', 'duties-sql');

/** The duties' and chapter 5's queries for a small fixed spec: their SQL text and parameters. */
function goldenQueries(): [string, Query][] {
  const setup = dutySetupQueries(
    new Map([
      [2022, { kind: 'known', year: 2022, areas: [areaId('A'), areaId('C')] }],
      [2023, { kind: 'unknown', year: 2023, why: 'ikke beregnet' }],
    ]),
    [2023, 2024],
    DEFAULT_ASSUMPTIONS,
    true,
  );
  return [
    ...setup.map((q, i): [string, Query] => [`setup-${i + 1}`, q]),
    [
      'daycare-shares',
      daycareSharesQuery(
        [{ countYear: 2023, listYear: 2022, residenceYear: 2024 }],
        ['kommunal', 'selvejende'],
      ),
    ],
    ['one-year-olds', oneYearOldsQuery([{ countYear: 2023, residenceYear: 2024 }], ['A'])],
    ['school-shares', schoolSharesQuery(2024, [2022, 2023, 2024])],
    ['absence-counts', absenceCountsQuery([2023, 2024])],
    ['language-test-pupils', languageTestPupilsQuery([2023, 2024], true)],
    ['language-test-attempts', languageTestAttemptsQuery(2024)],
    ['kombineret-udlejning-counts', kombineretUdlejningCountsQuery('r1', 2024)],
  ];
}

const render = (q: Query): string => `-- params: ${JSON.stringify(q.params)}\n${q.sql}\n`;

describe('duties and chapter 5 SQL (golden text)', () => {
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
