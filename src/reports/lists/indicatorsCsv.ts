import type { AreaFigures } from '../../core/model/areaFigures.ts';
import type { ListRun } from '../../core/model/listRun.ts';
import { toDecimalString, type Rational } from '../../core/exact/rational.ts';
import { csvText } from './csvText.ts';
import { k2Ratio } from './measureValue.ts';

/** Header of `indicators.csv`, exactly data contract §D. */
export const INDICATORS_COLUMNS = [
  'year',
  'area_id',
  'residents',
  'nonwestern_pct',
  'k1_outside_pct',
  'k2_convicted_pct',
  'k2_national_pct',
  'k2_ratio',
  'k3_basic_pct',
  'k4_income_pct',
] as const;

/** One row per assessed or eligibility-checked (year, area), sorted by year and area id; full precision. */
export function indicatorsCsv(run: ListRun): string {
  const byKey = new Map<string, AreaFigures>(run.figures.map((f) => [`${f.year}\u0000${f.areaId}`, f]));
  const rows = [...run.assessments]
    .sort((a, b) => a.year - b.year || compareText(a.areaId, b.areaId))
    .map((a) => {
      const f = byKey.get(`${a.year}\u0000${a.areaId}`);
      return [
        a.year,
        a.areaId,
        a.residents,
        exact(f?.nonwesternPct),
        exact(f?.k1OutsidePct),
        exact(f?.k2ConvictedPct),
        exact(f?.k2NationalPct),
        exact(f === undefined ? null : k2Ratio(f)),
        exact(f?.k3BasicPct),
        exact(f?.k4IncomePct),
      ];
    });
  return csvText(INDICATORS_COLUMNS, rows);
}

/** Full precision: the exact decimal when it has at most 15 decimals, else rounded to 15. */
const exact = (x: Rational | null | undefined): string | null =>
  x === null || x === undefined ? null : toDecimalString(x);

/** Code-point order, independent of the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
