import { query, type Query } from '../analytics/sql.ts';
import { ABSENCE, EXAMS, LANGUAGE_TESTS, SCHOOLS } from './peopleParameters.ts';
import { personIdSql, sqlInt } from './synthMacros.ts';

/** Salts of the schools' draws. */
const SALT = {
  tenth: 211,
  fri: 212,
  nearby: 213,
  index: 214,
  areaSchool: 215,
  areaFri: 216,
  bound: 217,
  status: 218,
  missing: 219,
  ability: 220,
  exam: 221,
  secondLanguage: 223,
  ready: 224,
  voluntary: 225,
  days: 226,
  prone: 227,
  high: 228,
  amount: 229,
  repeat: 230,
  district: 231,
  districtPick: 232,
} as const;

const QUARTERS = ['q3', 'q4', 'q1', 'q2'] as const;

/** Mean grade of a pupil's origin group and sex (`EXAMS.mean`). */
function examMeanSql(): string {
  const m = EXAMS.mean;
  const bySex = (s: { m: number; f: number }): string => `CASE WHEN sex = 'm' THEN ${s.m} ELSE ${s.f} END`;
  return `CASE grp WHEN 0 THEN ${bySex(m.danish)} WHEN 1 THEN ${bySex(m.western)} WHEN 2 THEN ${bySex(m.menapt)} ELSE ${bySex(m.otherNonwestern)} END`;
}

/**
 * Schools and pupils (1 January of every snapshot year). Each municipality has folkeskoler for its pupils
 * (`SCHOOLS.pupilsPerFolkeskole`, at least one) and free/private schools (`friPrivatShare` of its pupils,
 * `pupilsPerFriPrivat` each; none in a municipality too small for one). Pupils are the residents aged 6–16 on
 * 1 January (grade = age − 6; of the 16-year-olds only `tenthGrade` are in 10th grade); each goes to a school of
 * their municipality, a pupil of an area with `areaNearbyShare` to the area's nearby school of the kind chosen,
 * so the areas' children concentrate in a few schools. Choices are person-level draws, so a pupil stays in the
 * same school while living in the same place. Of the pupils in ordinary housing of a municipality with areas,
 * `areaDistrictShare` (by origin) go to a folkeskole near one of its areas (the school's district around the
 * area), so those schools mix the areas' pupils with their neighbours'.
 *
 * Pupils tested for language (`languageTestPupilsQuery`) repeat their grade the next school year with
 * `LANGUAGE_TESTS.repeat` (at most once, as the law allows): their grade is age − 7 from then on, and a 16-year-old
 * repeater is in 9th grade. The duty schools and the tests are decided on the grades before repeating
 * (`enrol0`); a repeater's own tests after repeating are the retests of `retestPupilsSql`.
 */
export function schoolSetupQueries(): Query[] {
  const r = LANGUAGE_TESTS.repeat;
  return [
    query(`
      CREATE OR REPLACE TABLE pupil_all AS
      SELECT year, pid, loc, muni, age, age - 6 AS grade, sex, grp, ie, z, is_area,
        age <= 15 OR u1(pid, ${SALT.tenth}) < ${SCHOOLS.tenthGrade} AS in_base
      FROM young WHERE age BETWEEN 6 AND 16`),
    query(`
      CREATE OR REPLACE TABLE school_n AS
      SELECT muni, greatest(1, round(n * ${1 - SCHOOLS.friPrivatShare} / ${SCHOOLS.pupilsPerFolkeskole}))::INTEGER AS n_folk,
        round(n * ${SCHOOLS.friPrivatShare} / ${SCHOOLS.pupilsPerFriPrivat})::INTEGER AS n_fri
      FROM (SELECT muni, count(*) / count(DISTINCT year) AS n FROM pupil_all WHERE in_base GROUP BY muni)`),
    // The folkeskoler near the municipality's areas, numbered 1 … n within it: their districts' ordinary housing.
    query(`
      CREATE OR REPLACE TABLE area_schools AS
      SELECT muni, school_num, row_number() OVER (PARTITION BY muni ORDER BY school_num) AS k,
        count(*) OVER (PARTITION BY muni) AS n_area_schools
      FROM (
        SELECT DISTINCT a.muni, (1 + floor(u1(a.loc, ${SALT.areaSchool}) * n.n_folk))::INTEGER AS school_num
        FROM (SELECT DISTINCT muni, loc FROM pupil_all WHERE is_area) a JOIN school_n n USING (muni))`),
    query(`
      CREATE OR REPLACE TABLE enrol_all AS
      WITH c AS (
        SELECT p.*, n.n_folk, n.n_fri, coalesce(a.n_area_schools, 0) AS n_area_schools,
          n.n_fri > 0 AND u1(p.pid, ${SALT.fri}) < ${SCHOOLS.friPrivatShare} AS fri,
          p.is_area AND u1(p.pid, ${SALT.nearby}) < ${SCHOOLS.areaNearbyShare} AS nearby,
          NOT p.is_area AND u1(p.pid, ${SALT.district}) < CASE p.grp WHEN 0 THEN ${SCHOOLS.areaDistrictShare.danish}
            WHEN 1 THEN ${SCHOOLS.areaDistrictShare.western} ELSE ${SCHOOLS.areaDistrictShare.nonwestern} END AS district
        FROM pupil_all p JOIN school_n n USING (muni)
        LEFT JOIN (SELECT DISTINCT muni, n_area_schools FROM area_schools) a USING (muni)
      ), d AS (
        SELECT c.*, CASE WHEN district AND NOT fri AND n_area_schools > 0
          THEN 1 + floor(u1(pid, ${SALT.districtPick}) * n_area_schools)::INTEGER END AS district_k
        FROM c
      )
      SELECT d.year, d.pid, d.loc, d.muni, d.age, d.grade, d.sex, d.grp, d.ie, d.z, d.is_area, d.fri, d.in_base,
        CASE WHEN d.fri THEN d.n_folk + 1 + CASE WHEN d.nearby THEN floor(u1(d.loc, ${SALT.areaFri}) * d.n_fri) ELSE floor(u1(d.pid, ${SALT.index}) * d.n_fri) END
             WHEN d.district_k IS NOT NULL THEN s.school_num
             ELSE 1 + CASE WHEN d.nearby THEN floor(u1(d.loc, ${SALT.areaSchool}) * d.n_folk) ELSE floor(u1(d.pid, ${SALT.index}) * d.n_folk) END
        END::INTEGER AS school_num
      FROM d LEFT JOIN area_schools s ON s.muni = d.muni AND s.k = d.district_k`),
    query(`CREATE OR REPLACE TABLE enrol0 AS SELECT * EXCLUDE (in_base) FROM enrol_all WHERE in_base`),
    // Pupils living in an area on an udsatte list of the last three years (lists of 1 December S−3 … S−1) and on
    // the list in force (1 December S−1), per school year S = the 1 January snapshot.
    query(`
      CREATE OR REPLACE TABLE enrol_listed AS
      SELECT e.year, e.pid, bool_or(u.list_year = e.year - 1) AS listed, TRUE AS listed3
      FROM enrol_all e JOIN udsat_list u ON u.loc = e.loc AND u.list_year BETWEEN e.year - 3 AND e.year - 1
      WHERE e.is_area
      GROUP BY e.year, e.pid`),
    query(`CREATE OR REPLACE TABLE duty_schools AS ${dutySchoolsSql()}`),
    query(`CREATE OR REPLACE TABLE lt_pupils0 AS ${languageTestPupilsSql('enrol0', 'duty_schools')}`),
    // The first school year after which a tested pupil repeats (ready or not, with the chances of LANGUAGE_TESTS.repeat).
    query(`
      CREATE OR REPLACE TABLE repeaters AS
      SELECT pid, min(school_year) AS repeat_year, arg_min(grade, school_year) AS repeat_grade
      FROM lt_pupils0
      WHERE u2(pid, school_year, ${SALT.repeat}) < CASE
        WHEN ready_at IS NOT NULL THEN ${r.ready}
        WHEN grade = 0 THEN ${r.notReadyGrade0} ELSE ${r.notReadyHigher} END
      GROUP BY pid`),
    query(`
      CREATE OR REPLACE TABLE enrol AS
      SELECT * EXCLUDE (in_base) FROM (
        SELECT e.* REPLACE (e.grade - (rp.repeat_year IS NOT NULL AND e.year > rp.repeat_year)::INTEGER AS grade)
        FROM enrol_all e LEFT JOIN repeaters rp USING (pid))
      WHERE grade <= 9 OR in_base`),
    query(`
      CREATE OR REPLACE TABLE lt_pupils AS
      SELECT t.* FROM lt_pupils0 t LEFT JOIN repeaters rp USING (pid)
      WHERE rp.repeat_year IS NULL OR t.school_year <= rp.repeat_year
      UNION ALL
      SELECT * FROM (${retestPupilsSql()})`),
  ];
}

const schoolId = (muni: string, num: string): string =>
  `'S' || ${muni} || '-' || lpad(${num}::VARCHAR, 3, '0')`;

/** `schools`: every municipality's folkeskoler, then its free/private schools. */
export function schoolsQuery(): Query {
  return query(`
    SELECT ${schoolId('muni', 'num')} AS school_id,
      CASE WHEN num <= n_folk THEN 'Folkeskole ' ELSE 'Fri- og privatskole ' END || muni || '-' || num::VARCHAR AS name,
      muni AS municipality_code, CASE WHEN num <= n_folk THEN 'folkeskole' ELSE 'fri_privat' END AS kind
    FROM (SELECT muni, n_folk, unnest(range(1, n_folk + n_fri + 1)) AS num FROM school_n)
    ORDER BY muni, num`);
}

/** `school_enrolment`: one row per pupil and 1 January. */
export function schoolEnrolmentQuery(): Query {
  return query(`
    SELECT year, ${personIdSql('pid')} AS person_id, school_id, grade FROM (
      SELECT year, pid, ${schoolId('muni', 'school_num')} AS school_id, grade::INTEGER AS grade
      FROM enrol ORDER BY year, pid)`);
}

/**
 * `exam_results`: every 9th-grade pupil of 1 January S (school year S). 7 bound exams (8 with 0.25, 9 with 0.05);
 * a pupil takes none, only some, or all (none and some more likely with disadvantage and in an area on the list
 * in force); each exam's grade is the 7-step grade nearest to the pupil's ability (`EXAMS`) plus exam noise.
 */
export function examResultsQuery(): Query {
  const e = EXAMS;
  const none = `(${e.noneBase} + 0.04 * z + CASE WHEN listed THEN ${e.listedExtra} ELSE 0 END)`;
  const part = `(${e.partBase} + 0.06 * z + CASE WHEN listed THEN ${e.listedExtra} ELSE 0 END)`;
  const normal = (a: string, salt: number): string =>
    `(sqrt(-2 * ln(1 - u2(${a}, school_year, ${salt}))) * cos(2 * pi() * u2(${a}, school_year, ${salt + 1})))`;
  const step = (x: string): string =>
    `CASE WHEN ${x} < -1.5 THEN -3 WHEN ${x} < 1 THEN 0 WHEN ${x} < 3 THEN 2 WHEN ${x} < 5.5 THEN 4 WHEN ${x} < 8.5 THEN 7 WHEN ${x} < 11 THEN 10 ELSE 12 END`;
  return query(`
    WITH p AS (
      SELECT e.year AS school_year, e.pid, e.sex, e.grp, e.z, coalesce(l.listed, FALSE) AS listed,
        7 + (u2(e.pid, e.year, ${SALT.bound}) < 0.25)::INTEGER + (u2(e.pid, e.year, ${SALT.bound}) < 0.05)::INTEGER AS exams_bound,
        u2(e.pid, e.year, ${SALT.status}) AS u_status, u2(e.pid, e.year, ${SALT.missing}) AS u_missing
      FROM enrol e LEFT JOIN enrol_listed l USING (year, pid) WHERE e.grade = 9
    ), t AS (
      SELECT p.*,
        CASE WHEN u_status < ${none} THEN 0
             WHEN u_status < ${none} + ${part} THEN greatest(1, exams_bound - 1 - floor(3 * u_missing)::INTEGER)
             ELSE exams_bound END AS exams_taken,
        ${examMeanSql()} - ${e.disadvantage} * (z - 0.5) + ${e.personSd} * ${normal('pid', SALT.ability)} AS ability
      FROM p
    ), g AS (
      SELECT school_year, pid, sum(${step(`ability + ${e.examSd} * ${normal('pid * 16 + j', SALT.exam)}`)}) AS grade_sum
      FROM (SELECT school_year, pid, ability, unnest(range(exams_taken)) AS j FROM t WHERE exams_taken > 0)
      GROUP BY school_year, pid
    )
    SELECT school_year, ${personIdSql('pid')} AS person_id, exams_bound, exams_taken, grade_sum FROM (
      SELECT t.school_year::INTEGER AS school_year, t.pid, t.exams_bound::INTEGER AS exams_bound,
        t.exams_taken::INTEGER AS exams_taken, g.grade_sum::DOUBLE AS grade_sum
      FROM t LEFT JOIN g USING (school_year, pid)
      ORDER BY t.school_year, t.pid)`);
}

/**
 * The schools with the language-test duty per school year S (from `LANGUAGE_TESTS.fromSchoolYear`): more than
 * 30 % of their pupils on 1 January S live in areas on an udsatte list of the last three years (integer
 * comparison 10 × listed > 3 × pupils, exact).
 */
function dutySchoolsSql(): string {
  return `
    SELECT e.year, e.muni, e.school_num
    FROM enrol0 e LEFT JOIN enrol_listed l USING (year, pid)
    WHERE e.year >= ${sqlInt(LANGUAGE_TESTS.fromSchoolYear)}
    GROUP BY e.year, e.muni, e.school_num
    HAVING 10 * count(*) FILTER (WHERE coalesce(l.listed3, FALSE)) > 3 * count(*)`;
}

/**
 * The pupils tested for language at the schools with the duty, from the enrolment `enrol` and the duty schools
 * `duty`: every pupil of grade 0, and pupils of grades 1–9 taught Danish as a second language
 * (`secondLanguageShare` of the non-western pupils); the attempt at which each is found ready (`ready_at`, null
 * when never) and the last attempt taken. Grade 0 has three attempts and a fourth voluntary one, grades 1–9 four
 * (`LANGUAGE_TESTS.readyGrade0`, `readyHigher`).
 */
function languageTestPupilsSql(enrol: string, duty: string): string {
  const t = LANGUAGE_TESTS;
  return `
    WITH p AS (
      SELECT e.year AS school_year, e.pid, e.muni, e.school_num, e.grade
      FROM ${enrol} e JOIN ${duty} d USING (year, muni, school_num)
      WHERE e.grade = 0 OR (e.grade <= 9 AND e.grp >= 2 AND u2(e.pid, e.year, ${SALT.secondLanguage}) < ${t.secondLanguageShare})
    )
    ${attemptsSql('p')}`;
}

/** `ready_at` and `last` for the pupils of the relation `p` (school_year, pid, muni, school_num, grade). */
function attemptsSql(p: string): string {
  const t = LANGUAGE_TESTS;
  const readyAt = (k: number): string =>
    `u2(pid * 4 + ${k - 1}, school_year, ${SALT.ready}) < CASE WHEN grade = 0 THEN ${t.readyGrade0[k - 1]} ELSE ${t.readyHigher[k - 1]} END`;
  return `, f AS (
      SELECT ${p}.*, grade > 0 OR u2(pid, school_year, ${SALT.voluntary}) < ${t.voluntaryFourth} AS fourth,
        CASE WHEN ${readyAt(1)} THEN 1 WHEN ${readyAt(2)} THEN 2 WHEN ${readyAt(3)} THEN 3 WHEN ${readyAt(4)} THEN 4 END AS first_ready
      FROM ${p}
    )
    SELECT school_year, pid, muni, school_num, grade,
      CASE WHEN first_ready = 4 AND NOT fourth THEN NULL ELSE first_ready END AS ready_at,
      CASE WHEN fourth THEN 4 ELSE 3 END AS last
    FROM f`;
}

/**
 * The retests of the repeaters: in the school year after repeating they are in the same grade again and, at a
 * school with the duty then, tested again (fresh draws of that school year).
 */
function retestPupilsSql(): string {
  return `
    WITH p AS (
      SELECT e.year AS school_year, e.pid, e.muni, e.school_num, e.grade
      FROM enrol e JOIN repeaters rp ON rp.pid = e.pid AND e.year = rp.repeat_year + 1 AND e.grade = rp.repeat_grade
      JOIN duty_schools d USING (year, muni, school_num)
    )
    ${attemptsSql('p')}`;
}

/** `language_tests`: one row per attempt of the tested pupils (`lt_pupils`), until ready or the last attempt. */
export function languageTestsQuery(): Query {
  return query(`
    SELECT school_year, ${personIdSql('pid')} AS person_id, school_id, grade, attempt, ready FROM (
      SELECT school_year::INTEGER AS school_year, pid, ${schoolId('muni', 'school_num')} AS school_id, grade::INTEGER AS grade,
        attempt::INTEGER AS attempt, coalesce(attempt = ready_at, false) AS ready
      FROM (SELECT a.*, unnest(range(1, coalesce(ready_at, last) + 1)) AS attempt FROM lt_pupils a)
      ORDER BY school_year, pid, attempt)`);
}

/**
 * `absence`: unlawful absence per quarter (q3, q4, q1, q2) of the school year S for the folkeskole pupils of
 * 1 January S, from `ABSENCE.fromSchoolYear`. Absence-prone pupils (a person-level draw against a chance rising
 * with disadvantage and in an area on the list in force) have at least 15 % unlawful absence in a quarter with
 * `highByQuarter`; everyone else below 10 %.
 */
export function absenceQuery(): Query {
  const a = ABSENCE;
  const days = `(CASE q ${a.schoolDays.map((d, i) => `WHEN ${i} THEN ${d}`).join(' ')} END - floor(3 * u2(q, school_year, ${SALT.days}))::INTEGER)`;
  const high = `CASE q ${a.highByQuarter.map((h, i) => `WHEN ${i} THEN ${h}`).join(' ')} END`;
  return query(`
    WITH p AS (
      SELECT e.year AS school_year, e.pid,
        u1(e.pid, ${SALT.prone}) < ${a.proneBase} + ${a.proneDisadvantage} * e.z + CASE WHEN l.listed THEN ${a.proneListed} ELSE 0 END AS prone
      FROM enrol e LEFT JOIN enrol_listed l USING (year, pid)
      WHERE NOT e.fri AND e.year >= ${sqlInt(a.fromSchoolYear)}
    ), q AS (
      SELECT p.*, q.q, ${days} AS school_days FROM p CROSS JOIN range(4) q(q)
    )
    SELECT school_year, quarter, ${personIdSql('pid')} AS person_id, unlawful_days, school_days FROM (
      SELECT school_year::INTEGER AS school_year, pid, q,
        CASE q ${QUARTERS.map((n, i) => `WHEN ${i} THEN '${n}'`).join(' ')} END AS quarter,
        CASE WHEN prone AND u3(pid, school_year, q, ${SALT.high}) < ${high}
             THEN ceil(school_days * (0.15 + 0.4 * u3(pid, school_year, q, ${SALT.amount})))
             ELSE floor(school_days * 0.1 * power(u3(pid, school_year, q, ${SALT.amount}), 3)) END::INTEGER AS unlawful_days,
        school_days::INTEGER AS school_days
      FROM q ORDER BY school_year, pid, q)`);
}
