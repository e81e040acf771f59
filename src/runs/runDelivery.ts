import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Assumptions } from '../core/assumptions.ts';
import { NO_HISTORY, type ImportedHistory } from '../core/model/history.ts';
import type { Year } from '../core/model/ids.ts';
import type { ListRun } from '../core/model/listRun.ts';
import type { RuleSet } from '../core/model/ruleSet.ts';
import { defaultRuleSetForYear } from '../core/rulesets/builtInRuleSets.ts';
import { listRunFromFigures } from '../core/run/listRunFromFigures.ts';
import { yearsNeeded } from '../core/run/yearsNeeded.ts';
import { writeDirectoryAtomically } from '../io/writeDirectoryAtomically.ts';
import type { RunProvenance, TableRowCount } from '../reports/lists/runProvenance.ts';
import { writeListFiles } from '../reports/lists/writeListOutputs.ts';
import { planSheetOf } from './reportPlans.ts';
import { DEFAULT_MEMORY_LIMIT, DEFAULT_THREADS, openDb, type Db } from '../analytics/db.ts';
import { areaFiguresFromWorkspace } from '../analytics/indicators/areaFiguresFromWorkspace.ts';
import {
  OPTIONAL_COVERAGE_TABLES,
  deliveryCoverage,
  type CoverageRow,
} from '../analytics/indicators/deliveryCoverageQuery.ts';
import { loadDelivery } from '../analytics/load/loadDelivery.ts';
import type { ValidationCacheStatus } from '../analytics/load/validationCache.ts';
import type { ValidationReport } from '../analytics/validate/validationReport.ts';
import { createRunsTableQuery, finishRunQuery, startRunQuery } from '../analytics/workspace/runsQueries.ts';
import { rejectsCsv } from '../reports/lists/rejectsCsv.ts';
import { rejectedRowsFrom } from '../views/rejectedRows.ts';
import type { AreaFigures } from '../core/model/areaFigures.ts';

export interface RunDeliveryOptions {
  /** The delivery directory (data contract §A). */
  readonly delivery: string;
  readonly out: string;
  /** List years; default: every snapshot year from 2010 whose averaging window the delivery covers. */
  readonly years?: readonly Year[];
  /** One rule set for every year (a built-in or a scenario); default: the rule set in force each year. */
  readonly ruleSet?: RuleSet | null;
  readonly assumptions: Assumptions;
  readonly quarantine: boolean;
  /** Workspace database file; default `<parent of out>/workspace.duckdb`; `:memory:` keeps nothing. */
  readonly workspace?: string;
  /** Earlier designations, read after the figures exist (names are matched against the delivery's areas). */
  readonly history?: (figures: readonly AreaFigures[]) => Promise<HistoryInput>;
  readonly command: string;
  readonly threads?: number;
  readonly memoryLimit?: string;
  readonly onStep?: (stage: RunStage, step: string, done: number, total: number) => void;
  /**
   * What the run writes into its (temporary, then renamed) output directory; default: the list outputs
   * (`writeListFiles`). The report writes its own outputs here, reading the workspace while it is open.
   */
  readonly writeOutputs?: (dir: string, output: RunOutput) => Promise<void>;
}

/** What a run hands to its writer: the lists, their provenance, and the open workspace. */
export interface RunOutput {
  readonly db: Db;
  readonly runId: string;
  readonly run: ListRun;
  readonly provenance: RunProvenance;
}

export interface HistoryInput {
  readonly history: ImportedHistory;
  readonly inputs: readonly { readonly path: string; readonly sha256: string }[];
  readonly rowCounts: readonly TableRowCount[];
  readonly warnings: readonly string[];
}

export const RUN_STAGES = ['load', 'validate', 'indicators', 'classify', 'write'] as const;
export type RunStage = (typeof RUN_STAGES)[number];

export interface StageTiming {
  readonly stage: RunStage;
  readonly ms: number;
}

export type RunDeliveryReport =
  | {
      readonly kind: 'written';
      readonly outDir: string;
      readonly workspace: string;
      readonly runId: string;
      readonly run: ListRun;
      readonly validation: ValidationReport;
      /** Whether the validation was done by this run or reused from the workspace (unchanged delivery). */
      readonly validationCache: ValidationCacheStatus;
      readonly notes: readonly string[];
      readonly warnings: readonly string[];
      readonly timings: readonly StageTiming[];
    }
  /** The delivery is invalid (strict mode, or unreadable in any mode): nothing written. */
  | {
      readonly kind: 'invalid';
      readonly validation: ValidationReport;
      readonly validationCache: ValidationCacheStatus;
      readonly timings: readonly StageTiming[];
    }
  /** The request cannot be met by this delivery (e.g. list years it has no snapshot for). */
  | { readonly kind: 'usage'; readonly messages: readonly string[] };

/** The default workspace: `workspace.duckdb` next to the output directory. */
export const defaultWorkspace = (out: string): string => join(dirname(resolve(out)), 'workspace.duckdb');

/**
 * The register pipeline end to end: load and validate the delivery into the workspace, compute each list
 * year's area figures, classify them with the core (`listRunFromFigures`) and write the same outputs as
 * `boligmonitor lists` (plus `rejects.csv` under quarantine), atomically.
 */
export async function runDelivery(opts: RunDeliveryOptions): Promise<RunDeliveryReport> {
  const startedAt = new Date();
  const workspace = opts.workspace ?? defaultWorkspace(opts.out);
  const threads = opts.threads ?? DEFAULT_THREADS;
  const memoryLimit = opts.memoryLimit ?? DEFAULT_MEMORY_LIMIT;
  if (workspace !== ':memory:') await mkdir(dirname(resolve(workspace)), { recursive: true });
  const db = await openDb({
    path: workspace,
    threads,
    memoryLimit,
    ...(workspace === ':memory:' ? { tempDirectory: 'private' as const } : {}),
  });
  const runId = `${startedAt.toISOString().replace(/[-:.]/g, '')}-${randomUUID().slice(0, 8)}`;
  try {
    await db.run(createRunsTableQuery());
    await db.run(startRunQuery(runId, startedAt, resolve(opts.delivery), opts.command));
    const report = await runInWorkspace(db, opts, runId, startedAt, { workspace, threads, memoryLimit });
    const manifest =
      report.kind === 'written'
        ? await readFile(join(report.outDir, 'manifest.json'), 'utf8')
        : JSON.stringify(report.kind === 'invalid' ? report.validation : { messages: report.messages });
    await db.run(finishRunQuery(runId, report.kind, manifest));
    return report;
  } catch (e) {
    await db.run(finishRunQuery(runId, 'failed', JSON.stringify({ error: String(e) })));
    throw e;
  } finally {
    db.close();
  }
}

async function runInWorkspace(
  db: Db,
  opts: RunDeliveryOptions,
  runId: string,
  startedAt: Date,
  settings: { workspace: string; threads: number; memoryLimit: string },
): Promise<RunDeliveryReport> {
  const timings: StageTiming[] = [];
  const step = opts.onStep ?? (() => undefined);
  const loaded = await loadDelivery(db, opts.delivery, {
    quarantine: opts.quarantine,
    onStep: (s, done, total) => step(s.startsWith('valider') ? 'validate' : 'load', s, done, total),
  });
  timings.push(
    { stage: 'load', ms: loaded.timings.loadMs },
    { stage: 'validate', ms: loaded.timings.validateMs },
  );
  const validation = loaded.report;
  if (validation.schemaProblems.length > 0 || (!opts.quarantine && !validation.ok)) {
    return { kind: 'invalid', validation, validationCache: loaded.cache, timings };
  }

  const ruleSetForYear = (year: Year): RuleSet => opts.ruleSet ?? defaultRuleSetForYear(year);
  const coverage = await deliveryCoverage(db);
  const years = opts.years ?? defaultYears(coverage, ruleSetForYear);
  if (years.length === 0) {
    return {
      kind: 'usage',
      messages: ['the delivery has no residence snapshot from 2010 with a complete window'],
    };
  }
  const missing = years.filter((y) => !coverage.some((c) => c.table === 'residence' && c.year === y));
  if (missing.length > 0) {
    const have = coverage.filter((c) => c.table === 'residence').map((c) => c.year);
    return {
      kind: 'usage',
      messages: [
        `--years: the delivery has no residence snapshot for ${missing.join(', ')} ` +
          `(it has ${have.length > 0 ? `${Math.min(...have)}–${Math.max(...have)}` : 'none'})`,
      ],
    };
  }
  // The earlier years the requested ones depend on (persistence, the first year's changes) are computed from
  // the same delivery where it has their snapshot; the rest come from the history or are unknown.
  const figureYears = yearsNeeded(years, ruleSetForYear).filter((y) =>
    coverage.some((c) => c.table === 'residence' && c.year === y),
  );
  const tIndicators = performance.now();
  const indicators = await areaFiguresFromWorkspace(
    db,
    {
      years: figureYears.map((year) => ({ year, measures: ruleSetForYear(year).measures })),
      assumptions: opts.assumptions,
    },
    runId,
    (s, done, total) => step('indicators', s, done, total),
    coverage,
  );
  timings.push({ stage: 'indicators', ms: performance.now() - tIndicators });

  const tClassify = performance.now();
  step('classify', 'klassificerer', 0, 1);
  const history = opts.history === undefined ? undefined : await opts.history(indicators.figures);
  const run = listRunFromFigures({
    figures: indicators.figures,
    history: history?.history ?? NO_HISTORY,
    years,
    ruleSetForYear,
    assumptions: opts.assumptions,
  });
  timings.push({ stage: 'classify', ms: performance.now() - tClassify });

  const tWrite = performance.now();
  step('write', 'skriver', 0, 1);
  const rowCounts = [...validation.rowCounts, ...(history?.rowCounts ?? [])];
  const provenance: RunProvenance = {
    command: opts.command,
    inputs: [...loaded.files.map((f) => ({ path: f.path, sha256: f.sha256 })), ...(history?.inputs ?? [])],
    rowCounts,
    assumptions: opts.assumptions,
    startedAt,
    extra: {
      input: 'delivery',
      delivery: resolve(opts.delivery),
      quarantine: opts.quarantine,
      workspace: settings.workspace,
      runId,
      duckdb: { threads: settings.threads, memoryLimit: settings.memoryLimit },
      coverage: coverageTable(coverage),
      historyLists: history?.history.lists ?? [],
      notComputable: indicators.notes,
      validation: loaded.cache,
      validationWarnings: validation.warnings,
      rejectedByRule: validation.rules.map((r) => ({ rule: r.ruleId, rows: r.count })),
    },
  };
  const rejects = opts.quarantine ? rejectsCsv(await rejectedRowsFrom(db, validation)) : null;
  await writeDirectoryAtomically(opts.out, async (tmp) => {
    if (rejects !== null) await writeFile(join(tmp, 'rejects.csv'), rejects, 'utf8');
    if (opts.writeOutputs === undefined)
      await writeListFiles(tmp, run, provenance, await planSheetOf(db, run));
    else await opts.writeOutputs(tmp, { db, runId, run, provenance });
  });
  timings.push({ stage: 'write', ms: performance.now() - tWrite });
  return {
    kind: 'written',
    outDir: resolve(opts.out),
    workspace: settings.workspace,
    runId,
    run,
    validation,
    validationCache: loaded.cache,
    notes: indicators.notes,
    warnings: history?.warnings ?? [],
    timings,
  };
}

/** The manifest's coverage table: per yearly table, its data years with rows and persons. */
function coverageTable(
  coverage: readonly CoverageRow[],
): Record<string, { year: number; rows: number; persons: number }[]> {
  const out: Record<string, { year: number; rows: number; persons: number }[]> = {};
  const optional = Object.keys(OPTIONAL_COVERAGE_TABLES).filter((t) => coverage.some((c) => c.table === t));
  for (const table of ['residence', 'labour', 'education', 'income', 'convictions', ...optional]) {
    out[table] = coverage
      .filter((c) => c.table === table)
      .map(({ year, rows, persons }) => ({ year, rows, persons }));
  }
  return out;
}

/** Residence snapshot years from 2010 whose averaging window (snapshots and labour years) is in the delivery. */
function defaultYears(coverage: readonly CoverageRow[], ruleSetForYear: (year: Year) => RuleSet): Year[] {
  const has = (table: string, year: number): boolean =>
    coverage.some((c) => c.table === table && c.year === year);
  return coverage
    .filter((c) => c.table === 'residence' && c.year >= 2010)
    .map((c) => c.year)
    .filter((y) => {
      const a = ruleSetForYear(y).measures.averagingYears;
      return Array.from({ length: a }, (_, i) => y - 1 - i).every(
        (d) => has('labour', d) && has('residence', d + 1),
      );
    })
    .sort((a, b) => a - b);
}
