import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
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
import { REFERENCE_DIR } from '../../reference/referenceDir.ts';
import { listsJsonSchema } from '../../reports/lists/listsJsonSchema.ts';
import { officialListsFromReference, type OfficialLists } from './officialLists.ts';

/** A file of the results directory offered for download, read once at start-up. */
export interface DownloadFile {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Buffer;
  readonly etag: string;
}

/** Everything the site and the API serve: one finished run, the official lists, and the run's files. */
export interface SiteData {
  readonly resultsDir: string;
  readonly runId: string;
  readonly command: string;
  /** When the run finished (ISO 8601): the date of the data on every page. */
  readonly finishedAt: string;
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
  readonly ruleSets: readonly { readonly year: number; readonly id: string; readonly sha256: string }[];
  readonly assumptions: Readonly<Record<string, string>>;
  readonly inputs: readonly { readonly path: string; readonly sha256: string }[];
  readonly extra?: {
    readonly input?: string;
    readonly runId?: string;
    readonly workspace?: string;
    readonly delivery?: string;
    readonly historyLists?: readonly unknown[];
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

/**
 * Reads a finished run's output directory and forms its lists again, so every area's criteria and changes can
 * be shown, not only the listed ones: a register run (`run`, `demo`) from the exact counts its workspace stored
 * (opened read-only), a run of area figures (`lists`) from its input files (checked by SHA-256); either is
 * checked against the run's `lists.csv`. This happens once, at start-up: requests read nothing from disk but
 * the DKFDS files.
 */
export async function loadSiteData(resultsDirArg: string): Promise<SiteData> {
  if (resultsDirArg.endsWith('.duckdb')) return loadFromWorkspace(resultsDirArg);
  const resultsDir = realDir(resultsDirArg);
  for (const f of REQUIRED) {
    if (!existsSync(join(resultsDir, f)))
      throw new ResultsError(`${resultsDirArg}: ${f} mangler (ikke en færdig kørsel)`);
  }
  const manifest = JSON.parse(readFileSync(join(resultsDir, 'manifest.json'), 'utf8')) as Manifest;
  if (!Array.isArray(manifest.years) || !Array.isArray(manifest.ruleSets))
    throw new ResultsError(`${resultsDirArg}/manifest.json: not a Boligmonitor manifest`);
  const parsed = listsJsonSchema.safeParse(JSON.parse(readFileSync(join(resultsDir, 'lists.json'), 'utf8')));
  if (!parsed.success) throw new ResultsError(`${resultsDirArg}/lists.json: ${parsed.error.message}`);
  const assumptions = assumptionsFrom(manifest.assumptions);
  if (!assumptions.ok) throw new ResultsError(`manifest.json: ${assumptions.errors.join('; ')}`);
  const ruleSetForYear = ruleSetsOf(manifest);
  const fromDelivery = manifest.extra?.input === 'delivery';
  const { run, history, runId, source } = fromDelivery
    ? await runFromWorkspace(resultsDir, manifest, ruleSetForYear, assumptions.value)
    : runFromFigureInputs(manifest, ruleSetForYear, assumptions.value);
  const listsCsv = readFileSync(join(resultsDir, 'lists.csv'), 'utf8');
  const again = ['year,area_id,list', ...run.designations.map((d) => `${d.year},${d.areaId},${d.list}`)].join(
    '\n',
  );
  if (listsCsv.trim() !== again.trim())
    throw new ResultsError(
      `${source}: does not give the lists in ${resultsDirArg}/lists.csv (was it changed or reused by another run?)`,
    );
  const downloads = new Map<string, DownloadFile>();
  for (const [name, contentType] of DOWNLOADS) {
    const p = join(resultsDir, name);
    if (!existsSync(p)) continue;
    const bytes = readFileSync(p);
    downloads.set(name, { name, contentType, bytes, etag: `"${sha(bytes).slice(0, 20)}"` });
  }
  return siteDataOf({
    resultsDir,
    runId,
    command: manifest.command,
    finishedAt: manifest.finishedAt,
    softwareVersion: manifest.software.version,
    assumptions: assumptions.value,
    run,
    history,
    downloads,
  });
}

/**
 * A workspace given directly: its latest written run, from the manifest the workspace recorded for it (no
 * results directory, so no downloads and no check against a lists.csv).
 */
async function loadFromWorkspace(file: string): Promise<SiteData> {
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
  const formed = await runFromWorkspaceFile(
    workspace,
    latest.runId,
    manifest,
    ruleSetsOf(manifest),
    assumptions.value,
  );
  return siteDataOf({
    resultsDir: dirname(workspace),
    runId: latest.runId,
    command: manifest.command,
    finishedAt: manifest.finishedAt,
    softwareVersion: manifest.software.version,
    assumptions: assumptions.value,
    run: formed.run,
    history: formed.history,
    downloads: new Map(),
  });
}

/** The served data of a run held in memory (the web's tests build one from area figures). */
export function siteDataOf(
  input: Omit<SiteData, 'official' | 'version'> & { readonly official?: OfficialLists },
): SiteData {
  const designations = input.run.designations.map((d) => `${d.year},${d.areaId},${d.list}`).join('\n');
  return {
    ...input,
    official: input.official ?? officialListsFromReference(),
    version: sha(Buffer.from(`${input.runId}|${input.finishedAt}|${designations}`)).slice(0, 16),
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
function ruleSetsOf(manifest: Manifest): (year: Year) => RuleSet {
  const byDefault = manifest.ruleSets.every((r) => defaultRuleSetForYear(r.year).id === r.id);
  if (byDefault) return defaultRuleSetForYear;
  const ids = [...new Set(manifest.ruleSets.map((r) => r.id))];
  const one = ids.length === 1 ? ruleSetById(ids[0] as string) : undefined;
  if (one === undefined)
    throw new ResultsError(
      `the run used a scenario rule set (${ids.join(', ')}): serving it is not supported`,
    );
  return () => one;
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
