import type { DidPanel } from './didPanel.ts';

/** Named regressor columns, each of length n, in the order the rank check considers them. */
export interface DesignColumns {
  readonly names: readonly string[];
  readonly columns: readonly Float64Array[];
}

/** The name of the pooled model's coefficient of interest, D_m · Post_t. */
export const TREATED_POST = 'treated×post';
/** The name of the event study's coefficient for year k, D_m · 1[t = k]. */
export const treatedInYear = (year: number): string => `treated×${year}`;

/**
 * The two-way fixed effects as explicit dummies, exact for unbalanced panels: an intercept, one dummy per
 * unit but the first (by code) and one per year but the first.
 */
function fixedEffectColumns(panel: DidPanel): { names: string[]; columns: Float64Array[] } {
  const names = ['intercept'];
  const columns = [new Float64Array(panel.n).fill(1)];
  for (let u = 1; u < panel.units.length; u++) {
    const c = new Float64Array(panel.n);
    for (let i = 0; i < panel.n; i++) if (panel.unitIndex[i] === u) c[i] = 1;
    names.push(`unit ${panel.units[u]}`);
    columns.push(c);
  }
  for (let t = 1; t < panel.years.length; t++) {
    const c = new Float64Array(panel.n);
    for (let i = 0; i < panel.n; i++) if (panel.yearIndex[i] === t) c[i] = 1;
    names.push(`year ${panel.years[t]}`);
    columns.push(c);
  }
  return { names, columns };
}

/** y_mt = α_m + γ_t + β·D_m·Post_t: the fixed effects, then D·Post (Post_t = 1 for t ≥ postFrom). */
export function pooledDidColumns(panel: DidPanel, postFrom: number): DesignColumns {
  const { names, columns } = fixedEffectColumns(panel);
  const c = new Float64Array(panel.n);
  for (let i = 0; i < panel.n; i++)
    if (panel.treated[i] === 1 && (panel.years[panel.yearIndex[i] as number] as number) >= postFrom) c[i] = 1;
  return { names: [...names, TREATED_POST], columns: [...columns, c] };
}

/** The event study: the fixed effects, then D·1[t = k] for every year k in the panel but the reference year. */
export function eventStudyColumns(
  panel: DidPanel,
  referenceYear: number,
): DesignColumns & { years: number[] } {
  const { names, columns } = fixedEffectColumns(panel);
  const years = panel.years.filter((t) => t !== referenceYear);
  for (const k of years) {
    const c = new Float64Array(panel.n);
    for (let i = 0; i < panel.n; i++)
      if (panel.treated[i] === 1 && panel.years[panel.yearIndex[i] as number] === k) c[i] = 1;
    names.push(treatedInYear(k));
    columns.push(c);
  }
  return { names, columns, years };
}
