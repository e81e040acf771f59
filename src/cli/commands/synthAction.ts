import { generateDelivery, synthOptionProblems, type SynthSummary } from '../../synth/generateDelivery.ts';
import { measureMoves, movesReportLines } from '../../synth/measureMoves.ts';
import { measureRealism, realismReportLines } from '../../synth/measureRealism.ts';
import { EXIT } from '../exitCodes.ts';
import { SILENT_PROGRESS, stageProgress } from '../stageProgress.ts';
import { printErr, printOut, printResult, type CommandOutput } from '../printReport.ts';
import type { SynthFlags } from './synth.ts';

export async function synthCommand(flags: SynthFlags): Promise<number> {
  const json = flags.json === true;
  const out: CommandOutput = { command: 'synth', json };
  if (flags.out === undefined && flags.report === undefined) {
    printErr('fejl: angiv --out DIR (generér) og/eller --report DIR (mål realisme)');
    return EXIT.usage;
  }
  let summary: SynthSummary | undefined;
  if (flags.out !== undefined) {
    const years = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/.exec(flags.years);
    const format = flags.format;
    const opts = {
      scale: Number(flags.scale),
      fromYear: Number(years?.[1]),
      toYear: Number(years?.[2]),
      seed: Number(flags.seed),
      didEffect: Number(flags.didEffect.replace(',', '.')),
      ...(flags.peopleFrom === undefined ? {} : { peopleFromYear: Number(flags.peopleFrom) }),
    };
    const problems = [
      ...(years === null ? [`--years "${flags.years}" is not a range like 2010-2024`] : []),
      ...(format === 'parquet' || format === 'csv' ? [] : [`--format must be parquet or csv: ${format}`]),
      ...(years === null ? [] : synthOptionProblems(opts)),
    ];
    if (problems.length > 0) {
      for (const p of problems) printErr(`fejl: ${p}`);
      return EXIT.usage;
    }
    // Generation stays silent in logs: progress only when standard error is a terminal.
    const progress = process.stderr.isTTY === true ? stageProgress() : SILENT_PROGRESS;
    try {
      summary = await generateDelivery({
        ...opts,
        outDir: flags.out,
        format: format as 'parquet' | 'csv',
        onProgress: (stage, done, total) => progress.step('Syntetisk Danmark', stage, done, total),
      });
    } finally {
      progress.stop();
    }
    if (!json) {
      printOut(
        `Syntetisk Danmark skrevet til ${summary.outDir} (${summary.areas} områder, ` +
          `${summary.rows.persons.toLocaleString('da-DK')} personer, ` +
          `${summary.rows.residence.toLocaleString('da-DK')} bopælsrækker) på ${summary.seconds.toLocaleString('da-DK', { maximumFractionDigits: 1 })} s.`,
      );
    }
  }
  const reportDir = flags.report;
  if (reportDir === undefined) {
    if (json) printResult(out, { summary });
    return EXIT.ok;
  }
  const report = await measureRealism(reportDir);
  const moves = await measureMoves(reportDir);
  if (json) {
    printResult(out, { summary, report: { ...report, figures: undefined }, moves });
  } else {
    printOut([...realismReportLines(report), ...movesReportLines(moves)].join('\n'));
  }
  return EXIT.ok;
}

/** A progress bar on standard error when it is a terminal; silent otherwise. */
