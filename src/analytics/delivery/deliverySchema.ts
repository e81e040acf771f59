/**
 * The register delivery's tables and columns (data contract §A) as data: loading, type checks and the
 * validation rules are all derived from this one declaration.
 */

/** Logical column types of the contract. */
export const COLUMN_TYPES = ['string', 'int', 'double', 'date', 'bool'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  /** `true` where the contract says "or null"; every other column is required. */
  readonly nullable: boolean;
  /** Closed set of allowed values (enums). */
  readonly values?: readonly (string | number)[];
}

export const DELIVERY_TABLES = [
  'areas',
  'area_parcels',
  'dwellings',
  'persons',
  'residence',
  'labour',
  'education',
  'income',
  'convictions',
] as const;
export type DeliveryTable = (typeof DELIVERY_TABLES)[number];

export const OWNERSHIPS = ['almen', 'other'] as const;
export const DWELLING_KINDS = ['family', 'youth', 'elderly', 'room', 'other'] as const;
export const SEXES = ['m', 'f'] as const;
export const IE_TYPES = [1, 2, 3] as const;
export const EDUCATION_LEVELS = [
  'basic',
  'upper_secondary',
  'vocational',
  'short_cycle',
  'bachelor',
  'master',
  'phd',
  'unknown',
] as const;
export const LAWS = [
  'straffeloven',
  'vaabenloven',
  'euforiserende_stoffer',
  'faerdselsloven',
  'other',
] as const;
export const DECISION_TYPES = [
  'prison',
  'suspended',
  'fine',
  'withdrawn_charge',
  'acquittal',
  'other',
] as const;

const col = (name: string, type: ColumnType, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  name,
  type,
  nullable: false,
  ...extra,
});

export const DELIVERY_SCHEMA: Readonly<Record<DeliveryTable, readonly ColumnSpec[]>> = {
  areas: [col('area_id', 'string'), col('name', 'string'), col('municipality_code', 'string')],
  area_parcels: [
    col('area_id', 'string'),
    col('parcel_id', 'string'),
    col('valid_from', 'int'),
    col('valid_to', 'int', { nullable: true }),
  ],
  dwellings: [
    col('dwelling_id', 'string'),
    col('parcel_id', 'string', { nullable: true }),
    col('municipality_code', 'string'),
    col('ownership', 'string', { values: OWNERSHIPS }),
    col('kind', 'string', { values: DWELLING_KINDS }),
    col('built_year', 'int'),
  ],
  persons: [
    col('person_id', 'string'),
    col('birth_date', 'date'),
    col('sex', 'string', { values: SEXES }),
    col('ie_type', 'int', { values: IE_TYPES }),
    col('origin_country', 'string', { nullable: true }),
  ],
  residence: [
    col('year', 'int'),
    col('person_id', 'string'),
    col('dwelling_id', 'string', { nullable: true }),
    col('municipality_code', 'string'),
  ],
  labour: [col('year', 'int'), col('person_id', 'string'), col('outside_fte', 'double')],
  education: [
    col('year', 'int'),
    col('person_id', 'string'),
    col('level', 'string', { values: EDUCATION_LEVELS }),
    col('level_danish', 'string', { values: EDUCATION_LEVELS }),
  ],
  income: [
    col('year', 'int'),
    col('person_id', 'string'),
    col('gross_income', 'double'),
    col('fully_taxable', 'bool'),
    col('student', 'bool'),
  ],
  convictions: [
    col('person_id', 'string'),
    col('decision_date', 'date'),
    col('law', 'string', { values: LAWS }),
    col('decision_type', 'string', { values: DECISION_TYPES }),
  ],
};

/** DuckDB type each logical type is stored as in the workspace. */
export const DUCKDB_TYPE: Readonly<Record<ColumnType, string>> = {
  string: 'VARCHAR',
  int: 'INTEGER',
  double: 'DOUBLE',
  date: 'DATE',
  bool: 'BOOLEAN',
};

/**
 * DuckDB types a Parquet column may arrive as and still be read as the logical type without loss of meaning.
 * VARCHAR is always accepted and checked value by value (as for CSV). A string column stored as a number is
 * a schema error: codes are strings (`"0101"` ≠ `101`).
 */
export const COMPATIBLE_TYPES: Readonly<Record<ColumnType, readonly string[]>> = {
  string: ['VARCHAR'],
  int: [
    'TINYINT',
    'SMALLINT',
    'INTEGER',
    'BIGINT',
    'UTINYINT',
    'USMALLINT',
    'UINTEGER',
    'UBIGINT',
    'HUGEINT',
  ],
  double: ['FLOAT', 'DOUBLE', 'TINYINT', 'SMALLINT', 'INTEGER', 'BIGINT', 'DECIMAL'],
  date: ['DATE', 'TIMESTAMP', 'TIMESTAMP_NS', 'TIMESTAMP_MS', 'TIMESTAMP_S'],
  bool: ['BOOLEAN'],
};
