import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_ASSUMPTIONS } from '../../core/assumptions.ts';
import { runDelivery } from '../../runs/runDelivery.ts';
import { writeDuties } from '../../runs/runDuties.ts';
import { deliverySnapshotYears } from '../../analytics/duties/deliverySnapshotYears.ts';
import type { Duties } from '../../analytics/duties/computeDuties.ts';
import { DEFAULT_DUTY_OPTIONS } from '../../core/duties/dutyOptions.ts';
import { daycareSummaryDa, dutiesSummaryDa } from '../../views/dutiesView.ts';
import { writeReport, REPORT_FILES, type ReportSummary } from '../../runs/runReport.ts';
import { DEFAULT_DISCLOSURE_OPTIONS } from '../../disclosure/disclosureOptions.ts';
import { writeDirectoryAtomically } from '../../io/writeDirectoryAtomically.ts';
import { writeListFiles } from '../../reports/lists/writeListOutputs.ts';
import { readReportTemplate } from '../../reports/template/readReportTemplate.ts';
import { validationReportLinesDa } from '../../analytics/validate/validationReport.ts';
import { generateDelivery, synthOptionProblems } from '../../synth/generateDelivery.ts';
import { summaryDa } from '../../reports/lists/summaryDa.ts';
import { LIST_OUTPUT_FILES } from '../../reports/lists/writeListOutputs.ts';
import { EXIT, type ExitCode } from '../exitCodes.ts';
import { printErr, printOut, printWarnings } from '../printReport.ts';
import { RUN_STAGE_NAMES_DA } from '../runStageNamesDa.ts';
import { stageProgress } from '../stageProgress.ts';
import type { DemoFlags } from './demo.ts';
import { formatInputError } from '../../io/inputError.ts';
import { readSuppliedTables } from '../../io/readSuppliedTables.ts';
import { PACKAGE_ROOT } from '../../packageRoot.ts';

/** The bundled example of the supplied tables (example data, contract §E) the demo's report shows in chapter 6. */
export const DEMO_SUPPLIED_DIR = join(PACKAGE_ROOT, 'examples', 'supplied');

/** Synthetic data starts here; the first list years are those whose averaging windows it covers. */
const DEMO_FIRST_YEAR = 2010;
const DEMO_LAST_YEAR = 2024;
/** The people tables (§A3) from the first year the report of DEMO_LAST_YEAR reads (table 5.3: Y − 6). */
const DEMO_PEOPLE_FROM = DEMO_LAST_YEAR - 6;

export async function demoCommand(flags: DemoFlags, command: string): Promise<ExitCode> {
  const opts = {
    scale: Number(flags.scale),
    seed: Number(flags.seed),
    fromYear: DEMO_FIRST_YEAR,
    toYear: DEMO_LAST_YEAR,
    peopleFromYear: DEMO_PEOPLE_FROM,
  };
  const problems = synthOptionProblems(opts);
  if (problems.length > 0) {
    for (const p of problems) printErr(`fejl: ${p}`);
    return EXIT.usage;
  }
  const delivery = join(flags.out, 'levering');
  const progress = stageProgress();
  try {
    const synth = await generateDelivery({
      ...opts,
      outDir: delivery,
      format: 'parquet',
      onProgress: (stage, done, total) => progress.step('Syntetisk Danmark', stage, done, total),
    });
    progress.stop();
    printOut(
      `Syntetisk Danmark (skala ${String(opts.scale).replace('.', ',')}, frø ${opts.seed}): ` +
        `${synth.areas} boligområder, ${synth.rows.persons.toLocaleString('da-DK')} personer, ` +
        `${DEMO_FIRST_YEAR}–${DEMO_LAST_YEAR} → ${delivery}`,
    );
    const template = await readReportTemplate();
    const supplied = await readSuppliedTables(DEMO_SUPPLIED_DIR);
    if (!supplied.ok) {
      for (const e of supplied.errors) printErr(`fejl: ${formatInputError(e)}`);
      return EXIT.invalidInput;
    }
    const reportDir = join(flags.out, 'redegoerelse');
    const dutiesDir = join(flags.out, 'pligter');
    // A delivery for list year Y rarely decides Y's day-care duty (the count of 30 September Y is read with the
    // residence of 1 January Y + 1): the latest count it decides, Y − 1's, is then written beside.
    const earlierYear = DEMO_LAST_YEAR - 1;
    const earlierDutiesDir = join(flags.out, `pligter-${earlierYear}`);
    let earlierDuties: Duties | undefined;
    const snapshots = new Set(await deliverySnapshotYears(delivery));
    let summary: ReportSummary | undefined;
    let duties: Duties | undefined;
    const report = await runDelivery({
      delivery,
      out: join(flags.out, 'lister'),
      // The lists, then the report of the latest list year from the same run and the open workspace (the
      // delivery is loaded once), and the duties the latest lists trigger (boligmonitor duties), computed while
      // Chromium prints the report's PDF; each directory is written atomically.
      writeOutputs: async (dir, output) => {
        await writeListFiles(dir, output.run, output.provenance);
        await writeDirectoryAtomically(reportDir, async (tmp) => {
          summary = await writeReport(tmp, output, {
            listYear: DEMO_LAST_YEAR,
            delivery,
            template,
            disclosure: DEFAULT_DISCLOSURE_OPTIONS,
            supplied: supplied.value,
            suppliedFiles: supplied.value.files.map((f) => f.file),
            onStep: (step, done, total) => progress.step('Redegørelse', step, done, total),
            whilePrinting: () =>
              writeDirectoryAtomically(dutiesDir, async (dutiesTmp) => {
                duties = await writeDuties(dutiesTmp, output, {
                  listYear: DEMO_LAST_YEAR,
                  options: DEFAULT_DUTY_OPTIONS,
                  snapshots,
                });
              }),
          });
        });
        if (duties?.daycare.kind === 'missing')
          await writeDirectoryAtomically(earlierDutiesDir, async (tmp) => {
            earlierDuties = await writeDuties(tmp, output, {
              listYear: earlierYear,
              options: DEFAULT_DUTY_OPTIONS,
              snapshots,
            });
          });
        else await rm(earlierDutiesDir, { recursive: true, force: true });
      },
      workspace: join(flags.out, 'workspace.duckdb'),
      assumptions: DEFAULT_ASSUMPTIONS,
      quarantine: false,
      ruleSet: null,
      command,
      onStep: (stage, step, done, total) => progress.step(RUN_STAGE_NAMES_DA[stage], step, done, total),
    });
    progress.stop();
    switch (report.kind) {
      case 'usage':
        for (const m of report.messages) printErr(`fejl: ${m}`);
        return EXIT.usage;
      case 'invalid':
        for (const line of validationReportLinesDa(report.validation)) printErr(line);
        return EXIT.invalidInput;
      case 'written':
        printWarnings([...report.notes, ...report.warnings]);
        printOut('');
        printOut(summaryDa(report.run));
        printOut(`Skrevet til ${report.outDir}: ${LIST_OUTPUT_FILES.join(', ')}`);
        if (summary !== undefined) {
          printOut(
            `Redegørelse om parallelsamfund ${DEMO_LAST_YEAR}: ${join(reportDir, 'redegoerelse.pdf')} ` +
              `(og ${REPORT_FILES.filter((f) => f !== 'redegoerelse.pdf').join(', ')}); ` +
              `${summary.suppressed.primary + summary.suppressed.secondary} celler diskretioneret, revisionen bestået.`,
          );
        }
        if (duties !== undefined) {
          printOut(`Pligter, som listerne pr. 1. december ${DEMO_LAST_YEAR} udløser → ${dutiesDir}:`);
          for (const line of dutiesSummaryDa(duties)) printOut(line);
        }
        if (earlierDuties !== undefined) {
          printOut(
            `Seneste optælling, som leveringen afgør, 30. september ${earlierYear} → ${earlierDutiesDir}:`,
          );
          printOut(
            daycareSummaryDa(earlierDuties, 'Daginstitutioner over 30 pct. børn fra udsatte boligområder'),
          );
        }
        printOut('');
        printOut('Se resultaterne som hjemmeside:');
        printOut(`  node bin/boligmonitor.js serve --results ${join(flags.out, 'lister')}`);
        return EXIT.ok;
    }
  } finally {
    progress.stop();
  }
}
