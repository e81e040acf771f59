import { resolve } from 'node:path';
import { describe, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../src/core/assumptions.ts';
import { areaId } from '../../../src/core/model/ids.ts';
import { RULE_SET_2021 } from '../../../src/core/rulesets/ruleSet2021.ts';
import { demolitionsQuery } from '../../../src/analytics/housing/demolitionsQuery.ts';
import {
  dwellingStateQuery,
  dwellingStatesViewQuery,
} from '../../../src/analytics/housing/dwellingStateQuery.ts';
import { housingSetupQueries } from '../../../src/analytics/housing/housingSetupQueries.ts';
import {
  lettingStockQuery,
  lettingYearsQuery,
  lettingsByTypeQuery,
  vacancyYearsQuery,
} from '../../../src/analytics/housing/lettingsQuery.ts';
import { registerPlanShareQuery } from '../../../src/analytics/housing/registerPlanShareQuery.ts';
import { indicatorSetupQueries } from '../../../src/analytics/indicators/indicatorSetupQueries.ts';
import type { Query } from '../../../src/analytics/sql.ts';
import { expectGolden, expectNoOrphanGoldens } from '../../expectGolden.ts';

const DIR = resolve(import.meta.dirname, '..', '..', 'golden', 'housing-sql');

/** The housing queries (chapter 2.4–2.6, the dwelling stock) for a small fixed spec: SQL text and parameters. */
function goldenQueries(): [string, Query][] {
  const areaDwellings = indicatorSetupQueries({
    years: [{ year: 2024, measures: RULE_SET_2021.measures }],
    assumptions: DEFAULT_ASSUMPTIONS,
    dwellingEvents: true,
  }).find((q) => q.sql.includes('ind_area_dwellings AS'));
  if (areaDwellings === undefined) throw new Error('no ind_area_dwellings query');
  const setup = housingSetupQueries({
    listYear: 2024,
    categories: new Map([
      ['udsat', [areaId('A')]],
      ['forebyggelse', [areaId('B'), areaId('C')]],
    ]),
    dwellingEvents: true,
  });
  return [
    ['dwelling-states-as-built', dwellingStatesViewQuery(false)],
    ['dwelling-states-with-events', dwellingStatesViewQuery(true)],
    ['dwelling-state-years', dwellingStateQuery([2023, 2024], true)],
    ['indicators-area-dwellings-with-events', areaDwellings],
    ...setup.map((q, i): [string, Query] => [`setup-${i + 1}`, q]),
    ['lettings-by-type', lettingsByTypeQuery([2023, 2024])],
    ['letting-stock', lettingStockQuery(2024, { lettings: true, vacancies: true })],
    [
      'letting-stock-without-lettings-and-vacancies',
      lettingStockQuery(2024, { lettings: false, vacancies: false }),
    ],
    ['letting-years', lettingYearsQuery()],
    ['vacancy-years', vacancyYearsQuery()],
    ['demolitions-in-force', demolitionsQuery(2018, 2024, { listOffset: -1 })],
    ['demolitions-list-year', demolitionsQuery(2018, 2024, { fixedListYear: 2024 })],
    ['register-plan-share', registerPlanShareQuery(['A', 'B'], [2019, 2024], true)],
    ['register-plan-share-without-floor', registerPlanShareQuery(['A'], [2024], false)],
  ];
}

const render = (q: Query): string => `-- params: ${JSON.stringify(q.params)}\n${q.sql}\n`;

describe('housing SQL (golden text)', () => {
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
