import type { Designation } from '../core/model/designation.ts';
import type { HistoryList, ImportedHistory } from '../core/model/history.ts';
import { areaId } from '../core/model/ids.ts';
import { isListId, LIST_IDS } from '../core/model/lists.ts';
import { CsvRowReader, headerErrors } from './csvRowReader.ts';
import type { CsvTable } from './csvTableFromText.ts';
import type { InputError, InputResult } from './inputError.ts';
import { FIGURES_YEAR_RANGE } from './readAreaFigures.ts';
import { rowCountOf, type RowCount } from './rowCount.ts';

/** The columns of data contract §C. */
export const DESIGNATION_COLUMNS = ['year', 'area_id', 'list'] as const;
export const DESIGNATION_OPTIONAL_COLUMNS = ['source', 'list_complete'] as const;

/** The source recorded for imported rows without a `source` column. */
export const DEFAULT_HISTORY_SOURCE = 'official';

export type DesignationsRead = InputResult<ImportedHistory> & { readonly rowCount: RowCount };

/**
 * Validates a designation history table (`year, area_id, list[, source, list_complete]`): missing or unknown
 * columns, bad years, unknown lists, repeated (year, area_id, list) rows and a `list_complete` that is not
 * `true`/`false` are reported with line, column and value. Every (year, list) named is complete unless one of
 * its rows says `list_complete=false` (the file then names only some of its members).
 */
export function designationsFromTable(table: CsvTable): DesignationsRead {
  const errors: InputError[] = headerErrors(table, DESIGNATION_COLUMNS, DESIGNATION_OPTIONAL_COLUMNS);
  const headerFailed = errors.length > 0;
  const rejectedLines = new Set<number>();
  const out: Designation[] = [];
  const firstLineOf = new Map<string, number>();
  const partial = new Set<string>();
  for (const row of table.rows) {
    const r = new CsvRowReader(table, row);
    const year = r.number('year', { kind: 'year', integer: true, ...FIGURES_YEAR_RANGE });
    const id = r.text('area_id');
    const list = r.text('list');
    if (list !== undefined && !isListId(list)) {
      r.fail('list', list, `is not a list (one of ${LIST_IDS.join(', ')})`);
    }
    if (typeof year === 'number' && id !== undefined && list !== undefined) {
      const key = `${year}\u0000${id}\u0000${list}`;
      const first = firstLineOf.get(key);
      if (first === undefined) firstLineOf.set(key, row.line);
      else r.fail('area_id', id, `repeats year ${year}, area_id "${id}" and list "${list}" of line ${first}`);
    }
    const complete = r.optionalText('list_complete');
    if (complete !== undefined && complete !== 'true' && complete !== 'false') {
      r.fail('list_complete', complete, 'is not true or false');
    }
    if (r.errors.length > 0) {
      errors.push(...r.errors);
      rejectedLines.add(row.line);
      continue;
    }
    if (headerFailed || list === undefined || !isListId(list)) continue;
    if (complete === 'false') partial.add(`${year as number}|${list}`);
    out.push({
      year: year as number,
      areaId: areaId(id as string),
      list,
      source: r.optionalText('source') ?? DEFAULT_HISTORY_SOURCE,
    });
  }
  const rowCount = rowCountOf(table.rows.length, rejectedLines, headerFailed);
  if (errors.length > 0) return { ok: false, errors, rowCount };
  const counts = new Map<string, HistoryList>();
  for (const d of out) {
    const k = `${d.year}|${d.list}`;
    const named = (counts.get(k)?.named ?? 0) + 1;
    counts.set(k, {
      year: d.year,
      list: d.list,
      completeness: partial.has(k) ? 'partial' : 'complete',
      named,
      officialCount: null,
    });
  }
  return { ok: true, value: { designations: out, lists: [...counts.values()] }, rowCount };
}
