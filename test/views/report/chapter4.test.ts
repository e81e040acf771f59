import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INTEGRATION_OPTIONS } from '../../../src/core/integration/integrationOptions.ts';
import type { MeasuredTable } from '../../../src/core/model/measuredTable.ts';
import type { MeasuredCell } from '../../../src/core/model/statistic.ts';
import { protectAndAuditTables } from '../../../src/disclosure/protectAndAuditTables.ts';
import { DEFAULT_DISCLOSURE_OPTIONS } from '../../../src/disclosure/disclosureOptions.ts';
import { figureSvg } from '../../../src/reports/charts/figureSvg.ts';
import { tableCsv } from '../../../src/reports/document/tableCsv.ts';
import { chapter4Catalogue, schoolYearsDa } from '../../../src/views/report/chapter4Catalogue.ts';
import { chapter4FactsFrom } from '../../../src/views/report/chapter4Facts.ts';
import { reportTableFrom } from '../../../src/views/report/reportTableFrom.ts';
import { expectGolden } from '../../expectGolden.ts';

const DIR = resolve(import.meta.dirname, '..', '..', 'golden', 'report');
const CTX = {
  listYear: 2024,
  parallelsamfundCount: 8,
  examSchoolYears: [2022, 2023, 2024],
  options: DEFAULT_INTEGRATION_OPTIONS,
  groupObservationsOver: DEFAULT_DISCLOSURE_OPTIONS.disclosureGroupObservationsOver,
  sourceDa: 'Test.',
};
const share = (row: string, column: string, numerator: number, denominator: number): MeasuredCell => ({
  row,
  column,
  unit: 'pct',
  statistic: { kind: 'share', numerator, denominator, numeratorPersons: numerator },
});

/**
 * Fig 4.2 by hand: in the parallelsamfund areas 101 Danish children (50 without an employed adult: 49,5 %) —
 * more than 100, shown; 100 western (30 without) — not more than 100, hidden; 150 MENAPT (40 without), 100
 * other non-western (38 without: hidden), so non-western in all 250 (78). The whole country: large groups.
 */
const FIG_42: MeasuredTable = {
  id: 'figur-4.2',
  cells: [
    share('parallelsamfund', 'danish', 50, 101),
    share('parallelsamfund', 'menapt', 40, 150),
    share('parallelsamfund', 'otherNonwestern', 38, 100),
    share('parallelsamfund', 'western', 30, 100),
    share('parallelsamfund', 'nonwestern', 78, 250),
    share('country', 'danish', 30000, 1000000),
    share('country', 'menapt', 9000, 40000),
    share('country', 'otherNonwestern', 6000, 30000),
    share('country', 'western', 2000, 50000),
    share('country', 'nonwestern', 15000, 70000),
  ],
  relations: (['parallelsamfund', 'country'] as const).map((row) => ({
    total: { table: 'figur-4.2', row, column: 'nonwestern' },
    parts: [
      { cell: { table: 'figur-4.2', row, column: 'menapt' }, coefficient: 1 },
      { cell: { table: 'figur-4.2', row, column: 'otherNonwestern' }, coefficient: 1 },
    ],
  })),
  largeGroupsOnly: true,
};

describe('chapter 4: catalogue, disclosure of origin groups, facts and figure', () => {
  it('prints the school years as the seed does', () => {
    expect(schoolYearsDa([2022, 2023, 2024])).toBe('2021/2022, 2022/2023 og 2023/2024');
  });

  it('shows a group of 101 observations and hides one of 100, and protects it from the non-western total', async () => {
    const p = await protectAndAuditTables([FIG_42], DEFAULT_DISCLOSURE_OPTIONS);
    expect(p.audit.ok).toBe(true);
    const cell = (row: string, column: string) =>
      p.tables.get('figur-4.2')?.find((c) => c.row === row && c.column === column)?.value;
    const hidden = { kind: 'suppressed', rule: 'group-100-or-fewer', primaryOrSecondary: 'primary' };
    expect(cell('parallelsamfund', 'danish')).toEqual({ kind: 'value', value: (100 * 50) / 101 });
    expect(cell('parallelsamfund', 'western')).toEqual(hidden);
    expect(cell('parallelsamfund', 'otherNonwestern')).toEqual(hidden);
    // Non-western in all minus MENAPT would give the hidden group away: the total is published before its
    // parts, so MENAPT is suppressed as well.
    expect(cell('parallelsamfund', 'nonwestern')).toEqual({ kind: 'value', value: (100 * 78) / 250 });
    expect(cell('parallelsamfund', 'menapt')).toEqual({
      kind: 'suppressed',
      rule: 'secondary',
      primaryOrSecondary: 'secondary',
    });
    expect(cell('country', 'danish')).toEqual({ kind: 'value', value: 3 });

    const spec = chapter4Catalogue(CTX).find((s) => s.id === 'figur-4.2');
    if (spec === undefined) throw new Error('no figur-4.2 in the catalogue');
    const published = reportTableFrom(spec, p.tables.get('figur-4.2') ?? []);
    expectGolden(DIR, 'figur-4.2.csv', tableCsv(published));
    expectGolden(DIR, 'figur-4.2.svg', figureSvg(published));
    const facts = new Map(chapter4FactsFrom(2024, [spec], [published]).map((f) => [f.key, f.textDa]));
    expect(facts.get('integration.aar')).toBe('2023');
    expect(facts.get('figur-4.2.parallelsamfund.danish')).toBe('50 pct.');
    expect(facts.get('figur-4.2.parallelsamfund.otherNonwestern')).toBe('[diskretioneret]');
    expect(facts.get('figur-4.2.country.danish')).toBe('3 pct.');
  });

  it('declares the seed’s captions and the groups note with the option in force', () => {
    const specs = chapter4Catalogue({ ...CTX, groupObservationsOver: 50 });
    expect(specs.map((s) => s.id)).toEqual([
      'figur-4.1',
      'figur-4.2',
      'figur-4.3',
      'figur-4.4',
      'figur-4.5',
      'figur-4.6',
    ]);
    expect(specs[0]?.titleDa).toBe(
      'Beskæftigelsesfrekvens, fordelt på boligområde, køn og oprindelse, 25-64-årige, 2023 (pct.)',
    );
    expect(specs[2]?.titleDa).toContain('skoleårene 2021/2022, 2022/2023 og 2023/2024 (gennemsnit)');
    expect(specs[1]?.notesDa).toContain(
      'Figurerne i kapitlet viser kun en oprindelsesgruppe, hvis der er mere end 50 observationer for gruppen; ' +
        'grupper med 50 eller færre observationer er diskretioneret (*).',
    );
  });

  it('quotes a figure the report could not measure as not computed, never as a number', () => {
    const spec = chapter4Catalogue(CTX).filter((s) => s.id === 'figur-4.1');
    const facts = new Map(chapter4FactsFrom(2024, spec, []).map((f) => [f.key, f.textDa]));
    expect(facts.get('figur-4.1.parallelsamfund.f.menapt')).toBe('[ikke opgjort]');
  });
});
