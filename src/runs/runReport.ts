import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AreaId, Year } from '../core/model/ids.ts';
import type { MeasuredTable } from '../core/model/measuredTable.ts';
import type { RuleSet } from '../core/model/ruleSet.ts';
import { defaultRuleSetForYear } from '../core/rulesets/builtInRuleSets.ts';
import type { Cell } from '../disclosure/cell.ts';
import type { DisclosureDecision } from '../disclosure/disclosureDecision.ts';
import type { DisclosureOptions } from '../disclosure/disclosureOptions.ts';
import { protectAndAuditTables } from '../disclosure/protectAndAuditTables.ts';
import { deliveryCoverage } from '../analytics/indicators/deliveryCoverageQuery.ts';
import { chapter2Analyses } from '../analytics/report/chapter2Analyses.ts';
import type { AreaCategory } from '../analytics/report/reportCategory.ts';
import { developmentPlans } from '../analytics/report/developmentPlans.ts';
import { workspaceTables } from '../analytics/report/workspaceTables.ts';
import { fileSha256 } from '../io/fileSha256.ts';
import { readSyntheticMarker, syntheticSourceDa } from '../io/syntheticDeliveryMarker.ts';
import { figureSvg } from '../reports/charts/figureSvg.ts';
import { svgToPng } from '../reports/charts/svgToPng.ts';
import { manifestJson } from '../reports/lists/manifestJson.ts';
import { annexWorkbook } from '../reports/document/annexWorkbook.ts';
import { disclosureCsv } from '../reports/report/disclosureCsv.ts';
import { printReportPdf } from '../reports/document/printReportPdf.ts';
import { reportHtml } from '../reports/document/reportHtml.ts';
import { tableCsv } from '../reports/document/tableCsv.ts';
import { reportDocumentFrom, type MissingSection } from '../reports/template/reportDocumentFrom.ts';
import type { ReadTemplate } from '../reports/template/readReportTemplate.ts';
import { SOFTWARE_VERSION } from '../softwareVersion.ts';
import { box11From } from '../views/report/box11.ts';
import { chapter2Catalogue } from '../views/report/chapter2Catalogue.ts';
import { figure31From } from '../views/report/figure31.ts';
import { reportFactsFrom, type ReportFact } from '../views/report/reportFacts.ts';
import type { ReportTable } from '../views/report/reportTable.ts';
import { reportTableFrom } from '../views/report/reportTableFrom.ts';
import { cellTextDa, numberTextDa } from '../reports/charts/valueTextDa.ts';
import {
  runDelivery,
  type RunDeliveryOptions,
  type RunDeliveryReport,
  type RunOutput,
} from './runDelivery.ts';

/** What the report is asked for, beyond the run that computes its lists. */
export interface ReportOptions {
  readonly listYear: Year;
  readonly delivery: string;
  readonly template: ReadTemplate;
  /** The "Kilde:" line of register-based tables; default the template's, or a synthetic delivery's own. */
  readonly sourceDa?: string;
  readonly disclosure: DisclosureOptions;
  /** The files of `--supplied` (contract §E), for the notices of the sections that read them. */
  readonly suppliedFiles?: readonly string[];
  readonly onStep?: (step: string, done: number, total: number) => void;
}

/** What a written report holds, for the command's summary and the manifest. */
export interface ReportSummary {
  readonly files: readonly string[];
  readonly tables: readonly string[];
  readonly missing: readonly MissingSection[];
  readonly suppressed: { readonly primary: number; readonly secondary: number };
  readonly audit: { readonly ok: boolean; readonly cells: number; readonly narrowest: number | null };
  readonly notes: readonly string[];
  /** Milliseconds per step of the report (analyses, disclosure control, …). */
  readonly timings: readonly { readonly step: string; readonly ms: number }[];
}

/** The files of contract §F, in the order they are written (the manifest last). */
export const REPORT_FILES = [
  'redegoerelse.html',
  'redegoerelse.pdf',
  'bilag.xlsx',
  'tables/<id>.csv',
  'figures/<id>.svg',
  'audit/disclosure.csv',
  'manifest.json',
] as const;

/** Width in pixels of the chart images in the Excel annex. */
const ANNEX_PNG_WIDTH = 1000;

/**
 * Writes the report of one list year into `dir` (inside the run's atomic write) from the run and the open
 * workspace: analyses → disclosure control (with the LP audit; a failing audit writes nothing) → tables and
 * figures → the document from its template → HTML, PDF, Excel annex, every table's CSV, every figure's SVG,
 * the disclosure log and the manifest.
 */
export async function writeReport(
  dir: string,
  output: RunOutput,
  opts: ReportOptions,
): Promise<ReportSummary> {
  const timings: { step: string; ms: number }[] = [];
  let stepStart = performance.now();
  let stepName = '';
  const step = (name: string, done: number, total: number): void => {
    const now = performance.now();
    if (stepName !== '') timings.push({ step: stepName, ms: Math.round(now - stepStart) });
    stepName = name;
    stepStart = now;
    opts.onStep?.(name, done, total);
  };
  const y = opts.listYear;
  const { db, run } = output;
  const ruleSet: RuleSet = run.ruleSets.get(y) ?? defaultRuleSetForYear(y);
  const notes: string[] = [];

  step('analyser', 0, 7);
  const plans = await developmentPlans(db, opts.delivery, y);
  if (plans.kind === 'invalid') throw new Error(`development_plans: ${plans.problems.join('; ')}`);
  const onList = (list: string): AreaId[] =>
    run.designations.filter((d) => d.year === y && d.list === list).map((d) => d.areaId);
  const categories = new Map<AreaCategory, readonly AreaId[]>([
    ['udsat', onList('udsat')],
    ['parallelsamfund', onList('parallelsamfund')],
    ['forebyggelse', onList('forebyggelse')],
    ...(plans.kind === 'present' ? [['plan', plans.areas] as const] : []),
  ]);
  const measured: MeasuredTable[] = await chapter2Analyses(db, {
    listYear: y,
    categories,
    assumptions: output.provenance.assumptions,
    k3DanishIn: (year) =>
      (run.ruleSets.get(year) ?? defaultRuleSetForYear(year)).measures.k3Education === 'danishOrRecognised',
    coverage: await deliveryCoverage(db),
  });

  step('diskretionering', 1, 7);
  const protectedTables = await protectAndAuditTables(measured, opts.disclosure);
  const audit = protectedTables.audit;
  if (!audit.ok) {
    throw new Error(
      `disclosure audit failed: ${audit.failures.map((f) => `${f.cell.table} (${f.cell.row}, ${f.cell.column}): ${f.failure}`).join('; ')}`,
    );
  }

  step('tabeller og figurer', 2, 7);
  // A synthetic delivery says so in every "Kilde:" line: it must never pass for the registers of real persons.
  const synthetic = readSyntheticMarker(opts.delivery);
  const sourceDa =
    opts.sourceDa ?? (synthetic === null ? opts.template.sourceRegisterDa : syntheticSourceDa(synthetic));
  const specs = chapter2Catalogue({
    listYear: y,
    udsatCount: categories.get('udsat')?.length ?? 0,
    forebyggelseCount: categories.get('forebyggelse')?.length ?? 0,
    hasPlans: plans.kind === 'present',
    sourceDa,
  });
  const tables: ReportTable[] = [
    ...specs.map((spec) => reportTableFrom(spec, cellsOf(protectedTables.tables, spec.id))),
    figure31From(run, y),
  ];
  const svgs = new Map(tables.flatMap((t) => (t.chart === undefined ? [] : [[t.id, figureSvg(t)] as const])));

  step('dokument', 3, 7);
  const box = box11From(ruleSet);
  const facts: ReportFact[] = [...reportFactsFrom(run, y), ...tableFacts(tables)];
  const { document, missing } = reportDocumentFrom(
    opts.template.template,
    {
      facts: new Map(facts.map((f) => [f.key, f.textDa])),
      tables: new Map(tables.map((t) => [t.id, t])),
      svgs,
      boxes: new Map([[box.id, box]]),
      deliveryTables: new Set(await workspaceTables(db)),
      suppliedFiles: new Set(opts.suppliedFiles ?? []),
    },
    {
      listYear: y,
      colophon: {
        softwareVersion: SOFTWARE_VERSION,
        ruleSetDa: `${ruleSet.nameDa} (regelsæt ${ruleSet.id})`,
        runId: output.runId,
        generatedAt: copenhagenIso(new Date()),
      },
    },
  );
  if (plans.kind === 'absent')
    notes.push('development_plans: not in the delivery, the plan areas series is left out');

  step('html og pdf', 4, 7);
  await writeFile(join(dir, 'redegoerelse.html'), reportHtml(document), 'utf8');
  await printReportPdf(document, join(dir, 'redegoerelse.pdf'));

  step('bilag og tabeller', 5, 7);
  await mkdir(join(dir, 'tables'));
  await mkdir(join(dir, 'figures'));
  await mkdir(join(dir, 'audit'));
  for (const t of tables) await writeFile(join(dir, 'tables', `${t.id}.csv`), tableCsv(t), 'utf8');
  for (const [id, svg] of svgs) await writeFile(join(dir, 'figures', `${id}.svg`), svg, 'utf8');
  const pngs = new Map([...svgs].map(([id, svg]) => [id, svgToPng(svg, ANNEX_PNG_WIDTH)] as const));
  await annexWorkbook(tables, pngs, output.provenance.startedAt).xlsx.writeFile(join(dir, 'bilag.xlsx'));
  await writeFile(join(dir, 'audit', 'disclosure.csv'), disclosureCsv(protectedTables.decisions), 'utf8');

  step('manifest', 6, 7);
  const decisions: readonly DisclosureDecision[] = protectedTables.decisions;
  const summary: ReportSummary = {
    files: [...REPORT_FILES],
    tables: tables.map((t) => t.id),
    missing,
    suppressed: {
      primary: decisions.filter((d) => d.primaryOrSecondary === 'primary').length,
      secondary: decisions.filter((d) => d.primaryOrSecondary === 'secondary').length,
    },
    audit: {
      ok: audit.ok,
      cells: audit.intervals.length,
      narrowest: audit.intervals.length === 0 ? null : Math.min(...audit.intervals.map((i) => i.width)),
    },
    notes,
    timings,
  };
  const outputs = await outputHashes(dir, tables, svgs);
  const manifest = manifestJson(
    run,
    {
      ...output.provenance,
      inputs: [
        ...output.provenance.inputs,
        ...(plans.kind === 'present' ? [{ path: plans.path, sha256: plans.sha256 }] : []),
      ],
      extra: {
        ...output.provenance.extra,
        report: {
          listYear: y,
          template: {
            source: opts.template.template.source,
            sha256: opts.template.sha256,
            files: opts.template.files,
          },
          disclosure: { ...opts.disclosure },
          tables: summary.tables,
          missingSections: missing,
          suppressed: summary.suppressed,
          audit: summary.audit,
          facts: facts.map((f) => ({ key: f.key, value: f.textDa })),
          notes,
          timings,
        },
      },
    },
    new Date(),
    outputs,
  );
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  step('færdig', 7, 7);
  return summary;
}

function cellsOf(tables: ReadonlyMap<string, readonly Cell[]>, id: string): readonly Cell[] {
  const cells = tables.get(id);
  if (cells === undefined) throw new Error(`${id}: not measured`);
  return cells;
}

/** Facts quoting table 2.1's published cells: `tabel-2.1.udsat.nonwestern` → `64 pct.` (or why it is not shown). */
function tableFacts(tables: readonly ReportTable[]): ReportFact[] {
  const t = tables.find((x) => x.id === 'tabel-2.1');
  return (t?.cells ?? []).map((c) => ({
    key: `tabel-2.1.${c.row}.${c.column}`,
    textDa: c.value.kind === 'value' ? numberTextDa(c.value.value, c.unit, 0) : cellTextDa(c.value, c.unit),
    about: `table 2.1, ${c.row}, ${c.column}`,
  }));
}

async function outputHashes(
  dir: string,
  tables: readonly ReportTable[],
  svgs: ReadonlyMap<string, string>,
): Promise<{ file: string; sha256: string }[]> {
  const files = [
    'redegoerelse.html',
    'redegoerelse.pdf',
    'bilag.xlsx',
    ...tables.map((t) => `tables/${t.id}.csv`),
    ...[...svgs.keys()].map((id) => `figures/${id}.svg`),
    'audit/disclosure.csv',
  ];
  return Promise.all(files.map(async (file) => ({ file, sha256: await fileSha256(join(dir, file)) })));
}

/** The time in Copenhagen as ISO 8601 with its offset: `2024-12-01T10:00:00+01:00`. */
function copenhagenIso(d: Date): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'longOffset',
  }).formatToParts(d);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  const offset = get('timeZoneName').replace('GMT', '') || '+00:00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}${offset}`;
}

/** A report run: the register pipeline for the list year (its context years included), then the report. */
export interface RunReportOptions
  extends
    Omit<RunDeliveryOptions, 'years' | 'writeOutputs' | 'ruleSet'>,
    Omit<ReportOptions, 'delivery' | 'onStep'> {}

export type RunReportResult =
  | (Extract<RunDeliveryReport, { kind: 'written' }> & { readonly report: ReportSummary })
  | Exclude<RunDeliveryReport, { kind: 'written' }>;

/**
 * `boligmonitor report`: loads the delivery into the workspace (reusing what an unchanged delivery already
 * has there), computes the lists of the list year with the rule set in force, and writes the report's
 * outputs (contract §F) atomically into `out`.
 */
export async function runReport(opts: RunReportOptions): Promise<RunReportResult> {
  let summary: ReportSummary | undefined;
  const result = await runDelivery({
    ...opts,
    years: [opts.listYear],
    ruleSet: null,
    writeOutputs: async (dir, output) => {
      summary = await writeReport(dir, output, {
        listYear: opts.listYear,
        delivery: opts.delivery,
        template: opts.template,
        ...(opts.sourceDa === undefined ? {} : { sourceDa: opts.sourceDa }),
        disclosure: opts.disclosure,
        ...(opts.suppliedFiles === undefined ? {} : { suppliedFiles: opts.suppliedFiles }),
        onStep: (step, done, total) => opts.onStep?.('write', step, done, total),
      });
    },
  });
  if (result.kind !== 'written') return result;
  if (summary === undefined) throw new Error('the report was not written');
  return { ...result, report: summary };
}
