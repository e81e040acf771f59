import { stat } from 'node:fs/promises';
import type { RuleSet } from '../core/model/ruleSet.ts';
import { BUILT_IN_RULE_SETS, ruleSetById } from '../core/rulesets/builtInRuleSets.ts';
import { ruleSetFromScenario } from '../core/rulesets/ruleSetFromScenario.ts';
import type { InputError } from './inputError.ts';
import { readTextFile } from './readTextFile.ts';

/** A `--ruleset` argument resolved: a built-in rule set, or a scenario read from a JSON file. */
export type RuleSetArg =
  | { readonly ok: true; readonly value: RuleSet; readonly file: string | null }
  | {
      readonly ok: false;
      readonly errors: readonly InputError[];
      /** The argument is neither a built-in id nor a file: a usage error rather than invalid input. */
      readonly usage: boolean;
    };

/**
 * Resolves `--ruleset NAME|FILE`: a built-in id (`2010`, `2013`, `2018`, `2021`) or a JSON scenario file.
 * Malformed JSON is reported with its line; every scenario problem with the file and its JSON path.
 */
export async function readRuleSetArg(arg: string): Promise<RuleSetArg> {
  const builtIn = ruleSetById(arg);
  if (builtIn !== undefined) return { ok: true, value: builtIn, file: null };
  if (!(await isFile(arg))) {
    const ids = BUILT_IN_RULE_SETS.map((rs) => rs.id).join(', ');
    return {
      ok: false,
      usage: true,
      errors: [
        {
          file: arg,
          line: null,
          column: null,
          value: null,
          message: `is neither a built-in rule set (${ids}) nor a scenario file`,
        },
      ],
    };
  }
  const text = await readTextFile(arg);
  if (!text.ok) return { ok: false, usage: false, errors: text.errors };
  return ruleSetFromScenarioText(text.value, arg);
}

/** Parses scenario JSON text and derives the rule set; every problem is an error naming the file. */
export function ruleSetFromScenarioText(text: string, file: string): RuleSetArg {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? null : text.slice(0, Number(position)).split('\n').length;
    return {
      ok: false,
      usage: false,
      errors: [{ file, line, column: null, value: null, message: `is not valid JSON: ${message}` }],
    };
  }
  const result = ruleSetFromScenario(json);
  if (result.ok) return { ok: true, value: result.value, file };
  return {
    ok: false,
    usage: false,
    errors: result.errors.map((e) => ({
      file,
      line: null,
      column: e.path === '' ? null : e.path,
      value: null,
      message: e.message,
    })),
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
