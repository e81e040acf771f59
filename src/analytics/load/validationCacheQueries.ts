import { query, type Query } from '../sql.ts';

/**
 * The workspace's record of the validation of the delivery it holds: at most one row, whose key names every
 * input file by its SHA-256, the validator's version and the mode (`validationCacheKey`). Written once a
 * delivery is loaded and validated; cleared before a delivery is loaded again.
 */
export function createValidationCacheQuery(): Query {
  return query(`
    CREATE TABLE IF NOT EXISTS validation_cache (
      cache_key VARCHAR,
      validated_at TIMESTAMP,
      report VARCHAR
    )`);
}

export function readValidationCacheQuery(): Query {
  return query(`
    SELECT cache_key, strftime(validated_at, '%Y-%m-%dT%H:%M:%S.%gZ') AS validated_at, report
    FROM validation_cache`);
}

export function clearValidationCacheQuery(): Query {
  return query('DELETE FROM validation_cache');
}

export function storeValidationCacheQuery(key: string, validatedAt: Date, report: string): Query {
  return query(
    `
    INSERT INTO validation_cache (cache_key, validated_at, report)
    VALUES ($cache_key, CAST($validated_at AS TIMESTAMP), $report)
    `,
    { cache_key: key, validated_at: validatedAt.toISOString(), report },
  );
}

/** The names among `names` that are a table or a view of the workspace. */
export function existingRelationsQuery(names: readonly string[]): Query {
  return query(
    `
    SELECT view_name AS name FROM duckdb_views() WHERE NOT internal AND list_contains($names, view_name)
    UNION
    SELECT table_name FROM duckdb_tables() WHERE NOT temporary AND list_contains($names, table_name)
    `,
    { names },
  );
}
