/**
 * The register delivery's tables and columns (data contract §A, and the optional tables of §A2 and §A3) as data:
 * loading, type checks and the validation rules are all derived from this one declaration.
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

/**
 * The optional tables of contract §A2 (housing stock, letting, development plans) and §A3 (employment, families,
 * schools, day care): a delivery without them loads as one of §A alone; a table absent from the delivery is
 * absent from the workspace.
 */
export const OPTIONAL_DELIVERY_TABLES = [
  'dwelling_events',
  'commercial_floor',
  'lettings',
  'vacancies',
  'development_plans',
  'plan_reports',
  'employment',
  'families',
  'schools',
  'school_enrolment',
  'exam_results',
  'daycare_institutions',
  'daycare',
  'language_tests',
  'absence',
] as const;
export type OptionalDeliveryTable = (typeof OPTIONAL_DELIVERY_TABLES)[number];

/** Every table of the contract: the required ones of §A, then the optional ones of §A2 and §A3. */
export type ContractTable = DeliveryTable | OptionalDeliveryTable;
export const CONTRACT_TABLES: readonly ContractTable[] = [...DELIVERY_TABLES, ...OPTIONAL_DELIVERY_TABLES];

export const isOptionalTable = (table: string): table is OptionalDeliveryTable =>
  (OPTIONAL_DELIVERY_TABLES as readonly string[]).includes(table);

/**
 * The order the tables are validated in: every table after the tables its rules look up, so that in quarantine a
 * rule sees only their accepted rows (a dwelling's events before its residents, residence before families).
 */
export const VALIDATION_ORDER: readonly ContractTable[] = [
  'areas',
  'area_parcels',
  'dwellings',
  'dwelling_events',
  'persons',
  'residence',
  'labour',
  'education',
  'income',
  'convictions',
  'commercial_floor',
  'lettings',
  'vacancies',
  'development_plans',
  'plan_reports',
  'employment',
  'families',
  'schools',
  'school_enrolment',
  'exam_results',
  'daycare_institutions',
  'daycare',
  'language_tests',
  'absence',
];

/**
 * Optional tables that cannot be read without another optional table their rows refer to: a delivery holding the
 * first without the second has a schema problem (the second is missing).
 */
export const OPTIONAL_TABLE_REQUIRES: Readonly<
  Partial<Record<OptionalDeliveryTable, readonly OptionalDeliveryTable[]>>
> = {
  plan_reports: ['development_plans'],
  school_enrolment: ['schools'],
  language_tests: ['schools'],
  daycare: ['daycare_institutions'],
};

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

export const DWELLING_EVENTS = ['demolished', 'relabelled', 'sold', 'merged'] as const;
export const LETTING_TYPES = [
  'internal',
  'external_waiting_list',
  'flexible',
  'combined',
  'municipal',
  'other',
] as const;
export const DISPENSATIONS = ['none', 'stk3', 'stk4'] as const;
export const PLAN_REPORT_STATUSES = ['accepted', 'not_accepted', 'pending'] as const;
export const PLAN_LINE_KINDS = ['realised', 'planned'] as const;
export const FAMILY_ROLES = ['adult', 'child'] as const;
export const SCHOOL_KINDS = ['folkeskole', 'fri_privat', 'other'] as const;
export const DAYCARE_KINDS = ['kommunal', 'selvejende', 'privat', 'dagpleje'] as const;
/** Quarters of a school year, in school-year order. */
export const SCHOOL_QUARTERS = ['q3', 'q4', 'q1', 'q2'] as const;

const col = (name: string, type: ColumnType, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  name,
  type,
  nullable: false,
  ...extra,
});

export const DELIVERY_SCHEMA: Readonly<Record<ContractTable, readonly ColumnSpec[]>> = {
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
  dwelling_events: [
    col('dwelling_id', 'string'),
    col('event_date', 'date'),
    col('event', 'string', { values: DWELLING_EVENTS }),
    col('kind_after', 'string', { nullable: true, values: DWELLING_KINDS }),
    col('ownership_after', 'string', { nullable: true, values: OWNERSHIPS }),
    col('strategic', 'bool', { nullable: true }),
  ],
  commercial_floor: [col('year', 'int'), col('parcel_id', 'string'), col('floor_m2', 'double')],
  lettings: [
    col('dwelling_id', 'string'),
    col('letting_date', 'date'),
    col('letting_type', 'string', { values: LETTING_TYPES }),
  ],
  vacancies: [col('year', 'int'), col('dwelling_id', 'string')],
  development_plans: [
    col('area_id', 'string'),
    col('approved_date', 'date'),
    col('baseline_year', 'int'),
    col('target_pct', 'double'),
    col('dispensation', 'string', { values: DISPENSATIONS }),
  ],
  plan_reports: [
    col('area_id', 'string'),
    col('report_year', 'int'),
    col('status', 'string', { values: PLAN_REPORT_STATUSES }),
    col('year', 'int'),
    col('kind', 'string', { values: PLAN_LINE_KINDS }),
    col('public_family_dwellings', 'int'),
    col('other_dwellings', 'int'),
    col('commercial_m2', 'double'),
    col('relabelled', 'int'),
    col('sold', 'int'),
    col('demolished', 'int'),
    col('built_dwellings', 'int'),
    col('built_commercial_units', 'int'),
  ],
  employment: [col('year', 'int'), col('person_id', 'string'), col('employed', 'bool')],
  families: [
    col('year', 'int'),
    col('person_id', 'string'),
    col('family_id', 'string'),
    col('role', 'string', { values: FAMILY_ROLES }),
  ],
  schools: [
    col('school_id', 'string'),
    col('name', 'string'),
    col('municipality_code', 'string'),
    col('kind', 'string', { values: SCHOOL_KINDS }),
  ],
  school_enrolment: [
    col('year', 'int'),
    col('person_id', 'string'),
    col('school_id', 'string'),
    col('grade', 'int'),
  ],
  exam_results: [
    col('school_year', 'int'),
    col('person_id', 'string'),
    col('exams_bound', 'int'),
    col('exams_taken', 'int'),
    col('grade_sum', 'double', { nullable: true }),
  ],
  daycare_institutions: [
    col('institution_id', 'string'),
    col('municipality_code', 'string'),
    col('kind', 'string', { values: DAYCARE_KINDS }),
    col('dispensation_until', 'int', { nullable: true }),
  ],
  daycare: [col('year', 'int'), col('person_id', 'string'), col('institution_id', 'string')],
  language_tests: [
    col('school_year', 'int'),
    col('person_id', 'string'),
    col('school_id', 'string'),
    col('grade', 'int'),
    col('attempt', 'int'),
    col('ready', 'bool'),
  ],
  absence: [
    col('school_year', 'int'),
    col('quarter', 'string', { values: SCHOOL_QUARTERS }),
    col('person_id', 'string'),
    col('unlawful_days', 'int'),
    col('school_days', 'int'),
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
