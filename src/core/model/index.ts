export * from './ids.ts';
export * from './lists.ts';
export * from './criteria.ts';
export type * from './ruleSet.ts';
export type * from './areaFigures.ts';
export type * from './assessment.ts';
export type * from './designation.ts';
export * from './listChange.ts';
export type * from './listRun.ts';
