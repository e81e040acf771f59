import { formatNumberDa } from '../../core/format/formatDa.ts';
import {
  INTEGRATION_AGES,
  SCHOOL_MIN_PUPILS,
  SCHOOL_NONWESTERN_PCT,
  type IntegrationOptions,
} from '../../core/integration/integrationOptions.ts';
import type { Axis } from './reportTable.ts';
import type { ReportTableSpec } from './reportTableFrom.ts';

/** What chapter 4's captions and notes depend on. */
export interface Chapter4Context {
  readonly listYear: number;
  /** Areas on Y's parallelsamfund list (the captions' "de 8 parallelsamfund"). */
  readonly parallelsamfundCount: number;
  /** Fig 4.3's school years (spring years, pooled). */
  readonly examSchoolYears: readonly number[];
  readonly options: IntegrationOptions;
  /** The disclosure option `disclosureGroupObservationsOver` (groups shown only with more observations). */
  readonly groupObservationsOver: number;
  /** The "Kilde:" line of register-based tables. */
  readonly sourceDa: string;
}

const axis = (key: string, labelDa: string): Axis => ({ key, labelDa });

/** The columns of every figure of chapter 4: the origin groups (domain §11). */
export const ORIGIN_AXES: readonly Axis[] = [
  axis('danish', 'Dansk oprindelse'),
  axis('menapt', 'MENAPT'),
  axis('otherNonwestern', 'Øvrige ikke-vestlige'),
  axis('western', 'Vestlige'),
  axis('nonwestern', 'Ikke-vestlige i alt'),
];

const CATEGORY_DA = { parallelsamfund: 'Parallelsamfund', country: 'Hele landet' } as const;
const SEX_DA = { m: 'mænd', f: 'kvinder' } as const;
const EXAM_DA = { mean: 'karaktergennemsnit', corrected: 'korrigeret' } as const;

const CATEGORY_AXES: readonly Axis[] = [
  axis('parallelsamfund', CATEGORY_DA.parallelsamfund),
  axis('country', CATEGORY_DA.country),
];
const CATEGORY_SEX_AXES: readonly Axis[] = (['parallelsamfund', 'country'] as const).flatMap((c) =>
  (['m', 'f'] as const).map((s) => axis(`${c}.${s}`, `${CATEGORY_DA[c]}, ${SEX_DA[s]}`)),
);
/** Fig 4.3: the pupils' rows (boys, girls), and per origin group the mean and the corrected mean. */
const PUPIL_AXES: readonly Axis[] = (['parallelsamfund', 'country'] as const).flatMap((c) =>
  (['m', 'f'] as const).map((s) => axis(`${c}.${s}`, `${CATEGORY_DA[c]}, ${s === 'm' ? 'drenge' : 'piger'}`)),
);
const EXAM_COLUMNS: readonly Axis[] = ORIGIN_AXES.flatMap((o) =>
  (['mean', 'corrected'] as const).map((m) =>
    axis(`${o.key}.${m}`, m === 'mean' ? o.labelDa : `${o.labelDa}, ${EXAM_DA[m]}`),
  ),
);

const OTHER_ADULTS_NOTE = 'Der kan være tale om andre voksne end forældre.';
const LAWS_DA = 'straffeloven, lov om euforiserende stoffer eller våbenloven';

/** `2021/2022, 2022/2023 og 2023/2024` for spring years 2022–2024. */
export function schoolYearsDa(springYears: readonly number[]): string {
  const names = springYears.map((y) => `${y - 1}/${y}`);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} og ${names.at(-1) ?? ''}`;
}

/** The declared figures 4.1–4.6, with the seed's captions and notes. */
export function chapter4Catalogue(ctx: Chapter4Context): ReportTableSpec[] {
  const t = ctx.listYear - 1;
  const over = formatNumberDa(ctx.groupObservationsOver);
  const groupsNote =
    `Figurerne i kapitlet viser kun en oprindelsesgruppe, hvis der er mere end ${over} observationer for ` +
    `gruppen; grupper med ${over} eller færre observationer er diskretioneret (*).`;
  const areasNote =
    `Parallelsamfundene er de ${formatNumberDa(ctx.parallelsamfundCount)} områder på listen over parallelsamfund ` +
    `pr. 1. december ${ctx.listYear}; beboerne er opgjort som ved listerne pr. 1. januar ${t}.`;
  const originNote =
    'Vestlige lande omfatter alle EU-lande samt Andorra, Island, Liechtenstein, Monaco, Norge, San Marino, Schweiz, ' +
    'Storbritannien, Vatikanstaten, Canada, USA, Australien og New Zealand; ikke-vestlige lande omfatter alle ' +
    'øvrige lande, heraf MENAPT-landene og øvrige ikke-vestlige lande.';
  const pct = (yLabelDa = 'Pct.') => ({ kind: 'bars', yLabelDa, stacked: false }) as const;
  const spec = (
    id: string,
    titleDa: string,
    rows: readonly Axis[],
    notesDa: readonly string[],
    unit: 'pct' | 'grade' = 'pct',
    columns: readonly Axis[] = ORIGIN_AXES,
  ): ReportTableSpec => ({
    id,
    titleDa,
    rows,
    columns,
    unit,
    notesDa: [...notesDa, areasNote, originNote, groupsNote],
    sourceDa: ctx.sourceDa,
    chart: pct(unit === 'grade' ? 'Karakter' : 'Pct.'),
  });
  const [e0, e1] = INTEGRATION_AGES.employment;
  const [c0, c1] = INTEGRATION_AGES.children;
  const [p0, p1] = INTEGRATION_AGES.pupils;
  const [m0, m1] = INTEGRATION_AGES.youngMen;
  const k = ctx.options.integrationConvictedAdultYears;
  return [
    spec(
      'figur-4.1',
      `Beskæftigelsesfrekvens, fordelt på boligområde, køn og oprindelse, ${e0}-${e1}-årige, ${t} (pct.)`,
      CATEGORY_SEX_AXES,
      [
        'Beskæftigelsesfrekvensen angiver hvor stor en andel de beskæftigede udgør af befolkningsgruppen.',
        `Beskæftigelse er opgjort ved udgangen af november ${t} som lønmodtager eller selvstændig.`,
      ],
    ),
    spec(
      'figur-4.2',
      `Andel hjemmeboende ${c0}-${c1}-årige, der ikke har mindst én forælder i beskæftigelse, fordelt på ` +
        `boligområde og oprindelse, ${t} (pct.)`,
      CATEGORY_AXES,
      [
        OTHER_ADULTS_NOTE,
        'Et barn i en familie med to voksne, hvoraf den ene er i beskæftigelse, har en forælder i beskæftigelse.',
      ],
    ),
    spec(
      'figur-4.3',
      'Karaktergennemsnit for elever, der har deltaget i alle folkeskolens bundne prøver i 9. klasse, fordelt på ' +
        `boligområde, køn og oprindelse, skoleårene ${schoolYearsDa(ctx.examSchoolYears)} (gennemsnit)`,
      PUPIL_AXES,
      [
        'Det korrigerede karaktergennemsnit er karaktergennemsnittet korrigeret for, at elever, der har afbrudt ' +
          'undervisningen før folkeskolens bundne prøver i 9. klasse eller ikke har deltaget i en eller flere prøver, ' +
          'tildeles karakteren -3 i henholdsvis alle prøverne og i de prøver, som de ikke har deltaget i.',
        ...(ctx.examSchoolYears.includes(2022)
          ? [
              'Afgangskaraktererne i skoleåret 2021/2022 består af henholdsvis helt og delvist ophøjede ' +
                'standpunktskarakterer som følge af COVID-19.',
            ]
          : []),
        'Skoleårene er lagt sammen; eleverne er opgjort efter bopæl pr. 1. januar i skoleårets forår.',
      ],
      'grade',
      EXAM_COLUMNS,
    ),
    spec(
      'figur-4.4',
      `Andel ${p0}-${p1}-årige, der gik i skole (mindst ${SCHOOL_MIN_PUPILS} elever) med mindst ` +
        `${SCHOOL_NONWESTERN_PCT} pct. ikke-vestlige elever, fordelt på boligområde, køn og oprindelse, 1. januar ${t} (pct.)`,
      CATEGORY_SEX_AXES,
      [],
    ),
    spec(
      'figur-4.5',
      `Andel ${m0}-${m1}-årige mænd, som er dømt for en overtrædelse af ${LAWS_DA}, fordelt på boligområde og ` +
        `oprindelse, ${t} (pct.)`,
      CATEGORY_AXES,
      ['Domme er afgørelser efter de tre love af de typer, der tæller ved kriteriet om dømte (K2).'],
    ),
    spec(
      'figur-4.6',
      `Andel ${c0}-${c1}-årige hjemmeboende børn med mindst én forælder, der er dømt for overtrædelse af ` +
        `${LAWS_DA}, fordelt på boligområde og oprindelse, ${t} (pct.)`,
      CATEGORY_AXES,
      [OTHER_ADULTS_NOTE, k === 1 ? `Dommen er afsagt i ${t}.` : `Dommen er afsagt i ${t - k + 1}-${t}.`],
    ),
  ];
}
