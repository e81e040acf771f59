import { parse } from 'csv-parse/sync';
import type { InputError, InputResult } from './inputError.ts';

/** One data row of a CSV file, with the line it starts on. */
export interface CsvRow {
  readonly line: number;
  readonly fields: readonly string[];
}

/** A parsed CSV file: its header and its data rows, not yet validated. */
export interface CsvTable {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
}

interface ParsedRecord {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

/**
 * Parses CSV text (UTF-8, comma, RFC 4180 quoting, header row). Syntax errors (an unclosed quote, a row
 * with the wrong number of fields) are reported with their line; completely empty lines are skipped.
 */
export function csvTableFromText(text: string, file: string): InputResult<CsvTable> {
  let records: ParsedRecord[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as ParsedRecord[];
  } catch (e) {
    const lines = (e as { lines?: unknown }).lines;
    return {
      ok: false,
      errors: [
        {
          file,
          line: typeof lines === 'number' ? lines : null,
          column: null,
          value: null,
          message: `is not valid CSV: ${e instanceof Error ? e.message : String(e)}`,
        },
      ],
    };
  }
  const first = records[0];
  if (first === undefined) {
    return {
      ok: false,
      errors: [{ file, line: 1, column: null, value: null, message: 'is empty: a header row is required' }],
    };
  }
  const header = first.record;
  const errors: InputError[] = [];
  const rows: CsvRow[] = [];
  let previousEnd = first.info.lines;
  let textLines: readonly string[] | undefined;
  for (const { record, info } of records.slice(1)) {
    // `info.lines` is the line a record ends on; it starts on the first non-empty line after the previous one.
    const line =
      info.lines === previousEnd + 1
        ? info.lines
        : startLine((textLines ??= text.split(/\r?\n/)), previousEnd, info.lines);
    previousEnd = info.lines;
    if (record.length !== header.length) {
      errors.push({
        file,
        line,
        column: null,
        value: null,
        message: `has ${record.length} fields, the header has ${header.length}`,
      });
      continue;
    }
    rows.push({ line, fields: record });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { file, header, rows } };
}

/** The first line after `previousEnd` that is not empty, but not past `end`. */
function startLine(lines: readonly string[], previousEnd: number, end: number): number {
  for (let l = previousEnd + 1; l <= end; l++) if ((lines[l - 1] ?? '').trim() !== '') return l;
  return end;
}
