import { FIGURE_2_4_FROM, TABLE_2_4_FROM, type HousingOptions } from '../../core/housing/housingOptions.ts';
import type { Axis } from './reportTable.ts';
import type { ReportTableSpec } from './reportTableFrom.ts';

/** What the captions and notes of chapter 2.4 and 2.6 depend on. */
export interface Chapter2HousingContext {
  readonly listYear: number;
  /** Areas on Y's lists (for the captions: "de 12 udsatte boligområder"). */
  readonly udsatCount: number;
  readonly forebyggelseCount: number;
  /** Whether the delivery has development plans (table 2.2's plan row, table 2.4's plan column). */
  readonly hasPlans: boolean;
  /** Whether the delivery has `dwelling_events`: else the stock is the dwellings as built. */
  readonly hasDwellingEvents: boolean;
  readonly options: HousingOptions;
  /** The "Kilde:" line of register-based tables (a synthetic delivery's own). */
  readonly sourceDa: string;
}

const axis = (key: string, labelDa: string): Axis => ({ key, labelDa });
const years = (from: number, to: number): Axis[] =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => axis(String(from + i), String(from + i)));

/** The seed's note under table 2.2 and figure 2.4. */
export const FAMILY_AND_ROOMS_NOTE = 'Kun familieboliger og enkeltværelser.';
const LETTINGS_SOURCE_NOTE =
  'Udlejninger og ledige boliger er opgjort fra Landsbyggefondens huslejeregister (leveringens tabeller ' +
  'lettings og vacancies); lejemålene fra boligregistret (dwellings).';
const AS_BUILT_NOTE =
  'Leveringen indeholder ikke boligernes hændelser (dwelling_events): boligerne er opgjort, som de er opført, ' +
  'uden nedrivninger, sammenlægninger, omdannelser og salg.';
const CATEGORIES_NOTE = (y: number): string =>
  `Områderne er områderne på listerne pr. 1. december ${y}, afgrænset som i ${y}.`;

/** Table 2.2's columns with the seed's headings. */
const TABLE_2_2_COLUMNS = [
  axis('internal', 'Internt i afd./org.'),
  axis('external_waiting_list', 'Ekstern venteliste'),
  axis('flexible', 'Fleksibel udlejning'),
  axis('combined', 'Kombineret udlejning'),
  axis('municipal', 'Kommunal anvisning'),
  axis('other', 'Andet'),
  axis('total', 'I alt'),
  axis('relet', 'Antal genudlejede lejemål'),
  axis('tenancies', 'Antal lejemål i alt'),
];

/**
 * The declared tables and figures of chapter 2.4 and 2.6 — `tabel-2.2`, `figur-2.4a`, `figur-2.4b`,
 * `tabel-2.4` — with the seed's captions, its "Anm.:" notes (and ours where the definition is an option) and
 * the "Kilde:" line of the delivery.
 */
export function chapter2HousingCatalogue(ctx: Chapter2HousingContext): ReportTableSpec[] {
  const y = ctx.listYear;
  const o = ctx.options;
  const stockNotes = ctx.hasDwellingEvents ? [] : [AS_BUILT_NOTE];
  const reletNote =
    o.housingRelet === 'letOrVacant'
      ? 'Genudlejede lejemål indeholder også lejemål, der ikke er blevet udlejet det sidste år (ledige boliger): ' +
        `boliger udlejet i ${y} og boliger, der stod ledige pr. 1. januar ${y + 1} uden at være udlejet i ${y}.`
      : `Genudlejede lejemål er boliger udlejet i ${y}; ledige boliger, der ikke er udlejet, indgår ikke.`;
  const categoryRows = [
    axis('udsat', 'Udsatte boligområder'),
    axis('parallelsamfund', 'Parallelsamfund'),
    ...(ctx.hasPlans ? [axis('plan', 'Områder m. udviklingsplan')] : []),
    axis('forebyggelse', 'Forebyggelsesområder'),
    axis('country', 'Hele landet (alle almene boliger)'),
  ];
  const figure = (
    id: string,
    n: number,
    whose: readonly [string, string],
    rowDa: string,
  ): ReportTableSpec => ({
    id,
    titleDa:
      'Andelen af tilflyttede lejemål, hvor reglerne om fleksibel udlejning i ' +
      `${n === 1 ? `det ene ${whose[0]}` : `de ${n} ${whose[1]}`} er anvendt i perioden ${FIGURE_2_4_FROM}-${y}.`,
    rows: [
      axis('flexible', `Fleksibel udlejning, ${rowDa}`),
      axis('municipal', `Kommunal anvisning, ${rowDa}`),
      axis('flexibleCountry', 'Fleksibel udlejning, alle almene boliger'),
    ],
    columns: years(FIGURE_2_4_FROM, y),
    unit: 'pct',
    notesDa: [
      FAMILY_AND_ROOMS_NOTE,
      'Andele af alle udlejninger i året. Områderne er områderne på listerne pr. 1. december ' +
        `${y}, fulgt tilbage i tid med samme afgrænsning.`,
      LETTINGS_SOURCE_NOTE,
    ],
    sourceDa: ctx.sourceDa,
    chart: { kind: 'lines', yLabelDa: 'Pct.' },
  });
  const listNote =
    o.housingDemolitionList === 'inForce'
      ? 'En nedrivning er henført efter områdets liste i kraft i nedrivningsåret, dvs. listen offentliggjort ' +
        '1. december året før, og områdets afgrænsning det år.'
      : o.housingDemolitionList === 'sameYear'
        ? 'En nedrivning er henført efter områdets liste pr. 1. december i nedrivningsåret.'
        : `En nedrivning er henført efter områdets kategori pr. 1. december ${y}, fulgt tilbage i tid.`;
  const planNote =
    o.housingDemolitionPlan === 'anyPlan'
      ? `Heraf med udviklingsplan: nedrivninger i områder med en godkendt udviklingsplan pr. 1. december ${y}, ` +
        'uanset hvornår planen blev godkendt.'
      : 'Heraf med udviklingsplan: nedrivninger efter datoen for godkendelsen af områdets udviklingsplan.';
  return [
    {
      id: 'tabel-2.2',
      titleDa: `Udlejningsregler anvendt ved udlejning i ${y} fordelt på ${ctx.hasPlans ? 'de fire områdekategorier' : 'områdekategorierne'}`,
      rows: categoryRows,
      columns: [
        ...TABLE_2_2_COLUMNS,
        axis('vacant', `Ledige boliger pr. 1. januar ${y + 1}`),
        axis('vacancyRate', 'Lejeledighedsprocent'),
      ],
      unit: 'count',
      notesDa: [
        FAMILY_AND_ROOMS_NOTE + ' ' + reletNote,
        `Antal lejemål i alt er almene familieboliger og enkeltværelser pr. 1. januar ${y + 1}; ` +
          'lejeledighedsprocenten er de ledige boliger i pct. af lejemålene.',
        CATEGORIES_NOTE(y),
        LETTINGS_SOURCE_NOTE,
        'Tabellen tæller boliger og udlejninger, ikke personer, og er ikke diskretioneret efter reglerne for ' +
          'personer.',
        ...stockNotes,
      ],
      sourceDa: ctx.sourceDa,
    },
    figure(
      'figur-2.4a',
      ctx.udsatCount,
      ['udsatte boligområde', 'udsatte boligområder'],
      'udsatte boligområder',
    ),
    figure(
      'figur-2.4b',
      ctx.forebyggelseCount,
      ['forebyggelsesområde', 'forebyggelsesområder'],
      'forebyggelsesområder',
    ),
    {
      id: 'tabel-2.4',
      titleDa: `Antal strategiske nedrivninger af boliger i de udsatte områder og forebyggelsesområderne ${TABLE_2_4_FROM}-${y}`,
      rows: [...years(TABLE_2_4_FROM, y), axis('total', 'I alt')],
      columns: [
        axis('udsat', 'Udsatte områder'),
        axis('forebyggelse', 'Forebyggelsesområder'),
        axis('total', 'I alt'),
        axis('plan', 'Heraf med udviklingsplan'),
      ],
      unit: 'count',
      notesDa: [
        'Denne opgørelse omfatter alle typer boliger og ikke kun familieboliger.',
        'Strategiske nedrivninger er nedrivninger godkendt efter almenboliglovens § 28, stk. 3, nr. 3. ' +
          listNote,
        'Før 1. december 2021 fandtes der ingen liste over forebyggelsesområder.',
        planNote,
        ...(ctx.hasPlans
          ? []
          : ['Leveringen indeholder ikke godkendte udviklingsplaner (development_plans).']),
      ],
      sourceDa: ctx.sourceDa,
    },
  ];
}
