import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deliverySnapshotYears } from '../analytics/duties/deliverySnapshotYears.ts';
import { computeDuties, dutyListYears, type Duties } from '../analytics/duties/computeDuties.ts';
import type { DutyOptions } from '../core/duties/dutyOptions.ts';
import { udsatListsOf } from '../core/duties/udsatLists.ts';
import type { Year } from '../core/model/ids.ts';
import { manifestJson } from '../reports/lists/manifestJson.ts';
import { dutiesFiles } from '../reports/duties/dutiesFiles.ts';
import {
  runDelivery,
  type RunDeliveryOptions,
  type RunDeliveryReport,
  type RunOutput,
} from './runDelivery.ts';

/** `boligmonitor duties`: the register pipeline for the list year and the lists the duties read, then the duties. */
export interface RunDutiesOptions extends Omit<
  RunDeliveryOptions,
  'years' | 'writeOutputs' | 'ruleSet' | 'out'
> {
  readonly listYear: Year;
  readonly options: DutyOptions;
  /** Where the duty files are written (atomically); none: only the workspace is written. */
  readonly out?: string;
}

export type RunDutiesResult =
  | {
      readonly kind: 'computed';
      readonly workspace: string;
      readonly duties: Duties;
      readonly outDir: string | null;
      readonly notes: readonly string[];
    }
  | Exclude<RunDeliveryReport, { kind: 'written' }>;

/**
 * Decides the duties of list year Y on a finished run's open workspace and writes `duties.json`, one CSV per duty
 * and the run's manifest into `dir`: the lists the duties read come from the run (a year it did not compute, or
 * whose snapshot the delivery lacks, is unknown with why).
 */
export async function writeDuties(
  dir: string,
  output: RunOutput,
  opts: { readonly listYear: Year; readonly options: DutyOptions; readonly snapshots: ReadonlySet<Year> },
): Promise<Duties> {
  const y = opts.listYear;
  const duties = await computeDuties(output.db, {
    listYear: y,
    lists: udsatListsOf(output.run, dutyListYears(opts.options, y), opts.snapshots),
    options: opts.options,
    assumptions: output.provenance.assumptions,
    runId: output.runId,
    areas: output.run.figures
      .filter((f) => f.year === y)
      .map((f) => ({
        areaId: f.areaId,
        name: f.name,
        municipalityCode: f.municipalityCode,
        residents: f.residents,
      })),
  });
  for (const f of dutiesFiles(duties)) await writeFile(join(dir, f.name), f.text, 'utf8');
  const manifest = manifestJson(
    output.run,
    {
      ...output.provenance,
      extra: { ...output.provenance.extra, duties: { options: { ...opts.options } } },
    },
    new Date(),
    [],
  );
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  return duties;
}

/**
 * The duties of list year Y on a delivery: computes the lists of Y and of the years the duties read (the list in
 * force for day care, the language-test window) where the delivery has their snapshots — a list it cannot compute
 * is unknown, with why, and the duties resting on it too — then decides each duty in the workspace. With `out`,
 * writes `duties.json`, one CSV per duty and the run's manifest into it atomically.
 */
export async function runDuties(opts: RunDutiesOptions): Promise<RunDutiesResult> {
  const scratch = await mkdtemp(join(tmpdir(), 'boligmonitor-duties-'));
  try {
    const workspace = opts.workspace ?? join(scratch, 'workspace.duckdb');
    let duties: Duties | undefined;
    const attempt = (years: readonly Year[]): Promise<RunDeliveryReport> =>
      runDelivery({
        ...opts,
        workspace,
        out: opts.out ?? join(scratch, 'out'),
        years,
        ruleSet: null,
        writeOutputs: async (dir, output) => {
          duties = await writeDuties(dir, output, {
            listYear: opts.listYear,
            options: opts.options,
            snapshots,
          });
        },
      });
    // The lists the delivery has snapshots for; the others are unknown (and the duties resting on them).
    const snapshots = new Set(await deliverySnapshotYears(opts.delivery));
    const wanted = dutyListYears(opts.options, opts.listYear).filter((y) => snapshots.has(y));
    const report = await attempt([...new Set([...wanted, opts.listYear])].sort((a, b) => a - b));
    if (report.kind !== 'written') return report;
    if (duties === undefined) throw new Error('the duties were not computed');
    return {
      kind: 'computed',
      workspace: opts.workspace ?? ':memory:',
      duties,
      outDir: opts.out === undefined ? null : report.outDir,
      notes: [...report.notes, ...report.warnings],
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
