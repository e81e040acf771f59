import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { csvTableFromText, type CsvTable } from './csvTableFromText.ts';
import { CsvRowReader, headerErrors } from './csvRowReader.ts';
import { fileSha256 } from './fileSha256.ts';
import type { InputError, InputResult } from './inputError.ts';
import { readTextFile } from './readTextFile.ts';

/** The files of `--supplied DIR` (data contract §E). */
export const SUPPLIED_FILES = ['tabel-6.1.csv', 'tabel-6.2.csv', 'facts.csv'] as const;
export type SuppliedFile = (typeof SUPPLIED_FILES)[number];

/** Table 6.2's measures: charges, indictments and convictions. */
export const SUPPLIED_MEASURES = ['sigtelser', 'tiltaler', 'afgoerelser'] as const;
export type SuppliedMeasure = (typeof SUPPLIED_MEASURES)[number];

/** One row of `tabel-6.1.csv` or `tabel-6.2.csv` (6.1 has no measure). */
export interface SuppliedCountRow {
  readonly line: number;
  readonly measure: SuppliedMeasure | null;
  readonly paragraph: string;
  readonly offenceCode: string;
  readonly offenceText: string;
  readonly year: number;
  readonly count: number;
  readonly source: string;
}

/** One row of `facts.csv`: a number (or text) the report's text quotes as `{{key}}`. */
export interface SuppliedFact {
  readonly line: number;
  readonly key: string;
  readonly value: string;
  readonly unit: string;
  readonly source: string;
}

/** What `--supplied DIR` holds: each file's rows, or null when the file is not there. */
export interface SuppliedTables {
  readonly dir: string;
  readonly table61: readonly SuppliedCountRow[] | null;
  readonly table62: readonly SuppliedCountRow[] | null;
  readonly facts: readonly SuppliedFact[] | null;
  /** The files present, with their SHA-256 (for the manifest). */
  readonly files: readonly { readonly file: SuppliedFile; readonly path: string; readonly sha256: string }[];
}

const COUNT_COLUMNS = ['paragraph', 'offence_code', 'offence_text', 'year', 'count', 'source'] as const;
const FACT_COLUMNS = ['key', 'value', 'unit', 'source'] as const;
/** A fact key as the template names it: `{{police_areas}}`. */
const FACT_KEY = /^[a-zA-Z0-9_.æøåÆØÅ-]+$/;

/**
 * Reads and validates the supplied tables of `dir` (data contract §E). A file that is not there is null (the
 * report says which section lacks it); every problem in the files present is reported — file, line, column and
 * value — not only the first, and then nothing is read.
 */
export async function readSuppliedTables(dir: string): Promise<InputResult<SuppliedTables>> {
  const errors: InputError[] = [];
  const files: { file: SuppliedFile; path: string; sha256: string }[] = [];
  const tableOf = async (file: SuppliedFile): Promise<CsvTable | null> => {
    const path = join(dir, file);
    if (!existsSync(path)) return null;
    const text = await readTextFile(path);
    if (!text.ok) {
      errors.push(...text.errors);
      return null;
    }
    files.push({ file, path, sha256: await fileSha256(path) });
    const parsed = csvTableFromText(text.value, path);
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      return null;
    }
    return parsed.value;
  };
  const t61 = await tableOf('tabel-6.1.csv');
  const t62 = await tableOf('tabel-6.2.csv');
  const tf = await tableOf('facts.csv');
  const table61 = t61 === null ? null : countRows(t61, false, errors);
  const table62 = t62 === null ? null : countRows(t62, true, errors);
  const facts = tf === null ? null : factRows(tf, errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { dir, table61, table62, facts, files } };
}

function countRows(table: CsvTable, withMeasure: boolean, errors: InputError[]): SuppliedCountRow[] | null {
  const header = headerErrors(table, withMeasure ? ['measure', ...COUNT_COLUMNS] : COUNT_COLUMNS);
  if (header.length > 0) {
    errors.push(...header);
    return null;
  }
  const out: SuppliedCountRow[] = [];
  const seen = new Map<string, number>();
  const texts = new Map<string, { paragraph: string; offenceText: string; line: number }>();
  for (const row of table.rows) {
    const r = new CsvRowReader(table, row);
    let measure: SuppliedMeasure | null = null;
    if (withMeasure) {
      const m = r.text('measure');
      if (m !== undefined && !(SUPPLIED_MEASURES as readonly string[]).includes(m))
        r.fail('measure', m, `is not one of ${SUPPLIED_MEASURES.join(', ')}`);
      else if (m !== undefined) measure = m as SuppliedMeasure;
    }
    const paragraph = r.text('paragraph');
    const offenceCode = r.text('offence_code');
    const offenceText = r.text('offence_text');
    const year = r.number('year', { integer: true, min: 1900, max: 2100, kind: 'year' });
    const count = r.number('count', { integer: true, kind: 'count' });
    const source = r.text('source');
    if (offenceCode !== undefined && paragraph !== undefined && offenceText !== undefined) {
      const first = texts.get(offenceCode);
      if (first === undefined) texts.set(offenceCode, { paragraph, offenceText, line: r.line });
      else if (first.paragraph !== paragraph)
        r.fail('paragraph', paragraph, `differs from line ${first.line} for offence code ${offenceCode}`);
      else if (first.offenceText !== offenceText)
        r.fail(
          'offence_text',
          offenceText,
          `differs from line ${first.line} for offence code ${offenceCode}`,
        );
    }
    if (offenceCode !== undefined && typeof year === 'number' && (!withMeasure || measure !== null)) {
      const key = `${measure ?? ''}\u0000${offenceCode}\u0000${year}`;
      const before = seen.get(key);
      if (before !== undefined)
        r.fail(
          'year',
          String(year),
          `repeats line ${before} (the same ${withMeasure ? 'measure, ' : ''}offence code and year)`,
        );
      else seen.set(key, r.line);
    }
    errors.push(...r.errors);
    if (
      r.errors.length === 0 &&
      paragraph !== undefined &&
      offenceCode !== undefined &&
      offenceText !== undefined &&
      typeof year === 'number' &&
      typeof count === 'number' &&
      source !== undefined
    ) {
      out.push({ line: r.line, measure, paragraph, offenceCode, offenceText, year, count, source });
    }
  }
  if (table.rows.length === 0)
    errors.push({ file: table.file, line: null, column: null, value: null, message: 'has no data rows' });
  return out;
}

function factRows(table: CsvTable, errors: InputError[]): SuppliedFact[] | null {
  const header = headerErrors(table, FACT_COLUMNS);
  if (header.length > 0) {
    errors.push(...header);
    return null;
  }
  const out: SuppliedFact[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const r = new CsvRowReader(table, row);
    const key = r.text('key');
    const value = r.text('value');
    const unit = r.text('unit');
    const source = r.text('source');
    if (key !== undefined) {
      const before = seen.get(key);
      if (!FACT_KEY.test(key)) r.fail('key', key, 'is not a fact key (letters, digits, _ . -)');
      else if (before !== undefined) r.fail('key', key, `repeats line ${before}`);
      else seen.set(key, r.line);
    }
    errors.push(...r.errors);
    if (
      r.errors.length === 0 &&
      key !== undefined &&
      value !== undefined &&
      unit !== undefined &&
      source !== undefined
    )
      out.push({ line: r.line, key, value, unit, source });
  }
  return out;
}
