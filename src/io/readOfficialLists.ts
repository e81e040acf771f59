import type { OfficialListRow } from '../core/history/designationsFromOfficialLists.ts';
import { CsvRowReader, headerErrors } from './csvRowReader.ts';
import type { CsvTable } from './csvTableFromText.ts';
import type { InputError, InputResult } from './inputError.ts';
import { FIGURES_YEAR_RANGE } from './readAreaFigures.ts';
import { rowCountOf, type RowCount } from './rowCount.ts';

/** The columns of the official lists file (`reference/official-lists/lists_by_year.csv`). */
export const OFFICIAL_LIST_COLUMNS = ['year', 'list_type', 'area_name', 'municipality_code'] as const;
export const OFFICIAL_LIST_OPTIONAL_COLUMNS = [
  'list_date',
  'municipality',
  'evidence',
  'source_url',
  'notes',
] as const;

export type OfficialListsRead = InputResult<readonly OfficialListRow[]> & { readonly rowCount: RowCount };

/**
 * Validates the official lists format: one row per published membership, named by area name and
 * municipality code. List types are passed on as written (the importer skips those that are not
 * 1 December lists).
 */
export function officialListRowsFromTable(table: CsvTable): OfficialListsRead {
  const errors: InputError[] = headerErrors(table, OFFICIAL_LIST_COLUMNS, OFFICIAL_LIST_OPTIONAL_COLUMNS);
  const headerFailed = errors.length > 0;
  const rejectedLines = new Set<number>();
  const out: OfficialListRow[] = [];
  for (const row of table.rows) {
    const r = new CsvRowReader(table, row);
    const year = r.number('year', { kind: 'year', integer: true, ...FIGURES_YEAR_RANGE });
    const listType = r.text('list_type');
    const areaName = r.text('area_name');
    const code = r.text('municipality_code');
    if (r.errors.length > 0) {
      errors.push(...r.errors);
      rejectedLines.add(row.line);
      continue;
    }
    if (headerFailed) continue;
    out.push({
      line: row.line,
      year: year as number,
      listType: listType as string,
      areaName: areaName as string,
      municipalityCode: code as string,
    });
  }
  const rowCount = rowCountOf(table.rows.length, rejectedLines, headerFailed);
  return errors.length > 0 ? { ok: false, errors, rowCount } : { ok: true, value: out, rowCount };
}
