import ExcelJS from 'exceljs';
import { assertNever } from '../../core/assertNever.ts';
import type { Unit } from '../../core/model/statistic.ts';
import type { Cell } from '../../disclosure/cell.ts';
import type { ReportTable } from '../../views/report/reportTable.ts';
import { itemLabelDa } from '../template/reportItemInputs.ts';
import { applyPrintSetup } from './printSetup.ts';
import { CELL_MARKS, markNotesDa } from './tableCellDa.ts';

/** Excel number formats per unit: Excel shows them with the reader's separators (`12,4` in a Danish Excel). */
const NUMFMT: Readonly<Record<Unit, string>> = {
  count: '#,##0',
  pct: '0.0',
  mean: '#,##0.0',
  dkk: '#,##0',
  grade: '0.0',
  ratio: '0.00',
  share: '0.000',
};

const UNIT_DA: Readonly<Record<Unit, string>> = {
  count: 'antal',
  pct: 'pct.',
  mean: 'gennemsnit',
  dkk: 'kr.',
  grade: 'karakter',
  ratio: 'forhold',
  share: 'andel',
};

/** The chart image's size in the sheet, in pixels (the PNG is scaled to it). */
const IMAGE = { width: 640, height: 400 } as const;

function cellValue(cell: Cell): string | number {
  const v = cell.value;
  switch (v.kind) {
    case 'value':
      return v.value;
    case 'suppressed':
      return CELL_MARKS.suppressed.mark;
    case 'notApplicable':
      return CELL_MARKS.notApplicable.mark;
    case 'missing':
      return CELL_MARKS.missing.mark;
    default:
      return assertNever(v);
  }
}

/**
 * `bilag.xlsx`: one sheet per table and figure (named by its id), with the caption, Danish headers, the
 * numbers with Danish number formats (marks for suppressed, not applicable and missing cells, explained in
 * the notes), the notes and the source under the table, print-ready, and the chart as a PNG beside its data.
 */
export function annexWorkbook(
  tables: readonly ReportTable[],
  pngById: ReadonlyMap<string, Uint8Array>,
  created: Date,
): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Boligmonitor';
  wb.lastModifiedBy = 'Boligmonitor';
  wb.created = created;
  wb.modified = created;
  for (const table of tables) addTableSheet(wb, table, pngById.get(table.id));
  return wb;
}

function addTableSheet(wb: ExcelJS.Workbook, table: ReportTable, png: Uint8Array | undefined): void {
  const ws = wb.addWorksheet(table.id.slice(0, 31));
  const width = table.columns.length + 1;
  ws.getCell(1, 1).value = `${itemLabelDa(table.id)} ${table.titleDa}`;
  ws.getCell(1, 1).font = { bold: true, size: 12 };
  ws.getCell(1, 1).alignment = { wrapText: true, vertical: 'top' };
  ws.mergeCells(1, 1, 1, Math.max(width, 6));
  ws.getRow(1).height = 34;
  ws.getCell(2, 1).value = `Enhed: ${UNIT_DA[table.unit]}`;
  ws.getCell(2, 1).font = { italic: true, size: 9 };
  const header = ws.getRow(4);
  header.getCell(1).value = '';
  table.columns.forEach((c, i) => {
    header.getCell(i + 2).value = c.labelDa;
  });
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'bottom', horizontal: 'center' };
  header.eachCell((cell) => {
    cell.border = { bottom: { style: 'medium' } };
  });
  header.height = Math.min(
    60,
    15 * Math.max(1, ...table.columns.map((c) => Math.ceil(c.labelDa.length / 14))),
  );
  const byKey = new Map(table.cells.map((c) => [`${c.row}\u0000${c.column}`, c]));
  table.rows.forEach((r, i) => {
    const row = ws.getRow(5 + i);
    row.getCell(1).value = r.labelDa;
    if (r.labelDa === 'I alt') row.font = { bold: true };
    table.columns.forEach((c, j) => {
      const cell = byKey.get(`${r.key}\u0000${c.key}`);
      if (cell === undefined) return;
      const target = row.getCell(j + 2);
      target.value = cellValue(cell);
      target.alignment = { horizontal: 'right' };
      if (cell.value.kind === 'value') target.numFmt = NUMFMT[cell.unit];
    });
  });
  let line = 5 + table.rows.length + 1;
  for (const note of [...table.notesDa, ...markNotesDa(table.cells)]) {
    ws.getCell(line, 1).value = `Anm.: ${note}`;
    ws.getCell(line, 1).font = { size: 9 };
    line += 1;
  }
  ws.getCell(line, 1).value = `Kilde: ${table.sourceDa}`;
  ws.getCell(line, 1).font = { size: 9 };
  ws.getColumn(1).width = Math.min(40, Math.max(16, ...table.rows.map((r) => r.labelDa.length + 2)));
  for (let j = 0; j < table.columns.length; j++) ws.getColumn(j + 2).width = 14;
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 4 }];
  applyPrintSetup(ws, { first: 4, last: 4 });
  if (png !== undefined) {
    const image = wb.addImage({ buffer: Buffer.from(png) as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(image, { tl: { col: width + 1, row: 3 }, ext: IMAGE });
  }
}
