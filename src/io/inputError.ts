/**
 * One problem found in an input file, pointing at where it is: a CSV line and column, or (for JSON scenario
 * files) a path such as `lists[0].threshold` in `column` with `line` null.
 */
export interface InputError {
  readonly file: string;
  /** 1-based line in the file (the header is line 1); null when the problem has no line (JSON paths). */
  readonly line: number | null;
  /** The CSV column, or the JSON path; null when the problem concerns the whole file or row. */
  readonly column: string | null;
  /** The offending value as written in the file; null when there is none (a missing column). */
  readonly value: string | null;
  /** What is wrong, e.g. `is not a number`. */
  readonly message: string;
}

/** A validated value, or every problem found (never only the first). */
export type InputResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly InputError[] };

/**
 * One line per problem: `file:line: column "k1_outside_pct": value "abc" is not a number`.
 * JSON problems read `file: at "lists[0].threshold": must be a number`.
 */
export function formatInputError(e: InputError): string {
  const where = e.line === null ? `${e.file}:` : `${e.file}:${e.line}:`;
  const column = e.column === null ? '' : e.line === null ? ` at "${e.column}":` : ` column "${e.column}":`;
  const value = e.value === null ? '' : ` value "${e.value}"`;
  return `${where}${column}${value} ${e.message}`;
}
