import type ExcelJS from 'exceljs';
import type { ChangeKind } from '../../core/model/listChange.ts';
import { LIST_NAMES_DA } from '../../core/model/lists.ts';
import type { ListRun } from '../../core/model/listRun.ts';
import { sortedChanges } from './changesCsv.ts';
import { municipalityName } from './listSheet.ts';

export const CHANGE_NAMES_DA: Record<ChangeKind, string> = {
  entered: 'Optaget',
  left: 'Udgået',
  stayed: 'Forbliver',
  unknown: 'Uafklaret',
};

/**
 * The sheet "Ændringer": every area entering or leaving a list, and every one whose change is not known
 * ("Uafklaret": the year before or this year's decision is not known), with the Danish reason.
 */
export function addChangesSheet(wb: ExcelJS.Workbook, run: ListRun): void {
  const ws = wb.addWorksheet('Ændringer', { views: [{ state: 'frozen', ySplit: 2, xSplit: 0 }] });
  const headers = ['År', 'Liste', 'Kommune', 'Boligområde', 'Ændring', 'Begrundelse', 'Område-id'];
  ws.columns = [8, 26, 18, 30, 12, 90, 24].map((width) => ({ width }));
  ws.getCell(1, 1).value = 'Ændringer på listerne i forhold til året før';
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  headers.forEach((h, i) => {
    const cell = ws.getCell(2, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  const codeOf = new Map<string, string>();
  for (const f of [...run.figures].sort((a, b) => a.year - b.year)) codeOf.set(f.areaId, f.municipalityCode);
  const changes = sortedChanges(run).filter((c) => c.change !== 'stayed');
  changes.forEach((c, i) => {
    const row = ws.getRow(3 + i);
    row.getCell(1).value = c.year;
    row.getCell(2).value = LIST_NAMES_DA[c.list];
    row.getCell(3).value = municipalityName({ municipalityCode: codeOf.get(c.areaId) ?? '' });
    row.getCell(4).value = c.name;
    row.getCell(5).value = CHANGE_NAMES_DA[c.change];
    row.getCell(6).value = c.textDa;
    row.getCell(7).value = c.areaId;
  });
  ws.autoFilter = {
    from: { row: 2, column: 1 },
    to: { row: 2 + Math.max(changes.length, 1), column: headers.length },
  };
}
