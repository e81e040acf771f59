import type { Assumptions } from '../../core/assumptions.ts';
import {
  INTEGRATION_AGES,
  MISSING_EXAM_GRADE,
  SCHOOL_MIN_PUPILS,
  SCHOOL_NONWESTERN_PCT,
} from '../../core/integration/integrationOptions.ts';
import type { AreaId } from '../../core/model/ids.ts';
import {
  K2_DECISION_TYPES,
  K2_LAWS,
  NON_PUBLIC_KINDS,
  nonPublicBuiltFrom,
} from '../indicators/indicatorSpec.ts';
import { zeroAgeYear } from '../indicators/indicatorSetupQueries.ts';
import { countsResidentsSql, dwellingStatesSql, stateHoldsIn } from '../housing/dwellingStateQuery.ts';
import { query, type Query } from '../sql.ts';

/** One group's share: category (`parallelsamfund`, `country`), sex (`m`, `f`), origin, numerator, denominator. */
export interface GroupShareRow {
  readonly category: string;
  readonly sex: string;
  readonly origin: string;
  readonly numerator: number;
  readonly denominator: number;
}

/** One group's exam means (fig 4.3): the sum of the pupils' averages and the pupils, plain and corrected. */
export interface GroupExamRow {
  readonly category: string;
  readonly sex: string;
  readonly origin: string;
  readonly measure: 'mean' | 'corrected';
  readonly sum: number;
  readonly n: number;
}

/**
 * The working tables of chapter 4 (domain §11), built once per report in the open workspace:
 * - `int_area_dwellings`: the dwellings whose residents count for Y's parallelsamfund areas, on the parcels of
 *   Y's delimitation, by the same residents rule as the lists;
 * - `int_persons`: every person once with sex, zero-age year and origin group: `danish` (ie_type 1), `menapt`,
 *   `otherNonwestern`, `western` (immigrants and descendants by country of origin) — an unknown country counts
 *   as other non-western, or as `unknown` (shown in no group) under `unknownOrigin=excluded`;
 * - `int_residents`: the residents of 1 January Y−1 (`RESIDENTS_SELECT`), which figures 4.1, 4.2 and 4.4–4.6
 *   read, joined to `int_persons` once rather than once per figure.
 */
export function integrationSetupQueries(
  listYear: number,
  parallelsamfund: readonly AreaId[],
  a: Assumptions,
  hasDwellingEvents: boolean,
): Query[] {
  return [
    query(
      `
      CREATE OR REPLACE TEMP TABLE int_area_dwellings AS
      WITH dwelling_states AS (
        ${dwellingStatesSql(hasDwellingEvents).replaceAll('\n', '\n        ')}
      )
      SELECT DISTINCT d.dwelling_id, d.valid_from, d.valid_to
      FROM area_parcels AS ap
      JOIN dwelling_states AS d ON d.parcel_id = ap.parcel_id
      WHERE ap.valid_from <= $list_year AND $list_year <= coalesce(ap.valid_to, 9999)
        AND list_contains(CAST($areas AS VARCHAR[]), ap.area_id)
        AND ${countsResidentsSql('d', '$non_public_built_from', '$non_public_kinds').replaceAll('\n', '\n        ')}
      `,
      {
        list_year: listYear,
        areas: [...parallelsamfund],
        non_public_built_from: nonPublicBuiltFrom(a),
        non_public_kinds: NON_PUBLIC_KINDS[a.nonPublicKinds],
      },
    ),
    query(
      `
      CREATE OR REPLACE TEMP TABLE int_persons AS
      SELECT p.person_id, p.sex,
        CAST(${zeroAgeYear('p.birth_date')} AS INTEGER) AS zero_age_year,
        CASE
          WHEN p.ie_type NOT IN (2, 3) THEN 'danish'
          WHEN c.code IS NULL OR c.unknown = 1 THEN CASE WHEN $unknown_is_nonwestern THEN 'otherNonwestern' ELSE 'unknown' END
          WHEN c.country_group = 'menapt' THEN 'menapt'
          WHEN c.country_group = 'western' THEN 'western'
          ELSE 'otherNonwestern'
        END AS origin
      FROM persons AS p
      LEFT JOIN ref_countries AS c ON c.code = p.origin_country
      `,
      { unknown_is_nonwestern: a.unknownOrigin === 'nonwestern' },
    ),
    query(`CREATE OR REPLACE TEMP TABLE int_residents AS${RESIDENTS_SELECT}`, { years: [listYear - 1] }),
  ];
}

/**
 * The residents of 1 January of `$years` as (category, year, person, sex, origin, age): Y's parallelsamfund
 * areas (area residents in `int_area_dwellings`) and the whole country (every resident).
 */
const RESIDENTS_SELECT = `
    SELECT x.category, x.year, x.person_id, p.sex, p.origin, x.year - p.zero_age_year AS age
    FROM (
      SELECT 'parallelsamfund' AS category, r.year, r.person_id FROM area_residence AS r
      WHERE list_contains($years, r.year) AND EXISTS (
        SELECT 1 FROM int_area_dwellings AS ad
        WHERE ad.dwelling_id = r.dwelling_id AND ${stateHoldsIn('ad', 'r.year')})
      UNION ALL
      SELECT 'country', r.year, r.person_id FROM residence AS r
      WHERE list_contains($years, r.year)
    ) AS x
    JOIN int_persons AS p USING (person_id)`;

/** `RESIDENTS_SELECT` as the CTE `res`. */
const RESIDENTS = `
    res AS (${RESIDENTS_SELECT.replaceAll('\n', '\n  ')}
    )`;

/**
 * The residents of 1 January `$year` as `res`, from `int_residents` (built by the setup for Y−1, the year these
 * figures read).
 */
const RESIDENTS_OF_YEAR = `
    res AS (SELECT category, year, person_id, sex, origin, age FROM int_residents WHERE year = $year)`;

const GROUPED = 'GROUP BY category, sex, origin ORDER BY category, sex, origin';

/**
 * Fig 4.1: residents aged 25–64 on 1 January Y−1 (`$year`) employed at the end of November Y−1 (`employment`;
 * no row = not employed), by category, sex and origin.
 */
export function employmentRateQuery(year: number): Query {
  return query(
    `
    WITH ${RESIDENTS_OF_YEAR.trim()},
    emp AS (SELECT person_id FROM employment WHERE year = $year AND employed)
    SELECT category, sex, origin,
      count(emp.person_id) AS numerator, count(*) AS denominator
    FROM res LEFT JOIN emp USING (person_id)
    WHERE res.age BETWEEN $age_min AND $age_max
    ${GROUPED}
    `,
    { year, age_min: INTEGRATION_AGES.employment[0], age_max: INTEGRATION_AGES.employment[1] },
  );
}

/**
 * Fig 4.2: children 0–15 on 1 January Y−1 living at home (`families.role = 'child'`) whose family has no adult
 * employed at the end of November Y−1 (a family with one employed adult of two has an employed adult; a
 * family with no adult has none), by category, sex and origin of the child.
 */
export function childrenWithoutEmployedAdultQuery(year: number): Query {
  return query(
    `
    WITH ${RESIDENTS_OF_YEAR.trim()},
    fam AS (SELECT person_id, family_id, role FROM families WHERE year = $year),
    employed_families AS (
      SELECT DISTINCT f.family_id FROM fam AS f
      JOIN employment AS e ON e.person_id = f.person_id AND e.year = $year AND e.employed
      WHERE f.role = 'adult'
    )
    SELECT category, sex, origin,
      count(*) FILTER (WHERE ef.family_id IS NULL) AS numerator, count(*) AS denominator
    FROM res
    JOIN fam ON fam.person_id = res.person_id AND fam.role = 'child'
    LEFT JOIN employed_families AS ef ON ef.family_id = fam.family_id
    WHERE res.age BETWEEN $age_min AND $age_max
    ${GROUPED}
    `,
    { year, age_min: INTEGRATION_AGES.children[0], age_max: INTEGRATION_AGES.children[1] },
  );
}

/**
 * Fig 4.3: 9th-grade pupils of school years `$school_years` (spring years; pooled), living in the category on
 * 1 January of the spring year. `mean`: the pupils who took every bound exam, each pupil's average grade;
 * `corrected`: every pupil, each bound exam not taken counting −3 (pupils who took none included).
 */
export function examMeansQuery(schoolYears: readonly number[]): Query {
  return query(
    `
    WITH ${RESIDENTS.trim()},
    pupils AS (
      SELECT res.category, res.sex, res.origin, x.exams_bound, x.exams_taken,
        CAST(coalesce(x.grade_sum, 0) AS DOUBLE) AS grade_sum
      FROM exam_results AS x
      JOIN res ON res.person_id = x.person_id AND res.year = x.school_year
      WHERE list_contains($years, x.school_year) AND x.exams_bound >= 1
    )
    SELECT category, sex, origin, 'mean' AS measure,
      sum(grade_sum / exams_bound) AS sum, count(*) AS n
    FROM pupils WHERE exams_taken = exams_bound
    GROUP BY category, sex, origin
    UNION ALL
    SELECT category, sex, origin, 'corrected',
      sum((grade_sum + $missing_grade * (exams_bound - exams_taken)) / exams_bound), count(*)
    FROM pupils
    GROUP BY category, sex, origin
    ORDER BY category, sex, origin, measure
    `,
    { years: [...schoolYears], missing_grade: MISSING_EXAM_GRADE },
  );
}

/**
 * Fig 4.4: pupils aged 7–15 on 1 January Y−1 enrolled in a school with at least 50 pupils (all grades) that
 * year; the numerator those whose school has at least 25 % non-western pupils (immigrants and descendants of
 * MENAPT and other non-western origin), decided in whole numbers: 100 × non-western ≥ 25 × pupils.
 */
export function pupilsInNonwesternSchoolsQuery(year: number): Query {
  return query(
    `
    WITH ${RESIDENTS_OF_YEAR.trim()},
    enrolled AS (
      SELECT e.person_id, e.school_id, p.origin IN ('menapt', 'otherNonwestern') AS nonwestern
      FROM school_enrolment AS e JOIN int_persons AS p USING (person_id)
      WHERE e.year = $year
    ),
    school_sizes AS (
      SELECT school_id, count(*) AS pupils, count(*) FILTER (WHERE nonwestern) AS nonwestern_pupils
      FROM enrolled GROUP BY school_id
    )
    SELECT category, sex, origin,
      count(*) FILTER (WHERE 100 * s.nonwestern_pupils >= $pct * s.pupils) AS numerator, count(*) AS denominator
    FROM res
    JOIN enrolled AS e ON e.person_id = res.person_id
    JOIN school_sizes AS s ON s.school_id = e.school_id
    WHERE res.age BETWEEN $age_min AND $age_max AND s.pupils >= $min_pupils
    ${GROUPED}
    `,
    {
      year,
      pct: SCHOOL_NONWESTERN_PCT,
      min_pupils: SCHOOL_MIN_PUPILS,
      age_min: INTEGRATION_AGES.pupils[0],
      age_max: INTEGRATION_AGES.pupils[1],
    },
  );
}

/**
 * Fig 4.5: men aged 15–29 on 1 January Y−1 with a decision of K2's laws and decision types
 * (`k2DecisionTypes`) in calendar year Y−1.
 */
export function youngMenConvictedQuery(year: number, a: Assumptions): Query {
  return query(
    `
    WITH ${RESIDENTS_OF_YEAR.trim()},
    convicted AS (
      SELECT DISTINCT person_id FROM convictions
      WHERE CAST(year(decision_date) AS INTEGER) = $year
        AND list_contains($laws, law) AND list_contains($decision_types, decision_type)
    )
    SELECT category, sex, origin, count(cv.person_id) AS numerator, count(*) AS denominator
    FROM res LEFT JOIN convicted AS cv USING (person_id)
    WHERE res.sex = 'm' AND res.age BETWEEN $age_min AND $age_max
    ${GROUPED}
    `,
    {
      year,
      laws: K2_LAWS,
      decision_types: K2_DECISION_TYPES[a.k2DecisionTypes],
      age_min: INTEGRATION_AGES.youngMen[0],
      age_max: INTEGRATION_AGES.youngMen[1],
    },
  );
}

/**
 * Fig 4.6: children 0–15 on 1 January Y−1 living at home whose family (`families`, Y−1) has an adult with a
 * decision of K2's laws and decision types in calendar years `$from_year`…Y−1
 * (`integrationConvictedAdultYears`).
 */
export function childrenWithConvictedAdultQuery(year: number, convictedYears: number, a: Assumptions): Query {
  return query(
    `
    WITH ${RESIDENTS_OF_YEAR.trim()},
    fam AS (SELECT person_id, family_id, role FROM families WHERE year = $year),
    convicted AS (
      SELECT DISTINCT person_id FROM convictions
      WHERE CAST(year(decision_date) AS INTEGER) BETWEEN $from_year AND $year
        AND list_contains($laws, law) AND list_contains($decision_types, decision_type)
    ),
    convicted_families AS (
      SELECT DISTINCT f.family_id FROM fam AS f JOIN convicted USING (person_id) WHERE f.role = 'adult'
    )
    SELECT category, sex, origin,
      count(cf.family_id) AS numerator, count(*) AS denominator
    FROM res
    JOIN fam ON fam.person_id = res.person_id AND fam.role = 'child'
    LEFT JOIN convicted_families AS cf ON cf.family_id = fam.family_id
    WHERE res.age BETWEEN $age_min AND $age_max
    ${GROUPED}
    `,
    {
      year,
      from_year: year - convictedYears + 1,
      laws: K2_LAWS,
      decision_types: K2_DECISION_TYPES[a.k2DecisionTypes],
      age_min: INTEGRATION_AGES.children[0],
      age_max: INTEGRATION_AGES.children[1],
    },
  );
}
