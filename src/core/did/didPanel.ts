import type { DidPanelRow } from './didModel.ts';

/** The panel as arrays, checked once: units sorted by code, years ascending, one row per unit and year. */
export interface DidPanel {
  readonly n: number;
  /** Unit codes, sorted: index = the unit's position. */
  readonly units: readonly string[];
  /** Years present, ascending. */
  readonly years: readonly number[];
  readonly unitIndex: Int32Array;
  readonly yearIndex: Int32Array;
  readonly y: Float64Array;
  /** The weights the fit uses: the rows' weights for WLS, 1 for OLS. */
  readonly w: Float64Array;
  /** Per unit: treated (D_m = 1). */
  readonly unitTreated: readonly boolean[];
  /** Per row: the unit is treated. */
  readonly treated: Uint8Array;
}

const where = (row: DidPanelRow, i: number): string => `(row ${i + 1}: unit ${row.unit}, year ${row.year})`;

/**
 * The panel from its rows. It must hold only cells with out-movers: y finite and weight a finite number > 0
 * (a cell without out-movers has no share and is left out by the caller). Anything else is an Error naming
 * the row; so is a duplicate unit and year, or a unit both treated and not.
 */
export function didPanelFrom(rows: readonly DidPanelRow[], weighted: boolean): DidPanel {
  const treatedOf = new Map<string, boolean>();
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (typeof row.unit !== 'string' || row.unit === '') throw new Error(`unit is empty ${where(row, i)}`);
    if (!Number.isInteger(row.year)) throw new Error(`year is not an integer: ${row.year} ${where(row, i)}`);
    if (!Number.isFinite(row.y)) throw new Error(`y is not a finite number: ${row.y} ${where(row, i)}`);
    if (!Number.isFinite(row.weight) || row.weight <= 0)
      throw new Error(
        `weight is not a finite number > 0: ${row.weight} ${where(row, i)} (the panel holds only cells with out-movers)`,
      );
    const key = `${row.unit}\u0000${row.year}`;
    if (seen.has(key)) throw new Error(`duplicate unit and year ${where(row, i)}`);
    seen.add(key);
    const before = treatedOf.get(row.unit);
    if (before !== undefined && before !== row.treated)
      throw new Error(
        `treated is not constant within the unit: ${row.treated} after ${before} ${where(row, i)}`,
      );
    treatedOf.set(row.unit, row.treated);
  });
  const units = [...treatedOf.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const unitPosition = new Map(units.map((u, i) => [u, i]));
  const yearPosition = new Map(years.map((t, i) => [t, i]));
  const n = rows.length;
  const unitIndex = new Int32Array(n);
  const yearIndex = new Int32Array(n);
  const y = new Float64Array(n);
  const w = new Float64Array(n);
  const treated = new Uint8Array(n);
  rows.forEach((row, i) => {
    unitIndex[i] = unitPosition.get(row.unit) as number;
    yearIndex[i] = yearPosition.get(row.year) as number;
    y[i] = row.y;
    w[i] = weighted ? row.weight : 1;
    treated[i] = row.treated ? 1 : 0;
  });
  return {
    n,
    units,
    years,
    unitIndex,
    yearIndex,
    y,
    w,
    unitTreated: units.map((u) => treatedOf.get(u) as boolean),
    treated,
  };
}

/** The years holding both a treated and a control cell: the years that compare the two groups. */
export function comparingYears(panel: DidPanel): number[] {
  const withTreated = new Set<number>();
  const withControl = new Set<number>();
  for (let i = 0; i < panel.n; i++) {
    const year = panel.years[panel.yearIndex[i] as number] as number;
    (panel.treated[i] === 1 ? withTreated : withControl).add(year);
  }
  return panel.years.filter((t) => withTreated.has(t) && withControl.has(t));
}
