import { formatNumberDa } from '../../core/format/formatDa.ts';
import type { CellValue } from '../../disclosure/cell.ts';
import { firstPlanYear, type PlansContext } from './plansCatalogue.ts';
import type { ReportFact } from './reportFacts.ts';
import type { ReportTable } from './reportTable.ts';

const P = 'udviklingsplaner';

/** The keys section 2.5's text uses, each with what it says (for the manifest). */
const KEYS: Readonly<Record<string, string>> = {
  antal: 'plans approved by 1 December of the list year',
  'antal.opgjort': 'plans with an accepted report, pooled in table 2.3 and section 2.5',
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
 * The paragraphs of section 2.5's text, in the seed's sentences with the numbers filled in: empty without plans,
 * so the section shows only the notices of table 2.3 and section 2.5 naming what is missing.
 */
const PARAGRAPHS = {
  'tekst.modtaget': 'the reports received and those not accepted',
  'tekst.andel': 'the share planned and reached, as table 2.3',
  'tekst.nybyggeri': 'new building and the net growth',
  'tekst.initiativer': 'the planned initiatives (realised and planned)',
  'tekst.gennemfoert': 'what the areas have done so far',
} as const;

/**
 * The facts of section 2.5's text (`{{udviklingsplaner.…}}`), from table 2.3's and section 2.5's published
 * cells; every one "ukendt" when the delivery has no plans (the tables then show why).
 */
export function planFactsFrom(ctx: PlansContext | null, tables: readonly ReportTable[]): ReportFact[] {
  const fact = (key: string, textDa: string): ReportFact => ({
    key: `${P}.${key}`,
    textDa,
    about: `section 2.5: ${KEYS[key] ?? (PARAGRAPHS as Record<string, string>)[key] ?? key}`,
  });
  if (ctx === null)
    return [
      ...Object.keys(KEYS).map((k) => fact(k, 'ukendt')),
      ...Object.keys(PARAGRAPHS).map((k) => fact(k, '')),
    ];
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
  const numbers = [
    fact('antal', formatNumberDa(ctx.accounts.length)),
    fact('antal.opgjort', formatNumberDa(ctx.series.included.length)),
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
  const n = new Map(numbers.map((f) => [f.key.slice(P.length + 1), f.textDa]));
  const v = (key: string): string => n.get(key) ?? 'ukendt';
  const paragraphs: Record<keyof typeof PARAGRAPHS, string> = {
    'tekst.modtaget':
      `Den 1. oktober ${y} modtog Social- og Boligstyrelsen årsrapporter for ${v('modtaget')} af de ${v('antal')} ` +
      `boligområder med en godkendt udviklingsplan. ${v('ikke_godkendt.tekst')}`,
    'tekst.andel':
      'På grundlag af oplysninger fra årsrapporterne vil nedbringelsen af andelen af familieboliger frem mod 2030 ' +
      'ske som angivet i tabel 2.3. Andelen af familieboliger er i udviklingsplanerne planlagt til at falde fra ' +
      `${v('andel.foerste')} i ${v('foerste_aar')} til ${v('andel.2030')} i 2030. Ultimo ${v('seneste_aar')} er ` +
      `andelen reduceret til ca. ${v('andel.seneste')}, jf. tabel 2.3.`,
    'tekst.nybyggeri':
      'Udviklingsplanerne indeholder alle lovgivningens redskaber til at omdanne områder med en godkendt ' +
      `udviklingsplan til velfungerende bydele inden 2030. Med nybyggeri af i alt ${v('nybyggeri.boliger')} boliger ` +
      `(${v('nybyggeri.i_alt')} boliger minus ${v('nybyggeri.erhverv')} erhvervsenheder) forventes der en ` +
      `nettotilvækst på i alt ${v('nettotilvaekst')} nye boliger i de ${v('antal.opgjort')} boligområder med en godkendt ` +
      'udviklingsplan. En erhvervsenhed tæller 75 kvm. erhverv.',
    'tekst.initiativer': [
      'Overordnet kan de planlagte initiativer beskrives således:',
      '',
      `- Ommærkning af ${v('ommaerket.i_alt')} almene familieboliger til almene ungdoms- og/eller ældreboliger`,
      `- Salg af ${v('solgt.i_alt')} almene familieboliger`,
      `- Fortætning ved primært nybyggeri af boliger og erhverv svarende til ${v('nybyggeri.i_alt')} boliger`,
      `- Nedrivning af ${v('nedrevet.i_alt')} almene familieboliger`,
    ].join('\n'),
    'tekst.gennemfoert':
      `I perioden ${v('foerste_aar')}-${v('seneste_aar')} har områderne samlet ommærket ` +
      `${v('ommaerket.gennemfoert')} familieboliger, solgt ${v('solgt.gennemfoert')} familieboliger, bygget i alt ` +
      `${v('bygget.gennemfoert')} boligenheder (heraf ${v('erhverv.gennemfoert')} erhvervsenheder) samt nedrevet ` +
      `${v('nedrevet.gennemfoert')} almene familieboliger. Disse tiltag har nedbragt andelen af almene ` +
      `familieboliger fra ${v('andel.start')} i ${v('startaar')} til ${v('andel.seneste')} i ${v('seneste_aar')} ` +
      `for de ${v('antal.opgjort')} områder samlet.`,
  };
  return [...numbers, ...Object.entries(paragraphs).map(([k, t]) => fact(k, t))];
}
