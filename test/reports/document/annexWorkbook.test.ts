import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annexWorkbook } from '../../../src/reports/document/annexWorkbook.ts';
import { expectGolden } from '../../expectGolden.ts';
import { tempDir } from '../../tempDir.ts';
import { xlsxDump } from '../xlsxDump.ts';
import { TABLE } from './fixtures.ts';

const DIR = resolve(import.meta.dirname, '..', '..', 'golden', 'report');

describe('bilag.xlsx', () => {
  it('one print-ready sheet per table, Danish headers and formats, marks explained (golden dump)', async () => {
    const wb = annexWorkbook([TABLE], new Map(), new Date('2024-12-01T09:00:00Z'));
    const ws = wb.getWorksheet('tabel-2.1');
    expect(ws?.pageSetup.orientation).toBe('landscape');
    expect(ws?.pageSetup.fitToWidth).toBe(1);
    expect(ws?.pageSetup.printTitlesRow).toBe('4:4');
    const file = join(tempDir(), 'bilag.xlsx');
    await wb.xlsx.writeFile(file);
    const [sheet] = await xlsxDump(file);
    expectGolden(DIR, 'sheet-tabel-2.1.json', `${JSON.stringify(sheet, null, 2)}\n`);
  });
});
