import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Year } from '../core/model/ids.ts';
import { deliveryCoverage } from '../analytics/indicators/deliveryCoverageQuery.ts';
import { socialExportAnalyses } from '../analytics/socialExport/socialExportAnalyses.ts';
import { treatmentListYear, type SocialExportOptions } from '../core/socialExport/socialExportOptions.ts';
import { manifestJson } from '../reports/lists/manifestJson.ts';
import { chapterDidFrom, type ChapterDid } from '../views/report/chapter3Did.ts';
import { runDelivery, type RunDeliveryOptions, type RunDeliveryReport } from './runDelivery.ts';
import { treatmentOf } from './runReport.ts';

/** `boligmonitor did`: the register pipeline for the list year (and the treatment list's year), then the DiD. */
export interface RunDidOptions extends Omit<
  RunDeliveryOptions,
  'years' | 'writeOutputs' | 'ruleSet' | 'out'
> {
  readonly listYear: Year;
  readonly socialExport: SocialExportOptions;
}

export type RunDidResult =
  | {
      readonly kind: 'estimated';
      readonly workspace: string;
      readonly listYear: Year;
      readonly treatmentListYear: number;
      /** The treated municipalities' codes; null when the treatment list is not known. */
      readonly treatedMunicipalities: readonly string[] | null;
      readonly did: ChapterDid;
      readonly notes: readonly string[];
    }
  | Exclude<RunDeliveryReport, { kind: 'written' }>;

/**
 * The difference in differences of chapter 3 (domain §10) on a delivery: computes the lists of the list year
 * and of the treatment list's year in the workspace (an unchanged delivery is not validated again), builds the
 * panel in DuckDB and estimates the outcome the options name. Writes nothing but the workspace (by default a
 * temporary one, removed afterwards).
 */
export async function runDid(opts: RunDidOptions): Promise<RunDidResult> {
  const scratch = await mkdtemp(join(tmpdir(), 'boligmonitor-did-'));
  try {
    const workspace = opts.workspace ?? join(scratch, 'workspace.duckdb');
    const treatmentYear = treatmentListYear(opts.socialExport, opts.listYear);
    let found: Omit<Extract<RunDidResult, { kind: 'estimated' }>, 'workspace' | 'notes'> | undefined;
    const attempt = (years: readonly Year[], unknownWhy?: string): Promise<RunDeliveryReport> =>
      runDelivery({
        ...opts,
        workspace,
        out: join(scratch, 'out'),
        years,
        ruleSet: null,
        writeOutputs: async (dir, output) => {
          const result = await socialExportAnalyses(output.db, {
            listYear: opts.listYear,
            forebyggelseAreas: output.run.designations
              .filter((d) => d.year === opts.listYear && d.list === 'forebyggelse')
              .map((d) => d.areaId),
            treatment: treatmentOf(output, opts.listYear, opts.socialExport, unknownWhy),
            options: opts.socialExport,
            assumptions: output.provenance.assumptions,
            coverage: await deliveryCoverage(output.db),
          });
          const outcome = opts.socialExport.socialExportOutcome;
          const panel = result.panels.get(outcome);
          if (panel === undefined) throw new Error(`no DiD panel for outcome ${outcome}`);
          found = {
            kind: 'estimated',
            listYear: opts.listYear,
            treatmentListYear: treatmentYear,
            treatedMunicipalities: result.treatedMunicipalities,
            did: chapterDidFrom(outcome, panel, opts.socialExport),
          };
          // The run's manifest, which the workspace's runs table records (the directory itself is thrown away).
          const manifest = manifestJson(output.run, output.provenance, new Date(), []);
          await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
        },
      });
    const both = treatmentYear < opts.listYear ? [treatmentYear, opts.listYear] : [opts.listYear];
    let report = await attempt(both);
    if (report.kind === 'usage' && both.length > 1)
      report = await attempt(
        [opts.listYear],
        `leveringen har ikke bopælsdata (1. januar) for ${treatmentYear}`,
      );
    if (report.kind !== 'written') return report;
    if (found === undefined) throw new Error('the difference in differences was not computed');
    return {
      ...found,
      workspace: opts.workspace ?? ':memory:',
      notes: [...report.notes, ...report.warnings],
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
