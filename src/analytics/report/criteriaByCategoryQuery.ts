import type { Assumptions } from '../../core/assumptions.ts';
import {
  AGE_BOUNDS,
  K2_DECISION_TYPES,
  K2_LAWS,
  k2AgeFloor,
  k4IncomeOffset,
} from '../indicators/indicatorSpec.ts';
import { query, type Query } from '../sql.ts';

/** The measures of chapter 2's tables and figures, each as one year's share or mean (not 2-year averages). */
export const CATEGORY_MEASURES = [
  'nonwestern',
  'menapt',
  'K1',
  'K1_18_30',
  'K1_31_49',
  'K1_50_64',
  'K2',
  'K3',
  'K4',
] as const;
export type CategoryMeasure = (typeof CATEGORY_MEASURES)[number];

/** K1 by age band (fig 2.2): completed years at 1 January, inclusive. */
export const K1_AGE_BANDS = {
  K1_18_30: [18, 30],
  K1_31_49: [31, 49],
  K1_50_64: [50, 64],
} as const;

/** One measure of one category in one snapshot year: numerator, the persons in it, and the denominator. */
export interface CategoryMeasureRow {
  readonly category: string;
  readonly year: number;
  readonly measure: CategoryMeasure;
  readonly numerator: number;
  readonly numeratorPersons: number;
  readonly denominator: number;
}

/** Snapshot years and the K3 education source of each (the rule set in force that year). */
export interface CriteriaYears {
  readonly years: readonly number[];
  /** Years whose rule set counts only Danish or recognised education for K3 (from 2018). */
  readonly k3DanishYears: readonly number[];
}

/**
 * Chapter 2's measures per category and snapshot year t, pooled over the category's areas (sum of numerators
 * over sum of denominators), on the same residents and the same definitions as the lists, as single years:
 * - non-western and MENAPT immigrants and descendants over all residents at 1 January t;
 * - K1: full-time persons outside job and education in data year t − 1 over residents 18–64 at t (and by age
 *   band); the numerator persons are those with any time outside;
 * - K2: residents aged 18+ (`k2AgeFloor`) at t with a counted conviction in calendar year t − 1;
 * - K3: residents 30–59 at t whose highest education at 1 October t − 1 is basic or unknown;
 * - K4: the mean gross income in DKK of residents 15–64 at t, fully taxable and not students, in income year
 *   t − 2 (`k4IncomeYear`): numerator the summed income, denominator the persons.
 * Reads `rep_area_residents` and `rep_category_areas` (reportPopulationQueries); the whole country is
 * `countryCriteriaQuery`.
 */
export function criteriaByCategoryQuery(a: Assumptions, years: CriteriaYears): Query {
  return query(
    `
    WITH convicted AS (
      SELECT DISTINCT person_id, CAST(year(decision_date) AS INTEGER) AS year
      FROM convictions
      WHERE list_contains($laws, law) AND list_contains($decision_types, decision_type)
    ),
    res AS MATERIALIZED (
      SELECT c.category, r.year, r.person_id, r.age
      FROM rep_area_residents AS r JOIN rep_category_areas AS c USING (area_id)
      WHERE list_contains($years, r.year)
    ),
    facts AS MATERIALIZED (
      SELECT res.category, res.year, res.age, p.nonwestern, p.menapt,
        CAST(coalesce(lab.outside_fte, 0) AS DECIMAL(18, 9)) AS outside,
        cv.person_id IS NOT NULL AS convicted,
        coalesce(CASE WHEN list_contains($k3_danish_years, res.year) THEN e.level_danish ELSE e.level END, 'unknown')
          IN ('basic', 'unknown') AS basic,
        CASE WHEN i.fully_taxable AND NOT i.student THEN CAST(i.gross_income AS DECIMAL(18, 2)) END AS income
      FROM res
      JOIN rep_persons AS p ON p.person_id = res.person_id
      LEFT JOIN area_labour AS lab ON lab.person_id = res.person_id AND lab.year = res.year - 1
      LEFT JOIN convicted AS cv ON cv.person_id = res.person_id AND cv.year = res.year - 1
      LEFT JOIN area_education AS e ON e.person_id = res.person_id AND e.year = res.year - 1
      LEFT JOIN area_income AS i ON i.person_id = res.person_id AND i.year = res.year - $income_offset
    )
    SELECT category, year, 'nonwestern' AS measure,
      CAST(count(*) FILTER (WHERE nonwestern) AS DOUBLE) AS numerator,
      count(*) FILTER (WHERE nonwestern) AS numeratorPersons, count(*) AS denominator
    FROM facts GROUP BY category, year
    UNION ALL
    SELECT category, year, 'menapt', count(*) FILTER (WHERE menapt), count(*) FILTER (WHERE menapt), count(*)
    FROM facts GROUP BY category, year
    UNION ALL
    SELECT category, year, 'K1', CAST(sum(outside) AS DOUBLE), count(*) FILTER (WHERE outside > 0), count(*)
    FROM facts WHERE age BETWEEN $k1_min AND $k1_max GROUP BY category, year
    UNION ALL
    SELECT category, year,
      CASE WHEN age <= $b1_max THEN 'K1_18_30' WHEN age <= $b2_max THEN 'K1_31_49' ELSE 'K1_50_64' END,
      CAST(sum(outside) AS DOUBLE), count(*) FILTER (WHERE outside > 0), count(*)
    FROM facts WHERE age BETWEEN $k1_min AND $k1_max GROUP BY ALL
    UNION ALL
    SELECT category, year, 'K2', count(*) FILTER (WHERE convicted), count(*) FILTER (WHERE convicted), count(*)
    FROM facts WHERE age >= $k2_floor GROUP BY category, year
    UNION ALL
    SELECT category, year, 'K3', count(*) FILTER (WHERE basic), count(*) FILTER (WHERE basic), count(*)
    FROM facts WHERE age BETWEEN $k3_min AND $k3_max GROUP BY category, year
    UNION ALL
    SELECT category, year, 'K4', CAST(sum(income) AS DOUBLE), count(income), count(income)
    FROM facts WHERE age BETWEEN $k4_min AND $k4_max AND income IS NOT NULL GROUP BY category, year
    ORDER BY category, year, measure
    `,
    {
      laws: K2_LAWS,
      decision_types: K2_DECISION_TYPES[a.k2DecisionTypes],
      years: years.years,
      k3_danish_years: years.k3DanishYears,
      income_offset: k4IncomeOffset(a),
      k1_min: AGE_BOUNDS.k1[0],
      k1_max: AGE_BOUNDS.k1[1],
      b1_max: K1_AGE_BANDS.K1_18_30[1],
      b2_max: K1_AGE_BANDS.K1_31_49[1],
      k2_floor: k2AgeFloor(a),
      k3_min: AGE_BOUNDS.k3[0],
      k3_max: AGE_BOUNDS.k3[1],
      k4_min: AGE_BOUNDS.k4[0],
      k4_max: AGE_BOUNDS.k4[1],
    },
  );
}

/** One snapshot year of the whole country, and whether its rule set counts only Danish or recognised education. */
export interface CountryYear {
  readonly year: number;
  readonly k3Danish: boolean;
}

/**
 * The same measures for the whole country (every resident of one snapshot year), as category `country`.
 * One year at a time, each register table read only for the data year the measure needs (a constant filter
 * DuckDB pushes into the scan), so a year's ≈ 6 million residents are joined to ≈ 6 million register rows
 * each and the query keeps within the report's memory limit; the national population is never materialised.
 */
export function countryCriteriaQuery(a: Assumptions, y: CountryYear): Query {
  return query(
    `
    WITH res AS (
      SELECT r.person_id, $year - p.zero_age_year AS age, p.nonwestern, p.menapt
      FROM residence AS r JOIN rep_persons AS p USING (person_id)
      WHERE r.year = $year
    ),
    lab AS (SELECT person_id, outside_fte FROM labour WHERE year = $year - 1),
    convicted AS (
      SELECT DISTINCT person_id FROM convictions
      WHERE CAST(year(decision_date) AS INTEGER) = $year - 1
        AND list_contains($laws, law) AND list_contains($decision_types, decision_type)
    ),
    edu AS (
      SELECT person_id, CASE WHEN $k3_danish THEN level_danish ELSE level END AS level
      FROM education WHERE year = $year - 1
    ),
    inc AS (
      SELECT person_id, gross_income FROM income
      WHERE year = $year - $income_offset AND fully_taxable AND NOT student
    )
    SELECT 'country' AS category, $year AS year, 'nonwestern' AS measure,
      CAST(count(*) FILTER (WHERE nonwestern) AS DOUBLE) AS numerator,
      count(*) FILTER (WHERE nonwestern) AS numeratorPersons, count(*) AS denominator
    FROM res
    UNION ALL
    SELECT 'country', $year, 'menapt', count(*) FILTER (WHERE menapt), count(*) FILTER (WHERE menapt), count(*)
    FROM res
    UNION ALL
    SELECT 'country', $year, 'K1', CAST(sum(CAST(coalesce(lab.outside_fte, 0) AS DECIMAL(18, 9))) AS DOUBLE),
      count(*) FILTER (WHERE lab.outside_fte > 0), count(*)
    FROM res LEFT JOIN lab USING (person_id)
    WHERE res.age BETWEEN $k1_min AND $k1_max
    UNION ALL
    SELECT 'country', $year, 'K2', count(cv.person_id), count(cv.person_id), count(*)
    FROM res LEFT JOIN convicted AS cv USING (person_id)
    WHERE res.age >= $k2_floor
    UNION ALL
    SELECT 'country', $year, 'K3',
      count(*) FILTER (WHERE coalesce(edu.level, 'unknown') IN ('basic', 'unknown')),
      count(*) FILTER (WHERE coalesce(edu.level, 'unknown') IN ('basic', 'unknown')),
      count(*)
    FROM res LEFT JOIN edu USING (person_id)
    WHERE res.age BETWEEN $k3_min AND $k3_max
    UNION ALL
    SELECT 'country', $year, 'K4', CAST(sum(CAST(inc.gross_income AS DECIMAL(18, 2))) AS DOUBLE), count(*), count(*)
    FROM res JOIN inc USING (person_id)
    WHERE res.age BETWEEN $k4_min AND $k4_max
    ORDER BY measure
    `,
    {
      year: y.year,
      k3_danish: y.k3Danish,
      laws: K2_LAWS,
      decision_types: K2_DECISION_TYPES[a.k2DecisionTypes],
      income_offset: k4IncomeOffset(a),
      k1_min: AGE_BOUNDS.k1[0],
      k1_max: AGE_BOUNDS.k1[1],
      k2_floor: k2AgeFloor(a),
      k3_min: AGE_BOUNDS.k3[0],
      k3_max: AGE_BOUNDS.k3[1],
      k4_min: AGE_BOUNDS.k4[0],
      k4_max: AGE_BOUNDS.k4[1],
    },
  );
}
