import type ExcelJS from 'exceljs';
import type { AreaFigures } from '../../core/model/areaFigures.ts';
import type { AreaAssessment } from '../../core/model/assessment.ts';
import type { MeasureId, ReferenceKind } from '../../core/model/criteria.ts';
import type { Year } from '../../core/model/ids.ts';
import { LIST_NAMES_DA, type ListId } from '../../core/model/lists.ts';
import type { RuleSet } from '../../core/model/ruleSet.ts';
import { municipalityByCode } from '../../reference/municipalities.ts';
import { MEASURES, measureOf } from '../../core/measures/measures.ts';
import { compareText } from './indicatorsCsv.ts';
import { toNumber } from '../../core/exact/rational.ts';
import { measureDecimals, measureValue } from './measureValue.ts';

/** Short sheet names (Excel allows 31 characters): `Udsatte 2024`. */
export const LIST_SHEET_NAMES: Record<ListId, string> = {
  ghetto: 'Ghetto',
  hard_ghetto: 'Hårde ghetto',
  udsat: 'Udsatte',
  parallelsamfund: 'Parallelsamfund',
  omdannelse: 'Omdannelse',
  forebyggelse: 'Forebyggelse',
};

/** Number formats: Excel shows them with the reader's own separators (`1.698`, `52,3` in Danish). */
export const NUMFMT_COUNT = '#,##0';
export const NUMFMT_ONE_DECIMAL = '#,##0.0';
/** One decimal, or more for a value that one decimal would show on the wrong side of its threshold. */
export const numFmtDecimals = (decimals: number): string =>
  decimals <= 1 ? NUMFMT_ONE_DECIMAL : `#,##0.${'0'.repeat(decimals)}`;

/** Danish column header of a measure, as the rule set compares it (the registry's header). */
export function measureHeaderDa(measure: MeasureId, reference: ReferenceKind): string {
  const m = measureOf(measure);
  return m.headerDa[reference] ?? `${m.labelDa} (${reference})`;
}

/** The measures a rule set's criteria use, in the registry's order, each with how it is compared. */
export function measuresOf(rs: RuleSet): { measure: MeasureId; reference: ReferenceKind }[] {
  const criteria = rs.lists.flatMap((l) => [...(l.gates ?? []), ...(l.group?.criteria ?? [])]);
  return MEASURES.flatMap(({ id }) => {
    const c = criteria.find((x) => x.measure === id);
    return c === undefined ? [] : [{ measure: id, reference: c.reference }];
  });
}

export interface ListSheetInput {
  readonly year: Year;
  readonly list: ListId;
  readonly ruleSet: RuleSet;
  /** Members of the list with their assessment and figures. */
  readonly members: readonly {
    readonly assessment: AreaAssessment;
    readonly figures: AreaFigures | undefined;
  }[];
}

/**
 * One list of one year like the ministry's annex: a title row, a note row, then Kommune, Boligområde,
 * Beboere, each criterion with one decimal, and the reason; header frozen, autofilter on.
 */
export function addListSheet(wb: ExcelJS.Workbook, input: ListSheetInput): void {
  const { year, list, ruleSet } = input;
  const measures = measuresOf(ruleSet);
  const ws = wb.addWorksheet(`${LIST_SHEET_NAMES[list]} ${year}`, {
    views: [{ state: 'frozen', ySplit: 3, xSplit: 0 }],
  });
  const headers = [
    'Kommune',
    'Boligområde',
    'Beboere',
    ...measures.map((m) => measureHeaderDa(m.measure, m.reference)),
    'Begrundelse',
    'Område-id',
  ];
  ws.columns = headers.map((_, i) => ({
    width:
      i === 0
        ? 18
        : i === 1
          ? 30
          : i === 2
            ? 10
            : i < 3 + measures.length
              ? 16
              : i === headers.length - 2
                ? 70
                : 24,
  }));
  ws.getCell(1, 1).value = `${LIST_NAMES_DA[list]} pr. 1. december ${year}`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value =
    `Regelsæt ${ruleSet.id}: ${ruleSet.nameDa}. Kriterierne vises med én decimal (flere, hvor én decimal ville vise tallet på den forkerte side af grænsen); afgørelsen bygger på de uafrundede tal.`;
  ws.getCell(2, 1).font = { italic: true };
  const headerRow = ws.getRow(3);
  headers.forEach((h, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.border = { bottom: { style: 'thin' } };
  });
  const rows = [...input.members].sort(
    (a, b) =>
      compareText(municipalityName(a.assessment), municipalityName(b.assessment)) ||
      compareText(a.assessment.name, b.assessment.name),
  );
  rows.forEach(({ assessment, figures }, i) => {
    const row = ws.getRow(4 + i);
    row.getCell(1).value = municipalityName(assessment);
    row.getCell(2).value = assessment.name;
    row.getCell(3).value = assessment.residents;
    row.getCell(3).numFmt = NUMFMT_COUNT;
    measures.forEach((m, j) => {
      const cell = row.getCell(4 + j);
      const v = figures === undefined ? null : measureValue(figures, m.measure, m.reference);
      if (v === null) {
        cell.value = '–';
        cell.alignment = { horizontal: 'right' };
      } else {
        cell.value = toNumber(v);
        cell.numFmt = numFmtDecimals(measureDecimals(assessment, list, m.measure));
      }
    });
    row.getCell(4 + measures.length).value =
      assessment.decisions.find((d) => d.list === list)?.reasonDa ?? '';
    row.getCell(5 + measures.length).value = assessment.areaId;
  });
  ws.autoFilter = {
    from: { row: 3, column: 1 },
    to: { row: 3 + Math.max(rows.length, 1), column: headers.length },
  };
}

export function municipalityName(a: { readonly municipalityCode: string }): string {
  return municipalityByCode(a.municipalityCode)?.name ?? a.municipalityCode;
}
