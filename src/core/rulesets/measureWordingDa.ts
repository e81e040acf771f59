import { MEASURES } from '../measures/measures.ts';
import type { MeasureId } from '../model/criteria.ts';

/**
 * The legal wording of each measure (from the measure registry), shared by the rule sets so the Danish
 * descriptions stay identical where the law is identical. The threshold sentence is added by each rule set.
 */
export const MEASURE_WORDING_DA = Object.fromEntries(MEASURES.map((m) => [m.id, m.wordingDa])) as Record<
  MeasureId,
  string
>;
