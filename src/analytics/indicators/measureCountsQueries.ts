import type { Assumptions } from '../../core/assumptions.ts';
import type { MeasureId } from '../../core/model/criteria.ts';
import type { MeasureDefinitions } from '../../core/model/ruleSet.ts';
import type { Query } from '../sql.ts';
import { k4IncomeOffset } from './indicatorSpec.ts';
import { k1ComponentsQuery } from './k1ComponentsQuery.ts';
import { k2ComponentsQueries } from './k2ComponentsQueries.ts';
import { k3ComponentsQuery } from './k3ComponentsQuery.ts';
import { k4ComponentsQueries } from './k4ComponentsQueries.ts';
import { residentsComponentsQuery } from './residentsComponentsQuery.ts';

/** The source years (yearly delivery table and its data years) one list year of a measure needs. */
export type SourceYears = readonly (readonly [table: string, years: readonly number[]])[];

/** How the register pipeline counts one measure of the registry (src/core/measures/measures.ts). */
export interface MeasureCountsSql {
  /** The statements that insert its counts into `indicator_counts` (scope `area`, and `national`/`region`). */
  readonly queries: (runId: string, a: Assumptions) => readonly Query[];
  /** The delivery tables and data years a list year needs; a missing one leaves the measure not computable. */
  readonly sources: (year: number, measures: MeasureDefinitions, a: Assumptions) => SourceYears;
}

/** The window's data years (Y − A … Y − 1) and the snapshot each is measured on (1 January D + 1, or Y). */
function window(year: number, measures: MeasureDefinitions, a: Assumptions) {
  const dataYears = Array.from(
    { length: measures.averagingYears },
    (_, i) => year - measures.averagingYears + i,
  );
  const snaps = dataYears.map((d) => (a.k1Averaging === 'currentResidents' ? year : d + 1));
  return { dataYears, snaps };
}

/**
 * One entry per measure of the registry: its SQL builders and the source years it needs. A `Record` over every
 * measure id, so a measure added to the registry does not compile until it has its SQL.
 */
export const MEASURE_COUNTS_SQL: Readonly<Record<MeasureId, MeasureCountsSql>> = {
  NW: {
    queries: (runId) => [residentsComponentsQuery(runId)],
    sources: (year) => [['residence', [year]]],
  },
  K1: {
    queries: (runId) => [k1ComponentsQuery(runId)],
    sources: (year, measures, a) => {
      const w = window(year, measures, a);
      return [
        ['residence', w.snaps],
        ['labour', w.dataYears],
      ];
    },
  },
  K2: {
    queries: (runId, a) => k2ComponentsQueries(runId, a),
    sources: (year, measures, a) => {
      const w = window(year, measures, a);
      return [
        ['residence', w.snaps],
        ['convictions', w.dataYears],
      ];
    },
  },
  K3: {
    queries: (runId) => [k3ComponentsQuery(runId)],
    sources: (year) => [['education', [year - 1]]],
  },
  K4: {
    queries: (runId, a) => k4ComponentsQueries(runId, a),
    sources: (year, _measures, a) => [['income', [year - k4IncomeOffset(a)]]],
  },
};
