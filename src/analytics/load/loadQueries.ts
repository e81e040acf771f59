import { query, quoteIdent, type Query } from '../sql.ts';
import { DUCKDB_TYPE, type ColumnSpec } from '../delivery/deliverySchema.ts';
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
 * from the staged table's row ids); validation and indicators do not (every result whose order matters says
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
    query(`SET VARIABLE ${pathVariable(table)} = $path`, { path }),
    query(`
      CREATE OR REPLACE VIEW ${quoteIdent(table)} AS
      SELECT file_row_number + 1 AS _row,
        ${select.join(',\n        ')}
      FROM read_parquet(getvariable('${pathVariable(table)}'), file_row_number = true)
      `),
  ];
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

/**
 * Loads a file as read (CSV: every column text) into a staging table `<table>_staged`, with `_row` numbering
 * the data rows from 1 in file order; values are type-checked there before the typed table is built.
 */
export function loadStagedQueries(table: string, format: DeliveryFormat, path: string): Query[] {
  const staged = quoteIdent(`${table}_staged`);
  switch (format) {
    case 'parquet':
      return [
        query(
          `
          CREATE OR REPLACE TABLE ${staged} AS
          SELECT file_row_number + 1 AS _row, * EXCLUDE (file_row_number) FROM ${sourceSql('parquet')}
          `,
          { path },
        ),
      ];
    case 'csv':
      return [
        query(`CREATE OR REPLACE TABLE ${staged} AS SELECT * FROM ${sourceSql('csv')}`, { path }),
        query(`ALTER TABLE ${staged} ADD COLUMN _row BIGINT`),
        query(`UPDATE ${staged} SET _row = rowid + 1`),
      ];
  }
}

/** Builds the typed table from its staging table, leaving out rows whose values failed the type check. */
export function typedFromStagedQuery(table: string, columns: readonly ColumnSpec[]): Query {
  const select = columns.map(
    (c) => `TRY_CAST(s.${quoteIdent(c.name)} AS ${DUCKDB_TYPE[c.type]}) AS ${quoteIdent(c.name)}`,
  );
  return query(
    `
    CREATE OR REPLACE TABLE ${quoteIdent(table)} AS
    SELECT s._row,
      ${select.join(',\n      ')}
    FROM ${quoteIdent(`${table}_staged`)} AS s
    WHERE s._row NOT IN (SELECT row_nr FROM delivery_issues WHERE table_name = $table)
    ORDER BY s._row
    `,
    { table },
  );
}

export function dropStagedQuery(table: string): Query {
  return query(`DROP TABLE IF EXISTS ${quoteIdent(`${table}_staged`)}`);
}

export function countRowsQuery(table: string): Query {
  return query(`SELECT count(*) AS n FROM ${quoteIdent(table)}`);
}
