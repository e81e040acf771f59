import type { AreaFigures } from '../../core/model/areaFigures.ts';
import type { ListRun } from '../../core/model/listRun.ts';
import { toDecimalString, type Rational } from '../../core/exact/rational.ts';
import { csvText } from './csvText.ts';
import { ratioToNational } from './measureValue.ts';
import { MEASURES } from '../../core/measures/measures.ts';

/**
 * Header of `indicators.csv`, exactly data contract §D: each measure's column from the registry, a ratio to the
 * national figure after its national column (`k2_national_pct, k2_ratio`).
 */
export const INDICATORS_COLUMNS: readonly string[] = [
  'year',
  'area_id',
  'residents',
  ...MEASURES.flatMap((m) =>
    m.national === undefined ? [m.column] : [m.column, m.national.column, m.national.ratioColumn],
  ),
];

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
        ...MEASURES.flatMap((m) =>
          m.national === undefined
            ? [exact(f?.[m.field])]
            : [exact(f?.[m.field]), exact(f?.[m.national.field]), exact(f && ratioToNational(f, m.id))],
        ),
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
