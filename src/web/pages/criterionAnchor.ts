/** The Metode page's anchor of one criterion of one rule set: `regel-2021-udsat-K1`. */
export const criterionAnchor = (ruleSetId: string, criterionId: string): string =>
  `regel-${ruleSetId}-${criterionId}`.replace(/[^a-zA-Z0-9-]/g, '-');
