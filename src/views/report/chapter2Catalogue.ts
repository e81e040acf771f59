import type { Axis } from './reportTable.ts';
import type { ReportTableSpec } from './reportTableFrom.ts';

/** What chapter 2's captions and notes depend on. */
export interface Chapter2Context {
  readonly listYear: number;
  /** Areas on Y's lists (for the captions: "de 12 udsatte boligområder"). */
  readonly udsatCount: number;
  readonly forebyggelseCount: number;
  /** Whether the delivery has development plans (the plan areas' series), else the series is left out. */
  readonly hasPlans: boolean;
  /** The "Kilde:" line of register-based tables. */
  readonly sourceDa: string;
}

const CATEGORY: Readonly<Record<string, string>> = {
  udsat: 'Udsatte områder',
  parallelsamfund: 'Parallelsamfund',
  plan: 'Områder med godkendt udviklingsplan',
  forebyggelse: 'Forebyggelsesområder',
  country: 'Hele landet',
};

const axis = (key: string, labelDa: string): Axis => ({ key, labelDa });
const years = (from: number, to: number): Axis[] =>
  Array.from({ length: to - from + 1 }, (_, i) => axis(String(from + i), String(from + i)));

const SINGLE_YEARS_NOTE =
  'Opgjort for enkelte år. Opgørelsesmetoden her er ikke et 2-årigt gennemsnit som ved ' +
  'parallelsamfundskriterierne vedrørende arbejdsmarked og kriminalitet.';
const RESIDENTS_NOTE =
  'Beboerne er opgjort som ved listerne: beboere i samtlige boliger på områdets matrikler, dog undtaget beboere ' +
  'i ikke-almene boliger opført før 2010. Områderne er afgrænset som pr. 1. december i listeåret og følges ' +
  'tilbage i tid med samme afgrænsning.';
const NO_PLANS_NOTE =
  'Leveringen indeholder ikke tabellen over godkendte udviklingsplaner (development_plans), så serien for ' +
  'områder med en godkendt udviklingsplan er udeladt.';

/** The declared tables and figures of chapter 2.1–2.3, with the seed's captions and notes. */
export function chapter2Catalogue(ctx: Chapter2Context): ReportTableSpec[] {
  const y = ctx.listYear;
  const trendRows = [
    axis('udsat', CATEGORY.udsat as string),
    axis('parallelsamfund', CATEGORY.parallelsamfund as string),
    ...(ctx.hasPlans ? [axis('plan', CATEGORY.plan as string)] : []),
    axis('forebyggelse', CATEGORY.forebyggelse as string),
    axis('country', CATEGORY.country as string),
  ];
  const trendNotes = [SINGLE_YEARS_NOTE, RESIDENTS_NOTE, ...(ctx.hasPlans ? [] : [NO_PLANS_NOTE])];
  const trend = (id: string, titleDa: string, pct: boolean): ReportTableSpec => ({
    id,
    titleDa,
    rows: trendRows,
    columns: years(2018, y),
    unit: pct ? 'pct' : 'dkk',
    notesDa: trendNotes,
    sourceDa: ctx.sourceDa,
    chart: { kind: 'lines', yLabelDa: pct ? 'Pct.' : 'Kr.' },
  });
  const ageRows = [
    axis('K1_18_30', '18-30 år'),
    axis('K1_31_49', '31-49 år'),
    axis('K1_50_64', '50-64 år'),
    axis('K1', '18-64 år'),
  ];
  const byAge = (id: string, whose: string): ReportTableSpec => ({
    id,
    titleDa:
      `Udviklingen i andelen af beboere uden tilknytning til arbejdsmarked eller uddannelse (pct.) fra 2010-${y} ` +
      `for ${whose} pr. 1. dec. ${y}`,
    rows: ageRows,
    columns: years(2010, y),
    unit: 'pct',
    notesDa: [SINGLE_YEARS_NOTE, RESIDENTS_NOTE],
    sourceDa: ctx.sourceDa,
    chart: { kind: 'lines', yLabelDa: 'Pct.' },
  });
  const decompositionColumns = [
    axis('K1', 'Uden for arbejdsmarkedet'),
    axis('K4', 'Gennemsnitlig indkomst'),
    axis('K2', 'Dømte'),
    axis('K3', 'Kun grundskole'),
    axis('nonwestern', 'Ikke-vestlig oprindelse'),
  ];
  const decomposition = (id: string, n: number, whose: readonly [string, string]): ReportTableSpec => ({
    id,
    titleDa:
      `Bidrag til ændringen i beboersammensætningen fra ${y - 1} til ${y} for ${n === 1 ? `det ene ${whose[0]}` : `de ${n} ${whose[1]}`} ` +
      `pr. 1. december ${y}, fordelt på fastboende og til- og fraflyttere (procent)`,
    rows: [
      axis('stayer', 'Fastboende'),
      axis('in', 'Tilflyttere'),
      axis('out', 'Fraflyttere'),
      axis('total', 'I alt'),
    ],
    columns: decompositionColumns,
    unit: 'pct',
    notesDa: [
      'Personer, der er flyttet internt i et område, betragtes som fastboende. Hver del er vist som andel af ' +
        `den samlede ændring fra 1. januar ${y - 1} til 1. januar ${y}; de tre dele summerer til 100 pct.`,
      'Uden for arbejdsmarkedet er opgjort i fuldtidspersoner blandt de 18-64-årige, dømte blandt de 18-årige og ' +
        'derover, kun grundskole blandt de 30-59-årige og indkomsten som gennemsnitlig bruttoindkomst blandt ' +
        'skattepligtige 15-64-årige (eksklusive uddannelsessøgende).',
    ],
    sourceDa: ctx.sourceDa,
    chart: { kind: 'bars', yLabelDa: 'Pct.', stacked: true },
  });
  return [
    {
      id: 'tabel-2.1',
      titleDa: `Andel af indvandrere og efterkommere fra ikke-vestlige lande og MENAPT-lande ${y}`,
      rows: [
        axis('forebyggelse', CATEGORY.forebyggelse as string),
        axis('udsat', CATEGORY.udsat as string),
        axis('parallelsamfund', CATEGORY.parallelsamfund as string),
        axis('country', CATEGORY.country as string),
      ],
      columns: [axis('nonwestern', 'Ikke-vestlige'), axis('menapt', 'MENAPT')],
      unit: 'pct',
      notesDa: [
        `Andele af alle beboere pr. 1. januar ${y}, samlet for områderne på listerne pr. 1. december ${y}.`,
      ],
      sourceDa: ctx.sourceDa,
    },
    trend(
      'figur-2.1a',
      'Udvikling i andelen af beboere i alderen 18-64 år, der er uden tilknytning til arbejdsmarked eller ' +
        'uddannelse, opgjort for enkelte år',
      true,
    ),
    trend(
      'figur-2.1b',
      'Udvikling i andelen af beboere dømt for overtrædelse af straffeloven, våbenloven eller lov om ' +
        'euforiserende stoffer opgjort for enkelte år',
      true,
    ),
    trend(
      'figur-2.1c',
      'Udvikling i andelen af beboere i alderen 30-59 år, der alene har en grundskoleuddannelse',
      true,
    ),
    trend(
      'figur-2.1d',
      'Udvikling i den gennemsnitlige bruttoindkomst for skattepligtige i alderen 15-64 år i området ' +
        '(eksklusive uddannelsessøgende)',
      false,
    ),
    byAge('figur-2.2a', 'de udsatte områder'),
    byAge('figur-2.2b', 'forebyggelsesområderne'),
    decomposition('figur-2.3a', ctx.udsatCount, ['udsatte boligområde', 'udsatte boligområder']),
    decomposition('figur-2.3b', ctx.forebyggelseCount, ['forebyggelsesområde', 'forebyggelsesområder']),
  ];
}
