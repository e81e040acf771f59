import { formatNumberDa } from '../../core/format/formatDa.ts';
import type { SocialExportOptions } from '../../core/socialExport/socialExportOptions.ts';
import { SOCIAL_EXPORT_FROM } from '../../core/socialExport/socialExportOptions.ts';
import { municipalities } from '../../reference/municipalities.ts';
import type { Axis } from './reportTable.ts';
import type { ReportTableSpec } from './reportTableFrom.ts';

/** What chapter 3's captions and notes depend on. */
export interface Chapter3Context {
  readonly listYear: number;
  /** The list year of the treatment list (2021: the first forebyggelse list; or Y). */
  readonly treatmentListYear: number;
  /** How many municipalities are treated; null when the treatment list is not known. */
  readonly treatedCount: number | null;
  readonly options: SocialExportOptions;
  /** The "Kilde:" line of register-based tables. */
  readonly sourceDa: string;
}

const axis = (key: string, labelDa: string): Axis => ({ key, labelDa });
const years = (from: number, to: number): Axis[] =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => axis(String(from + i), String(from + i)));

/** Figs 3.2 and 3.3's rows: the vulnerable, the others, and their sum (not drawn as a bar). */
export const MOVER_AXES: readonly Axis[] = [
  axis('vulnerable', 'Socialt udsatte'),
  axis('notVulnerable', 'Ikke socialt udsatte'),
  axis('total', 'I alt'),
];

/** Fig 3.5's rows: the treated and the control municipalities. */
export const GROUP_AXES: readonly Axis[] = [
  axis('treated', 'Kommuner med forebyggelsesområder'),
  axis('control', 'Kommuner uden forebyggelsesområder'),
];

/** The note every move figure has (the seed's), for list year Y. */
export const moveYearNoteDa = (y: number): string =>
  `Flytninger er angivet pr. 1. januar det efterfølgende år, dvs. at årstallet ${y} f.eks. angiver flytninger i ` +
  `perioden 1. januar ${y - 1} til 31. december ${y - 1}.`;

/** Who counts as socially vulnerable, with the options in force. */
export function vulnerableNoteDa(o: SocialExportOptions): string {
  const offset = o.socialExportLabourYearOffset;
  const when = offset === 1 ? 'i året før flytningen' : `i året ${offset} år før flyttens første 1. januar`;
  return (
    'Socialt udsatte er personer i alderen 18-64 år pr. 1. januar før flytningen, der ' +
    `${offset === 0 ? 'i flytteåret' : when} var uden tilknytning til arbejdsmarked eller uddannelse i mindst ` +
    `${formatNumberDa(100 * o.socialExportVulnerableCutoff, 0)} pct. af året (opgjort i fuldtidspersoner).`
  );
}

/** Which municipalities are treated, in the words of the notes. */
export function treatedNoteDa(ctx: Chapter3Context): string {
  const n = ctx.treatedCount;
  return (
    'Kommuner med forebyggelsesområder er ' +
    (n === null ? 'kommunerne' : `de ${formatNumberDa(n)} ${n === 1 ? 'kommune' : 'kommuner'}`) +
    ` med mindst ét område på listen over forebyggelsesområder pr. 1. december ${ctx.treatmentListYear}; ` +
    'de øvrige kommuner er kommuner uden forebyggelsesområder.'
  );
}

/** The declared figures 3.2 and 3.3a–b, with the seed's captions and notes. */
export function chapter3Catalogue(ctx: Chapter3Context): ReportTableSpec[] {
  const y = ctx.listYear;
  const bars = { kind: 'bars', yLabelDa: 'Antal', stacked: true } as const;
  const split =
    'opdelt efter, om fraflytterne er uden tilknytning til arbejdsmarkedet eller uddannelse eller ej.';
  const outMovers = (id: string, to: string): ReportTableSpec => ({
    id,
    titleDa: `Antal fraflyttere fra kommuner med forebyggelsesområder til ${to} ${SOCIAL_EXPORT_FROM}-${y} ${split}`,
    rows: MOVER_AXES,
    columns: years(SOCIAL_EXPORT_FROM, y),
    unit: 'count',
    notesDa: [moveYearNoteDa(y), vulnerableNoteDa(ctx.options), treatedNoteDa(ctx)],
    sourceDa: ctx.sourceDa,
    chart: bars,
  });
  return [
    {
      id: 'figur-3.2',
      titleDa:
        `Antal tilflyttere til forebyggelsesområderne ${SOCIAL_EXPORT_FROM}-${y}, opdelt efter om tilflytterne er ` +
        'uden tilknytning til arbejdsmarkedet eller uddannelse eller ej.',
      rows: MOVER_AXES,
      columns: years(SOCIAL_EXPORT_FROM, y),
      unit: 'count',
      notesDa: [
        'Kun tilflyttere fra andre boligområder er talt med i opgørelsen. Interne flytninger inden for samme ' +
          'boligområde er dermed ikke medtaget, dog er tilflyttere fra andre forebyggelsesområder medtaget.',
        `Forebyggelsesområderne er områderne på listen pr. 1. december ${y}, afgrænset som i listeåret og fulgt ` +
          'tilbage i tid med samme afgrænsning; beboerne er opgjort som ved listerne.',
        moveYearNoteDa(y),
        vulnerableNoteDa(ctx.options),
      ],
      sourceDa: ctx.sourceDa,
      chart: bars,
    },
    outMovers('figur-3.3a', 'andre kommuner'),
    outMovers('figur-3.3b', 'kommuner uden forebyggelsesområder'),
  ];
}

/** Fig 3.4's rows: every municipality, in the reference table's order. */
export const destinationAxes = (): Axis[] => municipalities().map((m) => axis(m.code, m.name));
