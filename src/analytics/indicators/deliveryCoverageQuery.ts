import type { OptionalDeliveryTable } from '../delivery/deliverySchema.ts';
import type { Db } from '../db.ts';
import { query, quoteIdent, type Query } from '../sql.ts';

/** Rows and distinct persons of one yearly delivery table in one data year. */
export interface CoverageRow {
  readonly table: string;
  readonly year: number;
  readonly rows: number;
  readonly persons: number;
}

const TABLE = quoteIdent('table');
const ROWS = quoteIdent('rows');

/**
 * One row per (yearly delivery table, data year) for the run manifest: the number of rows and of distinct
 * persons. The data year of `residence`, `labour`, `education` and `income` is their `year` column; that of
 * `convictions` is the calendar year of the decision date. Years without rows do not appear. In the tables
 * keyed by (year, person_id) — validated unique — every row is one person, so persons are counted as rows;
 * convictions may hold several decisions of one person in a year.
 */
export function deliveryCoverageQuery(): Query {
  return query(`${deliveryCoverageSql()}\nORDER BY ${TABLE}, year`);
}

/**
 * The optional person tables of §A3 with their data-year column: a school year is its spring year. In employment,
 * families, school_enrolment and daycare every row is one person (key (year, person_id)); exam_results too (key
 * (school_year, person_id)); language_tests and absence may hold several rows of one person in a year.
 */
export const OPTIONAL_COVERAGE_TABLES: Readonly<
  Partial<Record<OptionalDeliveryTable, { readonly year: string; readonly onePerPerson: boolean }>>
> = {
  employment: { year: 'year', onePerPerson: true },
  families: { year: 'year', onePerPerson: true },
  school_enrolment: { year: 'year', onePerPerson: true },
  daycare: { year: 'year', onePerPerson: true },
  exam_results: { year: 'school_year', onePerPerson: true },
  language_tests: { year: 'school_year', onePerPerson: false },
  absence: { year: 'school_year', onePerPerson: false },
};

/**
 * The coverage rows of the delivery tables, unordered: kept with the validation as `delivery_coverage`. `optional`:
 * the optional tables the delivery holds; those among `OPTIONAL_COVERAGE_TABLES` get coverage rows too (a table
 * absent from the delivery has none: its years are missing, not empty).
 */
export function deliveryCoverageSql(optional: readonly OptionalDeliveryTable[] = []): string {
  const extra = optional.flatMap((t) => {
    const c = OPTIONAL_COVERAGE_TABLES[t];
    if (c === undefined) return [];
    const year = quoteIdent(c.year);
    const persons = c.onePerPerson ? 'count(*)' : 'count(DISTINCT person_id)';
    return [
      `    UNION ALL\n    SELECT '${t}', ${year}, count(*), ${persons} FROM ${quoteIdent(t)} GROUP BY ${year}`,
    ];
  });
  return query(`
    SELECT 'residence' AS ${TABLE}, year, count(*) AS ${ROWS}, count(*) AS persons
    FROM residence GROUP BY year
    UNION ALL
    SELECT 'labour', year, count(*), count(*) FROM labour GROUP BY year
    UNION ALL
    SELECT 'education', year, count(*), count(*) FROM education GROUP BY year
    UNION ALL
    SELECT 'income', year, count(*), count(*) FROM income GROUP BY year
    UNION ALL
    SELECT 'convictions', CAST(year(decision_date) AS INTEGER), count(*), count(DISTINCT person_id)
    FROM convictions GROUP BY year(decision_date)${extra.length === 0 ? '' : `\n${extra.join('\n')}`}`).sql;
}

/** The delivery's coverage as kept with its validation (`delivery_coverage`), ordered by table and year. */
export function keptCoverageQuery(): Query {
  return query(`SELECT * FROM delivery_coverage ORDER BY ${TABLE}, year`);
}

/** The coverage of the delivery in the workspace (kept with its validation), ordered by table and year. */
export async function deliveryCoverage(db: Db): Promise<CoverageRow[]> {
  return db.all<CoverageRow>(keptCoverageQuery());
}
