import type { RuleSet } from '../model/ruleSet.ts';

/** JSON of a rule set with sorted keys, stable across runs: hash it to identify the rules used. */
export function canonicalRuleSetJson(rs: RuleSet): string {
  return JSON.stringify(sortKeys(rs));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
        .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}
