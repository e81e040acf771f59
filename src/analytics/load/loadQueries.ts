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

/** Column names and DuckDB types of a delivery file, as read. */
export function describeSourceQuery(format: DeliveryFormat, path: string): Query {
  return query(`DESCRIBE SELECT * FROM ${sourceSql(format)}`, { path });
}

/**
 * Loads a Parquet file whose columns all have compatible types straight into its typed workspace table,
 * numbering rows from 1 in file order (`_row`).
 */
export function loadTypedFromParquetQuery(
  table: string,
  columns: readonly ColumnSpec[],
  path: string,
): Query {
  const select = columns.map(
    (c) => `TRY_CAST(${quoteIdent(c.name)} AS ${DUCKDB_TYPE[c.type]}) AS ${quoteIdent(c.name)}`,
  );
  return query(
    `
    CREATE OR REPLACE TABLE ${quoteIdent(table)} AS
    SELECT file_row_number + 1 AS _row,
      ${select.join(',\n      ')}
    FROM ${sourceSql('parquet')}
    `,
    { path },
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
