/**
 * SQL as a value: every statement the pipeline runs is a `Query` — SQL text with named `$parameters` and
 * their values. Values are never interpolated into the text; identifiers go through `quoteIdent`.
 */

/** A value bound to a `$name` parameter. Arrays bind as DuckDB lists. */
export type SqlParam = string | number | boolean | null | readonly string[] | readonly number[];

export interface Query {
  readonly sql: string;
  readonly params: Readonly<Record<string, SqlParam>>;
}

/** Builds a query; trims the common indentation of template literals so goldens stay readable. */
export function query(sql: string, params: Readonly<Record<string, SqlParam>> = {}): Query {
  return { sql: dedent(sql), params };
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Quotes an identifier (table or column name). Only plain names are accepted: anything else is a bug. */
export function quoteIdent(name: string): string {
  if (!IDENT.test(name)) throw new Error(`not a plain SQL identifier: ${JSON.stringify(name)}`);
  return `"${name}"`;
}

function dedent(text: string): string {
  const lines = text.replace(/^\n+/, '').replace(/\s+$/, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}
