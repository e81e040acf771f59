/**
 * Boligmonitor as a library: the typed entry points and the model they return. Each entry point returns a
 * typed report (or a `ListRun`); the CLI (`src/cli`) is one caller of these. Modules that load DuckDB or
 * exceljs are imported when their entry point is first called, not when this module is.
 */
import type { RunDeliveryOptions, RunDeliveryReport } from './runs/runDelivery.ts';
import type { ListRun } from './core/model/listRun.ts';
import type { RunProvenance } from './reports/lists/runProvenance.ts';

// The lists from area figures (data contract §B), without writing: what `boligmonitor lists` computes.
export {
  explainArea,
  runLists,
  type ExplainAreaReport,
  type RunListsOptions,
  type RunListsReport,
} from './runLists.ts';

// Typed views built from a run: what the CLI prints and the web serves.
export type { AreaExplanation } from './views/areaExplanation.ts';
export type { CriterionView } from './views/criterionView.ts';
export type { RuleSetDescription } from './views/ruleSetDescription.ts';
export type { ScenarioComparison } from './views/scenarioComparison.ts';
export { ruleSetDescriptionOf } from './views/ruleSetDescription.ts';
export { scenarioComparisonFrom } from './views/scenarioComparison.ts';

// The core's one entry point, from figures already in memory, and a scenario compared with the law in force.
export { listRunFromFigures } from './core/run/listRunFromFigures.ts';
export { compareRuns, type ScenarioDifference } from './core/compare/compareRuns.ts';

// The social-export chapter's difference-in-differences (domain §10; docs/did.md), on a panel already built.
export { estimateDid } from './core/did/estimateDid.ts';
export type * from './core/did/didModel.ts';

// Rule sets and assumptions.
export { BUILT_IN_RULE_SETS, defaultRuleSetForYear, ruleSetById } from './core/rulesets/builtInRuleSets.ts';
export {
  ASSUMPTIONS,
  DEFAULT_ASSUMPTIONS,
  type AssumptionName,
  type Assumptions,
} from './core/assumptions.ts';

// The model: AreaFigures → AreaAssessment → Designation → ListChange, in a ListRun.
export * from './core/model/index.ts';

export type {
  HistoryInput,
  RunDeliveryOptions,
  RunDeliveryReport,
  RunStage,
  StageTiming,
} from './runs/runDelivery.ts';
export type { ValidationReport } from './analytics/validate/validationReport.ts';
export type { InputError } from './io/inputError.ts';
export type { RunProvenance, TableRowCount } from './reports/lists/runProvenance.ts';

/**
 * The register pipeline end to end (delivery → workspace → figures → lists → outputs): what `boligmonitor run`
 * does. See `src/runs/runDelivery.ts`; DuckDB is loaded on the first call.
 */
export async function runDelivery(options: RunDeliveryOptions): Promise<RunDeliveryReport> {
  const { runDelivery: run } = await import('./runs/runDelivery.ts');
  return run(options);
}

/**
 * Writes a list run's outputs (indicators.csv, lists.csv, changes.csv, lists.json, lister.xlsx, manifest.json)
 * into `outDir`, atomically. See `src/reports/lists/writeListOutputs.ts`; exceljs is loaded on the first call.
 */
export async function writeListOutputs(
  outDir: string,
  run: ListRun,
  provenance: RunProvenance,
): Promise<void> {
  const { writeListOutputs: write } = await import('./reports/lists/writeListOutputs.ts');
  return write(outDir, run, provenance);
}
