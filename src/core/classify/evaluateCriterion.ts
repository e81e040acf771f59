import type { Assumptions } from '../assumptions.ts';
import type { AreaFigures } from '../model/areaFigures.ts';
import type { CriterionResult } from '../model/assessment.ts';
import type { Criterion } from '../model/criteria.ts';

/** Evaluate one criterion on one area's figures: value, met, margin, margin in persons, Danish text. */
export function evaluateCriterion(
  criterion: Criterion,
  figures: AreaFigures,
  assumptions: Assumptions,
): CriterionResult {
  void figures;
  void assumptions;
  return { kind: 'notComputable', criterion, why: 'ikke implementeret' };
}
