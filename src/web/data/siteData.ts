import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { openWorkspaceReadOnly } from '../../analytics/db.ts';
import type { CoverageRow } from '../../analytics/indicators/deliveryCoverageQuery.ts';
import {
  latestWrittenRun,
  storedAreaFigures,
  storedListYears,
} from '../../analytics/indicators/storedAreaFigures.ts';
import { assumptionsFrom, type Assumptions } from '../../core/assumptions.ts';
import { NO_HISTORY, type ImportedHistory } from '../../core/model/history.ts';
import type { Year } from '../../core/model/ids.ts';
import type { ListRun } from '../../core/model/listRun.ts';
import type { RuleSet } from '../../core/model/ruleSet.ts';
import { defaultRuleSetForYear, ruleSetById } from '../../core/rulesets/builtInRuleSets.ts';
import { listRunFromFigures } from '../../core/run/listRunFromFigures.ts';
import { areaRefsFromFigures } from '../../io/areaRefsFromFigures.ts';
import { historyFromCsv, readHistory } from '../../io/readHistory.ts';
import { areaFiguresFromCsv } from '../../io/readAreaFigures.ts';
import { ruleSetFromScenarioText } from '../../io/readRuleSetArg.ts';
import { PACKAGE_ROOT } from '../../packageRoot.ts';
import { REFERENCE_DIR } from '../../reference/referenceDir.ts';
import { listsJsonSchema } from '../../reports/lists/listsJsonSchema.ts';
import { ruleSetSha256 } from '../../views/ruleSetSha256.ts';
import { officialListsFromReference, type OfficialLists } from './officialLists.ts';

/** A file of the results directory offered for download, read once at start-up. */
export interface DownloadFile {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Buffer;
  readonly etag: string;
}

/** One finished run among those served: what every page and answer names as the source of a computed year. */
export interface ServedRun {
  readonly runId: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly command: string;
  readonly resultsDir: string;
  /** The years this run computed. */
  readonly years: readonly Year[];
  /** The years the site shows from this run (a later run computing the same year takes it over). */
  readonly shownYears: readonly Year[];
}

/** A run with a rule set other than the law's (a scenario): served beside the law's lists, never mixed in. */
export interface ScenarioInfo {
  /** The rule set's id: the scenario's place in the site's and the API's addresses. */
  readonly id: string;
  readonly nameDa: string;
  readonly description: string;
  readonly basedOn: string | null;
  readonly sha256: string;
  /** "Scenarie: <name> — ikke de officielle lister": on every page and answer that shows its lists. */
  readonly labelDa: string;
}

/**
 * Everything the site and the API serve: the computed years of one or more finished runs (a year computed by
 * several is shown from the latest, by start time and then run id), the official lists, and the newest run's
 * files (its lists.csv, lister.xlsx, …); and, beside them, each scenario run as a site data of its own.
 */
export interface SiteData {
  readonly resultsDir: string;
  /** The newest served run's id. */
  readonly runId: string;
  readonly command: string;
  /** When the newest run finished (ISO 8601): the date of the data on every page. */
  readonly finishedAt: string;
  /** The served runs of this data, newest first. */
  readonly runs: readonly ServedRun[];
  /** The run each computed year is shown from. */
  readonly runOfYear: ReadonlyMap<Year, ServedRun>;
  /** Set when this data is a scenario's. */
  readonly scenario: ScenarioInfo | null;
  /** The scenarios served beside the law's lists (on the main data only). */
  readonly scenarios: readonly SiteData[];
  readonly softwareVersion: string;
  readonly assumptions: Assumptions;
  /** The run, formed again from the counts it stored: every area, year, criterion and change. */
  readonly run: ListRun;
  /** The history the run used (for the years it did not compute). */
  readonly history: ImportedHistory;
  readonly official: OfficialLists;
  readonly downloads: ReadonlyMap<string, DownloadFile>;
  /** A tag that changes whenever the served data does: the base of every ETag. */
  readonly version: string;
}

/** The files a results directory must hold to be served. */
const REQUIRED = ['manifest.json', 'lists.json', 'lists.csv'] as const;
const DOWNLOADS: readonly [string, string][] = [
  ['lists.csv', 'text/csv; charset=utf-8'],
  ['changes.csv', 'text/csv; charset=utf-8'],
  ['indicators.csv', 'text/csv; charset=utf-8'],
  ['lists.json', 'application/json; charset=utf-8'],
  ['lister.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
];

interface Manifest {
  readonly command: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly software: { readonly version: string };
  readonly years: readonly number[];
  readonly ruleSets: readonly {
    readonly year: number;
    readonly id: string;
    readonly basedOn?: string;
    readonly sha256: string;
  }[];
  readonly assumptions: Readonly<Record<string, string>>;
  readonly inputs: readonly { readonly path: string; readonly sha256: string }[];
  readonly extra?: {
    readonly input?: string;
    readonly runId?: string;
    readonly workspace?: string;
    readonly delivery?: string;
    readonly historyLists?: readonly unknown[];
    /** Present in a report's manifest. */
    readonly report?: unknown;
    readonly coverage?: Readonly<Record<string, readonly { year: number; rows: number; persons: number }[]>>;
  };
}

/** A results directory that cannot be served, and why (shown by `boligmonitor serve`). */
export class ResultsError extends Error {}

interface FormedRun {
  readonly run: ListRun;
  readonly history: ImportedHistory;
  readonly runId: string;
  /** What the run was formed from, for messages. */
  readonly source: string;
}

/** A register run (`run`, `demo`): formed again from the exact counts its workspace stored. */
async function runFromWorkspace(
  resultsDir: string,
  manifest: Manifest,
  ruleSetForYear: (year: Year) => RuleSet,
  assumptions: Assumptions,
): Promise<FormedRun> {
  const runId = manifest.extra?.runId;
  if (runId === undefined) throw new ResultsError(`${resultsDir}/manifest.json: no run id`);
  return runFromWorkspaceFile(
    workspaceOf(resultsDir, manifest),
    runId,
    manifest,
    ruleSetForYear,
    assumptions,
  );
}

async function runFromWorkspaceFile(
  workspace: string,
  runId: string,
  manifest: Manifest,
  ruleSetForYear: (year: Year) => RuleSet,
  assumptions: Assumptions,
): Promise<FormedRun> {
  const db = await openWorkspaceReadOnly(workspace, { threads: 1 });
  try {
    const years = await storedListYears(db, runId);
    if (years.length === 0) throw new ResultsError(`${workspace}: no stored counts for run ${runId}`);
    const figures = await storedAreaFigures(
      db,
      runId,
      { years: years.map((year) => ({ year, measures: ruleSetForYear(year).measures })), assumptions },
      coverageOf(manifest),
      areaFilesOf(manifest),
    );
    const history = await historyOf(manifest, figures);
    const run = listRunFromFigures({ figures, history, years: manifest.years, ruleSetForYear, assumptions });
    return { run, history, runId, source: workspace };
  } finally {
    db.close();
  }
}

/**
 * A run of published area figures (`lists`): its figures and history files, named in its manifest, read again
 * once at start-up and only when their SHA-256 is still the one the run recorded.
 */
function runFromFigureInputs(
  manifest: Manifest,
  ruleSetForYear: (year: Year) => RuleSet,
  assumptions: Assumptions,
): FormedRun {
  const texts = manifest.inputs.map((i) => {
    if (!existsSync(i.path)) throw new ResultsError(`the run's input ${i.path} is gone`);
    const bytes = readFileSync(i.path);
    if (sha(bytes) !== i.sha256)
      throw new ResultsError(`the run's input ${i.path} has changed since the run`);
    return { path: i.path, text: bytes.toString('utf8') };
  });
  const [first, ...rest] = texts;
  const figures = first === undefined ? undefined : areaFiguresFromCsv(first.text, first.path);
  if (figures === undefined || !figures.ok) throw new ResultsError('the run names no readable area figures');
  let history: ImportedHistory = NO_HISTORY;
  const historyText = rest[0];
  if (historyText !== undefined && (manifest.extra?.historyLists ?? []).length > 0) {
    const read = historyFromCsv(historyText.text, historyText.path, areaRefsFromFigures(figures.value));
    if (!read.ok) throw new ResultsError(`${historyText.path}: cannot be read again`);
    history = read.value;
  }
  const run = listRunFromFigures({
    figures: figures.value,
    history,
    years: manifest.years,
    ruleSetForYear,
    assumptions,
  });
  const runId = `lists-${manifest.startedAt.replace(/[-:.]/g, '')}`;
  return { run, history, runId, source: first?.path ?? '' };
}

/** One run read from its results directory or workspace, before the runs are put together. */
interface LoadedRun {
  readonly served: Omit<ServedRun, 'shownYears'>;
  readonly softwareVersion: string;
  readonly assumptions: Assumptions;
  readonly run: ListRun;
  readonly history: ImportedHistory;
  readonly downloads: ReadonlyMap<string, DownloadFile>;
  readonly scenario: ScenarioInfo | null;
}

/**
 * Reads one or more finished runs (`--results`, repeatable) and forms their lists again, so every area's
 * criteria and changes can be shown, not only the listed ones: a register run (`run`, `demo`) from the exact
 * counts its workspace stored (opened read-only), a run of area figures (`lists`) from its input files
 * (checked by SHA-256); either is checked against the run's `lists.csv`. Runs with the law's rule sets are
 * shown together: a year computed by several is shown from the latest (by `startedAt`, then run id), and every
 * page says which run a year comes from. A run with another rule set (a scenario) is served beside them as its
 * own data, labelled as a scenario. This happens once, at start-up: requests read nothing from disk but the
 * DKFDS files.
 */
export async function loadSiteData(results: string | readonly string[]): Promise<SiteData> {
  const dirs = typeof results === 'string' ? [results] : results;
  if (dirs.length === 0) throw new ResultsError('no --results given');
  const loaded: LoadedRun[] = [];
  for (const dir of dirs) {
    const one = dir.endsWith('.duckdb') ? await loadFromWorkspace(dir) : await loadRun(dir);
    const twice = loaded.find((l) => l.served.runId === one.served.runId);
    if (twice !== undefined)
      throw new ResultsError(
        `kørsel ${one.served.runId} er angivet to gange (${twice.served.resultsDir}, ${dir}) / ` +
          `run ${one.served.runId} is given twice`,
      );
    loaded.push(one);
  }
  const law = loaded.filter((l) => l.scenario === null);
  if (law.length === 0)
    throw new ResultsError(
      'mindst én kørsel med lovens regelsæt skal serveres; et scenarie vises ved siden af den / ' +
        'at least one run with the rule sets of the law must be served; a scenario is shown beside it',
    );
  const scenarioIds = [...new Set(loaded.flatMap((l) => (l.scenario === null ? [] : [l.scenario.id])))];
  const scenarios = scenarioIds.map((id) =>
    mergedSiteData(
      loaded.filter((l) => l.scenario?.id === id),
      [],
    ),
  );
  return mergedSiteData(law, scenarios);
}

/** Newest first: by start time, then run id. */
const newestFirst = (a: LoadedRun, b: LoadedRun): number =>
  b.served.startedAt.localeCompare(a.served.startedAt) || b.served.runId.localeCompare(a.served.runId);

/** The site data of runs sharing one rule set (the law's, or one scenario's): each year from the latest run. */
function mergedSiteData(runs: readonly LoadedRun[], scenarios: readonly SiteData[]): SiteData {
  const sorted = [...runs].sort(newestFirst);
  const newest = sorted[0] as LoadedRun;
  const showing = new Map<Year, LoadedRun>();
  for (const r of sorted) for (const y of r.run.years) if (!showing.has(y)) showing.set(y, r);
  const served = sorted.map((r): ServedRun => ({
    ...r.served,
    shownYears: [...showing]
      .filter(([, x]) => x === r)
      .map(([y]) => y)
      .sort((a, b) => a - b),
  }));
  const runOfYear = new Map<Year, ServedRun>(
    [...showing].map(([y, r]) => [y, served[sorted.indexOf(r)] as ServedRun]),
  );
  return siteDataOf({
    resultsDir: newest.served.resultsDir,
    runId: newest.served.runId,
    command: newest.served.command,
    finishedAt: newest.served.finishedAt,
    softwareVersion: newest.softwareVersion,
    assumptions: newest.assumptions,
    run: sorted.length === 1 ? newest.run : mergedRun(sorted, showing),
    history: sorted.find((r) => r.history.designations.length > 0)?.history ?? newest.history,
    downloads: newest.downloads,
    runs: served,
    runOfYear,
    scenario: newest.scenario,
    scenarios,
  });
}

/**
 * One list run of several: each computed year's figures, assessments, designations and changes from the run
 * that shows it; the earlier years a run computed as context from the newest run that has them.
 */
function mergedRun(sorted: readonly LoadedRun[], showing: ReadonlyMap<Year, LoadedRun>): ListRun {
  const years = [...showing.keys()].sort((a, b) => a - b);
  const pick = <T extends { readonly year: Year }>(rows: (r: ListRun) => readonly T[]): T[] => {
    const from = new Map<Year, LoadedRun>(showing);
    for (const r of sorted) for (const x of rows(r.run)) if (!from.has(x.year)) from.set(x.year, r);
    return sorted
      .flatMap((r) => rows(r.run).filter((x) => from.get(x.year) === r))
      .sort((a, b) => a.year - b.year);
  };
  const contextYears = [...new Set(sorted.flatMap((r) => r.run.contextYears))]
    .filter((y) => !showing.has(y))
    .sort((a, b) => a - b);
  return {
    years,
    contextYears,
    uncoveredYears: [...new Set(sorted.flatMap((r) => r.run.uncoveredYears))]
      .filter((y) => !showing.has(y) && !contextYears.includes(y))
      .sort((a, b) => a - b),
    ruleSets: new Map(years.map((y) => [y, showing.get(y)?.run.ruleSets.get(y) as RuleSet])),
    figures: pick((r) => r.figures),
    assessments: pick((r) => r.assessments),
    designations: pick((r) => r.designations.filter((d) => showing.get(d.year)?.run === r)),
    changes: pick((r) => r.changes.filter((c) => showing.get(c.year)?.run === r)),
  };
}

/** One run's output directory. */
async function loadRun(resultsDirArg: string): Promise<LoadedRun> {
  const resultsDir = realDir(resultsDirArg);
  if (!existsSync(join(resultsDir, 'manifest.json')))
    throw new ResultsError(`${resultsDirArg}: manifest.json mangler (ikke en færdig kørsel)`);
  const manifest = JSON.parse(readFileSync(join(resultsDir, 'manifest.json'), 'utf8')) as Manifest;
  if (!Array.isArray(manifest.years) || !Array.isArray(manifest.ruleSets))
    throw new ResultsError(`${resultsDirArg}/manifest.json: not a Boligmonitor manifest`);
  // A report's directory (`report`, `demo`'s redegoerelse/) holds no lists: its run is formed from the
  // workspace beside it, like a register run's, with nothing to check against and nothing to download.
  const isReport =
    manifest.extra?.report !== undefined &&
    manifest.extra.input === 'delivery' &&
    !existsSync(join(resultsDir, 'lists.csv'));
  for (const f of isReport ? [] : REQUIRED) {
    if (!existsSync(join(resultsDir, f)))
      throw new ResultsError(`${resultsDirArg}: ${f} mangler (ikke en færdig kørsel)`);
  }
  if (!isReport) {
    const parsed = listsJsonSchema.safeParse(
      JSON.parse(readFileSync(join(resultsDir, 'lists.json'), 'utf8')),
    );
    if (!parsed.success) throw new ResultsError(`${resultsDirArg}/lists.json: ${parsed.error.message}`);
  }
  const assumptions = assumptionsFrom(manifest.assumptions);
  if (!assumptions.ok) throw new ResultsError(`manifest.json: ${assumptions.errors.join('; ')}`);
  const { ruleSetForYear, scenario } = ruleSetsOf(manifest, resultsDirArg);
  const fromDelivery = manifest.extra?.input === 'delivery';
  const { run, history, runId, source } = fromDelivery
    ? await runFromWorkspace(resultsDir, manifest, ruleSetForYear, assumptions.value)
    : runFromFigureInputs(manifest, ruleSetForYear, assumptions.value);
  const downloads = new Map<string, DownloadFile>();
  if (isReport) {
    return {
      served: servedOf(manifest, runId, resultsDir, run),
      softwareVersion: manifest.software.version,
      assumptions: assumptions.value,
      run,
      history,
      downloads,
      scenario,
    };
  }
  const listsCsv = readFileSync(join(resultsDir, 'lists.csv'), 'utf8');
  const again = ['year,area_id,list', ...run.designations.map((d) => `${d.year},${d.areaId},${d.list}`)].join(
    '\n',
  );
  if (listsCsv.trim() !== again.trim())
    throw new ResultsError(
      `${source}: does not give the lists in ${resultsDirArg}/lists.csv (was it changed or reused by another run?)`,
    );
  for (const [name, contentType] of DOWNLOADS) {
    const p = join(resultsDir, name);
    if (!existsSync(p)) continue;
    const bytes = readFileSync(p);
    downloads.set(name, { name, contentType, bytes, etag: `"${sha(bytes).slice(0, 20)}"` });
  }
  return {
    served: servedOf(manifest, runId, resultsDir, run),
    softwareVersion: manifest.software.version,
    assumptions: assumptions.value,
    run,
    history,
    downloads,
    scenario,
  };
}

function servedOf(
  manifest: Manifest,
  runId: string,
  resultsDir: string,
  run: ListRun,
): Omit<ServedRun, 'shownYears'> {
  return {
    runId,
    startedAt: manifest.startedAt,
    finishedAt: manifest.finishedAt,
    command: manifest.command,
    resultsDir,
    years: run.years,
  };
}

/**
 * A workspace given directly: its latest written run, from the manifest the workspace recorded for it (no
 * results directory, so no downloads and no check against a lists.csv).
 */
async function loadFromWorkspace(file: string): Promise<LoadedRun> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new ResultsError(`${file}: no such workspace`);
  const workspace = realpathSync(file);
  const db = await openWorkspaceReadOnly(workspace, { threads: 1 });
  let latest: Awaited<ReturnType<typeof latestWrittenRun>>;
  try {
    latest = await latestWrittenRun(db);
  } finally {
    db.close();
  }
  if (latest === null) throw new ResultsError(`${file}: the workspace records no finished run`);
  const manifest = JSON.parse(latest.manifest) as Manifest;
  const assumptions = assumptionsFrom(manifest.assumptions);
  if (!assumptions.ok) throw new ResultsError(`${file}: ${assumptions.errors.join('; ')}`);
  const { ruleSetForYear, scenario } = ruleSetsOf(manifest, file);
  const formed = await runFromWorkspaceFile(
    workspace,
    latest.runId,
    manifest,
    ruleSetForYear,
    assumptions.value,
  );
  return {
    served: servedOf(manifest, latest.runId, dirname(workspace), formed.run),
    softwareVersion: manifest.software.version,
    assumptions: assumptions.value,
    run: formed.run,
    history: formed.history,
    downloads: new Map(),
    scenario,
  };
}

/** The served data of a run held in memory (the web's tests build one from area figures). */
export function siteDataOf(
  input: Omit<SiteData, 'official' | 'version' | 'runs' | 'runOfYear' | 'scenario' | 'scenarios'> & {
    readonly official?: OfficialLists;
    readonly runs?: readonly ServedRun[];
    readonly runOfYear?: ReadonlyMap<Year, ServedRun>;
    readonly scenario?: ScenarioInfo | null;
    readonly scenarios?: readonly SiteData[];
  },
): SiteData {
  const runs = input.runs ?? [
    {
      runId: input.runId,
      startedAt: input.finishedAt,
      finishedAt: input.finishedAt,
      command: input.command,
      resultsDir: input.resultsDir,
      years: input.run.years,
      shownYears: input.run.years,
    },
  ];
  const runOfYear =
    input.runOfYear ?? new Map(runs.flatMap((r) => r.shownYears.map((y): [Year, ServedRun] => [y, r])));
  const scenarios = input.scenarios ?? [];
  const designations = input.run.designations.map((d) => `${d.year},${d.areaId},${d.list}`).join('\n');
  const tag = [
    ...runs.map((r) => `${r.runId}|${r.finishedAt}|${r.shownYears.join(',')}`),
    designations,
    ...scenarios.map((s) => s.version),
  ].join('\n');
  return {
    ...input,
    runs,
    runOfYear,
    scenario: input.scenario ?? null,
    scenarios,
    official: input.official ?? officialListsFromReference(),
    version: sha(Buffer.from(tag)).slice(0, 16),
  };
}

/** The delivery's two area tables (names and delimitations, no persons) when it was delivered as Parquet. */
function areaFilesOf(manifest: Manifest): { areas?: string; area_parcels?: string } {
  const find = (name: string): string | undefined =>
    manifest.inputs.map((i) => i.path).find((p) => basename(p) === name && existsSync(p));
  const areas = find('areas.parquet');
  const parcels = find('area_parcels.parquet');
  return {
    ...(areas === undefined ? {} : { areas }),
    ...(parcels === undefined ? {} : { area_parcels: parcels }),
  };
}

/** The delivery's coverage as the run recorded it in its manifest. */
function coverageOf(manifest: Manifest): CoverageRow[] {
  return Object.entries(manifest.extra?.coverage ?? {}).flatMap(([table, rows]) =>
    rows.map((r) => ({ table, year: r.year, rows: r.rows, persons: r.persons })),
  );
}

function sha(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

function realDir(p: string): string {
  if (!existsSync(p) || !statSync(p).isDirectory()) throw new ResultsError(`${p}: no such directory`);
  return realpathSync(p);
}

/** Whether `p` is `dir` or inside it. */
export function isInside(p: string, dir: string): boolean {
  const r = relative(dir, p);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r) && !r.startsWith(`..${sep}`));
}

/**
 * The run's workspace: the one its manifest names, when that is the default place (next to the results
 * directory) or inside it; a workspace elsewhere is not read.
 */
function workspaceOf(resultsDir: string, manifest: Manifest): string {
  const beside = join(dirname(resultsDir), 'workspace.duckdb');
  const named = manifest.extra?.workspace;
  const candidates = [
    ...(named !== undefined && named !== ':memory:' && isAbsolute(named) ? [named] : []),
    ...(named !== undefined && named !== ':memory:' && !isAbsolute(named)
      ? [join(dirname(resultsDir), basename(named))]
      : []),
    beside,
  ];
  for (const c of candidates) {
    if (!existsSync(c)) continue;
    const real = realpathSync(c);
    if (dirname(real) === realpathSync(dirname(resultsDir)) || isInside(real, resultsDir)) return real;
  }
  throw new ResultsError(
    `${resultsDir}: the run's workspace (${named ?? 'workspace.duckdb'}) is not next to the results directory` +
      (named === ':memory:' ? ' (the run kept no workspace: run it again without --workspace :memory:)' : ''),
  );
}

/** The rule set of each year as the run applied it: the law in force each year, or one rule set for all. */
function ruleSetsOf(
  manifest: Manifest,
  where: string,
): { ruleSetForYear: (year: Year) => RuleSet; scenario: ScenarioInfo | null } {
  const byDefault = manifest.ruleSets.every((r) => defaultRuleSetForYear(r.year).id === r.id);
  if (byDefault) return { ruleSetForYear: defaultRuleSetForYear, scenario: null };
  const ids = [...new Set(manifest.ruleSets.map((r) => r.id))];
  const shas = [...new Set(manifest.ruleSets.map((r) => r.sha256))];
  const id = ids[0] as string;
  if (ids.length !== 1 || shas.length !== 1)
    throw new ResultsError(
      `${where}: the run mixes rule sets (${ids.join(', ')}) in a way no command writes`,
    );
  const one = scenarioRuleSet(manifest, id, shas[0] as string);
  if (one === undefined)
    throw new ResultsError(
      `${where}: scenariet ${id} kan ikke findes igen / the run's scenario rule set ${id} cannot be found: ` +
        'its file (the --ruleset of the run, or one in examples/scenarios/) must still give the same rule set ' +
        '(SHA-256 in manifest.json)',
    );
  if (!/^[a-z0-9][a-z0-9-]{0,60}$/i.test(one.id))
    throw new ResultsError(`${where}: the scenario id ${one.id} cannot be an address (letters, digits, -)`);
  return {
    ruleSetForYear: () => one,
    scenario: {
      id: one.id,
      nameDa: one.nameDa,
      description: one.description,
      basedOn: one.basedOn ?? null,
      sha256: ruleSetSha256(one),
      labelDa: `Scenarie: ${one.nameDa} — ikke de officielle lister`,
    },
  };
}

/**
 * A run's scenario rule set, found again: a built-in rule set applied to every year, or the scenario file of
 * the run's `--ruleset` (read from the working directory or the package) or one of the bundled scenarios,
 * whichever gives the rule set the run recorded (its id and SHA-256).
 */
function scenarioRuleSet(manifest: Manifest, id: string, sha256: string): RuleSet | undefined {
  const builtIn = ruleSetById(id);
  if (builtIn !== undefined) return ruleSetSha256(builtIn) === sha256 ? builtIn : undefined;
  const arg = /--ruleset(?:=|\s+)('(?:[^']|'\\'')*'|\S+)/.exec(manifest.command)?.[1];
  const named = arg === undefined ? undefined : arg.replace(/^'|'$/g, '').replace(/'\\''/g, "'");
  const bundled = join(PACKAGE_ROOT, 'examples', 'scenarios');
  const candidates = [
    ...(named === undefined ? [] : [resolve(named), resolve(PACKAGE_ROOT, named)]),
    ...(existsSync(bundled)
      ? readdirSync(bundled)
          .filter((f) => f.endsWith('.json'))
          .map((f) => join(bundled, f))
      : []),
  ];
  for (const file of candidates) {
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    const read = ruleSetFromScenarioText(readFileSync(file, 'utf8'), file);
    if (read.ok && read.value.id === id && ruleSetSha256(read.value) === sha256) return read.value;
  }
  return undefined;
}

/** The history the run read: only official lists from the reference directory can be read again. */
async function historyOf(
  manifest: Manifest,
  figures: Parameters<typeof areaRefsFromFigures>[0],
): Promise<ImportedHistory> {
  if ((manifest.extra?.historyLists ?? []).length === 0) return NO_HISTORY;
  const delivery = manifest.extra?.delivery;
  const file = manifest.inputs
    .map((i) => resolve(i.path))
    .find((p) => delivery === undefined || !isInside(p, resolve(delivery)));
  if (file === undefined || !isInside(file, resolve(REFERENCE_DIR)))
    throw new ResultsError(`the run read history from ${file ?? '?'}, outside the reference directory`);
  const read = await readHistory(file, areaRefsFromFigures(figures));
  if (!read.ok) throw new ResultsError(`${file}: cannot be read again`);
  return read.value;
}
