import type { AreaId } from '../../core/model/ids.ts';
import type { PlanAccount } from '../../core/plans/planAccount.ts';
import type { CategoryShareSeries } from '../../core/plans/planCategorySeries.ts';
import type { Axis } from './reportTable.ts';
import type { ReportTableSpec } from './reportTableFrom.ts';

/** What table 2.3's and section 2.5's captions and notes depend on. */
export interface PlansContext {
  readonly listYear: number;
  readonly accounts: readonly PlanAccount[];
  readonly series: CategoryShareSeries;
  /** The last realised year of the pooled reports (null: nothing realised yet). */
  readonly lastRealisedYear: number | null;
  /** The "Kilde:" line: the agency's reports, or a synthetic delivery's own line. */
  readonly sourceDa: string;
  /** An area's name as the reader knows it (its id when the run has no name for it). */
  readonly nameOf: (area: AreaId) => string;
}

/** The seed's "Kilde:" line of table 2.3 for list year Y. */
export const plansSourceDa = (listYear: number): string =>
  `Social- og Boligstyrelsen på baggrund af godkendte udviklingsplaner og årlige afrapporteringer ${listYear}.`;

const axis = (key: string, labelDa: string): Axis => ({ key, labelDa });

const areas = (n: number): string => (n === 1 ? 'det ene område' : `de ${n} områder`);

/** The first realised year of the series (the year after the earliest baseline). */
export function firstPlanYear(series: CategoryShareSeries): number | null {
  const years = series.rows.filter((r) => /^\d{4}$/.test(r.key)).map((r) => Number(r.key));
  return years[0] ?? null;
}

/** Notes on the reports behind the numbers: older standing reports, plans left out. */
function reportNotesDa(ctx: PlansContext): string[] {
  const y = ctx.listYear;
  const notes: string[] = [];
  const older = ctx.accounts.filter((a) => a.reportYear !== null && a.reportYear < y);
  for (const a of older) {
    const why = a.notCounted.find((r) => r.reportYear === y);
    notes.push(
      `Der er taget udgangspunkt i årsrapporten for ${a.reportYear} for ${ctx.nameOf(a.plan.areaId)}` +
        (why === undefined
          ? `, da der ikke er modtaget en årsrapport for ${y}.`
          : why.status === 'not_accepted'
            ? `, da årsrapporten for ${y} ikke kan tages til efterretning.`
            : `, da årsrapporten for ${y} endnu ikke er behandlet.`),
    );
  }
  for (const e of ctx.series.excluded)
    notes.push(`${ctx.nameOf(e.areaId)} indgår ikke i tallene: ${e.whyDa}.`);
  return notes;
}

/** Table 2.3 and section 2.5's table, with the seed's captions, notes and source. */
export function plansCatalogue(ctx: PlansContext): ReportTableSpec[] {
  const y = ctx.listYear;
  const n = ctx.accounts.length;
  const first = firstPlanYear(ctx.series);
  const last = ctx.lastRealisedYear;
  const realisedSpan = first === null || last === null ? null : `${first}-${last}`;
  const plannedFrom = (last ?? y) + 1;
  return [
    {
      id: 'tabel-2.3',
      titleDa:
        `Gennemførte nedbringelser og forventet udvikling i andelen af familieboliger i ${areas(n)} med en ` +
        'godkendt udviklingsplan, jf. årsrapporterne',
      rows: ctx.series.rows.map((r) => axis(r.key, r.labelDa)),
      columns: [
        axis('share', `Samlet andel af almene familieboliger for ${areas(ctx.series.included.length)}`),
      ],
      unit: 'pct',
      notesDa: [
        ...(realisedSpan === null
          ? []
          : [
              `Perioden ${realisedSpan} er allerede gennemførte tiltag, mens perioden fra ${plannedFrom}-2030 er ` +
                'planlagte aktiviteter for at reducere andelen af familieboliger inden 2030.',
            ]),
        'Andelen er summen af almene familieboliger divideret med summen af alle boliger og erhvervsarealet ' +
          'omregnet til boliger (75 m² erhverv tæller som én bolig) i områderne. "Start" er planernes startår; ' +
          '"Endelig andel" er årsrapporternes planlagte andel i 2030.',
        ...reportNotesDa(ctx),
      ],
      sourceDa: ctx.sourceDa,
    },
    {
      id: 'afsnit-2.5',
      titleDa: `Gennemførte og planlagte tiltag i ${areas(ctx.series.included.length)} med en godkendt udviklingsplan (antal)`,
      rows: [
        axis('relabelled', 'Ommærkning af almene familieboliger til ungdoms- og/eller ældreboliger'),
        axis('sold', 'Salg af almene familieboliger'),
        axis('builtDwellings', 'Nybyggeri af boliger'),
        axis('builtCommercialUnits', 'Nybyggeri af erhvervsenheder'),
        axis('demolished', 'Nedrivning af almene familieboliger'),
      ],
      columns: [
        axis('realised', realisedSpan === null ? 'Gennemført' : `Gennemført ${realisedSpan}`),
        axis('planned', `Planlagt ${plannedFrom}-2030`),
        axis('total', 'I alt'),
      ],
      unit: 'count',
      notesDa: [
        'En erhvervsenhed tæller 75 kvm. erhverv. Erhverv kan også indeholde kommunale børne- og ' +
          'kulturinstitutioner, serviceareal til bl.a. plejeboliger, fælleshuse mv.',
        ...reportNotesDa(ctx),
      ],
      sourceDa: ctx.sourceDa,
    },
  ];
}
