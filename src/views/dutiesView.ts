import type { Duties, DutySection } from '../analytics/duties/computeDuties.ts';
import type { DutyDecision, DutyState } from '../core/duties/dutyDecisions.ts';
import {
  DAYCARE_RULE,
  KOMBINERET_UDLEJNING_RULE,
  LANGUAGE_TEST_RULE,
  LEARNING_OFFER_RULE,
} from '../core/duties/dutyRules.ts';
import { toDecimalString } from '../core/exact/rational.ts';
import { formatNumberDa } from '../core/format/formatDa.ts';
import { municipalityByCode } from '../reference/municipalities.ts';

const STATE_DA: Readonly<Record<DutyState, string>> = { yes: 'ja', no: 'nej', unknown: 'ukendt' };

const municipalityDa = (code: string): string => {
  const m = municipalityByCode(code);
  return m === undefined ? code : `${m.name} (${code})`;
};

/** A decision as JSON: the state, the paragraph, the exact share as a decimal and the Danish comparison. */
export function decisionJson(d: DutyDecision) {
  return {
    state: d.state,
    legalRef: d.legalRef,
    sharePct: d.sharePct === null ? null : toDecimalString(d.sharePct),
    textDa: d.textDa,
  };
}

/** The duties as one JSON value (the `--json` result and `duties.json`): person ids never appear. */
export function dutiesJson(d: Duties) {
  const section = <T, U>(s: DutySection<T>, f: (x: T) => U) =>
    s.kind === 'missing' ? { kind: 'missing' as const, why: s.why } : { kind: 'computed' as const, ...f(s) };
  return {
    listYear: d.listYear,
    options: { ...d.options },
    daycare: section(d.daycare, (s) => ({
      legalRef: DAYCARE_RULE.legalRef,
      countYear: s.countYear,
      listYear: s.listYear,
      residenceYear: s.residenceYear,
      institutions: s.institutions.map((i) => ({
        institutionId: i.institutionId,
        municipalityCode: i.municipalityCode,
        kind: i.kind,
        enrolled: i.enrolled,
        fromUdsat: i.fromUdsat,
        overLimit: i.decision.state,
        dispensation: i.decision.dispensation,
        decision: decisionJson(i.decision),
      })),
    })),
    learningOffer: section(d.learningOffer, (s) => ({
      legalRef: LEARNING_OFFER_RULE.legalRef,
      countYear: s.countYear,
      listYear: s.listYear,
      residenceYear: s.residenceYear,
      municipalities: s.municipalities,
    })),
    languageTests: section(d.languageTests, (s) => ({
      legalRef: LANGUAGE_TEST_RULE.legalRef,
      pupilsYear: s.pupilsYear,
      listYears: s.listYears,
      schools: s.schools.map((x) => ({
        schoolId: x.schoolId,
        name: x.name,
        municipalityCode: x.municipalityCode,
        kind: x.kind,
        pupils: x.pupils,
        fromListed: x.fromListed,
        decision: decisionJson(x.decision),
      })),
    })),
    kombineretUdlejning: section(d.kombineretUdlejning, (s) => ({
      legalRef: KOMBINERET_UDLEJNING_RULE.legalRef,
      areas: s.areas.map((a) => ({
        areaId: a.areaId,
        name: a.name,
        municipalityCode: a.municipalityCode,
        residents: a.residents,
        k1DataYear: a.k1DataYear,
        decision: decisionJson(a.decision),
      })),
    })),
  };
}

/** Left-aligned columns, two spaces apart. */
function columns(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

const counted = (xs: readonly { decision: DutyDecision }[], state: DutyState): number =>
  xs.filter((x) => x.decision.state === state).length;

/** The duties for people, in Danish: one section per duty, its paragraph, counts and the decided units. */
export function dutiesTextDa(d: Duties): string {
  const lines: string[] = [`Pligter, som listerne pr. 1. december udløser, listeår ${d.listYear}`, ''];
  const missing = (s: { why: string }) => lines.push(`  Mangler: ${s.why}.`, '');

  lines.push(`Daginstitutioner med over 30 pct. børn fra udsatte boligområder (${DAYCARE_RULE.legalRef})`);
  if (d.daycare.kind === 'missing') missing(d.daycare);
  else {
    const s = d.daycare;
    const over = s.institutions.filter((i) => i.decision.state === 'yes');
    lines.push(
      `  Børn indskrevet 30. september ${s.countYear}, listen pr. 1. december ${s.listYear}, bopæl 1. januar ` +
        `${s.residenceYear}: ${formatNumberDa(s.institutions.length)} institutioner, ${formatNumberDa(over.length)} over ` +
        `30 pct. (heraf ${formatNumberDa(over.filter((i) => i.decision.dispensation).length)} med dispensation), ` +
        `${formatNumberDa(counted(s.institutions, 'unknown'))} ukendt.`,
    );
    const shown = s.institutions.filter((i) => i.decision.state !== 'no');
    if (shown.length > 0)
      lines.push(
        ...columns([
          ['Kommune', 'Institution', 'Børn', 'Over 30 pct.', 'Grundlag'],
          ...shown.map((i) => [
            municipalityDa(i.municipalityCode),
            i.institutionId,
            formatNumberDa(i.enrolled),
            STATE_DA[i.decision.state],
            i.decision.textDa,
          ]),
        ]).map((l) => `  ${l}`),
      );
    lines.push('');
  }

  lines.push(
    `1-årige i udsatte boligområder og obligatorisk læringstilbud (${LEARNING_OFFER_RULE.legalRef})`,
  );
  if (d.learningOffer.kind === 'missing') missing(d.learningOffer);
  else {
    const s = d.learningOffer;
    lines.push(`  1-årige 30. september ${s.countYear} i områder på listen pr. 1. december ${s.listYear}:`);
    if (s.municipalities.length === 0) lines.push('  Ingen 1-årige bor i et område på listen.', '');
    else
      lines.push(
        ...columns([
          ['Kommune', '1-årige', 'I dagtilbud', 'Ikke i dagtilbud'],
          ...s.municipalities.map((m) => [
            municipalityDa(m.municipalityCode),
            formatNumberDa(m.children),
            formatNumberDa(m.enrolled),
            formatNumberDa(m.notEnrolled),
          ]),
        ]).map((l) => `  ${l}`),
        '',
      );
  }

  lines.push(`Skoler med obligatoriske sprogprøver (${LANGUAGE_TEST_RULE.legalRef})`);
  if (d.languageTests.kind === 'missing') missing(d.languageTests);
  else {
    const s = d.languageTests;
    lines.push(
      `  Elever 1. januar ${s.pupilsYear}, udsatte lister ${s.listYears.join(', ')}: ` +
        `${formatNumberDa(counted(s.schools, 'yes'))} af ${formatNumberDa(s.schools.length)} skoler skal holde ` +
        `sprogprøver, ${formatNumberDa(counted(s.schools, 'unknown'))} ukendt.`,
    );
    const shown = s.schools.filter((x) => x.decision.state !== 'no');
    if (shown.length > 0)
      lines.push(
        ...columns([
          ['Kommune', 'Skole', 'Elever', 'Sprogprøver', 'Grundlag'],
          ...shown.map((x) => [
            municipalityDa(x.municipalityCode),
            x.name,
            formatNumberDa(x.pupils),
            STATE_DA[x.decision.state],
            x.decision.textDa,
          ]),
        ]).map((l) => `  ${l}`),
      );
    lines.push('');
  }

  lines.push(`Områder, hvor kombineret udlejning kan anvendes (${KOMBINERET_UDLEJNING_RULE.legalRef})`);
  if (d.kombineretUdlejning.kind === 'missing') missing(d.kombineretUdlejning);
  else {
    const s = d.kombineretUdlejning;
    lines.push(
      `  ${formatNumberDa(counted(s.areas, 'yes'))} af ${formatNumberDa(s.areas.length)} områder, ` +
        `${formatNumberDa(counted(s.areas, 'unknown'))} ukendt (andel uden tilknytning for ét år).`,
    );
    const shown = s.areas.filter((a) => a.decision.state !== 'no');
    if (shown.length > 0)
      lines.push(
        ...columns([
          ['Kommune', 'Område', 'Kombineret udlejning', 'Grundlag'],
          ...shown.map((a) => [
            municipalityDa(a.municipalityCode),
            a.name,
            STATE_DA[a.decision.state],
            a.decision.textDa,
          ]),
        ]).map((l) => `  ${l}`),
      );
  }
  return lines.join('\n').trimEnd();
}

/**
 * One Danish line per duty for a command's summary: how many institutions, schools and areas the duty reaches
 * (and how many are unknown), or that it is missing and why.
 */
export function dutiesSummaryDa(d: Duties): string[] {
  return [
    daycareSummaryDa(d, 'Daginstitutioner over 30 pct. børn fra udsatte boligområder'),
    summaryLineDa('Skoler med pligt til sprogprøver', d.languageTests, (s) => s.schools, ['skole', 'skoler']),
    summaryLineDa(
      'Områder, hvor kombineret udlejning kan anvendes (§ 51 b)',
      d.kombineretUdlejning,
      (s) => s.areas,
      ['område', 'områder'],
    ),
  ];
}

/** The day-care duty's summary line under `label`. */
export function daycareSummaryDa(d: Duties, label: string): string {
  return summaryLineDa(label, d.daycare, (s) => s.institutions, ['institution', 'institutioner']);
}

function summaryLineDa<T>(
  label: string,
  s: DutySection<T>,
  decisionsOf: (c: T) => readonly { readonly decision: DutyDecision }[],
  what: readonly [singular: string, plural: string],
): string {
  if (s.kind === 'missing') return `  ${label}: mangler (${s.why})`;
  const decisions = decisionsOf(s).map((x) => x.decision);
  const yes = decisions.filter((x) => x.state === 'yes').length;
  const unknown = decisions.filter((x) => x.state === 'unknown').length;
  return `  ${label}: ${formatNumberDa(yes)} ${yes === 1 ? what[0] : what[1]}${unknown > 0 ? `, ${formatNumberDa(unknown)} ukendt` : ''}`;
}
