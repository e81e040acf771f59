import { formatNumberDa, formatRationalDa } from '../../core/format/formatDa.ts';
import { PLAN_STATUS_DA, type PlanAccount, type PlanAccountLine } from '../../core/plans/planAccount.ts';
import type { RegisterComparison } from '../../analytics/plans/registerGaps.ts';
import { registerGapDa } from '../../analytics/plans/registerGaps.ts';

const REPORT_STATUS_DA = {
  accepted: 'taget til efterretning',
  not_accepted: 'ikke taget til efterretning',
  pending: 'endnu ikke behandlet',
} as const;

/** A sentence ends with one full stop, also after "pct.". */
const sentence = (text: string): string => (text.endsWith('.') ? text : `${text}.`);

const LISTING_DA = { on: 'på listen', off: 'ikke på listen', unknown: 'ukendt' } as const;

function lineRow(label: string, kind: string, l: PlanAccountLine): string {
  return [
    label.padEnd(12),
    kind.padEnd(11),
    formatNumberDa(l.publicFamilyDwellings).padStart(10),
    formatNumberDa(l.otherDwellings).padStart(8),
    formatRationalDa(l.commercialM2, 0).padStart(10),
    (l.sharePct === null ? 'ukendt' : `${formatRationalDa(l.sharePct, 1)} pct.`).padStart(11),
  ].join('  ');
}

/**
 * One plan area's accounts in Danish: target, standing report, the table of lines (start, realised, planned),
 * the projection and status with its reason, the duty after leaving the list, and the registers' gaps.
 */
export function planAccountTextDa(
  a: PlanAccount,
  name: string,
  gaps: readonly RegisterComparison[] | null,
): string[] {
  const lines = [
    `${name} (${a.plan.areaId}): udviklingsplan godkendt ${a.plan.approvedDate}, startår ${a.plan.baselineYear}, ` +
      sentence(`mål højst ${a.targetDa}`),
    `  Omdannelsesområde: ${LISTING_DA[a.listing]}.` + (a.dutyDa === null ? '' : ` ${a.dutyDa}`),
    `  Årsrapport: ${a.reportYear === null ? 'ingen taget til efterretning' : `${a.reportYear} (taget til efterretning)`}` +
      a.notCounted.map((r) => `; ${r.reportYear} ${REPORT_STATUS_DA[r.status]} (tæller ikke)`).join('') +
      '.',
  ];
  if (a.reportYear !== null) {
    lines.push(
      `  ${'År'.padEnd(12)}  ${'Type'.padEnd(11)}  ${'Alm. fam.'.padStart(10)}  ${'Andre'.padStart(8)}  ` +
        `${'Erhverv m²'.padStart(10)}  ${'Andel'.padStart(11)}`,
    );
    if (a.start !== null) lines.push(`  ${lineRow(`Start ${a.start.year}`, 'start', a.start)}`);
    for (const l of a.realised) lines.push(`  ${lineRow(String(l.year), 'realiseret', l)}`);
    for (const l of a.planned) lines.push(`  ${lineRow(String(l.year), 'planlagt', l)}`);
  }
  lines.push(
    sentence(
      `  Status 1. januar 2030: ${PLAN_STATUS_DA[a.status.kind]} — ` +
        `${a.status.kind === 'unknown' ? a.status.whyDa : a.status.reasonDa}`,
    ),
  );
  for (const n of a.notesDa) lines.push(`  Anm.: ${n}`);
  if (gaps !== null)
    lines.push(
      gaps.length === 0
        ? '  Registrene: ingen forskel over tolerancen.'
        : `  Registrene afviger: ${gaps.map(registerGapDa).join('; ')}.`,
    );
  return lines;
}

/** Every plan area's accounts in Danish, with a heading and how the registers compare. */
export function planAccountsTextDa(opts: {
  readonly listYear: number;
  readonly accounts: readonly PlanAccount[] | null;
  readonly names: ReadonlyMap<string, string>;
  readonly registerWhyDa: string | null;
  readonly gaps: readonly RegisterComparison[];
  readonly toleranceDa: string;
}): string {
  const y = opts.listYear;
  if (opts.accounts === null)
    return `Udviklingsplaner (§ 168 a), listeår ${y}: ukendt — leveringen indeholder ikke development_plans.`;
  const onTrack = opts.accounts.filter((a) => a.status.kind === 'onTrack').length;
  const notOnTrack = opts.accounts.filter((a) => a.status.kind === 'notOnTrack').length;
  const unknown = opts.accounts.length - onTrack - notOnTrack;
  const out = [
    `Udviklingsplaner (§ 168 a), listeår ${y}: ${formatNumberDa(opts.accounts.length)} planer godkendt senest ` +
      `1. december ${y}; ${onTrack} på rette spor, ${notOnTrack} ikke på rette spor, ${unknown} ukendt.`,
    opts.registerWhyDa === null
      ? `Sammenligning med registrene: forskelle over ${opts.toleranceDa} procentpoint nævnes.`
      : `Sammenligning med registrene: ikke foretaget (${opts.registerWhyDa}).`,
  ];
  for (const a of opts.accounts) {
    out.push(
      '',
      ...planAccountTextDa(
        a,
        opts.names.get(a.plan.areaId) ?? a.plan.areaId,
        opts.registerWhyDa === null ? opts.gaps.filter((g) => g.areaId === a.plan.areaId) : null,
      ),
    );
  }
  return out.join('\n');
}
