import { describe, expect, it } from 'vitest';
import { tableCsv } from '../../../src/reports/document/tableCsv.ts';
import { tableCellDa, markNotesDa } from '../../../src/reports/document/tableCellDa.ts';
import { TABLE } from './fixtures.ts';

describe('a report table’s cells', () => {
  it('tables/<id>.csv: long form, full precision with . decimals only for values, status and rule', () => {
    expect(tableCsv(TABLE)).toBe(
      'id,row,column,value,status,rule,unit\n' +
        'tabel-2.1,forebyggelse,nonwestern,49.25,value,,pct\n' +
        'tabel-2.1,forebyggelse,menapt,,suppressed,persons-under-5,pct\n' +
        'tabel-2.1,udsat,nonwestern,,missing,ingen områder i kategorien,pct\n' +
        'tabel-2.1,udsat,menapt,,notApplicable,,pct\n',
    );
  });

  it('printed in one place: Danish numbers with their unit, * suppressed, – not applicable, .. missing', () => {
    expect(TABLE.cells.map(tableCellDa)).toEqual(['49,3 pct.', '*', '..', '–']);
    expect(markNotesDa(TABLE.cells)).toEqual([
      '* Diskretioneret: tallet vises ikke, da det kan henføres til enkeltpersoner.',
      '.. Ingen data: ingen områder i kategorien.',
      '– Ikke relevant.',
    ]);
  });
});
