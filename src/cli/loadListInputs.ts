import { resolve } from 'node:path';
import type { Assumptions } from '../core/assumptions.ts';
import type { AreaFigures } from '../core/model/areaFigures.ts';
import { NO_HISTORY, type ImportedHistory } from '../core/model/history.ts';
import type { Year } from '../core/model/ids.ts';
import type { RuleSet } from '../core/model/ruleSet.ts';
import { areaRefsFromFigures } from '../io/areaRefsFromFigures.ts';
import { fileSha256 } from '../io/fileSha256.ts';
import type { InputError } from '../io/inputError.ts';
import { readAreaFigures } from '../io/readAreaFigures.ts';
import { readHistory } from '../io/readHistory.ts';
import { readRuleSetArg } from '../io/readRuleSetArg.ts';
import type { TableRowCount } from '../reports/lists/runProvenance.ts';
import { parseAssume } from './assumeOption.ts';
import { EXIT, type ExitCode } from './exitCodes.ts';
import { formatYears, parseYears } from './yearsOption.ts';

/** The flags shared by `lists`, `explain` and `compare`. */
export interface ListInputFlags {
  readonly figures: string;
  readonly history?: string;
  readonly ruleset?: string;
  readonly years?: string;
  readonly assume?: readonly string[];
}

/** Everything a list run needs, read and validated from the flags. */
export interface ListInputs {
  readonly figures: readonly AreaFigures[];
  readonly history: ImportedHistory;
  /** The requested list years, or every year of the figures that has a rule set. */
  readonly years: readonly Year[];
  /** The `--ruleset` rule set, or null for each year's default. */
  readonly ruleSet: RuleSet | null;
  readonly assumptions: Assumptions;
  readonly inputs: readonly { readonly path: string; readonly sha256: string }[];
  readonly rowCounts: readonly TableRowCount[];
  readonly warnings: readonly string[];
}

export type ListInputsResult =
  | { readonly ok: true; readonly value: ListInputs }
  | {
      readonly ok: false;
      readonly exitCode: ExitCode;
      readonly errors: readonly InputError[];
      readonly messages: readonly string[];
    };

/**
 * Reads the figures, the history and the rule set named by the flags. Flag mistakes (years, assumptions,
 * an unknown rule set name) are usage errors; every problem in the files is collected before returning.
 */
export async function loadListInputs(flags: ListInputFlags): Promise<ListInputsResult> {
  const usage: string[] = [];
  const requested = flags.years === undefined ? null : parseYears(flags.years);
  if (requested !== null && !requested.ok) usage.push(requested.error);
  const assumptions = parseAssume(flags.assume ?? []);
  if (!assumptions.ok) usage.push(...assumptions.errors);
  const ruleSet = flags.ruleset === undefined ? null : await readRuleSetArg(flags.ruleset);
  if (ruleSet !== null && !ruleSet.ok && ruleSet.usage) {
    return { ok: false, exitCode: EXIT.usage, errors: ruleSet.errors, messages: usage };
  }
  if (usage.length > 0 || !assumptions.ok)
    return { ok: false, exitCode: EXIT.usage, errors: [], messages: usage };

  const errors: InputError[] = [];
  const figures = await readAreaFigures(flags.figures);
  if (!figures.ok) errors.push(...figures.errors);
  const rowCounts: TableRowCount[] = [{ table: 'area_figures', ...figures.rowCount }];
  const history =
    flags.history === undefined
      ? null
      : await readHistory(flags.history, areaRefsFromFigures(figures.ok ? figures.value : []));
  if (history !== null) {
    if (!history.ok) errors.push(...history.errors);
    rowCounts.push({
      table: history.ok && history.value.format === 'officialLists' ? 'official_lists' : 'designations',
      ...history.rowCount,
    });
  }
  if (ruleSet !== null && !ruleSet.ok) errors.push(...ruleSet.errors);
  if (
    errors.length > 0 ||
    !figures.ok ||
    (history !== null && !history.ok) ||
    (ruleSet !== null && !ruleSet.ok)
  ) {
    return { ok: false, exitCode: EXIT.invalidInput, errors, messages: [] };
  }

  const figureYears = [...new Set(figures.value.map((f) => f.year))].sort((a, b) => a - b);
  const years = requested?.ok ? requested.value : figureYears.filter((y) => y >= 2010);
  const missing = years.filter((y) => !figureYears.includes(y));
  const noRules = ruleSet === null ? years.filter((y) => y < 2010) : [];
  const yearProblems = [
    ...(missing.length > 0
      ? [
          `--years: no figures for ${formatYears(missing)} in ${flags.figures} (it has ${formatYears(figureYears) || 'no rows'})`,
        ]
      : []),
    ...(noRules.length > 0
      ? [`--years: no rule set for ${formatYears(noRules)} (the lists start in 2010)`]
      : []),
    ...(years.length === 0 ? [`no list years: ${flags.figures} has no figures for 2010 or later`] : []),
  ];
  if (yearProblems.length > 0) return { ok: false, exitCode: EXIT.usage, errors: [], messages: yearProblems };

  const files = [flags.figures, flags.history, ruleSet?.ok ? ruleSet.file : null].filter(
    (f): f is string => typeof f === 'string',
  );
  const inputs = await Promise.all(
    files.map(async (f) => ({ path: resolve(f), sha256: await fileSha256(f) })),
  );
  return {
    ok: true,
    value: {
      figures: figures.value,
      history: history?.ok ? history.value : NO_HISTORY,
      years,
      ruleSet: ruleSet?.ok ? ruleSet.value : null,
      assumptions: assumptions.value,
      inputs,
      rowCounts,
      warnings: history?.ok ? history.value.warnings : [],
    },
  };
}
