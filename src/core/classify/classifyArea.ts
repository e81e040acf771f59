import type { AreaFigures } from '../model/areaFigures.ts';
import type { AreaAssessment } from '../model/assessment.ts';
import type { RuleSet } from '../model/ruleSet.ts';
import type { ClassifyContext } from './classifyContext.ts';

export type { ClassifyContext };

/** Apply a rule set to one area's figures for one list year. */
export function classifyArea(
  figures: AreaFigures,
  ruleSet: RuleSet,
  context: ClassifyContext,
): AreaAssessment {
  void figures;
  void ruleSet;
  void context;
  throw new Error('classifyArea: not available yet');
}
