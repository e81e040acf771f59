import { query, type Query } from '../sql.ts';

/**
 * Per school: its pupils on 1 January of `year` (`school_enrolment`) and those of them living, at the same
 * snapshot, in an area on any of the udsatte lists of `listYears` (`duty_udsat_lists`).
 */
export function schoolSharesQuery(year: number, listYears: readonly number[]): Query {
  return query(
    `
    WITH listed AS (
      SELECT DISTINCT area_id FROM duty_udsat_lists WHERE list_contains($list_years, list_year)
    )
    SELECT s.school_id, s.name, s.municipality_code, s.kind,
      count(*) AS pupils, count(l.area_id) AS from_listed
    FROM school_enrolment AS e
    JOIN schools AS s ON s.school_id = e.school_id
    LEFT JOIN duty_area_residence AS ar ON ar.person_id = e.person_id AND ar.year = e.year
    LEFT JOIN listed AS l ON l.area_id = ar.area_id
    WHERE e.year = $year
    GROUP BY ALL
    ORDER BY s.municipality_code, s.school_id
    `,
    { year, list_years: [...listYears] },
  );
}

/** A row of `schoolSharesQuery`. */
export interface SchoolShareRow {
  school_id: string;
  name: string;
  municipality_code: string;
  kind: string;
  pupils: number;
  from_listed: number;
}

/**
 * Table 5.4 per school year: per quarter the pupils whose unlawful absence is at least 15 % of that quarter's
 * school days (exactly, in integers: 100 × unlawful ≥ 15 × school days), the unique pupils with such a quarter,
 * and all unique pupils of the year.
 */
export function absenceCountsQuery(schoolYears: readonly number[]): Query {
  return query(
    `
    WITH flagged AS (
      SELECT school_year, quarter, person_id, 100 * unlawful_days >= 15 * school_days AS high
      FROM absence
      WHERE list_contains($school_years, school_year)
    )
    SELECT school_year,
      count(DISTINCT person_id) FILTER (WHERE high AND quarter = 'q3') AS q3,
      count(DISTINCT person_id) FILTER (WHERE high AND quarter = 'q4') AS q4,
      count(DISTINCT person_id) FILTER (WHERE high AND quarter = 'q1') AS q1,
      count(DISTINCT person_id) FILTER (WHERE high AND quarter = 'q2') AS q2,
      count(DISTINCT person_id) FILTER (WHERE high) AS unique_high,
      count(DISTINCT person_id) AS pupils
    FROM flagged
    GROUP BY school_year
    ORDER BY school_year
    `,
    { school_years: [...schoolYears] },
  );
}

/** A row of `absenceCountsQuery`. */
export interface AbsenceCountsRow {
  school_year: number;
  q3: number;
  q4: number;
  q1: number;
  q2: number;
  unique_high: number;
  pupils: number;
}

/**
 * Tables 5.5 and 5.7 per school year and grade group (`0`: børnehaveklasse; `1-9`): attempts, unique pupils with
 * at least one attempt, pupils assessed ready in any attempt, and — from the pupils' grade on 1 January of the
 * next year in `school_enrolment` against their highest grade tested — those who moved up, those who did not
 * (repeated), and those with no enrolment row that year (unplaced). A pupil's group is that of the highest
 * grade tested in the year.
 */
export function languageTestPupilsQuery(schoolYears: readonly number[], withEnrolment: boolean): Query {
  // Without school_enrolment no pupil has a next-year grade (the analysis reports those cells missing).
  const enrolment = withEnrolment
    ? 'SELECT year, person_id, grade FROM school_enrolment'
    : 'SELECT CAST(NULL AS INTEGER) AS year, CAST(NULL AS VARCHAR) AS person_id, CAST(NULL AS INTEGER) AS grade WHERE false';
  return query(
    `
    WITH enrolment AS (${enrolment}),
    pupils AS (
      SELECT school_year, person_id, max(grade) AS grade, count(*) AS attempts, bool_or(ready) AS ready
      FROM language_tests
      WHERE list_contains($school_years, school_year)
      GROUP BY school_year, person_id
    )
    SELECT p.school_year, CASE WHEN p.grade = 0 THEN '0' ELSE '1-9' END AS grade_group,
      sum(p.attempts) AS attempts,
      count(*) AS pupils,
      count(*) FILTER (WHERE p.ready) AS ready,
      count(*) FILTER (WHERE e.grade > p.grade) AS moved_up,
      count(*) FILTER (WHERE e.grade <= p.grade) AS repeated,
      count(*) FILTER (WHERE e.grade IS NULL) AS unplaced
    FROM pupils AS p
    LEFT JOIN enrolment AS e ON e.person_id = p.person_id AND e.year = p.school_year + 1
    GROUP BY ALL
    ORDER BY p.school_year, grade_group
    `,
    { school_years: [...schoolYears] },
  );
}

/** A row of `languageTestPupilsQuery`. */
export interface LanguageTestPupilsRow {
  school_year: number;
  grade_group: '0' | '1-9';
  attempts: number;
  pupils: number;
  ready: number;
  moved_up: number;
  repeated: number;
  unplaced: number;
}

/**
 * Tables 5.6 and 5.8 for one school year: per attempt and grade band (`0`, `1-3`, `4-6`, `7-9`, by the grade
 * at the attempt), the tests held and how many were assessed ready.
 */
export function languageTestAttemptsQuery(schoolYear: number): Query {
  return query(
    `
    SELECT attempt,
      CASE WHEN grade = 0 THEN '0' WHEN grade <= 3 THEN '1-3' WHEN grade <= 6 THEN '4-6' ELSE '7-9' END AS band,
      count(*) AS held, count(*) FILTER (WHERE ready) AS ready
    FROM language_tests
    WHERE school_year = $school_year
    GROUP BY ALL
    ORDER BY attempt, band
    `,
    { school_year: schoolYear },
  );
}

/** A row of `languageTestAttemptsQuery`. */
export interface LanguageTestAttemptsRow {
  attempt: number;
  band: '0' | '1-3' | '4-6' | '7-9';
  held: number;
  ready: number;
}
