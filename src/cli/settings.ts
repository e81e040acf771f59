import { Option } from 'commander';
import { DEFAULT_MEMORY_LIMIT, DEFAULT_THREADS, MEMORY_LIMIT_PATTERN } from '../analytics/dbSettings.ts';
import { assumeHelp, collectAssume } from './assumeOption.ts';

/** A parsed flag value, or what is wrong with it (a usage error). */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** One setting of the command line: its flag, what it is, its default, and how its text is read. */
export interface Setting {
  /** Commander's flag syntax: `--threads <n>`, `--json`. */
  readonly flag: string;
  readonly help: string;
  /** The default, as shown in the help (applied by the code that reads the setting). */
  readonly defaultText?: string;
  /** Repeatable (`--assume a=b --assume c=d`). */
  readonly repeatable?: boolean;
}

const positiveInteger = (flag: string, text: string): Parsed<number> => {
  const n = Number(text);
  return Number.isInteger(n) && n > 0
    ? { ok: true, value: n }
    : { ok: false, error: `${flag} ${text}: expected a positive integer` };
};

/**
 * Every setting the commands share, declared once: flag, help and default. Commands pick theirs with
 * `settingOption(name)`; the CLI reference (docs/cli.md) is generated from the commands, and a test checks that
 * every setting here appears in it. Assumptions are declared in `src/core/assumptions.ts` and set with `--assume`.
 */
export const SETTINGS = {
  figures: { flag: '--figures <file>', help: 'area figures CSV (data contract §B)' },
  delivery: { flag: '--delivery <dir>', help: 'delivery directory (data contract §A)' },
  history: {
    flag: '--history <file>',
    help: 'earlier designations: data contract §C, or the official lists format',
  },
  years: { flag: '--years <years>', help: 'list years: one year (2021) or a range (2018-2024)' },
  year: { flag: '--year <year>', help: 'the list year the report is about (1 December of that year)' },
  template: {
    flag: '--template <dir>',
    help: 'report template directory (template.json and chapter *.md files) replacing the bundled one',
  },
  supplied: {
    flag: '--supplied <dir>',
    help: 'supplied tables of other authorities (data contract §E: tabel-6.1.csv, tabel-6.2.csv, facts.csv)',
  },
  source: {
    flag: '--source <text>',
    help: 'the "Kilde:" line of the register-based tables (default: the template\'s)',
  },
  ruleset: {
    flag: '--ruleset <name|file>',
    help: 'a built-in rule set (2010, 2013, 2018, 2021) or a scenario JSON file, for every year',
  },
  assume: { flag: '--assume <name=value>', help: assumeHelp(), repeatable: true },
  out: { flag: '--out <dir>', help: 'output directory (replaced atomically)' },
  json: {
    flag: '--json',
    help: 'print one JSON envelope { ok, command, result | error } instead of Danish text',
  },
  quarantine: {
    flag: '--quarantine',
    help: 'set invalid rows aside (rejects.csv) instead of stopping',
  },
  workspace: {
    flag: '--workspace <file>',
    help: 'DuckDB workspace file (default: workspace.duckdb next to --out; :memory: keeps nothing)',
  },
  threads: { flag: '--threads <n>', help: 'DuckDB worker threads', defaultText: String(DEFAULT_THREADS) },
  results: {
    flag: '--results <dir>',
    help:
      'a finished run to serve: the output directory of `run`, `demo` (its workspace beside it) or `lists`, or a ' +
      'workspace file (its latest run)',
  },
  port: { flag: '--port <n>', help: 'TCP port to listen on (0: any free port)', defaultText: '8080' },
  host: { flag: '--host <address>', help: 'address to listen on', defaultText: '127.0.0.1' },
  memoryLimit: {
    flag: '--memory-limit <size>',
    help: 'DuckDB memory limit, e.g. 3GB (DuckDB spills to disk beyond it)',
    defaultText: DEFAULT_MEMORY_LIMIT,
  },
} as const satisfies Record<string, Setting>;

export type SettingName = keyof typeof SETTINGS;

/** `--years` of the commands that read area figures. */
export const YEARS_OF_FIGURES =
  'list years: one year (2021) or a range (2018-2024); default: every year in the figures';

/**
 * The commander option of a declared setting; `help` replaces the declared help where a command means more
 * (e.g. the years a run defaults to), `required` makes it a required option.
 */
export function settingOption(
  name: SettingName,
  opts: { readonly required?: boolean; readonly help?: string; readonly defaultText?: string } = {},
): Option {
  const s: Setting = SETTINGS[name];
  const help = opts.help ?? s.help;
  const defaultText = opts.defaultText ?? s.defaultText;
  const option = new Option(s.flag, defaultText === undefined ? help : `${help} (default ${defaultText})`);
  if (opts.required === true) option.makeOptionMandatory();
  if (s.repeatable === true) option.argParser(collectAssume);
  return option;
}

/** `--threads`, read once at the entry point. */
export const parseThreads = (text: string): Parsed<number> => positiveInteger('--threads', text);

/** `--memory-limit`, read once at the entry point. */
export function parseMemoryLimit(text: string): Parsed<string> {
  return MEMORY_LIMIT_PATTERN.test(text.trim())
    ? { ok: true, value: text.trim() }
    : { ok: false, error: `--memory-limit ${text}: expected a size such as 3GB or 512MB` };
}
