import { formatNumberDa } from '../../core/format/formatDa.ts';
import type { CellValue } from '../../disclosure/cell.ts';
import { firstPlanYear, type PlansContext } from './plansCatalogue.ts';
import type { ReportFact } from './reportFacts.ts';
import type { ReportTable } from './reportTable.ts';

const P = 'udviklingsplaner';

/** The keys section 2.5's text uses, each with what it says (for the manifest). */
const KEYS: Readonly<Record<string, string>> = {
  antal: 'plans approved by 1 December of the list year',
  modtaget: 'yearly reports received in the list year (any status)',
  'ikke_godkendt.tekst': 'which reports of the list year were not accepted or are pending, in a sentence',
  startaar: 'the earliest baseline year',
  foerste_aar: 'the first year after the baseline',
  seneste_aar: 'the last realised year of the standing reports',
  'andel.start': 'table 2.3, start',
  'andel.foerste': 'table 2.3, the first year after the baseline',
  'andel.seneste': 'table 2.3, the last realised year',
  'andel.2030': 'table 2.3, 2030',
  'andel.endelig': 'table 2.3, final share',
  'ommaerket.i_alt': 'relabelled, realised and planned',
  'solgt.i_alt': 'sold, realised and planned',
  'nybyggeri.i_alt': 'built dwellings and commercial units, realised and planned',
  'nybyggeri.boliger': 'built dwellings, realised and planned',
  'nybyggeri.erhverv': 'built commercial units, realised and planned',
  nettotilvaekst: 'built dwellings minus demolished, realised and planned',
  'nedrevet.i_alt': 'demolished, realised and planned',
  'ommaerket.gennemfoert': 'relabelled, realised',
  'solgt.gennemfoert': 'sold, realised',
  'bygget.gennemfoert': 'built dwellings and commercial units, realised',
  'erhverv.gennemfoert': 'built commercial units, realised',
  'nedrevet.gennemfoert': 'demolished, realised',
};

/**
 * The facts of section 2.5's text (`{{udviklingsplaner.…}}`), from table 2.3's and section 2.5's published
 * cells; every one "ukendt" when the delivery has no plans (the tables then show why).
 */
export function planFactsFrom(ctx: PlansContext | null, tables: readonly ReportTable[]): ReportFact[] {
  const fact = (key: string, textDa: string): ReportFact => ({
    key: `${P}.${key}`,
    textDa,
    about: `section 2.5: ${KEYS[key] ?? key}`,
  });
  if (ctx === null) return Object.keys(KEYS).map((k) => fact(k, 'ukendt'));
  const cell = (table: string, row: string, column: string): CellValue | null =>
    tables.find((t) => t.id === table)?.cells.find((c) => c.row === row && c.column === column)?.value ??
    null;
  const text = (v: CellValue | null, pct: boolean): string =>
    v === null
      ? 'ukendt'
      : v.kind === 'value'
        ? `${formatNumberDa(v.value, 0)}${pct ? ' pct.' : ''}`
        : v.kind === 'suppressed'
          ? 'diskretioneret'
          : 'ukendt';
  const num = (v: CellValue | null): number | null => (v?.kind === 'value' ? v.value : null);
  const share = (row: string | null): string =>
    row === null ? 'ukendt' : text(cell('tabel-2.3', row, 'share'), true);
  const action = (row: string, column: 'realised' | 'total'): CellValue | null =>
    cell('afsnit-2.5', row, column);
  const sum = (...xs: (CellValue | null)[]): string => {
    const ns = xs.map(num);
    return ns.every((n) => n !== null) ? formatNumberDa(ns.reduce((s, n) => s + n, 0)) : 'ukendt';
  };
  const net = (): string => {
    const built = num(action('builtDwellings', 'total'));
    const gone = num(action('demolished', 'total'));
    return built === null || gone === null ? 'ukendt' : formatNumberDa(built - gone);
  };
  const y = ctx.listYear;
  const first = firstPlanYear(ctx.series);
  const last = ctx.lastRealisedYear;
  const baselines = ctx.accounts.map((a) => a.plan.baselineYear);
  const notAccepted = ctx.accounts.filter((a) =>
    a.notCounted.some((r) => r.reportYear === y && r.status === 'not_accepted'),
  ).length;
  const pending = ctx.accounts.filter((a) =>
    a.notCounted.some((r) => r.reportYear === y && r.status === 'pending'),
  ).length;
  const received = ctx.accounts.filter(
    (a) => a.reportYear === y || a.notCounted.some((r) => r.reportYear === y),
  ).length;
  const plansDa = (n: number): string =>
    n === 1 ? 'en enkelt udviklingsplan' : `${formatNumberDa(n)} udviklingsplaner`;
  const sentences = [
    ...(notAccepted > 0
      ? [`For ${plansDa(notAccepted)} kunne årsrapporten ikke tages til efterretning.`]
      : []),
    ...(pending > 0 ? [`For ${plansDa(pending)} er årsrapporten endnu ikke behandlet.`] : []),
  ];
  return [
    fact('antal', formatNumberDa(ctx.accounts.length)),
    fact('modtaget', formatNumberDa(received)),
    fact(
      'ikke_godkendt.tekst',
      sentences.length > 0 ? sentences.join(' ') : `Alle årsrapporter for ${y} er taget til efterretning.`,
    ),
    fact('startaar', baselines.length === 0 ? 'ukendt' : String(Math.min(...baselines))),
    fact('foerste_aar', first === null ? 'ukendt' : String(first)),
    fact('seneste_aar', last === null ? 'ukendt' : String(last)),
    fact('andel.start', share('start')),
    fact('andel.foerste', share(first === null ? null : String(first))),
    fact('andel.seneste', share(last === null ? null : String(last))),
    fact('andel.2030', share('2030')),
    fact('andel.endelig', share('final')),
    fact('ommaerket.i_alt', text(action('relabelled', 'total'), false)),
    fact('solgt.i_alt', text(action('sold', 'total'), false)),
    fact('nybyggeri.i_alt', sum(action('builtDwellings', 'total'), action('builtCommercialUnits', 'total'))),
    fact('nybyggeri.boliger', text(action('builtDwellings', 'total'), false)),
    fact('nybyggeri.erhverv', text(action('builtCommercialUnits', 'total'), false)),
    fact('nettotilvaekst', net()),
    fact('nedrevet.i_alt', text(action('demolished', 'total'), false)),
    fact('ommaerket.gennemfoert', text(action('relabelled', 'realised'), false)),
    fact('solgt.gennemfoert', text(action('sold', 'realised'), false)),
    fact(
      'bygget.gennemfoert',
      sum(action('builtDwellings', 'realised'), action('builtCommercialUnits', 'realised')),
    ),
    fact('erhverv.gennemfoert', text(action('builtCommercialUnits', 'realised'), false)),
    fact('nedrevet.gennemfoert', text(action('demolished', 'realised'), false)),
  ];
}
