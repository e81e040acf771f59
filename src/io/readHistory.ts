import type { AreaRef } from '../core/history/designationsFromOfficialLists.ts';
import { historyFromOfficialLists } from '../core/history/historyFromOfficialLists.ts';
import type { Designation } from '../core/model/designation.ts';
import type { HistoryList, ImportedHistory } from '../core/model/history.ts';
import { officialListCounts } from '../reference/officialListCounts.ts';
import { csvTableFromText } from './csvTableFromText.ts';
import type { InputResult } from './inputError.ts';
import { designationsFromTable } from './readDesignations.ts';
import { officialListRowsFromTable } from './readOfficialLists.ts';
import { readTextFile } from './readTextFile.ts';
import type { RowCount } from './rowCount.ts';

/** The two history formats `--history` accepts, told apart by the header. */
export type HistoryFormat = 'designations' | 'officialLists';

export interface History extends ImportedHistory {
  readonly format: HistoryFormat;
  readonly designations: readonly Designation[];
  /** Every (year, list) the file covers, complete or partial. */
  readonly lists: readonly HistoryList[];
  /** Official rows whose name matched no known area, as warnings: `file:line: ...`. */
  readonly warnings: readonly string[];
}

export type HistoryRead = InputResult<History> & { readonly rowCount: RowCount };

const NO_ROWS: RowCount = { rowsIn: 0, accepted: 0, rejected: 0 };

/**
 * Reads a designation history: data contract §C (`year, area_id, list[, source, list_complete]`) or the
 * official lists format (`year, list_type, area_name, municipality_code, ...`), whose names are matched to
 * `areas`. Each (year, list) comes with its completeness: an official list is partial when it names fewer areas
 * than its official count (reference/official-lists/list_counts.csv) or the count is not known; a designations
 * list is complete unless a row of it says `list_complete=false`.
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
    const { history, unmatched } = historyFromOfficialLists(rows.value, areas, officialListCounts());
    const warnings = unmatched.map(
      (r) =>
        `${file}:${r.line}: area "${r.areaName}" (municipality ${r.municipalityCode}) matches no area in the figures; ` +
        `its ${r.listType} ${r.year} membership is not used`,
    );
    return { ok: true, value: { format: 'officialLists', ...history, warnings }, rowCount: rows.rowCount };
  }
  const rows = designationsFromTable(table);
  if (!rows.ok) return rows;
  return {
    ok: true,
    value: { format: 'designations', ...rows.value, warnings: [] },
    rowCount: rows.rowCount,
  };
}
