import { createHash } from 'node:crypto';
import type { RuleSet } from '../core/model/ruleSet.ts';
import { canonicalRuleSetJson } from '../core/rulesets/canonicalRuleSetJson.ts';

/** SHA-256 (hex) of a rule set's canonical JSON: identifies exactly which rules a run used. */
export function ruleSetSha256(rs: RuleSet): string {
  return createHash('sha256').update(canonicalRuleSetJson(rs)).digest('hex');
}
