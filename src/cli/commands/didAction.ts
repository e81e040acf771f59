import { deliveryRunOptions } from '../deliveryRunFlags.ts';
import { EXIT, type ExitCode } from '../exitCodes.ts';
import { parseReportAssume } from '../assumeOption.ts';
import { parseMemoryLimit, parseThreads } from '../settings.ts';
import { printOut, printResult, printWarnings, reportFailure, type CommandOutput } from '../printReport.ts';
import { stageProgress } from '../stageProgress.ts';
import { formatNumberDa } from '../../core/format/formatDa.ts';
import { validationReportLinesDa } from '../../analytics/validate/validationReport.ts';
import { latestSnapshotYear } from '../../analytics/socialExport/latestSnapshotYear.ts';
import {
  SOCIAL_EXPORT_OPTIONS,
  type SocialExportOptions,
} from '../../core/socialExport/socialExportOptions.ts';
import { runDid, type RunDidOptions, type RunDidResult } from '../../runs/runDid.ts';
import {
  didConclusionTextDa,
  didEstimateTextDa,
  didJsonFrom,
  didModelTextDa,
  didPreTrendTextDa,
  OUTCOME_DA,
  pTextDa,
  signedDa,
} from '../../views/report/chapter3Did.ts';
import type { DidFlags } from './did.ts';

export async function didCommand(flags: DidFlags, command: string): Promise<ExitCode> {
  const out: CommandOutput = { command: 'did', json: flags.json === true };
  const usage: string[] = [];
  const assume = parseReportAssume(flags.assume ?? []);
  if (!assume.ok) usage.push(...assume.errors);
  const threads = flags.threads === undefined ? undefined : parseThreads(flags.threads);
  if (threads !== undefined && !threads.ok) usage.push(threads.error);
  const memory = flags.memoryLimit === undefined ? undefined : parseMemoryLimit(flags.memoryLimit);
  if (memory !== undefined && !memory.ok) usage.push(memory.error);
  let bootstrap: number | undefined;
  if (flags.bootstrap !== undefined) {
    const max = SOCIAL_EXPORT_OPTIONS.socialExportBootstrapDraws.max;
    const n = Number(flags.bootstrap);
    if (!/^\d+$/.test(flags.bootstrap.trim()) || n < 1 || n > max)
      usage.push(`--bootstrap ${flags.bootstrap}: expected a number of draws from 1 to ${max}, e.g. 999`);
    else bootstrap = n;
  }
  let year: number | null = null;
  if (flags.year !== undefined) {
    year = Number(flags.year);
    if (!/^\d{4}$/.test(flags.year.trim()) || year < 2018)
      usage.push(`--year ${flags.year}: expected a list year from 2018, e.g. 2024`);
  } else if (usage.length === 0) {
    year = await latestSnapshotYear(flags.delivery);
    if (year === null)
      usage.push(
        `--delivery ${flags.delivery}: no residence snapshot found (give --year or a delivery directory)`,
      );
  }
  if (usage.length > 0 || !assume.ok || year === null) return reportFailure(out, EXIT.usage, [], usage);

  const socialExport: SocialExportOptions = {
    ...assume.value.socialExport,
    ...(flags.outcome === 'any' || flags.outcome === 'control' ? { socialExportOutcome: flags.outcome } : {}),
    ...(flags.weighted === true ? { socialExportWeighted: true } : {}),
    ...(bootstrap === undefined ? {} : { socialExportBootstrapDraws: bootstrap }),
  };
  const progress = out.json ? undefined : stageProgress();
  const opts: RunDidOptions = {
    delivery: flags.delivery,
    listYear: year,
    socialExport,
    assumptions: assume.value.assumptions,
    quarantine: false,
    command,
    ...deliveryRunOptions(flags, { threads, memory }, progress, 'Difference-in-differences'),
  };
  let result: RunDidResult;
  try {
    result = await runDid(opts);
  } finally {
    progress?.stop();
  }
  switch (result.kind) {
    case 'usage':
      return reportFailure(out, EXIT.usage, [], result.messages);
    case 'invalid':
      return reportFailure(out, EXIT.invalidInput, [], validationReportLinesDa(result.validation), {
        validation: result.validation,
      });
    case 'estimated': {
      if (out.json) {
        printResult(out, {
          listYear: result.listYear,
          treatmentListYear: result.treatmentListYear,
          treatedMunicipalities: result.treatedMunicipalities,
          workspace: result.workspace,
          did: didJsonFrom(result.did),
        });
        return EXIT.ok;
      }
      printWarnings(result.notes);
      printOut(didTextDa(result));
      return EXIT.ok;
    }
  }
}

/** The whole estimate for people, in Danish: design, model, estimate, event study, pre-trend test. */
export function didTextDa(r: Extract<RunDidResult, { kind: 'estimated' }>): string {
  const d = r.did;
  const treated = r.treatedMunicipalities;
  const lines = [
    `Difference-in-differences, listeår ${r.listYear}: andelen af socialt udsatte blandt ${OUTCOME_DA[d.outcome]}.`,
    `Behandlede kommuner: ${treated === null ? 'ukendt' : formatNumberDa(treated.length)} (mindst ét område på ` +
      `listen over forebyggelsesområder pr. 1. december ${r.treatmentListYear}); efterperiode fra ` +
      `${d.options.socialExportPostFrom}, referenceår ${d.options.socialExportReferenceYear}.`,
    ...d.missingYears.map((m) => `Udeladt: ${m.year} (${m.why}).`),
  ];
  if (d.estimate.kind !== 'estimated') {
    lines.push(didConclusionTextDa(d));
    return lines.join('\n');
  }
  const m = d.estimate.result.model;
  lines.push(
    `Model: ${didModelTextDa(d)}`,
    `Estimat: ${didEstimateTextDa(d)}; standardfejl ${formatNumberDa(m.se, 2)}, t = ${signedDa(m.t, 2)}, ` +
      `${pTextDa(m.p)} (t-fordeling med ${m.clusters - 1} frihedsgrader).`,
  );
  if (m.bootstrap !== undefined) {
    const b = m.bootstrap;
    lines.push(
      `Wild cluster bootstrap (${formatNumberDa(b.draws)} træk, ${b.weights}-vægte, frø ${b.seed}): 95 pct.-` +
        `konfidensinterval ${signedDa(b.ci95[0])} til ${signedDa(b.ci95[1])}, ${pTextDa(b.p)}.`,
    );
  }
  lines.push('', `Event study (referenceår ${d.options.socialExportReferenceYear}, procentpoint):`);
  lines.push('  År     β_k     Std.fejl   95 pct.-konfidensinterval');
  for (const e of d.estimate.result.eventStudy) {
    lines.push(
      `  ${e.year}  ${signedDa(e.beta, 2).padStart(6)}  ${formatNumberDa(e.se, 2).padStart(8)}   ` +
        `${signedDa(e.ci95[0], 2)} til ${signedDa(e.ci95[1], 2)}`,
    );
  }
  lines.push('', didPreTrendTextDa(d), '', didConclusionTextDa(d));
  return lines.join('\n');
}
