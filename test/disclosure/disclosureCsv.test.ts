import { describe, expect, it } from 'vitest';
import { protectTables } from '../../src/disclosure/protectTables.ts';
import { DISCLOSURE_COLUMNS, disclosureCsv } from '../../src/reports/report/disclosureCsv.ts';
import { twoWayTable } from './measuredTables.ts';

describe('audit/disclosure.csv', () => {
  it('has exactly the columns of contract §F', () => {
    expect(DISCLOSURE_COLUMNS).toEqual(['id', 'row', 'column', 'rule', 'primary_or_secondary', 'reason']);
    expect(disclosureCsv([])).toBe('id,row,column,rule,primary_or_secondary,reason\n');
  });

  it('one line per suppressed cell, reasons quoted when they hold a comma', () => {
    const t = twoWayTable(
      'tabel-x',
      ['r1', 'r2'],
      ['A', 'B'],
      [
        [2, 7],
        [6, 8],
      ],
    );
    // (r1, A) = 2 is primary; its rectangle is the whole 2 × 2 inner table.
    expect(disclosureCsv(protectTables([t]).decisions)).toBe(
      'id,row,column,rule,primary_or_secondary,reason\n' +
        'tabel-x,r1,A,count-under-3,primary,Antallet er mindst 1 og under 3 personer (0 offentliggøres).\n' +
        'tabel-x,r1,B,secondary,secondary,' +
        '"Sekundær diskretionering: offentliggjort ville cellen sammen med de offentliggjorte celler og summerne ' +
        'gøre tabel-x (r1, A) beregnelig."\n' +
        'tabel-x,r2,A,secondary,secondary,' +
        '"Sekundær diskretionering: offentliggjort ville cellen sammen med de offentliggjorte celler og summerne ' +
        'gøre tabel-x (r1, A) beregnelig."\n' +
        'tabel-x,r2,B,secondary,secondary,' +
        '"Sekundær diskretionering: offentliggjort ville cellen sammen med de offentliggjorte celler og summerne ' +
        'gøre tabel-x (r1, A) beregnelig."\n',
    );
  });
});
