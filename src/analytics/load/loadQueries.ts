import { query, quoteIdent, type Query } from '../sql.ts';
import { DUCKDB_TYPE, type ColumnSpec } from '../delivery/deliverySchema.ts';
import { ruleFlagsSql } from '../validate/offendingRowsQuery.ts';
import type { RowRule } from '../validate/validationRule.ts';
import type { DeliveryFormat } from './deliveryFiles.ts';

/** The table-function call that reads one delivery file, with `$path` bound. */
function sourceSql(format: DeliveryFormat): string {
  switch (format) {
    case 'parquet':
      return 'read_parquet($path, file_row_number = true)';
    case 'csv':
      return `read_csv($path, all_varchar = true, header = true, delim = ',', quote = '"', escape = '"')`;
  }
}

/**
 * Whether DuckDB keeps rows in insertion order. Loading needs it (a CSV's rows are numbered in file order
 * by the typed table's row ids); validation and indicators do not (every result whose order matters says
 * `ORDER BY`), and without it DuckDB streams large results in parallel.
 */
export function insertionOrderQuery(preserve: boolean): Query {
  return query(`SET preserve_insertion_order = ${preserve ? 'true' : 'false'}`);
}

/** Column names and DuckDB types of a delivery file, as read. */
export function describeSourceQuery(format: DeliveryFormat, path: string): Query {
  return query(`DESCRIBE SELECT * FROM ${sourceSql(format)}`, { path });
}

/** The session variable holding a table's file path (DuckDB binds no parameters inside a view). */
const pathVariable = (table: string): string => `delivery_path_${table}`;

/**
 * Exposes a Parquet file whose columns all have compatible types as the typed relation `table`: a view over
 * the file (nothing is copied; DuckDB reads only the columns and row groups a query needs), numbering rows
 * from 1 in file order (`_row`). The path is bound through a session variable.
 */
export function parquetViewQueries(table: string, columns: readonly ColumnSpec[], path: string): Query[] {
  const select = columns.map(
    (c) => `CAST(${quoteIdent(c.name)} AS ${DUCKDB_TYPE[c.type]}) AS ${quoteIdent(c.name)}`,
  );
  return [
    parquetPathQuery(table, path),
    query(`
      CREATE OR REPLACE VIEW ${quoteIdent(table)} AS
      SELECT file_row_number + 1 AS _row,
        ${select.join(',\n        ')}
      FROM read_parquet(getvariable('${pathVariable(table)}'), file_row_number = true)
      `),
  ];
}

/**
 * Binds a Parquet view's file path for this session (a session variable: a workspace reopened by a later run
 * binds it again before reading the view).
 */
export function parquetPathQuery(table: string, path: string): Query {
  return query(`SET VARIABLE ${pathVariable(table)} = $path`, { path });
}

/** Whether `name` is a view or a table in the workspace (or absent). */
export function relationKindQuery(name: string): Query {
  return query(
    `
    SELECT 'view' AS kind FROM duckdb_views() WHERE view_name = $name AND NOT internal
    UNION ALL
    SELECT 'table' FROM duckdb_tables() WHERE table_name = $name
    `,
    { name },
  );
}

export function dropRelationQuery(name: string, kind: 'view' | 'table'): Query {
  return query(`DROP ${kind === 'view' ? 'VIEW' : 'TABLE'} IF EXISTS ${quoteIdent(name)}`);
}

/**
 * Quarantine for a table exposed as a view: its accepted rows become a workspace table of the same name
 * (`<table>_accepted`, renamed once the view is dropped).
 */
export function acceptedRowsQuery(table: string): Query {
  return query(
    `
    CREATE OR REPLACE TABLE ${quoteIdent(`${table}_accepted`)} AS
    SELECT * FROM ${quoteIdent(table)}
    WHERE _row NOT IN (SELECT row_nr FROM delivery_issues WHERE table_name = $table)
    `,
    { table },
  );
}

export function renameAcceptedQuery(table: string): Query {
  return query(`ALTER TABLE ${quoteIdent(`${table}_accepted`)} RENAME TO ${quoteIdent(table)}`);
}

export function deleteRejectedQuery(table: string): Query {
  return query(
    `DELETE FROM ${quoteIdent(table)} WHERE _row IN (SELECT row_nr FROM delivery_issues WHERE table_name = $table)`,
    { table },
  );
}

/** The workspace table holding a type-checked file's typed rows; the relation `<table>` is a view over it. */
export const typedDataTable = (table: string): string => `${table}_data`;

/**
 * Reads a file whose columns must be type-checked value by value (CSV: every column is text; Parquet with text
 * where the contract expects a number, date or boolean) in **one scan** into the workspace table
 * `<table>_data`: every contract column typed (`TRY_CAST` for the checked ones), and `_type_issues`, the failed
 * type checks of the row (null when it has none). DuckDB keeps insertion order while loading, so the table's row
 * ids are the data rows' positions in the file: row numbers cost nothing to keep (`typedDataViewQuery`).
 */
export function typedDataQuery(
  table: string,
  format: DeliveryFormat,
  columns: readonly ColumnSpec[],
  typeRules: readonly RowRule[],
  path: string,
): Query {
  const checked = new Set(typeRules.map((r) => r.column));
  const select = columns.map(
    (c) =>
      `${checked.has(c.name) ? 'TRY_CAST' : 'CAST'}(t.${quoteIdent(c.name)} AS ${DUCKDB_TYPE[c.type]}) AS ${quoteIdent(c.name)}`,
  );
  const { flags, hits, params } = ruleFlagsSql(table, typeRules);
  // the failed checks of a row as a list of hits, formed only for the rows that fail one
  const issues =
    typeRules.length === 0
      ? []
      : [
          [
            `CASE WHEN ${flags.join(' OR ')}`,
            `  THEN [${flags.map((f, i) => `CASE WHEN ${f} THEN ${hits[i]} END`).join(', ')}]`,
            'END AS _type_issues',
          ].join('\n        '),
        ];
  return query(
    `
    CREATE OR REPLACE TABLE ${quoteIdent(typedDataTable(table))} AS
    SELECT ${[...select, ...issues].join(',\n      ')}
    FROM ${sourceSql(format)} AS t
    `,
    { ...params, path },
  );
}

/** The typed relation over `<table>_data`: its rows numbered from 1 in file order (`_row`). */
export function typedDataViewQuery(table: string, columns: readonly ColumnSpec[]): Query {
  return query(`
    CREATE OR REPLACE VIEW ${quoteIdent(table)} AS
    SELECT rowid + 1 AS _row, ${columns.map((c) => quoteIdent(c.name)).join(', ')}
    FROM ${quoteIdent(typedDataTable(table))}
    `);
}

/** Records the failed type checks of `<table>_data` as issues of `table` (row number = row id + 1). */
export function typeIssuesQuery(table: string): Query {
  return query(
    `
    INSERT INTO delivery_issues (table_name, row_nr, rule_id, column_name, value)
    SELECT $table, _row, hit.rule_id, hit.column_name, hit.value
    FROM (
      SELECT rowid + 1 AS _row, unnest(_type_issues) AS hit
      FROM ${quoteIdent(typedDataTable(table))}
      WHERE _type_issues IS NOT NULL
    )
    WHERE hit IS NOT NULL
    `,
    { table },
  );
}

/**
 * Where values failed their type check: the typed relation becomes a table of the other rows, with their row
 * numbers stored (`_row`), so that no rule sees a value that is not of its type.
 */
export function typedWithoutFailedQuery(table: string, columns: readonly ColumnSpec[]): Query {
  return query(`
    CREATE OR REPLACE TABLE ${quoteIdent(table)} AS
    SELECT rowid + 1 AS _row, ${columns.map((c) => quoteIdent(c.name)).join(', ')}
    FROM ${quoteIdent(typedDataTable(table))}
    WHERE _type_issues IS NULL
    ORDER BY rowid
    `);
}

/**
 * How the workspace stores text: without DuckDB's string compressions (dictionary, FSST). Analysing them costs
 * more CPU than writing the bytes (a national CSV table writes 2–3× faster), and the typed tables are read a
 * few times per run, where uncompressed strings are also the cheapest to scan. The file is larger.
 */
export function storageSettingsQuery(): Query {
  return query(`SET disabled_compression_methods = 'fsst,dict_fsst,dictionary'`);
}

/** Offending rows recorded for `table` so far. */
export function issueCountQuery(table: string): Query {
  return query('SELECT count(*) AS n FROM delivery_issues WHERE table_name = $table', { table });
}

/** The first and last `year` of a yearly table. */
export function yearRangeQuery(table: string): Query {
  return query(`SELECT min(year) AS lo, max(year) AS hi FROM ${quoteIdent(table)}`);
}

export function countRowsQuery(table: string): Query {
  return query(`SELECT count(*) AS n FROM ${quoteIdent(table)}`);
}
