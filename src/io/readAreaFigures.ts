import type { Rational } from '../core/exact/rational.ts';
import {
  DENOMINATOR_COLUMNS,
  FIGURE_COLUMNS,
  MEASURES,
  type FigureField,
} from '../core/measures/measures.ts';
import type { AreaFigures, Denominators } from '../core/model/areaFigures.ts';
import { areaId, municipalityCode } from '../core/model/ids.ts';
import { municipalityByCode } from '../reference/municipalities.ts';
import { CsvRowReader, headerErrors, type NumberRule } from './csvRowReader.ts';
import { csvTableFromText } from './csvTableFromText.ts';
import type { InputError, InputResult } from './inputError.ts';
import { readTextFile } from './readTextFile.ts';
import { rowCountOf, type RowCount } from './rowCount.ts';

/** The columns of data contract §B, in contract order (the figures from the measure registry). */
export const AREA_FIGURES_COLUMNS: readonly string[] = [
  'year',
  'area_id',
  'name',
  'municipality_code',
  'residents',
  ...FIGURE_COLUMNS,
];

/** Optional denominators (persons), which give margins in persons. */
export const AREA_FIGURES_DENOMINATORS: readonly string[] = DENOMINATOR_COLUMNS.map((d) => d.column);

/** List years the figures may carry. */
export const FIGURES_YEAR_RANGE = { min: 2000, max: 2100 } as const;

/** Area figures read from a file, with the row balance (rows in = accepted + rejected). */
export type AreaFiguresRead = InputResult<readonly AreaFigures[]> & { readonly rowCount: RowCount };

/** Reads and validates an area figures CSV file (data contract §B). */
export async function readAreaFigures(file: string): Promise<AreaFiguresRead> {
  const text = await readTextFile(file);
  if (!text.ok) return { ...text, rowCount: { rowsIn: 0, accepted: 0, rejected: 0 } };
  return areaFiguresFromCsv(text.value, file);
}

const COUNT: NumberRule = { kind: 'count', integer: true, min: 0 };

/**
 * Validates area figures CSV text. Every problem is reported with file, line, column and value:
 * missing or unknown columns, non-numeric values, percentages outside 0–100 (K4: 0–1000, a percentage of the
 * regional mean), negative or fractional counts, bad years, unknown municipality codes, duplicate
 * (year, area_id), and denominators larger than the residents.
 */
export function areaFiguresFromCsv(text: string, file: string): AreaFiguresRead {
  const parsed = csvTableFromText(text, file);
  if (!parsed.ok) return { ...parsed, rowCount: { rowsIn: 0, accepted: 0, rejected: 0 } };
  const table = parsed.value;
  const errors: InputError[] = headerErrors(table, AREA_FIGURES_COLUMNS, AREA_FIGURES_DENOMINATORS);
  const headerFailed = errors.length > 0;
  const rejectedLines = new Set<number>();
  const figures: AreaFigures[] = [];
  const firstLineOf = new Map<string, number>();

  for (const row of table.rows) {
    const r = new CsvRowReader(table, row);
    const year = r.number('year', { kind: 'year', integer: true, ...FIGURES_YEAR_RANGE });
    const id = r.text('area_id');
    const name = r.text('name');
    const code = r.raw('municipality_code');
    if (code !== undefined && municipalityByCode(code) === undefined) {
      r.fail('municipality_code', code, 'is not a known municipality code (3 digits, e.g. "101")');
    }
    const residents = r.number('residents', COUNT);
    // Figures are read as exact decimals: the legal comparisons are made on the figures as written.
    const values = readFigureValues(r);
    const denominators = readDenominators(r, residents);

    if (typeof year === 'number' && id !== undefined) {
      const key = `${year}\u0000${id}`;
      const first = firstLineOf.get(key);
      if (first === undefined) firstLineOf.set(key, row.line);
      else r.fail('area_id', id, `repeats year ${year} and area_id "${id}" of line ${first}`);
    }
    if (r.errors.length > 0) {
      errors.push(...r.errors);
      rejectedLines.add(row.line);
      continue;
    }
    if (headerFailed) continue;
    figures.push({
      year: year as number,
      areaId: areaId(id as string),
      name: name as string,
      municipalityCode: municipalityCode(code as string),
      residents: residents as number,
      ...(values as Record<FigureField, Rational | null>),
      ...(denominators === undefined ? {} : { denominators }),
    });
  }
  const rowCount = rowCountOf(table.rows.length, rejectedLines, headerFailed);
  return errors.length > 0 ? { ok: false, errors, rowCount } : { ok: true, value: figures, rowCount };
}

/**
 * Every figure of a row, per the measure registry: a percentage (K4: of the region, up to 1000) read exactly;
 * empty is null (not computable) except for the required non-western share.
 */
function readFigureValues(r: CsvRowReader): Partial<Record<FigureField, Rational | null>> {
  const out: Partial<Record<FigureField, Rational | null>> = {};
  for (const m of MEASURES) {
    const rule: NumberRule = { kind: 'percentage', ...m.range, nullable: !m.required };
    out[m.field] = r.decimal(m.column, rule);
    if (m.national !== undefined) out[m.national.field] = r.decimal(m.national.column, rule);
  }
  return out;
}

function readDenominators(r: CsvRowReader, residents: number | null | undefined): Denominators | undefined {
  const out: Partial<Record<keyof Denominators, number>> = {};
  for (const { column, key } of DENOMINATOR_COLUMNS) {
    const n = r.number(column, { ...COUNT, nullable: true });
    if (typeof n !== 'number') continue;
    if (typeof residents === 'number' && n > residents) {
      r.fail(column, r.raw(column) ?? '', `is larger than residents (${residents})`);
      continue;
    }
    out[key] = n;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
