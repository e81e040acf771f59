import {
  DELIVERY_SCHEMA,
  DELIVERY_TABLES,
  OPTIONAL_DELIVERY_TABLES,
  type ColumnSpec,
  type ContractTable,
  type DeliveryTable,
  type OptionalDeliveryTable,
} from '../delivery/deliverySchema.ts';
import { query, quoteIdent, type Query } from '../sql.ts';
import type { RowRule, SetRule, ValidationRule } from './validationRule.ts';
import { optionalTableRules } from './optionalTableRules.ts';

/** Plausible bounds of years and dates in a delivery (a value outside is a typing or extraction error). */
export const PLAUSIBLE = {
  yearMin: 1900,
  yearMax: 2100,
  builtYearMin: 1000,
  birthDateMin: '1890-01-01',
  dateMax: '2100-12-31',
  decisionDateMin: '1900-01-01',
} as const;

/** The reported value of a person id: the pseudonymous key never leaves the workspace. */
export const PERSON_ID_MASK = `'<person_id>'`;

const valueOf = (c: ColumnSpec): string =>
  c.name === 'person_id' ? PERSON_ID_MASK : `CAST(t.${quoteIdent(c.name)} AS VARCHAR)`;

export function requiredRules(table: ContractTable): RowRule[] {
  return DELIVERY_SCHEMA[table]
    .filter((c) => !c.nullable)
    .map((c) => ({
      kind: 'row',
      id: `${table}.${c.name}.required`,
      table,
      column: c.name,
      category: 'required',
      messageDa: 'påkrævet værdi mangler',
      messageEn: 'required value is missing',
      offending: `t.${quoteIdent(c.name)} IS NULL`,
      value: `'(tom)'`,
    }));
}

export function enumRules(table: ContractTable): RowRule[] {
  return DELIVERY_SCHEMA[table].flatMap((c): RowRule[] => {
    if (c.values === undefined) return [];
    const param = `${table}_${c.name}_values`;
    return [
      {
        kind: 'row',
        id: `${table}.${c.name}.domain`,
        table,
        column: c.name,
        category: 'domain',
        messageDa: `ukendt værdi (tilladt: ${c.values.join(', ')})`,
        messageEn: `unknown value (allowed: ${c.values.join(', ')})`,
        offending: `NOT list_contains($${param}, t.${quoteIdent(c.name)})`,
        value: valueOf(c),
        params: { [param]: c.values as readonly string[] | readonly number[] },
      },
    ];
  });
}

export const row = (r: Omit<RowRule, 'kind'>): RowRule => ({ kind: 'row', ...r });
export const set = (r: Omit<SetRule, 'kind'>): SetRule => ({ kind: 'set', ...r });

export function municipalityRule(table: ContractTable): RowRule {
  return row({
    id: `${table}.municipality_code.domain`,
    table,
    column: 'municipality_code',
    category: 'domain',
    messageDa: 'ukendt kommunekode (3 cifre, se reference/municipalities.csv)',
    messageEn: 'unknown municipality code (3 digits, see reference/municipalities.csv)',
    offending: 't.municipality_code NOT IN (SELECT code FROM ref_municipalities)',
  });
}

export function yearRule(table: ContractTable, column: string, min: number = PLAUSIBLE.yearMin): RowRule {
  const [pMin, pMax] = [`${table}_${column}_min`, `${table}_${column}_max`];
  return row({
    id: `${table}.${column}.plausible`,
    table,
    column,
    category: 'domain',
    messageDa: `usandsynligt årstal (uden for ${min}–${PLAUSIBLE.yearMax})`,
    messageEn: `implausible year (outside ${min}–${PLAUSIBLE.yearMax})`,
    offending: `t.${quoteIdent(column)} NOT BETWEEN $${pMin} AND $${pMax}`,
    params: { [pMin]: min, [pMax]: PLAUSIBLE.yearMax },
  });
}

export function dateRule(table: ContractTable, column: string, min: string): RowRule {
  const [pMin, pMax] = [`${table}_${column}_min`, `${table}_${column}_max`];
  return row({
    id: `${table}.${column}.plausible`,
    table,
    column,
    category: 'domain',
    messageDa: `usandsynlig dato (uden for ${min} – ${PLAUSIBLE.dateMax})`,
    messageEn: `implausible date (outside ${min} – ${PLAUSIBLE.dateMax})`,
    offending: `t.${quoteIdent(column)} NOT BETWEEN CAST($${pMin} AS DATE) AND CAST($${pMax} AS DATE)`,
    params: { [pMin]: min, [pMax]: PLAUSIBLE.dateMax },
  });
}

export function personReference(table: ContractTable): RowRule {
  return row({
    id: `${table}.person_id.reference`,
    table,
    column: 'person_id',
    category: 'reference',
    messageDa: 'person findes ikke i persons',
    messageEn: 'person is not in persons',
    offending: 'p.person_id IS NULL',
    value: PERSON_ID_MASK,
  });
}

/**
 * The lookups the row rules of a table read, joined once per scan (alias `p` = persons, `d` = dwellings):
 * one join serves every rule that needs it, instead of one semi-join per rule.
 */
export const ROW_RULE_JOINS: Readonly<Partial<Record<ContractTable, string>>> = {
  residence: 'LEFT JOIN dwellings AS d ON d.dwelling_id = t.dwelling_id',
  convictions: 'LEFT JOIN persons AS p ON p.person_id = t.person_id',
  dwelling_events: 'LEFT JOIN dwellings AS d ON d.dwelling_id = t.dwelling_id',
  lettings: 'LEFT JOIN dwellings AS d ON d.dwelling_id = t.dwelling_id',
  vacancies: 'LEFT JOIN dwellings AS d ON d.dwelling_id = t.dwelling_id',
  employment: 'LEFT JOIN persons AS p ON p.person_id = t.person_id',
  families: [
    'LEFT JOIN persons AS p ON p.person_id = t.person_id',
    'LEFT JOIN residence AS r ON r.year = t.year AND r.person_id = t.person_id',
  ].join('\n'),
  school_enrolment: 'LEFT JOIN persons AS p ON p.person_id = t.person_id',
  exam_results: 'LEFT JOIN persons AS p ON p.person_id = t.person_id',
  daycare: 'LEFT JOIN persons AS p ON p.person_id = t.person_id',
  language_tests: 'LEFT JOIN persons AS p ON p.person_id = t.person_id',
  absence: 'LEFT JOIN persons AS p ON p.person_id = t.person_id',
};

/** The yearly person tables (one row per year and person). */
export const PERSON_YEAR_TABLES = ['residence', 'labour', 'education', 'income'] as const;

/**
 * The validator's version, part of the validation cache's key (src/analytics/load/validationCache.ts): bump it
 * whenever a rule, the loading of the typed relations, or a relation kept with the validation
 * (`residence_by_person`, the indicators' sources) changes meaning. (The rules' SQL text and the reference lists are in the key too.)
 */
export const VALIDATOR_VERSION = 4;

/** The per-person aggregate of a yearly person table (`byPersonQuery`). */
export const byPersonTable = (table: DeliveryTable): string => `${table}_by_person`;

/**
 * Years one row of `residence_by_person` covers: a bit per year and 3 bits of region index per year fit in
 * 64 bits (21 × 3 = 63).
 */
export const YEARS_PER_ROW = 21;

/**
 * Before the rules of a yearly person table: one aggregate per person (`<table>_by_person`) — rows, the number of
 * distinct year bits and the first year. The key, reference and birth rules then look at ~7 M persons instead of
 * ~60 M person-years, and go back to the rows only for the few persons they flag: a person with more rows than
 * distinct year bits may have a duplicate key (confirmed on the rows); a person missing from `persons` has all
 * rows flagged. Labour, education and income: a temporary table, the bits taken modulo 64 (a false suspect only
 * costs a look at its rows).
 *
 * Residence's is kept in the workspace with the validation, for the indicators: per person and span of
 * `YEARS_PER_ROW` years from `from_year` (one row per person unless the delivery spans more years), `years` has
 * bit i set when the person is resident on 1 January of `from_year + i`, and `regions` holds in bits 3i…3i+2 the
 * index of that residence's region (`ref_municipalities.region_index`; 0 = no region). The national K2 rate and
 * K4's regional means read these 7 M rows instead of joining the 60 M residence rows to the persons again.
 * `years` is `{ from, to }`: residence's first and last year.
 */
export function byPersonQuery(table: DeliveryTable, years?: { from: number; to: number }): Query {
  const name = quoteIdent(byPersonTable(table));
  if (table !== 'residence') {
    return query(`
      CREATE OR REPLACE TEMP TABLE ${name} AS
      WITH first AS (SELECT min(year) AS y FROM ${quoteIdent(table)})
      SELECT t.person_id, count(*) AS n,
        bit_count(bit_or(CAST(1 AS UBIGINT) << CAST((t.year - first.y) % 64 AS UBIGINT))) AS year_bits,
        min(t.year) AS first_year
      FROM ${quoteIdent(table)} AS t, first
      WHERE t.person_id IS NOT NULL AND t.year IS NOT NULL
      GROUP BY t.person_id`);
  }
  const from = years?.from ?? 0;
  const spans = years !== undefined && years.to - years.from >= YEARS_PER_ROW;
  const offset = `((t.year - $from_year) % ${YEARS_PER_ROW})`;
  return query(
    `
    CREATE OR REPLACE TABLE ${name} AS
    SELECT t.person_id,
      CAST(${spans ? `$from_year + ${YEARS_PER_ROW} * ((t.year - $from_year) // ${YEARS_PER_ROW})` : '$from_year'} AS INTEGER) AS from_year,
      count(*) AS n,
      bit_count(bit_or(CAST(1 AS UBIGINT) << CAST(${offset} AS UBIGINT))) AS year_bits,
      min(t.year) AS first_year,
      bit_or(CAST(1 AS UBIGINT) << CAST(${offset} AS UBIGINT)) AS years,
      bit_or(CAST(coalesce(m.region_index, 0) AS UBIGINT) << CAST(3 * ${offset} AS UBIGINT)) AS regions
    FROM residence AS t
    LEFT JOIN ref_municipalities AS m ON m.code = t.municipality_code
    WHERE t.person_id IS NOT NULL AND t.year IS NOT NULL
    GROUP BY t.person_id${spans ? ', from_year' : ''}
    `,
    { from_year: from },
  );
}

function personYearReference(table: DeliveryTable): SetRule {
  return set({
    id: `${table}.person_id.reference`,
    table,
    column: 'person_id',
    category: 'reference',
    messageDa: 'person findes ikke i persons',
    messageEn: 'person is not in persons',
    select: `
      WITH missing AS (
        SELECT DISTINCT b.person_id FROM ${quoteIdent(byPersonTable(table))} AS b
        WHERE NOT EXISTS (SELECT 1 FROM persons AS p WHERE p.person_id = b.person_id)
      )
      SELECT t._row AS row_nr, ${PERSON_ID_MASK} AS value
      FROM ${quoteIdent(table)} AS t JOIN missing AS m ON m.person_id = t.person_id`,
  });
}

function personYearUnique(table: DeliveryTable): SetRule {
  return set({
    id: `${table}.year_person_id.unique`,
    table,
    column: 'year, person_id',
    category: 'key',
    messageDa: 'nøglen (year, person_id) forekommer mere end én gang',
    messageEn: 'key (year, person_id) occurs more than once',
    select: `
      WITH suspects AS (SELECT DISTINCT person_id FROM ${quoteIdent(byPersonTable(table))} WHERE n > year_bits),
      cand AS (
        SELECT t._row, t.year, t.person_id FROM ${quoteIdent(table)} AS t JOIN suspects AS s ON s.person_id = t.person_id
      ),
      dup AS (SELECT year, person_id FROM cand GROUP BY ALL HAVING count(*) > 1)
      SELECT c._row AS row_nr, 'year=' || CAST(c.year AS VARCHAR) || ', person_id=<person_id>' AS value
      FROM cand AS c JOIN dup USING (year, person_id)`,
  });
}

/** Rows sharing a key: found by hashing the key first, then confirmed on the key itself. */
export function uniqueKey(table: ContractTable, key: readonly string[]): SetRule {
  const cols = key.map((k) => `t.${quoteIdent(k)}`).join(', ');
  const using = key.map(quoteIdent).join(', ');
  const shown = key.map((k) =>
    k === 'person_id' ? `'person_id=<person_id>'` : `'${k}=' || CAST(c.${quoteIdent(k)} AS VARCHAR)`,
  );
  return set({
    id: `${table}.${key.join('_')}.unique`,
    table,
    column: key.join(', '),
    category: 'key',
    messageDa: `nøglen (${key.join(', ')}) forekommer mere end én gang`,
    messageEn: `key (${key.join(', ')}) occurs more than once`,
    select: `
      WITH dup_hash AS (
        SELECT hash(${cols}) AS h FROM ${quoteIdent(table)} AS t GROUP BY h HAVING count(*) > 1
      ),
      cand AS (
        SELECT t._row, ${cols} FROM ${quoteIdent(table)} AS t WHERE hash(${cols}) IN (SELECT h FROM dup_hash)
      ),
      dup AS (
        SELECT ${using} FROM cand GROUP BY ALL HAVING count(*) > 1
      )
      SELECT c._row AS row_nr, ${shown.join(` || ', ' || `)} AS value
      FROM cand AS c JOIN dup USING (${using})`,
  });
}

/**
 * Every rule checked after the values have their contract types, by table (§A in contract order, then the
 * optional tables of §A2/§A3 the delivery holds). `present`: the optional tables in the delivery (default all);
 * the rules of an absent table, and the rules of other tables that look one up, are left out.
 */
export function validationRules(
  present: readonly OptionalDeliveryTable[] = OPTIONAL_DELIVERY_TABLES,
): readonly ValidationRule[] {
  const optional = optionalTableRules(present);
  const perTable: Record<DeliveryTable, ValidationRule[]> = {
    areas: [municipalityRule('areas'), uniqueKey('areas', ['area_id'])],
    area_parcels: [
      yearRule('area_parcels', 'valid_from'),
      yearRule('area_parcels', 'valid_to'),
      row({
        id: 'area_parcels.area_id.reference',
        table: 'area_parcels',
        column: 'area_id',
        category: 'reference',
        messageDa: 'området findes ikke i areas',
        messageEn: 'area is not in areas',
        offending: 'NOT EXISTS (SELECT 1 FROM areas a WHERE a.area_id = t.area_id)',
      }),
      row({
        id: 'area_parcels.valid_to.inverted',
        table: 'area_parcels',
        column: 'valid_to',
        category: 'time',
        messageDa: 'gyldighedsperioden er omvendt (valid_to før valid_from)',
        messageEn: 'validity range is inverted (valid_to before valid_from)',
        offending: 't.valid_to < t.valid_from',
        value: `CAST(t.valid_from AS VARCHAR) || '–' || CAST(t.valid_to AS VARCHAR)`,
      }),
      set({
        id: 'area_parcels.parcel_id.overlap',
        table: 'area_parcels',
        column: 'parcel_id',
        category: 'time',
        messageDa: 'matriklen hører til mere end ét område (eller afgrænsning) i samme år',
        messageEn: 'parcel belongs to more than one area (or delimitation row) in the same year',
        select: `
          SELECT DISTINCT a._row AS row_nr,
            a.parcel_id || ' (' || a.area_id || ' og ' || b.area_id || ')' AS value
          FROM area_parcels AS a
          JOIN area_parcels AS b
            ON a.parcel_id = b.parcel_id AND a._row <> b._row
           AND a.valid_from <= coalesce(b.valid_to, 9999)
           AND b.valid_from <= coalesce(a.valid_to, 9999)`,
      }),
    ],
    dwellings: [
      municipalityRule('dwellings'),
      yearRule('dwellings', 'built_year', PLAUSIBLE.builtYearMin),
      row({
        id: 'dwellings.parcel_id.reference',
        table: 'dwellings',
        column: 'parcel_id',
        category: 'reference',
        messageDa: 'matriklen findes ikke i area_parcels (tom = ikke på en områdematrikel)',
        messageEn: 'parcel is not in area_parcels (null = not on an area parcel)',
        offending: 'NOT EXISTS (SELECT 1 FROM area_parcels ap WHERE ap.parcel_id = t.parcel_id)',
      }),
      uniqueKey('dwellings', ['dwelling_id']),
    ],
    persons: [
      dateRule('persons', 'birth_date', PLAUSIBLE.birthDateMin),
      row({
        id: 'persons.origin_country.domain',
        table: 'persons',
        column: 'origin_country',
        category: 'domain',
        messageDa: 'ukendt DST-landekode (4 cifre, se reference/dst-country-codes.csv)',
        messageEn: 'unknown DST country code (4 digits, see reference/dst-country-codes.csv)',
        offending: 't.origin_country NOT IN (SELECT code FROM ref_countries)',
      }),
      row({
        id: 'persons.origin_country.required',
        table: 'persons',
        column: 'origin_country',
        category: 'required',
        messageDa: 'oprindelsesland mangler for indvandrer eller efterkommer (ie_type 2 eller 3)',
        messageEn: 'origin country is missing for an immigrant or descendant (ie_type 2 or 3)',
        offending: 't.ie_type IN (2, 3) AND t.origin_country IS NULL',
        value: `'ie_type=' || CAST(t.ie_type AS VARCHAR)`,
      }),
      uniqueKey('persons', ['person_id']),
    ],
    residence: [
      yearRule('residence', 'year'),
      personYearReference('residence'),
      row({
        id: 'residence.dwelling_id.reference',
        table: 'residence',
        column: 'dwelling_id',
        category: 'reference',
        messageDa: 'boligen findes ikke i dwellings',
        messageEn: 'dwelling is not in dwellings',
        offending: 'd.dwelling_id IS NULL',
      }),
      municipalityRule('residence'),
      set({
        id: 'residence.year.beforeBirth',
        table: 'residence',
        column: 'year',
        category: 'time',
        messageDa: 'personen er født efter 1. januar i bopælsåret',
        messageEn: 'the person is born after 1 January of the residence year',
        select: `
          WITH suspects AS (
            SELECT DISTINCT b.person_id, p.birth_date FROM residence_by_person AS b
            JOIN persons AS p ON p.person_id = b.person_id
            WHERE p.birth_date > make_date(b.first_year, 1, 1)
          )
          SELECT DISTINCT t._row AS row_nr, CAST(t.year AS VARCHAR) AS value
          FROM residence AS t JOIN suspects AS s ON s.person_id = t.person_id
          WHERE s.birth_date > make_date(t.year, 1, 1)`,
      }),
      personYearUnique('residence'),
      ...(optional.residence ?? []),
    ],
    labour: [
      yearRule('labour', 'year'),
      personYearReference('labour'),
      row({
        id: 'labour.outside_fte.range',
        table: 'labour',
        column: 'outside_fte',
        category: 'domain',
        messageDa: 'andelen skal ligge mellem 0 og 1',
        messageEn: 'the fraction must be between 0 and 1',
        offending: 't.outside_fte < 0 OR t.outside_fte > 1',
      }),
      personYearUnique('labour'),
    ],
    education: [
      yearRule('education', 'year'),
      personYearReference('education'),
      personYearUnique('education'),
    ],
    income: [yearRule('income', 'year'), personYearReference('income'), personYearUnique('income')],
    convictions: [
      dateRule('convictions', 'decision_date', PLAUSIBLE.decisionDateMin),
      personReference('convictions'),
    ],
  };
  return [
    ...DELIVERY_TABLES.flatMap((table) => [...requiredRules(table), ...enumRules(table), ...perTable[table]]),
    ...OPTIONAL_DELIVERY_TABLES.filter((t) => present.includes(t)).flatMap((table) => [
      ...requiredRules(table),
      ...enumRules(table),
      ...(optional[table] ?? []),
    ]),
  ];
}

/** Value-by-value type checks of a column that arrived as text (CSV, or text in Parquet). */
export function typeRule(table: ContractTable, c: ColumnSpec): RowRule | undefined {
  const v = `t.${quoteIdent(c.name)}`;
  const base = {
    id: `${table}.${c.name}.type`,
    table,
    column: c.name,
    category: 'type' as const,
  };
  switch (c.type) {
    case 'string':
      return undefined;
    case 'int':
      return row({
        ...base,
        messageDa: 'ikke et heltal',
        messageEn: 'not an integer',
        offending: `NOT regexp_full_match(${v}, '-?[0-9]{1,9}')`,
      });
    case 'double':
      return row({
        ...base,
        messageDa: 'ikke et tal (punktum som decimaltegn)',
        messageEn: 'not a number (dot as decimal separator)',
        offending: `NOT coalesce(isfinite(TRY_CAST(${v} AS DOUBLE)), false)`,
      });
    case 'date':
      return row({
        ...base,
        messageDa: 'ikke en dato (ÅÅÅÅ-MM-DD)',
        messageEn: 'not a date (YYYY-MM-DD)',
        offending: `NOT regexp_full_match(${v}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') OR TRY_CAST(${v} AS DATE) IS NULL`,
      });
    case 'bool':
      return row({
        ...base,
        messageDa: 'ikke true/false',
        messageEn: 'not true/false',
        offending: `${v} NOT IN ('true', 'false')`,
      });
  }
}
