import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../src/core/assumptions.ts';
import { RULE_SET_2010 } from '../../src/core/rulesets/ruleSet2010.ts';
import { RULE_SET_2021 } from '../../src/core/rulesets/ruleSet2021.ts';
import { CONTRACT_TABLES, DELIVERY_SCHEMA } from '../../src/analytics/delivery/deliverySchema.ts';
import { indicatorQueries } from '../../src/analytics/indicators/areaFiguresFromWorkspace.ts';
import { areaYearsQuery, indicatorCountsQuery } from '../../src/analytics/indicators/areaFiguresQuery.ts';
import {
  deliveryCoverageQuery,
  keptCoverageQuery,
} from '../../src/analytics/indicators/deliveryCoverageQuery.ts';
import { indicatorSourcesQueries } from '../../src/analytics/indicators/indicatorSourcesQueries.ts';
import {
  acceptedRowsQuery,
  deleteRejectedQuery,
  describeSourceQuery,
  issueCountQuery,
  parquetViewQueries,
  storageSettingsQuery,
  typeIssuesQuery,
  typedDataQuery,
  typedDataViewQuery,
  typedWithoutFailedQuery,
  yearRangeQuery,
} from '../../src/analytics/load/loadQueries.ts';
import {
  clearValidationCacheQuery,
  createValidationCacheQuery,
  existingRelationsQuery,
  readValidationCacheQuery,
  storeValidationCacheQuery,
} from '../../src/analytics/load/validationCacheQueries.ts';
import { referenceTablesQueries } from '../../src/analytics/load/referenceTablesQueries.ts';
import type { Query } from '../../src/analytics/sql.ts';
import { rowRulesQuery, setRuleQuery } from '../../src/analytics/validate/offendingRowsQuery.ts';
import type { RowRule } from '../../src/analytics/validate/validationRule.ts';
import {
  PERSON_YEAR_TABLES,
  ROW_RULE_JOINS,
  byPersonQuery,
  typeRule,
  validationRules,
} from '../../src/analytics/validate/validationRules.ts';
import {
  createRunsTableQuery,
  finishRunQuery,
  rejectsQuery,
} from '../../src/analytics/workspace/runsQueries.ts';
import { expectGolden, expectNoOrphanGoldens } from '../expectGolden.ts';

const GOLDEN_DIR = resolve(import.meta.dirname, '..', 'golden', 'sql');

/** Every SQL builder of the pipeline, with fixed inputs, by golden file name. */
function goldenQueries(): [string, Query][] {
  const out: [string, Query][] = [];
  const rules = validationRules();
  out.push(['load-describe-csv', describeSourceQuery('csv', '/delivery/persons.csv')]);
  out.push(['load-describe-parquet', describeSourceQuery('parquet', '/delivery/persons.parquet')]);
  parquetViewQueries('residence', DELIVERY_SCHEMA.residence, '/delivery/residence.parquet').forEach((q, i) =>
    out.push([`load-parquet-view-residence-${i + 1}`, q]),
  );
  out.push(['quarantine-accepted-rows-residence', acceptedRowsQuery('residence')]);
  out.push(['quarantine-delete-rejected-income', deleteRejectedQuery('income')]);
  referenceTablesQueries().forEach((q, i) =>
    out.push([`reference-table-${i + 1}`, { sql: q.sql, params: { note: 'bundled reference lists' } }]),
  );
  const incomeTypeRules = DELIVERY_SCHEMA.income
    .map((c) => typeRule('income', c))
    .filter((r): r is RowRule => r !== undefined);
  out.push([
    'load-typed-csv-income',
    typedDataQuery('income', 'csv', DELIVERY_SCHEMA.income, incomeTypeRules, '/delivery/income.csv'),
  ]);
  out.push([
    'load-typed-csv-areas',
    typedDataQuery('areas', 'csv', DELIVERY_SCHEMA.areas, [], '/delivery/areas.csv'),
  ]);
  out.push(['load-typed-view-income', typedDataViewQuery('income', DELIVERY_SCHEMA.income)]);
  out.push(['load-type-issues-income', typeIssuesQuery('income')]);
  out.push(['load-typed-without-failed-income', typedWithoutFailedQuery('income', DELIVERY_SCHEMA.income)]);
  out.push(['load-storage-settings', storageSettingsQuery()]);
  out.push(['load-year-range-residence', yearRangeQuery('residence')]);
  out.push(['load-issue-count', issueCountQuery('income')]);
  out.push(['validation-cache-table', createValidationCacheQuery()]);
  out.push(['validation-cache-read', readValidationCacheQuery()]);
  out.push(['validation-cache-clear', clearValidationCacheQuery()]);
  out.push([
    'validation-cache-store',
    storeValidationCacheQuery('{"key":1}', new Date('2026-01-02T03:04:05.678Z'), '{"ok":true}'),
  ]);
  out.push(['validation-cache-relations', existingRelationsQuery(['areas', 'residence_by_person'])]);
  for (const table of CONTRACT_TABLES) {
    const rowRules = rules.filter((r): r is RowRule => r.table === table && r.kind === 'row');
    out.push([`validate-rows-${table}`, rowRulesQuery(table, rowRules, ROW_RULE_JOINS[table])]);
  }
  for (const table of PERSON_YEAR_TABLES)
    out.push([`validate-by-person-${table}`, byPersonQuery(table, { from: 2014, to: 2024 })]);
  out.push(['validate-by-person-residence-long', byPersonQuery('residence', { from: 1990, to: 2024 })]);
  for (const r of rules) if (r.kind === 'set') out.push([`validate-set-${r.id}`, setRuleQuery(r)]);
  const spec = {
    years: [
      { year: 2012, measures: RULE_SET_2010.measures },
      { year: 2021, measures: RULE_SET_2021.measures },
    ],
    assumptions: DEFAULT_ASSUMPTIONS,
  };
  indicatorQueries(spec, 'golden-run').forEach((q, i) =>
    out.push([`indicators-${String(i + 1).padStart(2, '0')}`, q]),
  );
  indicatorSourcesQueries().forEach((q, i) => out.push([`indicator-sources-${i + 1}`, q]));
  out.push(['indicators-area-years', areaYearsQuery()]);
  out.push(['indicators-counts', indicatorCountsQuery('golden-run')]);
  out.push(['indicators-delivery-coverage', deliveryCoverageQuery()]);
  out.push(['indicators-kept-coverage', keptCoverageQuery()]);
  out.push(['workspace-runs-table', createRunsTableQuery()]);
  out.push(['workspace-finish-run', finishRunQuery('golden-run', 'written', '{}')]);
  out.push(['workspace-rejects', rejectsQuery()]);
  return out;
}

const render = (q: Query): string => `-- params: ${JSON.stringify(q.params)}\n${q.sql}\n`;

describe('SQL goldens (test/golden/sql; UPDATE_GOLDEN=1 rewrites them)', () => {
  const queries = goldenQueries();
  it('names every query once, and every golden file belongs to a query', () => {
    expect(new Set(queries.map(([name]) => name)).size).toBe(queries.length);
    expectNoOrphanGoldens(
      GOLDEN_DIR,
      queries.map(([name]) => `${name}.sql`),
    );
  });
  for (const [name, q] of queries) {
    it(`${name}.sql`, () => expectGolden(GOLDEN_DIR, `${name}.sql`, render(q)));
  }
});
