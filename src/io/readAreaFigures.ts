import type { Rational } from '../core/exact/rational.ts';
import type { AreaFigures, Denominators } from '../core/model/areaFigures.ts';
import { areaId, municipalityCode } from '../core/model/ids.ts';
import { municipalityByCode } from '../reference/municipalities.ts';
import { CsvRowReader, headerErrors, type NumberRule } from './csvRowReader.ts';
import { csvTableFromText } from './csvTableFromText.ts';
import type { InputError, InputResult } from './inputError.ts';
import { readTextFile } from './readTextFile.ts';
import { rowCountOf, type RowCount } from './rowCount.ts';

/** The columns of data contract §B, in contract order. */
export const AREA_FIGURES_COLUMNS = [
  'year',
  'area_id',
  'name',
  'municipality_code',
  'residents',
  'nonwestern_pct',
  'k1_outside_pct',
  'k2_convicted_pct',
  'k2_national_pct',
  'k3_basic_pct',
  'k4_income_pct',
] as const;

/** Optional denominators (persons), which give margins in persons. */
export const AREA_FIGURES_DENOMINATORS = ['n_18_64', 'n_18_plus', 'n_30_59', 'n_income'] as const;

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

const PCT: NumberRule = { kind: 'percentage', min: 0, max: 100, nullable: true };
/** K4 is the area's mean income as a percentage of the regional mean: it may exceed 100. */
const PCT_OF_REGION: NumberRule = { kind: 'percentage', min: 0, max: 1000, nullable: true };
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
    // Percentages are read as exact decimals: the legal comparisons are made on the figures as written.
    const nonwestern = r.decimal('nonwestern_pct', { ...PCT, nullable: false });
    const k1 = r.decimal('k1_outside_pct', PCT);
    const k2 = r.decimal('k2_convicted_pct', PCT);
    const k2National = r.decimal('k2_national_pct', PCT);
    const k3 = r.decimal('k3_basic_pct', PCT);
    const k4 = r.decimal('k4_income_pct', PCT_OF_REGION);
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
      nonwesternPct: nonwestern as Rational,
      k1OutsidePct: k1 as Rational | null,
      k2ConvictedPct: k2 as Rational | null,
      k2NationalPct: k2National as Rational | null,
      k3BasicPct: k3 as Rational | null,
      k4IncomePct: k4 as Rational | null,
      ...(denominators === undefined ? {} : { denominators }),
    });
  }
  const rowCount = rowCountOf(table.rows.length, rejectedLines, headerFailed);
  return errors.length > 0 ? { ok: false, errors, rowCount } : { ok: true, value: figures, rowCount };
}

const DENOMINATOR_FIELDS: readonly [(typeof AREA_FIGURES_DENOMINATORS)[number], keyof Denominators][] = [
  ['n_18_64', 'n18to64'],
  ['n_18_plus', 'n18plus'],
  ['n_30_59', 'n30to59'],
  ['n_income', 'nIncome'],
];

function readDenominators(r: CsvRowReader, residents: number | null | undefined): Denominators | undefined {
  const out: Partial<Record<keyof Denominators, number>> = {};
  for (const [column, key] of DENOMINATOR_FIELDS) {
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
