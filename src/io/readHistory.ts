import type { AreaRef } from '../core/history/designationsFromOfficialLists.ts';
import { designationsFromOfficialLists } from '../core/history/designationsFromOfficialLists.ts';
import type { Designation } from '../core/model/designation.ts';
import { csvTableFromText } from './csvTableFromText.ts';
import type { InputResult } from './inputError.ts';
import { designationsFromTable } from './readDesignations.ts';
import { officialListRowsFromTable } from './readOfficialLists.ts';
import { readTextFile } from './readTextFile.ts';
import type { RowCount } from './rowCount.ts';

/** The two history formats `--history` accepts, told apart by the header. */
export type HistoryFormat = 'designations' | 'officialLists';

export interface History {
  readonly format: HistoryFormat;
  readonly designations: readonly Designation[];
  /** Official rows whose name matched no known area, as warnings: `file:line: ...`. */
  readonly warnings: readonly string[];
}

export type HistoryRead = InputResult<History> & { readonly rowCount: RowCount };

const NO_ROWS: RowCount = { rowsIn: 0, accepted: 0, rejected: 0 };

/**
 * Reads a designation history: data contract §C (`year, area_id, list[, source]`) or the official lists
 * format (`year, list_type, area_name, municipality_code, ...`), whose names are matched to `areas`.
 */
export async function readHistory(file: string, areas: readonly AreaRef[]): Promise<HistoryRead> {
  const text = await readTextFile(file);
  if (!text.ok) return { ...text, rowCount: NO_ROWS };
  return historyFromCsv(text.value, file, areas);
}

export function historyFromCsv(text: string, file: string, areas: readonly AreaRef[]): HistoryRead {
  const parsed = csvTableFromText(text, file);
  if (!parsed.ok) return { ...parsed, rowCount: NO_ROWS };
  const table = parsed.value;
  if (table.header.includes('area_name') || table.header.includes('list_type')) {
    const rows = officialListRowsFromTable(table);
    if (!rows.ok) return rows;
    const { designations, unmatched } = designationsFromOfficialLists(rows.value, areas);
    const warnings = unmatched.map(
      (r) =>
        `${file}:${r.line}: area "${r.areaName}" (municipality ${r.municipalityCode}) matches no area in the figures; ` +
        `its ${r.listType} ${r.year} membership is not used`,
    );
    return { ok: true, value: { format: 'officialLists', designations, warnings }, rowCount: rows.rowCount };
  }
  const rows = designationsFromTable(table);
  if (!rows.ok) return rows;
  return {
    ok: true,
    value: { format: 'designations', designations: rows.value, warnings: [] },
    rowCount: rows.rowCount,
  };
}
