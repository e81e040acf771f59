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
import { planReportSection } from './reportPlans.ts';
import type { PlanOptions } from '../core/plans/planOptions.ts';
import type { DutyOptions } from '../core/duties/dutyOptions.ts';
import { plansSourceDa } from '../views/report/plansCatalogue.ts';
import {
  socialExportAnalyses,
  type SocialExportResult,
  type Treatment,
} from '../analytics/socialExport/socialExportAnalyses.ts';
import {
  DEFAULT_SOCIAL_EXPORT_OPTIONS,
  DID_OUTCOMES,
  FIRST_FOREBYGGELSE_LIST_YEAR,
  treatmentListYear,
  type SocialExportOptions,
} from '../core/socialExport/socialExportOptions.ts';
import { workspaceTables } from '../analytics/report/workspaceTables.ts';
import type { HousingOptions } from '../core/housing/housingOptions.ts';
import { reportHousing } from './reportHousing.ts';
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
import { chapter3Catalogue, type Chapter3Context } from '../views/report/chapter3Catalogue.ts';
import { chapterDidFrom, didJsonFrom, type ChapterDid } from '../views/report/chapter3Did.ts';
import { chapter3CellFactsFrom, chapter3FactsFrom } from '../views/report/chapter3Facts.ts';
import { figure34From, figure35From } from '../views/report/chapter3Tables.ts';
import { figure31From } from '../views/report/figure31.ts';
import { reportFactsFrom, type ReportFact } from '../views/report/reportFacts.ts';
import type { ReportTable } from '../views/report/reportTable.ts';
import { reportTableFrom } from '../views/report/reportTableFrom.ts';
import { cellTextDa, numberTextDa } from '../reports/charts/valueTextDa.ts';
import { chapter5Measured, chapter5Report } from './reportChapter5.ts';
import {
  runDelivery,
  type RunDeliveryOptions,
  type RunDeliveryReport,
  type RunOutput,
} from './runDelivery.ts';
import type { IntegrationOptions } from '../core/integration/integrationOptions.ts';
import type { SuppliedTables } from '../io/readSuppliedTables.ts';
import { measureChapter4, publishChapter4 } from './reportChapter4.ts';
import { measureChapter6, publishChapter6 } from './reportChapter6.ts';

/** What the report is asked for, beyond the run that computes its lists. */
export interface ReportOptions {
  readonly listYear: Year;
  readonly delivery: string;
  readonly template: ReadTemplate;
  /** The "Kilde:" line of register-based tables; default the template's, or a synthetic delivery's own. */
  readonly sourceDa?: string;
  readonly disclosure: DisclosureOptions;
  /** Chapter 3's analysis choices (default `DEFAULT_SOCIAL_EXPORT_OPTIONS`). */
  readonly socialExport?: SocialExportOptions;
  /** Chapter 2.4 and 2.6's analysis choices (default `DEFAULT_HOUSING_OPTIONS`). */
  readonly housing?: HousingOptions;
  /**
   * Why the treatment list's year (the first forebyggelse list, 2021) was not computed with the run, when it
   * was not: chapter 3's treated figures and the DiD are then missing with this reason.
   */
  readonly treatmentUnknownWhy?: string;
  /** The files of `--supplied` (contract §E), for the notices of the sections that read them. */
  readonly suppliedFiles?: readonly string[];
  /** The supplied tables read and validated from `--supplied` (chapter 6 and its facts); absent: none. */
  readonly supplied?: SuppliedTables;
  /** Chapter 4's analysis choices (default `DEFAULT_INTEGRATION_OPTIONS`). */
  readonly integration?: IntegrationOptions;
  /** Table 2.3 and section 2.5's plan options (default `DEFAULT_PLAN_OPTIONS`). */
  readonly plans?: PlanOptions;
  /** Chapter 5's duty options (default `DEFAULT_DUTY_OPTIONS`). */
  readonly duties?: DutyOptions;
  readonly onStep?: (step: string, done: number, total: number) => void;
  /**
   * The caller's own work, run while Chromium prints the PDF (after the annex and the tables are written), so
   * that the two share the machine: the demo computes the duties meanwhile. It must not write into the report's
   * directory; the report goes on when both are done.
   */
  readonly whilePrinting?: () => Promise<void>;
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
  'did.json',
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
  const plans = await developmentPlans(db, y);
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
  const housing = await reportHousing(db, run, {
    listYear: y,
    categories,
    planAreas: plans.kind === 'present' ? plans.areas : null,
    ...(opts.housing === undefined ? {} : { options: opts.housing }),
  });
  measured.push(...housing.measured);

  step('flyttemønstre', 1, 8);
  const se = opts.socialExport ?? DEFAULT_SOCIAL_EXPORT_OPTIONS;
  const socialExport = await socialExportAnalyses(db, {
    listYear: y,
    forebyggelseAreas: onList('forebyggelse'),
    treatment: treatmentOf(output, y, se, opts.treatmentUnknownWhy),
    options: se,
    assumptions: output.provenance.assumptions,
    coverage: await deliveryCoverage(db),
  });
  measured.push(...socialExport.tables);
  const synthetic = readSyntheticMarker(opts.delivery);
  const planSection = await planReportSection(db, run, {
    listYear: y,
    sourceDa: synthetic === null ? plansSourceDa(y) : syntheticSourceDa(synthetic),
    ...(opts.plans === undefined ? {} : { options: opts.plans }),
  });
  measured.push(...planSection.measured);
  step('integration og justits', 1, 8);
  const chapter4 = await measureChapter4(db, {
    listYear: y,
    parallelsamfund: onList('parallelsamfund'),
    assumptions: output.provenance.assumptions,
    ...(opts.integration === undefined ? {} : { options: opts.integration }),
    disclosure: opts.disclosure,
    coverage: await deliveryCoverage(db),
  });
  const chapter6 = measureChapter6(opts.supplied ?? null);
  measured.push(...chapter4.measured, ...chapter6.measured);
  const chapter5 = await chapter5Measured(output, y, opts.duties);
  measured.push(...chapter5.tables);

  step('diskretionering', 2, 8);
  const protectedTables = await protectAndAuditTables(measured, opts.disclosure);
  const audit = protectedTables.audit;
  if (!audit.ok) {
    throw new Error(
      `disclosure audit failed: ${audit.failures.map((f) => `${f.cell.table} (${f.cell.row}, ${f.cell.column}): ${f.failure}`).join('; ')}`,
    );
  }

  step('tabeller og figurer', 3, 8);
  // A synthetic delivery says so in every "Kilde:" line: it must never pass for the registers of real persons.
  const sourceDa =
    opts.sourceDa ?? (synthetic === null ? opts.template.sourceRegisterDa : syntheticSourceDa(synthetic));
  const specs = chapter2Catalogue({
    listYear: y,
    udsatCount: categories.get('udsat')?.length ?? 0,
    forebyggelseCount: categories.get('forebyggelse')?.length ?? 0,
    hasPlans: plans.kind === 'present',
    sourceDa,
  });
  const chapter3: Chapter3Context = {
    listYear: y,
    treatmentListYear: treatmentListYear(se, y),
    treatedCount: socialExport.treatedMunicipalities?.length ?? null,
    options: se,
    sourceDa,
  };
  const dids = didsOf(socialExport, se);
  const cells = (id: string): readonly Cell[] => cellsOf(protectedTables.tables, id);
  const didOf = (outcome: ChapterDid['outcome']): ChapterDid => {
    const d = dids.find((x) => x.outcome === outcome);
    if (d === undefined) throw new Error(`no difference in differences for outcome ${outcome}`);
    return d;
  };
  const published4 = publishChapter4(chapter4, sourceDa, cells);
  const tables: ReportTable[] = [
    ...specs.map((spec) => reportTableFrom(spec, cells(spec.id))),
    ...housing.specs(sourceDa).map((spec) => reportTableFrom(spec, cells(spec.id))),
    figure31From(run, y),
    ...chapter3Catalogue(chapter3).map((spec) => reportTableFrom(spec, cells(spec.id))),
    figure34From(chapter3, cells),
    figure35From(chapter3, cells, 'a', didOf('any')),
    figure35From(chapter3, cells, 'b', didOf('control')),
    ...planSection.specs.map((spec) => reportTableFrom(spec, cells(spec.id))),
    ...published4.tables,
    ...publishChapter6(chapter6, cells),
  ];
  const chapter5Out = chapter5Report(
    chapter5,
    { listYear: y, sourceDa, synthetic: synthetic !== null },
    cells,
  );
  tables.push(...chapter5Out.tables);
  const svgs = new Map(tables.flatMap((t) => (t.chart === undefined ? [] : [[t.id, figureSvg(t)] as const])));

  step('dokument', 4, 8);
  const box = box11From(ruleSet);
  const facts: ReportFact[] = [
    ...reportFactsFrom(run, y),
    ...tableFacts(tables),
    ...housing.facts(tables),
    ...chapter3FactsFrom(chapter3, dids),
    ...chapter3CellFactsFrom(chapter3, tables),
    ...planSection.facts(tables),
    ...published4.facts,
    ...chapter6.facts,
    ...chapter5Out.facts,
  ];
  const clashes = facts.filter((f, i) => facts.findIndex((g) => g.key === f.key) !== i).map((f) => f.key);
  if (clashes.length > 0) throw new Error(`facts given twice (facts.csv and the run): ${clashes.join(', ')}`);
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

  step('html og pdf', 5, 8);
  await writeFile(join(dir, 'redegoerelse.html'), reportHtml(document), 'utf8');
  // Chromium prints the PDF in its own processes while this one writes the annex and the tables, and runs the
  // caller's `whilePrinting` (the step "bilag og tabeller" ends when all are done); the manifest, which hashes
  // every file, waits for the PDF.
  const pdf = printReportPdf(document, join(dir, 'redegoerelse.pdf'));
  pdf.catch(() => undefined); // handled by the await below, even if it fails before that is reached
  try {
    step('bilag og tabeller', 6, 8);
    await mkdir(join(dir, 'tables'));
    await mkdir(join(dir, 'figures'));
    await mkdir(join(dir, 'audit'));
    for (const t of tables) await writeFile(join(dir, 'tables', `${t.id}.csv`), tableCsv(t), 'utf8');
    for (const [id, svg] of svgs) await writeFile(join(dir, 'figures', `${id}.svg`), svg, 'utf8');
    const pngs = new Map([...svgs].map(([id, svg]) => [id, svgToPng(svg, ANNEX_PNG_WIDTH)] as const));
    await annexWorkbook(tables, pngs, output.provenance.startedAt).xlsx.writeFile(join(dir, 'bilag.xlsx'));
    await writeFile(join(dir, 'audit', 'disclosure.csv'), disclosureCsv(protectedTables.decisions), 'utf8');
    await opts.whilePrinting?.();
  } finally {
    // Never leave Chromium writing into the directory: wait for it whatever happened above (if the PDF failed
    // too, its error is the one thrown).
    await pdf;
  }
  const did = didOf(se.socialExportOutcome);
  await writeFile(join(dir, 'did.json'), `${JSON.stringify(didJsonFrom(did), null, 2)}\n`, 'utf8');
  if (did.estimate.kind !== 'estimated')
    notes.push(`did.json: no estimate for outcome ${did.outcome}: ${did.estimate.whyDa}`);

  step('manifest', 7, 8);
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
        ...(opts.supplied?.files ?? []).map((f) => ({ path: f.path, sha256: f.sha256 })),
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
          housing: { options: { ...housing.options } },
          plans: planSection.manifest,
          socialExport: {
            options: { ...se },
            treatmentListYear: chapter3.treatmentListYear,
            treatedMunicipalities: socialExport.treatedMunicipalities,
            did: dids.map((d) => ({
              outcome: d.outcome,
              estimated: d.estimate.kind === 'estimated',
              ...(d.estimate.kind === 'estimated'
                ? { beta: d.estimate.result.model.beta, ci95: d.estimate.result.model.ci95 }
                : { whyDa: d.estimate.whyDa }),
            })),
          },
          integration: { options: { ...chapter4.context.options } },
          chapter5: chapter5.manifest,
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
  step('færdig', 8, 8);
  return summary;
}

/**
 * The treated municipalities' list (domain §10): the first forebyggelse list (1 December 2021) or Y's, from the
 * run's designations; unknown, with why, when the run did not compute that year.
 */
export function treatmentOf(
  output: RunOutput,
  listYear: Year,
  se: SocialExportOptions,
  unknownWhy: string | undefined,
): Treatment {
  const year = treatmentListYear(se, listYear);
  if (year > listYear) {
    return {
      kind: 'unknown',
      listYear: year,
      why: `den første liste over forebyggelsesområder er fra 1. december ${FIRST_FOREBYGGELSE_LIST_YEAR}, efter listeåret ${listYear}`,
    };
  }
  if (!output.run.years.includes(year)) {
    return {
      kind: 'unknown',
      listYear: year,
      why: unknownWhy ?? `listen over forebyggelsesområder pr. 1. december ${year} er ikke beregnet`,
    };
  }
  return {
    kind: 'known',
    listYear: year,
    areas: output.run.designations
      .filter((d) => d.year === year && d.list === 'forebyggelse')
      .map((d) => d.areaId),
  };
}

/** The difference in differences of both outcomes (to any other municipality, to control municipalities). */
export function didsOf(socialExport: SocialExportResult, se: SocialExportOptions): ChapterDid[] {
  return DID_OUTCOMES.map((outcome) => {
    const panel = socialExport.panels.get(outcome);
    if (panel === undefined) throw new Error(`no DiD panel for outcome ${outcome}`);
    return chapterDidFrom(outcome, panel, se);
  });
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
    'did.json',
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
    Omit<ReportOptions, 'delivery' | 'onStep' | 'treatmentUnknownWhy'> {}

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
  // Chapter 3's treated municipalities come from the first forebyggelse list (2021): that year is computed with
  // the run, as a requested year. A delivery without its snapshot is reported on all the same, with the treated
  // figures missing and why.
  const treatmentYear = treatmentListYear(opts.socialExport ?? DEFAULT_SOCIAL_EXPORT_OPTIONS, opts.listYear);
  const withTreatment = treatmentYear < opts.listYear ? [treatmentYear, opts.listYear] : [opts.listYear];
  const attempt = (years: readonly Year[], treatmentUnknownWhy?: string) =>
    runDelivery({
      ...opts,
      years,
      ruleSet: null,
      writeOutputs: async (dir, output) => {
        summary = await writeReport(dir, output, {
          listYear: opts.listYear,
          delivery: opts.delivery,
          template: opts.template,
          ...(opts.sourceDa === undefined ? {} : { sourceDa: opts.sourceDa }),
          disclosure: opts.disclosure,
          ...(opts.socialExport === undefined ? {} : { socialExport: opts.socialExport }),
          ...(opts.housing === undefined ? {} : { housing: opts.housing }),
          ...(treatmentUnknownWhy === undefined ? {} : { treatmentUnknownWhy }),
          ...(opts.suppliedFiles === undefined ? {} : { suppliedFiles: opts.suppliedFiles }),
          ...(opts.supplied === undefined ? {} : { supplied: opts.supplied }),
          ...(opts.integration === undefined ? {} : { integration: opts.integration }),
          ...(opts.plans === undefined ? {} : { plans: opts.plans }),
          ...(opts.duties === undefined ? {} : { duties: opts.duties }),
          onStep: (step, done, total) => opts.onStep?.('write', step, done, total),
        });
      },
    });
  let result = await attempt(withTreatment);
  if (result.kind === 'usage' && withTreatment.length > 1) {
    // Without the treatment year; when the list year itself is not in the delivery, that is the error reported.
    result = await attempt(
      [opts.listYear],
      `leveringen har ikke bopælsdata (1. januar) for ${treatmentYear}`,
    );
  }
  if (result.kind !== 'written') return result;
  if (summary === undefined) throw new Error('the report was not written');
  return { ...result, report: summary };
}
