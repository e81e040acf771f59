import { compare, rationalFromDecimal, rationalFromNumber, type Rational } from '../core/exact/rational.ts';
import type { InputError } from './inputError.ts';
import type { CsvRow, CsvTable } from './csvTableFromText.ts';

/** How a numeric field is checked. */
export interface NumberRule {
  /** Inclusive bounds. */
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** Empty field allowed (read as null). */
  readonly nullable?: boolean;
  /** Names the kind of quantity in messages: `percentage`, `count`. */
  readonly kind?: 'percentage' | 'count' | 'year' | 'number';
}

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * Reads the fields of one CSV row by column name, collecting every problem instead of stopping at the
 * first. `errors` holds what was found; a value read from a bad field is `undefined`.
 */
export class CsvRowReader {
  readonly errors: InputError[] = [];
  private readonly index: ReadonlyMap<string, number>;

  constructor(
    private readonly table: CsvTable,
    private readonly row: CsvRow,
  ) {
    this.index = new Map(table.header.map((name, i) => [name, i]));
  }

  get line(): number {
    return this.row.line;
  }

  /** The raw field, or undefined when the column is absent from the file. */
  raw(column: string): string | undefined {
    const i = this.index.get(column);
    return i === undefined ? undefined : this.row.fields[i];
  }

  /** A required non-empty text field. */
  text(column: string): string | undefined {
    const v = this.raw(column);
    if (v === undefined) return undefined;
    if (v.trim() === '') {
      this.fail(column, v, 'is empty: a value is required');
      return undefined;
    }
    return v;
  }

  /** An optional text field: empty or absent is undefined. */
  optionalText(column: string): string | undefined {
    const v = this.raw(column);
    return v === undefined || v === '' ? undefined : v;
  }

  /**
   * A number written with `.` as decimal separator. Returns null for an empty nullable field and
   * undefined for an absent column or a bad value (then recorded in `errors`).
   */
  number(column: string, rule: NumberRule = {}): number | null | undefined {
    const v = this.raw(column);
    if (v === undefined) return undefined;
    if (v === '') {
      if (rule.nullable) return null;
      this.fail(column, v, 'is empty: a value is required');
      return undefined;
    }
    if (!NUMBER.test(v)) {
      const hint = /^-?\d+,\d+$/.test(v) ? ' (use "." as the decimal separator)' : '';
      this.fail(column, v, `is not a number${hint}`);
      return undefined;
    }
    const x = Number(v);
    if (!Number.isFinite(x)) {
      this.fail(column, v, 'is not a finite number');
      return undefined;
    }
    const kind = rule.kind ?? 'number';
    if (rule.integer && !Number.isInteger(x)) {
      this.fail(column, v, kind === 'year' ? 'is not a year' : 'is not a whole number');
      return undefined;
    }
    if (kind === 'count' && x < 0) {
      this.fail(column, v, 'is a negative count');
      return undefined;
    }
    if ((rule.min !== undefined && x < rule.min) || (rule.max !== undefined && x > rule.max)) {
      const what = kind === 'percentage' ? 'a percentage' : kind === 'year' ? 'a year' : 'a value';
      const range =
        rule.max === undefined ? `of at least ${rule.min}` : `between ${rule.min ?? '-∞'} and ${rule.max}`;
      this.fail(column, v, `is not ${what} ${range}`);
      return undefined;
    }
    return x;
  }

  /**
   * A decimal number read exactly (`2.28` is 228/100, not the nearest binary float), checked like `number`
   * with the bounds compared exactly. Null for an empty nullable field, undefined for an absent column or a
   * bad value (then recorded in `errors`).
   */
  decimal(column: string, rule: NumberRule = {}): Rational | null | undefined {
    const before = this.errors.length;
    const x = this.number(column, rule);
    if (x === null || x === undefined) return x;
    const v = this.raw(column) as string;
    const exact = rationalFromDecimal(v);
    if (exact === null) {
      this.fail(column, v, 'is not a number');
      return undefined;
    }
    const below = rule.min !== undefined && compare(exact, rationalFromNumber(rule.min)) < 0;
    const above = rule.max !== undefined && compare(exact, rationalFromNumber(rule.max)) > 0;
    if ((below || above) && this.errors.length === before) {
      this.fail(column, v, `is not between ${rule.min ?? '-∞'} and ${rule.max ?? '∞'}`);
      return undefined;
    }
    return exact;
  }

  fail(column: string | null, value: string | null, message: string): void {
    this.errors.push({ file: this.table.file, line: this.row.line, column, value, message });
  }
}

/**
 * Checks a header against the required and optional columns: every missing, unknown or repeated column is
 * an error on line 1.
 */
export function headerErrors(
  table: CsvTable,
  required: readonly string[],
  optional: readonly string[] = [],
): InputError[] {
  const errors: InputError[] = [];
  const known = new Set([...required, ...optional]);
  const seen = new Set<string>();
  for (const name of table.header) {
    if (seen.has(name)) {
      errors.push({
        file: table.file,
        line: 1,
        column: name,
        value: null,
        message: 'appears more than once in the header',
      });
    }
    seen.add(name);
    if (!known.has(name)) {
      errors.push({
        file: table.file,
        line: 1,
        column: name,
        value: null,
        message: `unknown column (known: ${[...required, ...optional].join(', ')})`,
      });
    }
  }
  for (const name of required) {
    if (!seen.has(name)) {
      errors.push({
        file: table.file,
        line: 1,
        column: name,
        value: null,
        message: 'required column is missing',
      });
    }
  }
  return errors;
}
