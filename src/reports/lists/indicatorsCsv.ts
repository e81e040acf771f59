import type { AreaFigures } from '../../core/model/areaFigures.ts';
import type { ListRun } from '../../core/model/listRun.ts';
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
        f?.nonwesternPct ?? null,
        f?.k1OutsidePct ?? null,
        f?.k2ConvictedPct ?? null,
        f?.k2NationalPct ?? null,
        f === undefined ? null : k2Ratio(f),
        f?.k3BasicPct ?? null,
        f?.k4IncomePct ?? null,
      ];
    });
  return csvText(INDICATORS_COLUMNS, rows);
}

/** Code-point order, independent of the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
