import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../src/core/assumptions.ts';
import type { MeasuredTable } from '../../../src/core/model/measuredTable.ts';
import type { Statistic } from '../../../src/core/model/statistic.ts';
import { openDb } from '../../../src/analytics/db.ts';
import { deliveryCoverage } from '../../../src/analytics/indicators/deliveryCoverageQuery.ts';
import { loadDelivery } from '../../../src/analytics/load/loadDelivery.ts';
import {
  socialExportAnalyses,
  type SocialExportResult,
  type Treatment,
} from '../../../src/analytics/socialExport/socialExportAnalyses.ts';
import {
  DEFAULT_SOCIAL_EXPORT_OPTIONS,
  type SocialExportOptions,
} from '../../../src/core/socialExport/socialExportOptions.ts';
import { BASE, delivery, lives, person } from '../fixtures/smallDenmark.ts';
import { writeCsvDelivery } from '../fixtures/writeDelivery.ts';

/**
 * The small Denmark of the fixtures (areas A and B in København, 101) plus area C in Aarhus (751) and dwellings
 * outside the areas in Odense (461) and Aalborg (851). List year 2022. Snapshots 2019–2022, labour 2019–2020:
 * moves labelled 2017–2019 lack a snapshot; the vulnerable split of 2020's moves lacks labour year 2018.
 * The first forebyggelse list (2021) is {B}: København treated. Y's list (2022) is {B, C}: København and Aarhus.
 *
 * Moves 1 Jan 2021 → 1 Jan 2022 (labelled 2022), age on 1 Jan 2021, outside_fte in 2020:
 * - q1 30 y, 0.5 (exactly the cut-off: vulnerable), København → Odense;
 * - q2 41 y, 0.49 (not vulnerable), København → Aarhus;
 * - q3 exactly 18 y, 1.0 (vulnerable), København → Odense;
 * - q4 exactly 64 y, 1.0 (vulnerable), København → Aalborg;
 * - q5 65 y, 1.0 (too old: not vulnerable), København → Aalborg;
 * - q6 stays in dOut (København): no move;
 * - q7 moves inside area B (dB → dMove, both B by the 2022 delimitation): no in-move, no out-move;
 * - q8 30 y, 0.7 (vulnerable), from forebyggelse area C (Aarhus) to B (København): an in-mover, and an out-mover
 *   from Aarhus;
 * - q9 dOut → dA (area A is no forebyggelse area): neither;
 * - q10 40 y, no labour row (0: not vulnerable), dOut → dB: an in-mover;
 * - q11 in dB on 1 Jan 2022 only (not resident on 1 Jan 2021): not a mover;
 * - q12 30 y, 0.2, Odense → Aalborg.
 * Moves 2020 → 2021 (labelled 2021), outside_fte in 2019: r1 30 y, 0.8, København → Odense; r2 30 y, no row,
 * Odense → København; r3 30 y, 0.6, dOut → dB (an in-mover). Moves 2019 → 2020: s1 København → Aarhus.
 */
const rows = (() => {
  const base = delivery({
    persons: [
      person('q1', '1990-06-01'),
      person('q2', '1979-06-01'),
      person('q3', '2003-01-01'),
      person('q4', '1956-06-01'),
      person('q5', '1955-06-01'),
      person('q6', '1980-06-01'),
      person('q7', '1980-06-01'),
      person('q8', '1990-06-01'),
      person('q9', '1980-06-01'),
      person('q10', '1980-06-01'),
      person('q11', '1980-06-01'),
      person('q12', '1990-06-01'),
      person('r1', '1990-06-01'),
      person('r2', '1990-06-01'),
      person('r3', '1990-06-01'),
      person('s1', '1990-06-01'),
    ],
    residence: [
      ...lives('q1', 'dOut', [2021]),
      ...lives('q1', 'dOdense', [2022], '461'),
      ...lives('q2', 'dOut', [2021]),
      ...lives('q2', 'dAarhus', [2022], '751'),
      ...lives('q3', 'dOut', [2021]),
      ...lives('q3', 'dOdense', [2022], '461'),
      ...lives('q4', 'dOut', [2021]),
      ...lives('q4', 'dAalborg', [2022], '851'),
      ...lives('q5', 'dOut', [2021]),
      ...lives('q5', 'dAalborg', [2022], '851'),
      ...lives('q6', 'dOut', [2021, 2022]),
      ...lives('q7', 'dB', [2020, 2021]),
      ...lives('q7', 'dMove', [2022]),
      ...lives('q8', 'dC', [2021], '751'),
      ...lives('q8', 'dB', [2022]),
      ...lives('q9', 'dOut', [2021]),
      ...lives('q9', 'dA', [2022]),
      ...lives('q10', 'dOut', [2021]),
      ...lives('q10', 'dB', [2022]),
      ...lives('q11', 'dB', [2022]),
      ...lives('q12', 'dOdense', [2021], '461'),
      ...lives('q12', 'dAalborg', [2022], '851'),
      ...lives('r1', 'dOut', [2020]),
      ...lives('r1', 'dOdense', [2021], '461'),
      ...lives('r2', 'dOdense', [2020], '461'),
      ...lives('r2', 'dOut', [2021]),
      ...lives('r3', 'dOut', [2020]),
      ...lives('r3', 'dB', [2021]),
      ...lives('s1', 'dOut', [2019]),
      ...lives('s1', 'dAarhus', [2020], '751'),
    ],
    labour: [
      { year: 2020, person_id: 'q1', outside_fte: 0.5 },
      { year: 2020, person_id: 'q2', outside_fte: 0.49 },
      { year: 2020, person_id: 'q3', outside_fte: 1 },
      { year: 2020, person_id: 'q4', outside_fte: 1 },
      { year: 2020, person_id: 'q5', outside_fte: 1 },
      { year: 2020, person_id: 'q6', outside_fte: 1 },
      { year: 2020, person_id: 'q8', outside_fte: 0.7 },
      { year: 2020, person_id: 'q12', outside_fte: 0.2 },
      { year: 2019, person_id: 'r1', outside_fte: 0.8 },
      { year: 2019, person_id: 'r3', outside_fte: 0.6 },
    ],
  });
  const elsewhere = (id: string, code: string) => ({
    dwelling_id: id,
    parcel_id: null,
    municipality_code: code,
    ownership: 'other',
    kind: 'family',
    built_year: 1990,
  });
  return {
    ...base,
    areas: [...BASE.areas, { area_id: 'C', name: 'Cedervang', municipality_code: '751' }],
    area_parcels: [...BASE.area_parcels, { area_id: 'C', parcel_id: 'pC', valid_from: 2000, valid_to: null }],
    dwellings: [
      ...BASE.dwellings,
      { ...elsewhere('dC', '751'), parcel_id: 'pC', ownership: 'almen', built_year: 1972 },
      elsewhere('dOdense', '461'),
      elsewhere('dAalborg', '851'),
    ],
  };
})();

const FIRST: Treatment = { kind: 'known', listYear: 2021, areas: ['B'] };
const LATEST: Treatment = { kind: 'known', listYear: 2022, areas: ['B', 'C'] };

async function analyses(
  treatment: Treatment,
  options: Partial<SocialExportOptions> = {},
): Promise<SocialExportResult> {
  const dir = writeCsvDelivery(rows);
  const db = await openDb({ path: ':memory:', threads: 1, tempDirectory: 'private' });
  try {
    const loaded = await loadDelivery(db, dir, { quarantine: false });
    expect(loaded.report.ok, JSON.stringify(loaded.report.rules)).toBe(true);
    return await socialExportAnalyses(db, {
      listYear: 2022,
      forebyggelseAreas: ['B', 'C'],
      treatment,
      options: { ...DEFAULT_SOCIAL_EXPORT_OPTIONS, ...options },
      assumptions: DEFAULT_ASSUMPTIONS,
      coverage: await deliveryCoverage(db),
    });
  } finally {
    db.close();
  }
}

function statistic(tables: readonly MeasuredTable[], id: string, row: string, column: string): Statistic {
  const cell = tables.find((t) => t.id === id)?.cells.find((c) => c.row === row && c.column === column);
  if (cell === undefined) throw new Error(`${id} has no cell ${row}/${column}`);
  return cell.statistic;
}
const count = (n: number): Statistic => ({ kind: 'count', count: n });
const counts = (t: readonly MeasuredTable[], id: string, column: string, prefix = ''): Statistic[] =>
  ['vulnerable', 'notVulnerable', 'total'].map((r) => statistic(t, id, `${prefix}${r}`, column));

describe('chapter 3 analyses on a small explicit delivery (list year 2022)', () => {
  it('fig 3.2: in-movers to Y’s forebyggelse areas — from another forebyggelse area counts, inside an area does not', async () => {
    const { tables } = await analyses(FIRST);
    // 2022: q8 (C → B, vulnerable) and q10 (not vulnerable); q7 moved inside B, q11 was not resident in 2021.
    expect(counts(tables, 'figur-3.2', '2022')).toEqual([count(1), count(1), count(2)]);
    // 2021: r3 (vulnerable); q7 lived in B both years.
    expect(counts(tables, 'figur-3.2', '2021')).toEqual([count(1), count(0), count(1)]);
  });

  it('figs 3.3 and 3.5: a mover, not a stayer; vulnerable at exactly 0.5 and at 18 and 64, not at 65', async () => {
    const { tables } = await analyses(FIRST);
    // From København (treated) in 2022: q1, q2, q3, q4, q5; vulnerable q1 (0.5), q3 (18), q4 (64); q5 is 65.
    expect(counts(tables, 'figur-3.3a', '2022')).toEqual([count(3), count(2), count(5)]);
    // All five went to control municipalities (Odense, Aarhus, Aalborg).
    expect(counts(tables, 'figur-3.3b', '2022')).toEqual([count(3), count(2), count(5)]);
    expect(counts(tables, 'figur-3.3a', '2021')).toEqual([count(1), count(0), count(1)]);
    // Control municipalities in 2022: q8 from Aarhus (vulnerable, to København), q12 from Odense to Aalborg.
    expect(counts(tables, 'figur-3.5a', '2022', 'control.')).toEqual([count(1), count(1), count(2)]);
    expect(counts(tables, 'figur-3.5b', '2022', 'control.')).toEqual([count(0), count(1), count(1)]);
    // 2021: r2 moved from Odense to København (treated): no out-mover to a control municipality — a zero, measured.
    expect(counts(tables, 'figur-3.5b', '2021', 'control.')).toEqual([count(0), count(0), count(0)]);
    // The relation the disclosure control protects: total = vulnerable + not vulnerable, per year.
    const t33a = tables.find((t) => t.id === 'figur-3.3a');
    expect(t33a?.relations.find((r) => r.total.column === '2022')).toEqual({
      total: { table: 'figur-3.3a', row: 'total', column: '2022' },
      parts: [
        { cell: { table: 'figur-3.3a', row: 'vulnerable', column: '2022' }, coefficient: 1 },
        { cell: { table: 'figur-3.3a', row: 'notVulnerable', column: '2022' }, coefficient: 1 },
      ],
    });
  });

  it('a year the delivery lacks is missing with the reason, never zero; a missing labour year leaves the total', async () => {
    const { tables } = await analyses(FIRST);
    const noSnapshot = {
      kind: 'missing',
      why: 'leveringen har ikke bopælsdata (1. januar) for 2018',
    };
    expect(counts(tables, 'figur-3.3a', '2019')).toEqual([noSnapshot, noSnapshot, noSnapshot]);
    const noLabour = {
      kind: 'missing',
      why: 'leveringen har ikke data om arbejdsmarkedstilknytning for 2018',
    };
    expect(counts(tables, 'figur-3.3a', '2020')).toEqual([noLabour, noLabour, count(1)]);
    expect(counts(tables, 'figur-3.2', '2020')).toEqual([noLabour, noLabour, count(0)]);
  });

  it('fig 3.4: the vulnerable out-movers from treated municipalities in Y per destination, every municipality a row', async () => {
    const { tables } = await analyses(FIRST);
    const t = tables.find((x) => x.id === 'figur-3.4');
    expect(t?.cells).toHaveLength(98 + 1);
    expect(statistic(tables, 'figur-3.4', '461', 'count')).toEqual(count(2));
    expect(statistic(tables, 'figur-3.4', '851', 'count')).toEqual(count(1));
    expect(statistic(tables, 'figur-3.4', '751', 'count')).toEqual(count(0));
    expect(statistic(tables, 'figur-3.4', 'total', 'count')).toEqual(count(3));
    expect(t?.relations[0]?.parts).toHaveLength(98);
    // Its sum is fig 3.3a's vulnerable out-movers of 2022 (q1, q3, q4): bound by a relation across the tables.
    expect(t?.relations[1]).toEqual({
      total: { table: 'figur-3.3a', row: 'vulnerable', column: '2022' },
      parts: [{ cell: { table: 'figur-3.4', row: 'total', column: 'count' }, coefficient: 1 }],
    });
  });

  it('the treated municipalities follow the first forebyggelse list (2021) or, as an option, the latest', async () => {
    const first = await analyses(FIRST);
    expect(first.treatedMunicipalities).toEqual(['101']);
    const latest = await analyses(LATEST);
    expect(latest.treatedMunicipalities).toEqual(['101', '751']);
    // With Aarhus treated, q8 (Aarhus → København) is a treated out-mover, and q2 (→ Aarhus) no longer moves to
    // a control municipality.
    expect(counts(latest.tables, 'figur-3.3a', '2022')).toEqual([count(4), count(2), count(6)]);
    expect(counts(latest.tables, 'figur-3.3b', '2022')).toEqual([count(3), count(1), count(4)]);
  });

  it('the DiD panel: y = 100 × vulnerable / out-movers per municipality and year, cells without out-movers dropped', async () => {
    const { panels } = await analyses(FIRST);
    const any = panels.get('any');
    if (any?.kind !== 'present') throw new Error('no panel');
    expect(any.years).toEqual([2021, 2022]);
    expect(any.missingYears.map((m) => m.year)).toEqual([2017, 2018, 2019, 2020]);
    expect(any.rows).toEqual([
      { unit: '101', year: 2021, y: 100, weight: 1, treated: true },
      { unit: '101', year: 2022, y: 60, weight: 5, treated: true },
      { unit: '461', year: 2021, y: 0, weight: 1, treated: false },
      { unit: '461', year: 2022, y: 0, weight: 1, treated: false },
      { unit: '751', year: 2022, y: 100, weight: 1, treated: false },
    ]);
    // To control municipalities: Odense 2021 (r2 → København) and Aarhus 2022 (q8 → København) have no such
    // out-movers, so their cells are dropped, not zero.
    const control = panels.get('control');
    if (control?.kind !== 'present') throw new Error('no panel');
    expect(control.rows).toEqual([
      { unit: '101', year: 2021, y: 100, weight: 1, treated: true },
      { unit: '101', year: 2022, y: 60, weight: 5, treated: true },
      { unit: '461', year: 2022, y: 0, weight: 1, treated: false },
    ]);
  });

  it('the cut-off and the labour year are options: at 0.6, q1 (0.5) is no longer vulnerable', async () => {
    const { tables } = await analyses(FIRST, { socialExportVulnerableCutoff: 0.6 });
    expect(counts(tables, 'figur-3.3a', '2022')).toEqual([count(2), count(3), count(5)]);
    // Labour of data year t − 2: 2019 for the moves of 2022, where only r1 and r3 have rows: none vulnerable.
    const offset2 = await analyses(FIRST, { socialExportLabourYearOffset: 2 });
    expect(counts(offset2.tables, 'figur-3.3a', '2022')).toEqual([count(0), count(5), count(5)]);
  });

  it('an unknown treatment list leaves the treated figures and the panel missing, with why', async () => {
    const why = 'leveringen har ikke bopælsdata (1. januar) for 2021';
    const r = await analyses({ kind: 'unknown', listYear: 2021, why });
    expect(statistic(r.tables, 'figur-3.3a', 'total', '2022')).toEqual({ kind: 'missing', why });
    expect(statistic(r.tables, 'figur-3.4', 'total', 'count')).toEqual({ kind: 'missing', why });
    expect(r.panels.get('any')).toEqual({ kind: 'missing', why });
    expect(r.treatedMunicipalities).toBeNull();
    // Fig 3.2 needs only Y's list.
    expect(statistic(r.tables, 'figur-3.2', 'total', '2022')).toEqual(count(2));
  });
});
