import type { Assumptions } from './core/assumptions.ts';
import type { ImportedHistory } from './core/model/history.ts';
import type { Year } from './core/model/ids.ts';
import type { ListRun } from './core/model/listRun.ts';
import type { InputError } from './io/inputError.ts';
import type { TableRowCount } from './reports/lists/runProvenance.ts';
import { EXIT } from './cli/exitCodes.ts';
import { listRunFromInputs } from './cli/listRunFromInputs.ts';
import { loadListInputs } from './cli/loadListInputs.ts';
import { areaExplanationFrom, type AreaExplanation } from './views/areaExplanation.ts';

/** What `runLists` reads: the same inputs as `boligmonitor lists`, as typed values instead of flags. */
export interface RunListsOptions {
  /** Area figures CSV (data contract §B). */
  readonly figures: string;
  /** Earlier designations: data contract §C, or the official lists format. */
  readonly history?: string;
  /** List years; default: every year of the figures from 2010. */
  readonly years?: readonly Year[];
  /**
   * A built-in rule set id (`2010`, `2013`, `2018`, `2021`) or a scenario JSON file, for every year;
   * default: the rule set in force each year.
   */
  readonly ruleSet?: string;
  /** Assumptions to set; the others keep their defaults. */
  readonly assumptions?: Partial<Assumptions>;
}

/** The outcome of `runLists`: the run, or every reason there is none. */
export type RunListsReport =
  | {
      readonly kind: 'computed';
      readonly run: ListRun;
      /** Every assumption the run used, defaults included (as recorded in `manifest.json`). */
      readonly assumptions: Assumptions;
      /** The input files read, with their SHA-256. */
      readonly inputs: readonly { readonly path: string; readonly sha256: string }[];
      readonly rowCounts: readonly TableRowCount[];
      /** The imported history with each list's completeness (empty without `history`). */
      readonly history: ImportedHistory;
      /** Warnings about the history (e.g. official names matched to no area). */
      readonly warnings: readonly string[];
    }
  /** The request cannot be met: years without figures, an unknown rule set or assumption. */
  | { readonly kind: 'usage'; readonly errors: readonly InputError[]; readonly messages: readonly string[] }
  /** An input file is invalid: every problem, with file, line, column and value. */
  | { readonly kind: 'invalid'; readonly errors: readonly InputError[] };

/**
 * The lists from area figures, as `boligmonitor lists` computes them, without writing anything (write them
 * with `writeListOutputs`).
 */
export async function runLists(options: RunListsOptions): Promise<RunListsReport> {
  const loaded = await loadListInputs({
    figures: options.figures,
    ...(options.history === undefined ? {} : { history: options.history }),
    ...(options.years === undefined ? {} : { years: options.years.join(',') }),
    ...(options.ruleSet === undefined ? {} : { ruleset: options.ruleSet }),
    assume: Object.entries(options.assumptions ?? {})
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `${name}=${value}`),
  });
  if (!loaded.ok) {
    return loaded.exitCode === EXIT.usage
      ? { kind: 'usage', errors: loaded.errors, messages: loaded.messages }
      : { kind: 'invalid', errors: loaded.errors };
  }
  const inputs = loaded.value;
  return {
    kind: 'computed',
    run: listRunFromInputs(inputs),
    assumptions: inputs.assumptions,
    inputs: inputs.inputs,
    rowCounts: inputs.rowCounts,
    history: inputs.history,
    warnings: inputs.warnings,
  };
}

/** The explanation of one area in one list year, or why there is none. */
export type ExplainAreaReport =
  | { readonly kind: 'explained'; readonly explanation: AreaExplanation }
  | Exclude<RunListsReport, { kind: 'computed' }>
  /** The figures have no assessment of the area in that year. */
  | { readonly kind: 'notFound'; readonly messages: readonly string[] };

/**
 * Why an area is (not) on each list in a year, how far it is from each threshold, its changes and history:
 * what `boligmonitor explain` prints, as a typed view. Computes the years of the figures up to `year`.
 */
export async function explainArea(
  options: Omit<RunListsOptions, 'years'> & { readonly areaId: string; readonly year: Year },
): Promise<ExplainAreaReport> {
  const { areaId, year, ...rest } = options;
  const all = await runLists(rest);
  if (all.kind !== 'computed') return all;
  const years = all.run.years.filter((y) => y <= year);
  if (!years.includes(year)) return { kind: 'notFound', messages: [`no figures for list year ${year}`] };
  const r = await runLists({ ...rest, years });
  if (r.kind !== 'computed') return r;
  const explanation = areaExplanationFrom(r.run, r.history, areaId, year);
  return explanation === null
    ? { kind: 'notFound', messages: [`area "${areaId}" has no figures for ${year}`] }
    : { kind: 'explained', explanation };
}
