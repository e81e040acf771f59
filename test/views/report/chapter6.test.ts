import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { protectAndAuditTables } from '../../../src/disclosure/protectAndAuditTables.ts';
import { DEFAULT_DISCLOSURE_OPTIONS } from '../../../src/disclosure/disclosureOptions.ts';
import type { SuppliedCountRow, SuppliedTables } from '../../../src/io/readSuppliedTables.ts';
import { tableCsv } from '../../../src/reports/document/tableCsv.ts';
import {
  CHAPTER6_FACT_KEYS,
  chapter6Catalogue,
  chapter6FactsFrom,
} from '../../../src/views/report/chapter6Catalogue.ts';
import { reportTableFrom } from '../../../src/views/report/reportTableFrom.ts';
import { expectGolden } from '../../expectGolden.ts';

const DIR = resolve(import.meta.dirname, '..', '..', 'golden', 'report');

const row = (
  line: number,
  measure: SuppliedCountRow['measure'],
  year: number,
  count: number,
): SuppliedCountRow => ({
  line,
  measure,
  paragraph: '§ 215 a',
  offenceCode: '72153',
  offenceText: 'Bortsendelse af barn til udlandet',
  year,
  count,
  source: 'Rigsadvokaten (eksempeldata)',
});

/** Table 6.2 by hand: charges 7 (2019) and 12 (2020); indictments 1 (2019), no row for 2020; convictions 0 and 11. */
const SUPPLIED: SuppliedTables = {
  dir: 'x',
  table61: null,
  table62: [
    row(2, 'sigtelser', 2019, 7),
    row(3, 'sigtelser', 2020, 12),
    row(4, 'tiltaler', 2019, 1),
    row(5, 'afgoerelser', 2019, 0),
    row(6, 'afgoerelser', 2020, 11),
  ],
  facts: [
    { line: 2, key: 'sub.omraader', value: '21', unit: 'areas', source: 'Rigspolitiet (eksempeldata)' },
  ],
  files: [],
};

describe('chapter 6: the supplied tables through disclosure control, and the supplied facts', () => {
  it('publishes table 6.2 with its source, suppresses counts of 1 or 2, and a year without a row is missing', async () => {
    const { measured, specs } = chapter6Catalogue(SUPPLIED);
    expect(measured.map((t) => t.id)).toEqual(['tabel-6.2']);
    const spec = specs[0];
    if (spec === undefined) throw new Error('no spec');
    expect(spec.titleDa).toBe(
      'Antal sigtelser, tiltaler og fældende afgørelser for overtrædelse af straffelovens § 215 a i 2019-2020',
    );
    expect(spec.sourceDa).toBe('Rigsadvokaten (eksempeldata)');
    expect(spec.rows.map((r) => r.labelDa)).toEqual([
      'Antal sigtelser: § 215 a 72153 Bortsendelse af barn til udlandet',
      'Antal tiltaler: § 215 a 72153 Bortsendelse af barn til udlandet',
      'Antal fældende afgørelser: § 215 a 72153 Bortsendelse af barn til udlandet',
    ]);
    const p = await protectAndAuditTables(measured, DEFAULT_DISCLOSURE_OPTIONS);
    const published = reportTableFrom(spec, p.tables.get('tabel-6.2') ?? []);
    const value = (r: string, c: string) => published.cells.find((x) => x.row === r && x.column === c)?.value;
    expect(value('sigtelser.72153', '2019')).toEqual({ kind: 'value', value: 7 });
    expect(value('tiltaler.72153', '2019')).toMatchObject({ kind: 'suppressed', rule: 'count-under-3' });
    expect(value('tiltaler.72153', '2020')).toEqual({
      kind: 'missing',
      why: 'tabel-6.2.csv har ingen række for Antal tiltaler: § 215 a 72153 Bortsendelse af barn til udlandet i 2020',
    });
    expect(value('afgoerelser.72153', '2019')).toEqual({ kind: 'value', value: 0 });
    expectGolden(DIR, 'tabel-6.2.csv', tableCsv(published));
  });

  it('fills the facts from facts.csv and names every key the text quotes that was not supplied', () => {
    const facts = new Map(chapter6FactsFrom(SUPPLIED).map((f) => [f.key, f.textDa]));
    expect(facts.get('sub.omraader')).toBe('21');
    expect(facts.get('sub.tryghed.pct')).toBe('[ikke leveret: facts.csv har ikke nøglen sub.tryghed.pct]');
    const none = new Map(chapter6FactsFrom(null).map((f) => [f.key, f.textDa]));
    expect([...none.keys()]).toEqual([...CHAPTER6_FACT_KEYS]);
    expect(none.get('sub.omraader')).toBe('[ikke leveret: der er ikke leveret tabeller (--supplied)]');
    const fact = (value: string, unit: string) =>
      chapter6FactsFrom({ ...SUPPLIED, facts: [{ line: 2, key: 'k', value, unit, source: 'S' }] })[0]?.textDa;
    expect(fact('1698', 'persons')).toBe('1.698');
    expect(fact('70', 'pct')).toBe('70 pct.');
    expect(fact('12.5', 'pct')).toBe('12,5 pct.');
    expect(fact('tre', 'zones')).toBe('tre');
  });

  it('without supplied tables there is nothing to measure (the template shows the notices)', () => {
    expect(chapter6Catalogue(null)).toEqual({ measured: [], specs: [] });
  });
});
