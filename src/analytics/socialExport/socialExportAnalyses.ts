import type { Assumptions } from '../../core/assumptions.ts';
import type { DidPanelRow } from '../../core/did/didModel.ts';
import type { MeasuredTable, Relation } from '../../core/model/measuredTable.ts';
import type { MeasuredCell, Statistic } from '../../core/model/statistic.ts';
import { municipalities } from '../../reference/municipalities.ts';
import type { Db } from '../db.ts';
import { query, type Query } from '../sql.ts';
import type { CoverageRow } from '../indicators/deliveryCoverageQuery.ts';
import { ReportCoverage } from '../report/reportCoverage.ts';
import { workspaceTables } from '../report/workspaceTables.ts';
import { destinationsQuery, type DestinationRow } from './destinationsQuery.ts';
import { didPanelQuery, type DidPanelCountRow } from './didPanelQuery.ts';
import { inMoversQuery, type InMoversRow } from './inMoversQuery.ts';
import { outMoversQuery, type OutMoversRow } from './outMoversQuery.ts';
import { socialExportSetupQueries, type SocialExportSpec } from './socialExportSetupQueries.ts';
import {
  DID_OUTCOMES,
  SOCIAL_EXPORT_FROM,
  type DidOutcomeKind,
  type SocialExportOptions,
} from '../../core/socialExport/socialExportOptions.ts';

/** Which municipalities are treated: the areas of the treatment list, or why that list is not known. */
export type Treatment =
  | { readonly kind: 'known'; readonly listYear: number; readonly areas: readonly string[] }
  | { readonly kind: 'unknown'; readonly listYear: number; readonly why: string };

export interface SocialExportInput {
  readonly listYear: number;
  /** The areas on Y's forebyggelse list (fig 3.2). */
  readonly forebyggelseAreas: readonly string[];
  readonly treatment: Treatment;
  readonly options: SocialExportOptions;
  readonly assumptions: Assumptions;
  readonly coverage: readonly CoverageRow[];
}

/** The DiD panel of one outcome, or why there is none. */
export type DidPanel =
  | {
      readonly kind: 'present';
      readonly rows: readonly DidPanelRow[];
      /** Move years in the panel (both snapshots and the labour year delivered). */
      readonly years: readonly number[];
      /** Move years of 2017…Y left out, each with why (never counted as zero). */
      readonly missingYears: readonly { readonly year: number; readonly why: string }[];
    }
  | { readonly kind: 'missing'; readonly why: string };

export interface SocialExportResult {
  /** `figur-3.2`, `figur-3.3a`–`b`, `figur-3.4`, `figur-3.5a`–`b` (3.5: the control group's counts). */
  readonly tables: readonly MeasuredTable[];
  readonly panels: ReadonlyMap<DidOutcomeKind, DidPanel>;
  /** The treated municipalities' codes, sorted; null when the treatment list is not known. */
  readonly treatedMunicipalities: readonly string[] | null;
}

/** The rows of figs 3.2 and 3.3 (and of 3.5's control counts): the two groups and their sum. */
export const MOVER_ROWS = ['vulnerable', 'notVulnerable', 'total'] as const;
export type MoverRow = (typeof MOVER_ROWS)[number];
/** Fig 3.5's measured rows: the control municipalities' out-movers (the treated ones are fig 3.3's). */
export const controlRow = (row: MoverRow): string => `control.${row}`;
/** Fig 3.4's sum row. */
export const DESTINATION_TOTAL = 'total';

/**
 * Chapter 3's analyses (domain §10) on the open workspace: the working tables, then one query per output, and
 * the measured tables and DiD panels built from their counts. A move year whose snapshots the delivery lacks is
 * missing with the reason, and so is the vulnerable split of a year whose labour year it lacks.
 */
export async function socialExportAnalyses(db: Db, input: SocialExportInput): Promise<SocialExportResult> {
  const y = input.listYear;
  const coverage = new ReportCoverage(input.coverage);
  const years = range(SOCIAL_EXPORT_FROM, y);
  const offset = input.options.socialExportLabourYearOffset;
  const movesWhy = (t: number): string | null =>
    coverage.missingWhy([
      ['residence', t - 1],
      ['residence', t],
    ]);
  const splitWhy = (t: number): string | null =>
    movesWhy(t) ?? coverage.missingWhy([['labour', t - 1 - offset]]);
  const spec: SocialExportSpec = {
    listYear: y,
    moveYears: years.filter((t) => movesWhy(t) === null),
    forebyggelseAreas: input.forebyggelseAreas,
    treatedAreas: input.treatment.kind === 'known' ? input.treatment.areas : [],
    options: input.options,
    assumptions: input.assumptions,
    dwellingEvents: (await workspaceTables(db)).includes('dwelling_events'),
  };
  for (const q of socialExportSetupQueries(spec)) await db.run(q);
  const inMovers = await db.all<InMoversRow>(inMoversQuery(spec));
  const outMovers = await db.all<OutMoversRow>(outMoversQuery());
  const destinations = await db.all<DestinationRow>(destinationsQuery(y));
  const panelCounts = await db.all<DidPanelCountRow>(didPanelQuery());
  const treated = (await db.all<{ code: string }>(treatedQuery())).map((r) => r.code);

  const treatmentWhy =
    input.treatment.kind === 'unknown'
      ? input.treatment.why
      : treated.length === 0
        ? `ingen kommuner har et område på listen over forebyggelsesområder pr. 1. december ${input.treatment.listYear}`
        : null;
  const noAreasWhy =
    input.forebyggelseAreas.length === 0 ? `ingen forebyggelsesområder pr. 1. december ${y}` : null;

  const byYear = <R extends { year: number }>(rows: readonly R[], keep: (r: R) => boolean) =>
    new Map(rows.filter(keep).map((r) => [r.year, r]));
  const moverTable = (
    id: string,
    counts: ReadonlyMap<number, { movers: number; vulnerable: number }>,
    groupWhy: string | null,
    rowKey: (row: MoverRow) => string = (r) => r,
  ): MeasuredTable => {
    const cells: MeasuredCell[] = [];
    const relations: Relation[] = [];
    for (const t of years) {
      const column = String(t);
      const put = (row: MoverRow, statistic: Statistic): void => {
        cells.push({ row: rowKey(row), column, unit: 'count', statistic });
      };
      const whyAll = groupWhy ?? movesWhy(t);
      if (whyAll !== null) {
        for (const row of MOVER_ROWS) put(row, { kind: 'missing', why: whyAll });
        continue;
      }
      const c = counts.get(t);
      const movers = Number(c?.movers ?? 0);
      const vulnerable = Number(c?.vulnerable ?? 0);
      put('total', { kind: 'count', count: movers });
      const split = splitWhy(t);
      if (split !== null) {
        put('vulnerable', { kind: 'missing', why: split });
        put('notVulnerable', { kind: 'missing', why: split });
        continue;
      }
      put('vulnerable', { kind: 'count', count: vulnerable });
      put('notVulnerable', { kind: 'count', count: movers - vulnerable });
      relations.push({
        total: { table: id, row: rowKey('total'), column },
        parts: (['vulnerable', 'notVulnerable'] as const).map((row) => ({
          cell: { table: id, row: rowKey(row), column },
          coefficient: 1,
        })),
      });
    }
    return { id, cells, relations };
  };
  const outOf = (origin: OutMoversRow['origin'], destination: OutMoversRow['destination']) =>
    byYear(outMovers, (r) => r.origin === origin && r.destination === destination);

  const tables: MeasuredTable[] = [
    moverTable(
      'figur-3.2',
      byYear(inMovers, () => true),
      noAreasWhy,
    ),
    moverTable('figur-3.3a', outOf('treated', 'any'), treatmentWhy),
    moverTable('figur-3.3b', outOf('treated', 'control'), treatmentWhy),
    destinationTable(destinations, treatmentWhy ?? splitWhy(y), y),
    moverTable('figur-3.5a', outOf('control', 'any'), treatmentWhy, controlRow),
    moverTable('figur-3.5b', outOf('control', 'control'), treatmentWhy, controlRow),
  ];

  const panels = new Map<DidOutcomeKind, DidPanel>();
  for (const outcome of DID_OUTCOMES) {
    if (treatmentWhy !== null) {
      panels.set(outcome, { kind: 'missing', why: treatmentWhy });
      continue;
    }
    const panelYears = years.filter((t) => splitWhy(t) === null);
    const inPanel = new Set(panelYears);
    panels.set(outcome, {
      kind: 'present',
      rows: panelCounts
        .filter((r) => r.destination === outcome && inPanel.has(r.year) && Number(r.movers) > 0)
        .map((r) => ({
          unit: r.unit,
          year: r.year,
          y: (100 * Number(r.vulnerable)) / Number(r.movers),
          weight: Number(r.movers),
          treated: r.treated,
        })),
      years: panelYears,
      missingYears: years.flatMap((t) => {
        const why = splitWhy(t);
        return why === null ? [] : [{ year: t, why }];
      }),
    });
  }
  return {
    tables,
    panels,
    treatedMunicipalities: input.treatment.kind === 'known' ? treated : null,
  };
}

/**
 * Fig 3.4: the vulnerable out-movers from the treated municipalities in move year Y per destination, every
 * municipality a row (0 where nobody moved), and their sum — which is fig 3.3a's vulnerable cell of Y, a relation
 * too; the view turns the published counts into shares.
 */
function destinationTable(rows: readonly DestinationRow[], why: string | null, year: number): MeasuredTable {
  const id = 'figur-3.4';
  const codes = municipalities().map((m) => m.code);
  const byCode = new Map(rows.map((r) => [r.municipality_code, Number(r.vulnerable)]));
  const unknown = [...byCode.keys()].filter((c) => !codes.includes(c));
  if (unknown.length > 0) throw new Error(`${id}: not a municipality code: ${unknown.join(', ')}`);
  const cell = (row: string, count: number): MeasuredCell => ({
    row,
    column: 'count',
    unit: 'count',
    statistic: why === null ? { kind: 'count', count } : { kind: 'missing', why },
  });
  const total = [...byCode.values()].reduce((s, v) => s + v, 0);
  return {
    id,
    cells: [...codes.map((c) => cell(c, byCode.get(c) ?? 0)), cell(DESTINATION_TOTAL, total)],
    relations:
      why === null
        ? [
            {
              total: { table: id, row: DESTINATION_TOTAL, column: 'count' },
              parts: codes.map((c) => ({ cell: { table: id, row: c, column: 'count' }, coefficient: 1 })),
            },
            // The same persons as fig 3.3a's vulnerable out-movers of year Y: one number in two tables, protected
            // together so that neither reveals the other.
            {
              total: { table: 'figur-3.3a', row: 'vulnerable', column: String(year) },
              parts: [{ cell: { table: id, row: DESTINATION_TOTAL, column: 'count' }, coefficient: 1 }],
            },
          ]
        : [],
  };
}

/** The treated municipalities' codes (`se_treated`). */
const treatedQuery = (): Query => query('SELECT municipality_code AS code FROM se_treated ORDER BY code');

const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
