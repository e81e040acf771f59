import type { RuleSet } from '../model/ruleSet.ts';

/** One problem in a scenario file, at a JSON path like `set.udsat.K9` or `basedOn`. */
export type ScenarioError = { readonly path: string; readonly message: string };

/** Derive a scenario rule set from a parsed scenario file; reports every problem found. */
export function ruleSetFromScenario(
  json: unknown,
): { ok: true; value: RuleSet } | { ok: false; errors: ScenarioError[] } {
  void json;
  return { ok: false, errors: [{ path: '', message: 'scenarios not available yet' }] };
}
