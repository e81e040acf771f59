import { describe, expect, it } from 'vitest';
import type { DidResult } from '../../../src/core/did/didModel.ts';
import type { Cell, CellValue } from '../../../src/disclosure/cell.ts';
import { DEFAULT_SOCIAL_EXPORT_OPTIONS } from '../../../src/core/socialExport/socialExportOptions.ts';
import { municipalities } from '../../../src/reference/municipalities.ts';
import type { Chapter3Context } from '../../../src/views/report/chapter3Catalogue.ts';
import { chapter3Catalogue } from '../../../src/views/report/chapter3Catalogue.ts';
import {
  chapterDidFrom,
  didConclusionTextDa,
  didEstimateTextDa,
  didJsonFrom,
  didKTextDa,
  didPreTrendTextDa,
  type ChapterDid,
} from '../../../src/views/report/chapter3Did.ts';
import { chapter3CellFactsFrom, chapter3FactsFrom } from '../../../src/views/report/chapter3Facts.ts';
import type { ReportTable } from '../../../src/views/report/reportTable.ts';
import { figure34From, figure35From, shareOfCounts } from '../../../src/views/report/chapter3Tables.ts';

const CTX: Chapter3Context = {
  listYear: 2024,
  treatmentListYear: 2021,
  treatedCount: 2,
  options: DEFAULT_SOCIAL_EXPORT_OPTIONS,
  sourceDa: 'Kilde.',
};

const v = (value: number): CellValue => ({ kind: 'value', value });
const SUPPRESSED: CellValue = { kind: 'suppressed', rule: 'count-under-3', primaryOrSecondary: 'primary' };
const cell = (row: string, column: string, value: CellValue): Cell => ({ row, column, unit: 'count', value });

/** A DiD result with the given estimate and interval (the rest plausible, not read by the texts tested). */
function estimated(beta: number, ci95: [number, number], p: number): ChapterDid {
  const result: DidResult = {
    model: { n: 784, clusters: 98, k: 106, dropped: [], beta, se: 1, t: beta, p, ci95 },
    eventStudy: [{ year: 2020, beta: -0.5, se: 0.4, ci95: [-1.3, 0.3] }],
    preTrend: { stat: 0.85, df: 4, p: 0.5 },
  };
  return {
    outcome: 'any',
    options: DEFAULT_SOCIAL_EXPORT_OPTIONS,
    years: [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
    missingYears: [],
    estimate: { kind: 'estimated', result },
  };
}

describe('chapter 3 views', () => {
  it('a share from two published counts; a count not published makes the share the same, and no whole no share', () => {
    expect(shareOfCounts(v(3), v(12))).toEqual(v(25));
    expect(shareOfCounts(SUPPRESSED, v(12))).toEqual(SUPPRESSED);
    expect(shareOfCounts(v(3), SUPPRESSED)).toEqual(SUPPRESSED);
    expect(shareOfCounts(v(0), v(0))).toEqual({ kind: 'missing', why: 'ingen fraflyttere' });
  });

  it('fig 3.5 takes the treated from fig 3.3’s published counts and the control group from its own', () => {
    const years = ['2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024'];
    const treated = years.flatMap((t) => [cell('vulnerable', t, v(30)), cell('total', t, v(120))]);
    const control = years.flatMap((t) => [
      cell('control.vulnerable', t, t === '2023' ? SUPPRESSED : v(10)),
      cell('control.total', t, v(40)),
    ]);
    const cellsOf = (id: string): Cell[] =>
      id === 'figur-3.3a' ? treated : id === 'figur-3.5a' ? control : [];
    const t = figure35From(CTX, cellsOf, 'a', estimated(1.2, [-0.8, 3.2], 0.24));
    const at = (row: string, column: string) =>
      t.cells.find((c) => c.row === row && c.column === column)?.value;
    expect(at('treated', '2024')).toEqual(v(25));
    expect(at('control', '2024')).toEqual(v(25));
    expect(at('control', '2023')).toEqual(SUPPRESSED);
    expect(t.notesDa.at(-1)).toContain('ingen signifikant forskel');
  });

  it('fig 3.4: each destination’s share of the published sum, a suppressed count suppressed, the highest named', () => {
    const cells = [
      ...municipalities().map((m) =>
        cell(m.code, 'count', m.code === '101' ? v(6) : m.code === '751' ? SUPPRESSED : v(0)),
      ),
      cell('total', 'count', v(10)),
    ];
    const t = figure34From(CTX, () => cells);
    const share = (code: string) => t.cells.find((c) => c.row === code && c.column === 'share')?.value;
    expect(share('101')).toEqual(v(60));
    expect(share('751')).toEqual(SUPPRESSED);
    expect(share('461')).toEqual(v(0));
    expect(t.rows).toHaveLength(98);
    expect(t.chart).toEqual({
      kind: 'map',
      column: 'share',
      legendDa: 'Andel af de socialt udsatte fraflyttere (pct.)',
    });
    expect(t.notesDa[0]).toContain(
      '(10 personer). København har den højeste andel, da 60,0 pct. flyttede dertil.',
    );
    expect(t.titleDa).toBe(
      'Oversigt over, hvilke kommuner de socialt udsatte personer, der i løbet af 2023 fraflyttede en kommune ' +
        'med forebyggelsesområder, flytter til.',
    );
  });

  it('the estimate in Danish; "ingen signifikant forskel" only when the 95 % interval covers 0', () => {
    const covering = estimated(1.2, [-0.8, 3.2], 0.24);
    expect(didEstimateTextDa(covering)).toBe(
      'β = 1,2 procentpoint (95 pct.-konfidensinterval: −0,8 til 3,2)',
    );
    expect(didConclusionTextDa(covering)).toContain(
      'p = 0,24. Intervallet dækker 0, så der ses ingen signifikant forskel',
    );
    // An interval ending exactly at 0 covers it.
    expect(didConclusionTextDa(estimated(1, [0, 2], 0.05))).toContain('ingen signifikant forskel');
    const rising = didConclusionTextDa(estimated(1.2, [0.4, 2], 0.004));
    expect(rising).not.toContain('ingen signifikant');
    expect(rising).toContain('p = 0,004. Intervallet dækker ikke 0');
    expect(rising).toContain('steget signifikant');
    expect(didConclusionTextDa(estimated(-1.2, [-2, -0.4], 0.0001))).toContain('p < 0,001');
    expect(didConclusionTextDa(estimated(-1.2, [-2, -0.4], 0.0001))).toContain('faldet signifikant');
    expect(didPreTrendTextDa(covering)).toBe(
      'Testen for parallelle trends før 2022 (F = 0,85 med 4 og 97 frihedsgrader, p = 0,50) afviser ikke, at ' +
        'udviklingen var parallel før aftalen.',
    );
    // K: intercept, 97 municipality dummies (98 − 1), 7 year dummies (8 years − 1) and β.
    expect(didKTextDa(covering)).toBe('K = 106: konstant + 97 kommunedummies + 7 årsdummies + β');
  });

  it('without an estimate the text says why: the design problem, or why there is no panel', () => {
    const few = chapterDidFrom(
      'any',
      { kind: 'present', rows: [], years: [2021, 2022], missingYears: [] },
      DEFAULT_SOCIAL_EXPORT_OPTIONS,
      () => ({ ok: false, problem: { kind: 'tooFewClusters', clusters: 3 } }),
    );
    expect(didConclusionTextDa(few)).toBe(
      'Der er ikke beregnet et difference-in-differences-estimat. Modellen kan ikke estimeres: for få kommuner (3) ' +
        'til de klyngerobuste standardfejl og testen for parallelle trends.',
    );
    expect(didJsonFrom(few)).toMatchObject({
      outcome: 'any',
      beta: null,
      ci95: null,
      problem: { kind: 'tooFewClusters', clusters: 3 },
    });
    const noPanel = chapterDidFrom(
      'control',
      { kind: 'missing', why: 'leveringen har ikke bopælsdata (1. januar) for 2021' },
      DEFAULT_SOCIAL_EXPORT_OPTIONS,
    );
    expect(didConclusionTextDa(noPanel)).toBe(
      'Der er ikke beregnet et difference-in-differences-estimat. Modellen kan ikke estimeres: leveringen har ikke ' +
        'bopælsdata (1. januar) for 2021.',
    );
  });

  it('did.json carries domain §10’s fields, β in percentage points, and the options', () => {
    const json = didJsonFrom(estimated(1.2, [-0.8, 3.2], 0.24));
    expect(json).toMatchObject({
      outcome: 'any',
      n: 784,
      clusters: 98,
      k: 106,
      beta: 1.2,
      se: 1,
      t: 1.2,
      p: 0.24,
      ci95: [-0.8, 3.2],
      eventStudy: [{ year: 2020, beta: -0.5, se: 0.4 }],
      preTrend: { stat: 0.85, df: 4, p: 0.5 },
      options: DEFAULT_SOCIAL_EXPORT_OPTIONS,
    });
  });

  it('the catalogue’s captions follow the seed, and the facts name the treated municipalities', () => {
    const [f32, f33a, f33b] = chapter3Catalogue(CTX);
    expect(f32?.titleDa).toBe(
      'Antal tilflyttere til forebyggelsesområderne 2017-2024, opdelt efter om tilflytterne er uden tilknytning ' +
        'til arbejdsmarkedet eller uddannelse eller ej.',
    );
    expect(f33a?.titleDa).toContain('til andre kommuner 2017-2024 opdelt efter');
    expect(f33b?.titleDa).toContain('til kommuner uden forebyggelsesområder 2017-2024');
    expect(f33a?.notesDa).toContain(
      'Kommuner med forebyggelsesområder er de 2 kommuner med mindst ét område på listen over ' +
        'forebyggelsesområder pr. 1. december 2021; de øvrige kommuner er kommuner uden forebyggelsesområder.',
    );
    const facts = new Map(
      chapter3FactsFrom({ ...CTX, treatedCount: null }, [estimated(1.2, [-0.8, 3.2], 0.24)]).map((f) => [
        f.key,
        f.textDa,
      ]),
    );
    expect(facts.get('fraflytning.kommuner')).toBe('ukendt');
    expect(facts.get('did.any.estimat')).toBe(
      'β = 1,2 procentpoint (95 pct.-konfidensinterval: −0,8 til 3,2)',
    );
  });

  it('facts quote published cells of Y and the reference year, a suppressed one as such, never as a number', () => {
    const table = (id: string, cells: Cell[]): ReportTable => ({
      id,
      titleDa: id,
      rows: [],
      columns: [],
      cells,
      unit: 'count',
      notesDa: [],
      sourceDa: '',
    });
    const tables = [
      table('figur-3.2', [
        cell('total', '2024', v(1200)),
        cell('vulnerable', '2024', v(300)),
        cell('total', '2021', v(1500)),
        cell('vulnerable', '2021', SUPPRESSED),
      ]),
      table('figur-3.3a', []),
      {
        ...table('figur-3.4', [
          { row: '101', column: 'share', unit: 'pct', value: v(7.25) },
          { row: '751', column: 'share', unit: 'pct', value: v(3) },
        ]),
        rows: [
          { key: '101', labelDa: 'København' },
          { key: '751', labelDa: 'Aarhus' },
        ],
      },
    ];
    const facts = new Map(chapter3CellFactsFrom(CTX, tables).map((f) => [f.key, f.textDa]));
    expect(facts.get('tilflytning.aar.i_alt')).toBe('1.200');
    expect(facts.get('tilflytning.aar.andel')).toBe('25,0 pct.');
    expect(facts.get('tilflytning.foer.udsatte')).toBe('diskretioneret');
    expect(facts.get('tilflytning.foer.andel')).toBe('diskretioneret');
    expect(facts.get('fraflytning.aar.i_alt')).toBe('ikke opgjort');
    expect(facts.get('fraflytning.top')).toBe('København (7,3 pct.)');
  });
});
