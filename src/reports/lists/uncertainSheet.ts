import type ExcelJS from 'exceljs';
import { LIST_IDS, LIST_NAMES_DA, type ListId } from '../../core/model/lists.ts';
import type { ListRun } from '../../core/model/listRun.ts';
import type { Year } from '../../core/model/ids.ts';
import { compareText } from './indicatorsCsv.ts';
import { municipalityName } from './listSheet.ts';

/** One uncertain decision: the area is not on the list, but a missing figure or earlier year could put it there. */
export interface UncertainDecision {
  readonly year: Year;
  readonly list: ListId;
  readonly areaId: string;
  readonly name: string;
  readonly municipalityCode: string;
  readonly reasonDa: string;
}

/** Every uncertain decision of the run's years, by year (latest first), list (the law's order) and name. */
export function uncertainDecisions(run: ListRun): UncertainDecision[] {
  return run.assessments
    .flatMap((a) =>
      a.decisions
        .filter((d) => d.uncertain)
        .map((d) => ({
          year: a.year,
          list: d.list,
          areaId: a.areaId,
          name: a.name,
          municipalityCode: a.municipalityCode,
          reasonDa: d.reasonDa,
        })),
    )
    .sort(
      (x, y) =>
        y.year - x.year || LIST_IDS.indexOf(x.list) - LIST_IDS.indexOf(y.list) || compareText(x.name, y.name),
    );
}

/** The sheet "Usikre afgørelser": areas whose decision cannot be made from what is known, with the reason. */
export function addUncertainSheet(wb: ExcelJS.Workbook, run: ListRun): void {
  const ws = wb.addWorksheet('Usikre afgørelser', { views: [{ state: 'frozen', ySplit: 3, xSplit: 0 }] });
  ws.columns = [8, 26, 18, 30, 100, 24].map((width) => ({ width }));
  ws.getCell(1, 1).value = 'Usikre afgørelser';
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value =
    'Områder, der ikke er på listen, men kunne være det: et tal eller et tidligere år er ikke kendt. ' +
    'De er ikke medtaget på listerne.';
  ws.getCell(2, 1).font = { italic: true };
  const headers = ['År', 'Liste', 'Kommune', 'Boligområde', 'Begrundelse', 'Område-id'];
  headers.forEach((h, i) => {
    const cell = ws.getCell(3, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.border = { bottom: { style: 'thin' } };
  });
  const rows = uncertainDecisions(run);
  rows.forEach((u, i) => {
    const row = ws.getRow(4 + i);
    row.getCell(1).value = u.year;
    row.getCell(2).value = LIST_NAMES_DA[u.list];
    row.getCell(3).value = municipalityName(u);
    row.getCell(4).value = u.name;
    row.getCell(5).value = u.reasonDa;
    row.getCell(6).value = u.areaId;
  });
  if (rows.length === 0) ws.getCell(4, 1).value = 'Ingen usikre afgørelser.';
  ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + Math.max(rows.length, 1), column: 6 } };
}
