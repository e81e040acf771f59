import { chapter5Windows } from '../../analytics/report/chapter5Analyses.ts';
import type { DutyOptions } from '../../core/duties/dutyOptions.ts';
import { formatNumberDa } from '../../core/format/formatDa.ts';
import type { Axis } from './reportTable.ts';
import type { ReportTableSpec } from './reportTableFrom.ts';

/** What chapter 5's captions, notes and sources depend on. */
export interface Chapter5Context {
  readonly listYear: number;
  readonly options: DutyOptions;
  /** Municipalities with udsatte areas in all three years of tables 5.1–5.2; null when not known. */
  readonly daycareMunicipalities: number | null;
  /** Areas on the udsatte list in every year of table 5.3; null when not known. */
  readonly longListedAreas: number | null;
  /** The "Kilde:" line of register-based tables (a synthetic delivery's own). */
  readonly sourceDa: string;
  /** Whether the delivery is synthetic: then every table cites `sourceDa`, never the ministries' registers. */
  readonly synthetic: boolean;
}

const axis = (key: string, labelDa: string): Axis => ({ key, labelDa });
const yearAxes = (years: readonly number[]): Axis[] => years.map((t) => axis(String(t), String(t)));
/** A school year by its spring year: 2024 → `2023/24`. */
export const schoolYearDa = (s: number): string => `${s - 1}/${String(s).slice(2)}`;
const schoolYearAxes = (years: readonly number[]): Axis[] =>
  years.map((s) => axis(String(s), schoolYearDa(s)));

const DAYCARE_SOURCE_DA =
  'Børne- og Undervisningsministeriets egne beregninger på baggrund af registerdata fra Danmarks Statistik, ' +
  'Social- og Boligstyrelsen samt Styrelsen for It og Lærings Dagtilbudsregister.';
const ONE_YEAR_SOURCE_DA =
  'Børne- og Undervisningsministeriets egne beregninger på baggrund af registerdata fra Danmarks Statistik samt ' +
  'Social- og Boligstyrelsen.';
const SCHOOL_SOURCE_DA = 'Styrelsen for It og Læring.';

const ATTEMPT_AXES = (fourthDa: string): Axis[] => [
  axis('attempt1', 'Første forsøg'),
  axis('attempt2', 'Andet forsøg'),
  axis('attempt3', 'Tredje forsøg'),
  axis('attempt4', fourthDa),
];

const OVERVIEW_COLUMNS: readonly Axis[] = [
  axis('attempts', 'Antal sprogprøveforsøg'),
  axis('pupils', 'Antal elever med min. ét sprogprøveforsøg'),
  axis('ready', 'Antal elever vurderet sprogparate'),
  axis('readyPct', 'Heraf (pct.)'),
  axis('movedUp', 'Antal elever, der rykkede op'),
  axis('movedUpPct', 'Heraf (pct.)'),
  axis('repeated', 'Antal elever, der gik om'),
  axis('repeatedPct', 'Heraf (pct.)'),
  axis('unplaced', 'Uden klassetrin året efter'),
];

/** The declared tables of chapter 5 (domain §11), with the seed's captions, notes and sources. */
export function chapter5Catalogue(ctx: Chapter5Context): ReportTableSpec[] {
  const y = ctx.listYear;
  const w = chapter5Windows(y);
  const source = (seedDa: string): string => (ctx.synthetic ? ctx.sourceDa : seedDa);
  const first = (xs: readonly number[]): number => xs[0] ?? y;
  const last = (xs: readonly number[]): number => xs[xs.length - 1] ?? y;
  const d0 = first(w.daycareYears);
  const d1 = last(w.daycareYears);
  const kommuner =
    ctx.daycareMunicipalities === null
      ? 'kommuner'
      : `${formatNumberDa(ctx.daycareMunicipalities)} kommune${ctx.daycareMunicipalities === 1 ? '' : 'r'}`;
  const residenceDa =
    ctx.options.daycareResidenceSnapshot === 'following'
      ? 'folkeregisteradresse pr. 1. januar året efter tællingen (den nærmeste bopælsopgørelse efter 30. september)'
      : 'folkeregisteradresse pr. 1. januar i tællingsåret';
  const kindsDa =
    ctx.options.daycareInstitutionKinds === 'kommunalSelvejende'
      ? 'kommunale og selvejende daginstitutioner'
      : 'kommunale, selvejende og private daginstitutioner';
  const daycareNotes = [
    `Opgørelsen omfatter ${kommuner} med boligområder, der er defineret som udsatte i alle årene ${d0}-${d1}. ` +
      `Opgørelsen dækker over børn, som er indskrevet i ${kindsDa} d. 30. september i det pågældende år, og ` +
      `som havde ${residenceDa} i et udsat boligområde jf. listen over udsatte boligområder, som var gældende, dvs. ` +
      'listen offentliggjort d. 1. december det foregående år.',
    'Andelene er afgrænset med nedre grænse inklusive: en daginstitution med præcis 30 pct. tælles blandt dem ' +
      'med mindst 30 pct. Den lovbestemte grænse (dagtilbudsloven § 26 a) er overskredet, når andelen er over 30 pct.',
  ];
  const o0 = first(w.oneYearOldYears);
  const o1 = last(w.oneYearOldYears);
  const a0 = first(w.absenceYears);
  const a1 = last(w.absenceYears);
  const l0 = first(w.languageTestYears);
  const l1 = last(w.languageTestYears);
  const overviewNote = (who: string): string =>
    `Antal elever ${who}, der rykkede op, der gik om, og som ikke har et klassetrin i skoleåret efter ` +
    '(ikke indskrevet pr. 1. januar året efter), summerer til antal elever, der aflagde mindst ét sprogprøveforsøg. ' +
    'En elev er rykket op, når klassetrinnet pr. 1. januar året efter er højere end klassetrinnet ved prøven.';
  return [
    {
      id: 'tabel-5.1',
      titleDa: `Antal daginstitutioner fordelt på andelen af de indskrevne børn, som er bosat i et udsat boligområde ${d0}-${d1}`,
      rows: [
        axis('under10', 'Under 10 pct.'),
        axis('from10to30', '10-30 pct.'),
        axis('atLeast30', 'Mindst 30 pct.'),
        axis('dispensation', 'Heraf med dispensation fra 30 pct. reglen'),
        axis('total', 'I alt'),
      ],
      columns: yearAxes(w.daycareYears),
      unit: 'count',
      notesDa: daycareNotes,
      sourceDa: source(DAYCARE_SOURCE_DA),
    },
    {
      id: 'tabel-5.2',
      titleDa: `Antal daginstitutioner fordelt på andel af indskrevne børn, som er bosat i udsatte boligområder, ${d0}-${d1}`,
      rows: yearAxes(w.daycareYears),
      columns: [
        axis('from30to50', '30-50 pct.'),
        axis('from50to70', '50-70 pct.'),
        axis('from70to90', '70-90 pct.'),
        axis('from90to100', '90-100 pct.'),
        axis('total', 'Antal enheder med mindst 30 pct. børn fra udsatte boligområder'),
      ],
      unit: 'count',
      notesDa: daycareNotes,
      sourceDa: source(DAYCARE_SOURCE_DA),
    },
    {
      id: 'tabel-5.3',
      titleDa: `Andel 1-årige bosat i et udsat boligområde, som er indskrevet i et dagtilbud, ${o0}-${o1}`,
      rows: yearAxes(w.oneYearOldYears),
      columns: [axis('share', 'Andel indskrevne 1-årige børn i dagtilbud (pct.)')],
      unit: 'pct',
      notesDa: [
        'I opgørelsen indgår børn, der var 1 år d. 30. september i tællingsåret. Personer, hvis alder ikke kendes, ' +
          'indgår ikke i opgørelsen. Tabellen er opgjort på baggrund af 1-årige, som boede i et udsat boligområde, ' +
          `som havde været på listen over udsatte boligområder i alle ${w.oneYearOldYears.length} år, dvs. i perioden ` +
          `fra ${o0} til ${o1}.` +
          (ctx.longListedAreas === null
            ? ''
            : ` Der er ${formatNumberDa(ctx.longListedAreas)} boligområde${ctx.longListedAreas === 1 ? '' : 'r'}, som har været på listen alle årene.`),
        'Opgørelsen dækker over børn, som er indmeldte i en kommunal, selvejende eller privatinstitution eller ' +
          'kommunal dagpleje. I opgørelsen indgår ikke pasning af eget barn eller privat pasning.',
      ],
      sourceDa: source(ONE_YEAR_SOURCE_DA),
    },
    {
      id: 'tabel-5.4',
      titleDa: `Antal elever med ulovligt fravær på mindst 15 pct., hele landet, ${schoolYearDa(a0)}-${schoolYearDa(a1)}`,
      rows: schoolYearAxes(w.absenceYears),
      columns: [
        axis('q3', '3. kvartal'),
        axis('q4', '4. kvartal'),
        axis('q1', '1. kvartal'),
        axis('q2', '2. kvartal'),
        axis('unique_high', 'Samlet antal unikke elever med ulovligt fravær'),
        axis('pupils', 'Samlet antal unikke elever'),
      ],
      unit: 'count',
      notesDa: [
        'Data er opgjort for folkeskoler. Antal elever med 15 pct. ulovligt fravær eller mere er udregnet på baggrund ' +
          'af elevens samlede antal ulovlige fraværsdage i perioden divideret med samlede antal skoledage i perioden.',
        'Det samlede antal unikke elever med ulovligt fravær i skoleåret er mindre end summen på tværs af skoleårets ' +
          'fire kvartaler. Det skyldes, at samme elev kan gå igen i flere kvartaler.',
      ],
      sourceDa: source(SCHOOL_SOURCE_DA),
    },
    {
      id: 'tabel-5.5',
      titleDa:
        'Oversigt over antal (andel) prøver, elever, sprogparate elever, oprykkere og omgængere for ' +
        `børnehaveklassen, ${schoolYearDa(l0)}-${schoolYearDa(l1)}`,
      rows: schoolYearAxes(w.languageTestYears),
      columns: OVERVIEW_COLUMNS,
      unit: 'count',
      notesDa: [overviewNote('i børnehaveklassen')],
      sourceDa: source(SCHOOL_SOURCE_DA),
    },
    {
      id: 'tabel-5.6',
      titleDa:
        'Antal (andel) sprogparate og ikke-sprogparate elever fordelt på sprogprøveforsøg samt antal afholdte ' +
        `sprogprøver i børnehaveklassen, ${schoolYearDa(w.attemptsYear)}`,
      rows: [
        axis('ready', 'Antal sprogparate'),
        axis('readyPct', 'Andel sprogparate (pct.)'),
        axis('notReady', 'Antal ikke sprogparate'),
        axis('notReadyPct', 'Andel ikke sprogparate (pct.)'),
        axis('held', 'Antal afholdte sprogprøver'),
      ],
      columns: ATTEMPT_AXES('Fjerde forsøg (frivilligt)'),
      unit: 'count',
      notesDa: [
        'Andel sprogparate og ikke-sprogparate elever er udregnet ud af det samlede antal elever i ' +
          `børnehaveklassen, som har taget mindst ét sprogprøveforsøg i skoleåret ${schoolYearDa(w.attemptsYear)}.`,
      ],
      sourceDa: source(SCHOOL_SOURCE_DA),
    },
    {
      id: 'tabel-5.7',
      titleDa:
        'Oversigt over antal (andel) prøver, elever, sprogparate, oprykkere og omgængere på 1.-9. klassetrin, ' +
        `${schoolYearDa(l0)}-${schoolYearDa(l1)}`,
      rows: schoolYearAxes(w.languageTestYears),
      columns: OVERVIEW_COLUMNS,
      unit: 'count',
      notesDa: [overviewNote('i 1.-9. klasse')],
      sourceDa: source(SCHOOL_SOURCE_DA),
    },
    {
      id: 'tabel-5.8',
      titleDa:
        'Antal (andel) sprogparate og ikke-sprogparate elever fordelt på sprogprøveforsøg og klassetrin på ' +
        `1.-9. klassetrin, ${schoolYearDa(w.attemptsYear)}`,
      rows: [
        axis('1-3.ready', '1.-3. kl.: Antal sprogparate'),
        axis('1-3.notReady', '1.-3. kl.: Antal ikke-sprogparate'),
        axis('4-6.ready', '4.-6. kl.: Antal sprogparate'),
        axis('4-6.notReady', '4.-6. kl.: Antal ikke-sprogparate'),
        axis('7-9.ready', '7.-9. kl.: Antal sprogparate'),
        axis('7-9.notReady', '7.-9. kl.: Antal ikke-sprogparate'),
        axis('total.ready', 'Antal sprogparate elever i alt'),
        axis('total.readyPct', 'Andel sprogparate elever i alt (pct.)'),
        axis('total.notReady', 'Antal ikke-sprogparate elever i alt'),
        axis('total.notReadyPct', 'Andel ikke-sprogparate elever i alt (pct.)'),
        axis('total.held', 'Antal elever i alt'),
      ],
      columns: ATTEMPT_AXES('Fjerde forsøg'),
      unit: 'count',
      notesDa: [
        'Klassetrinnet er elevens klassetrin ved prøveforsøget. Andele er udregnet ud af antal elever på ' +
          '1.-9. klassetrin med mindst ét sprogprøveforsøg i skoleåret.',
      ],
      sourceDa: source(SCHOOL_SOURCE_DA),
    },
  ];
}
