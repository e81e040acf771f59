import { query, type Query } from '../analytics/sql.ts';
import { personIdSql, sqlInt } from './synthMacros.ts';

/** Salts of the yearly outcome draws. */
const SALT = {
  outMix: 101,
  outPerson: 102,
  outYear: 103,
  outFull: 104,
  outPart: 105,
  studyMix: 111,
  studyPerson: 112,
  studyYear: 113,
  incPerson: 121,
  incYear: 123,
  incSpecial: 125,
  incLoss: 126,
  taxable: 127,
  edu: 131,
  eduUnknown: 132,
  recognised: 133,
  danishBasic: 134,
  oldUnknown: 135,
  crimeMix: 141,
  crimePerson: 142,
  crimeYear: 143,
  crimeCount: 144,
  law: 145,
  decision: 146,
  day: 147,
  traffic: 151,
  acquittal: 152,
  otherLaw: 153,
  noiseDay: 154,
  noiseType: 155,
} as const;

/**
 * Outcome models as macros over a person's latent profile (disadvantage `z` in [0,1), origin group, ie_type)
 * and the calendar year. Persistent traits mix a person-level draw with a yearly one (a copula: with probability
 * ρ the person's own uniform is used), so the same people tend to stay outside the labour market, study, or
 * reoffend from one year to the next.
 */
export function outcomeMacroQueries(): Query[] {
  const copula = (rho: number, mix: number, person: number, year: number): string =>
    `CASE WHEN u2(pid, year, ${mix}) < ${rho} THEN u1(pid, ${person}) ELSE u2(pid, year, ${year}) END`;
  return [
    // Full-time-person fraction outside job and education (K1 input): logistic in disadvantage (steeper for the
    // most disadvantaged fifth), origin, age, recent immigration, improving 4 % (logit) a year to 2019 and 1 % after; lowered for
    // those let a dwelling in a deprived area while in work (let_shift). The more disadvantaged, the more often
    // outside for the whole year. `forced`: outside the whole year (the planted treatment effect, did_outside).
    // The person-year's uniform and the logit of being outside at all; shared with the employment status
    // (peopleQueries), which is never employed where this is outside.
    query(
      `CREATE OR REPLACE MACRO outside_u(pid, year) AS (${copula(0.8, SALT.outMix, SALT.outPerson, SALT.outYear)})`,
    ),
    query(`
      CREATE OR REPLACE MACRO outside_x(year, z, grp, ie, age, imm_year, let_shift) AS (
        -5.0 + 4.4 * z + 16.0 * greatest(0, z - 0.8)
        + CASE grp WHEN 0 THEN 0 WHEN 1 THEN 0.1 WHEN 2 THEN CASE WHEN ie = 2 THEN 0.6 ELSE 0.3 END
                   ELSE CASE WHEN ie = 2 THEN 0.4 ELSE 0.2 END END
        + CASE WHEN age < 25 THEN 0.25 WHEN age < 50 THEN 0 WHEN age < 60 THEN 0.2 ELSE 0.45 END
        + CASE WHEN ie = 2 AND year - imm_year < 3 THEN 0.8 ELSE 0 END
        - 0.04 * (least(year, 2019) - 2010) - 0.01 * greatest(0, year - 2019) - let_shift)`),
    query(`
      CREATE OR REPLACE MACRO outside_fte(pid, year, z, grp, ie, age, imm_year, let_shift, forced) AS (
        CASE WHEN forced THEN 1.0
             WHEN age < 16 OR age > 66 THEN 0.0
             WHEN outside_u(pid, year) >= logistic(outside_x(year, z, grp, ie, age, imm_year, let_shift)) THEN 0.0
             WHEN u2(pid, year, ${SALT.outFull}) < 0.35 + 0.45 * z THEN 1.0
             ELSE round(0.05 + 0.9 * u2(pid, year, ${SALT.outPart}), 3) END)`),
    query(`
      CREATE OR REPLACE MACRO is_student(pid, year, z, age, fte) AS (
        age BETWEEN 15 AND 29 AND fte < 1 AND ${copula(0.7, SALT.studyMix, SALT.studyPerson, SALT.studyYear)} <
          CASE WHEN age < 20 THEN 0.85 WHEN age < 25 THEN 0.45 ELSE 0.15 END * (1.15 - 0.5 * z))`),
  ];
}

/** The view of the outcome tables' person-years (`outcomePersonYearsQueries`). */
export const OUTCOME_PERSON_YEARS = 'outcome_py';

/**
 * The person-years every outcome table draws from: everyone aged 15 or more in a calendar year fromYear−2 …
 * toYear−1 who is resident on the next 1 January (a year's activity belongs to the residence of the following
 * 1 January), with the labour model's fraction outside job and education (`fte`), in (year, pid) order. Each of
 * labour, income, education and convictions is then a scan of it (labour: ages 16–66 with `fte` > 0), and,
 * since the rows come in order, the yearly tables need no sort of their own.
 *
 * A view, without a sort or a join: the persons in pid order (`outcome_persons`) with their let spells and
 * planted-effect years as lists, then one filtered scan per year, concatenated by UNION ALL (a scan and UNION ALL
 * keep their order, so the rows come in (year, pid) order). A view rather than a table: computing the ≈ 11
 * million person-years takes a fraction of what storing them in a table takes, so each table computes them
 * again (DuckDB leaves out the columns a table does not read, `fte` for education and convictions). A let
 * spell covers the year before the move (the letting decision) and every year of the stay but the last before
 * moving on (`let_spell`, LETTING_SELECTION); a person's let spells never overlap, so a person-year has at most
 * one. Dropped by `dropOutcomePersonYearsQueries` once the tables are written.
 */
export function outcomePersonYearsQueries(fromYear: number, toYear: number): Query[] {
  const years: string[] = [];
  for (let y = fromYear - 2; y < toYear; y++) {
    const Y = sqlInt(y);
    years.push(`
        SELECT pid, ${Y}::INTEGER AS year, (${Y} - birth_year)::INTEGER AS age, z, grp, ie_type AS ie, imm_year, sex,
          birth_year,
          CASE WHEN lets IS NULL THEN 0.0
               ELSE coalesce(list_filter(lets, lambda l: ${sqlInt(y + 1)} BETWEEN l.start AND l.until)[1].shift, 0.0)
          END AS let_shift,
          coalesce(list_contains(did_years, ${Y}), FALSE) AS forced
        FROM outcome_persons
        WHERE ${sqlInt(Math.max(y + 1, fromYear))} BETWEEN entry_year AND exit_year AND ${Y} - birth_year >= 15
          AND (ie_type <> 2 OR imm_year <= ${Y})`);
  }
  return [
    query(`
      CREATE OR REPLACE TEMP TABLE outcome_persons AS
      SELECT p.pid, p.entry_year, p.exit_year, p.birth_year, p.z, p.grp, p.ie_type, p.imm_year, p.sex, l.lets, d.did_years
      FROM persons_x p
      LEFT JOIN (SELECT pid, list({'start': start, 'until': until, 'shift': shift}) AS lets FROM let_spell GROUP BY pid) l
        USING (pid)
      LEFT JOIN (SELECT pid, list(year) AS did_years FROM did_outside GROUP BY pid) d USING (pid)
      ORDER BY pid`),
    query(`
      CREATE OR REPLACE TEMP VIEW ${OUTCOME_PERSON_YEARS} AS
      SELECT pid, year, age, z, grp, ie, imm_year, sex, birth_year,
        outside_fte(pid, year, z, grp, ie, age, imm_year, let_shift, forced) AS fte
      FROM (${years.join('\n        UNION ALL')}) py`),
  ];
}

export const dropOutcomePersonYearsQueries = (): Query[] => [
  query(`DROP VIEW IF EXISTS ${OUTCOME_PERSON_YEARS}`),
  query(`DROP TABLE IF EXISTS outcome_persons`),
];

/** Formats the person id from the integer key after the rows are in order (sorting strings is much slower). */
function withPersonId(inner: string, leadingYear: boolean): string {
  const id = `${personIdSql('pid')} AS person_id`;
  return leadingYear
    ? `SELECT year, ${id}, * EXCLUDE (year, pid) FROM (${inner})`
    : `SELECT ${id}, * EXCLUDE (pid) FROM (${inner})`;
}

/**
 * `labour`: one row per person-year with any hours outside job and education (ages 16–66), in (year, pid) order
 * (the order of `outcome_py`).
 */
export function labourQuery(): Query {
  return query(
    withPersonId(
      `
    SELECT year, pid, fte AS outside_fte FROM ${OUTCOME_PERSON_YEARS}
    WHERE age BETWEEN 16 AND 66 AND fte > 0`,
      true,
    ),
  );
}

/**
 * Earnings fall by exp(−slope × (z − 0.5)) with disadvantage; 1/E[exp(−slope × (z − 0.5))] for `z` uniform on
 * [0, 1] = slope / (2 sinh(slope / 2)) keeps the national mean what slope 1 gives. Time outside work is paid
 * `benefit` kr. a full year (2010 prices). A steeper slope and a lower benefit put more areas under K4's 55 pct.
 * of the region's mean income (docs/synthetic-denmark.md, "People").
 */
const EARNINGS = { disadvantageSlope: 1, benefit: 180000 } as const;
const meanFactor = (slope: number): number => slope / (2 * Math.sinh(slope / 2));
const EARNINGS_NORM = (meanFactor(EARNINGS.disadvantageSlope) / meanFactor(1)).toFixed(6);

/**
 * `income`: gross income for everyone 15+: an age profile × sex × disadvantage × origin × a log-normal person
 * and year component, with benefits replacing earnings for the time outside work, students on SU and a job,
 * 2.6 % nominal growth a year, a few zero and negative incomes.
 */
export function incomeQuery(): Query {
  return query(
    withPersonId(
      `
    WITH a AS (
      SELECT py.*, 0.75 * nrm1(pid, ${SALT.incPerson}) + 0.66 * nrm2(pid, year, ${SALT.incYear}) AS n
      FROM ${OUTCOME_PERSON_YEARS} py
    ), b AS (
      SELECT a.*, is_student(pid, year, z, age, fte) AS student,
        CASE WHEN age < 18 THEN 30000 WHEN age < 20 THEN 75000 WHEN age < 25 THEN 185000 WHEN age < 30 THEN 285000
             WHEN age < 40 THEN 375000 WHEN age < 50 THEN 420000 WHEN age < 60 THEN 410000 WHEN age < 65 THEN 365000
             WHEN age < 70 THEN 290000 ELSE 230000 END
        * CASE WHEN sex = 'f' THEN 0.8 ELSE 1 END
        * exp(-${EARNINGS.disadvantageSlope} * (z - 0.5)) * ${EARNINGS_NORM}
        * CASE grp WHEN 0 THEN 1 WHEN 1 THEN 0.95 WHEN 2 THEN CASE WHEN ie = 2 THEN 0.78 ELSE 0.92 END
                   ELSE CASE WHEN ie = 2 THEN 0.85 ELSE 0.95 END END AS earnings
      FROM a
    )
    SELECT year, pid,
      round(CASE WHEN u2(pid, year, ${SALT.incSpecial}) < 0.002 THEN -150000 * u2(pid, year, ${SALT.incLoss})
                 WHEN u2(pid, year, ${SALT.incSpecial}) < 0.006 THEN 0
                 ELSE power(1.026, year - 2010) * CASE WHEN student THEN 95000 * exp(0.35 * n)
                      ELSE earnings * exp(0.45 * n - 0.101) * (1 - fte) + fte * ${EARNINGS.benefit} END END, 0) AS gross_income,
      NOT (u2(pid, year, ${SALT.taxable}) < CASE WHEN ie = 2 AND year - imm_year < 2 THEN 0.03 ELSE 0.004 END) AS fully_taxable,
      student
    FROM b`,
      true,
    ),
  );
}

const LEVEL_NAMES = ['basic', 'upper_secondary', 'vocational', 'short_cycle', 'bachelor', 'master', 'phd'];
const levelName = (lvl: string): string =>
  `CASE ${lvl} ${LEVEL_NAMES.map((n, i) => `WHEN ${i} THEN '${n}'`).join(' ')} END`;

/**
 * `education`: highest completed education on 1 October for everyone 15+. A person's attainment rises with
 * education propensity (falling with disadvantage), birth cohort and, for adults, adult education over the
 * years; it is reached step by step with age. Immigrants who arrived as adults have a foreign education
 * (`level`) that counts in Denmark (`level_danish`) only once recognised (more likely the longer they have
 * lived here); until then `level_danish` is unknown, or basic after Danish adult education.
 * Rows where both are unknown are left out (no row = unknown).
 */
export function educationQuery(): Query {
  return query(
    withPersonId(
      `
    WITH a AS (
      SELECT py.*, ie = 2 AND imm_year - birth_year >= 16 AS foreign_educated,
        0.5 * (1 - z) + 0.5 * u1(pid, ${SALT.edu}) + 0.004 * (birth_year - 1965)
          + CASE WHEN age >= 30 THEN 0.003 * (year - 2010) ELSE 0 END
          - CASE WHEN ie = 2 AND imm_year - birth_year >= 16 THEN CASE grp WHEN 2 THEN 0.1 WHEN 3 THEN 0.05 ELSE 0 END ELSE 0 END
          AS r
      FROM ${OUTCOME_PERSON_YEARS} py
    ), b AS (
      SELECT a.*,
        CASE WHEN r < 0.33 THEN 0 WHEN r < 0.43 THEN 1 WHEN r < 0.68 THEN 2 WHEN r < 0.74 THEN 3
             WHEN r < 0.87 THEN 4 WHEN r < 0.985 THEN 5 ELSE 6 END AS final_level
      FROM a
    ), c AS (
      SELECT b.*,
        CASE WHEN age < 19 THEN 0
             WHEN age < 21 THEN least(final_level, 1)
             WHEN age < 24 THEN CASE WHEN final_level <= 3 THEN final_level ELSE 1 END
             WHEN age < 26 THEN least(final_level, 4)
             WHEN age < 29 THEN least(final_level, 5)
             ELSE final_level END AS lvl
      FROM b
    ), d AS (
      SELECT c.*,
        CASE WHEN foreign_educated AND u1(pid, ${SALT.eduUnknown}) < 0.2 THEN 'unknown'
             WHEN NOT foreign_educated AND birth_year < 1940 AND u1(pid, ${SALT.oldUnknown}) < 0.05 THEN 'unknown'
             ELSE ${levelName('lvl')} END AS level_any,
        foreign_educated AND u1(pid, ${SALT.recognised}) < least(0.55, 0.05 + 0.035 * (year - imm_year)) AS recognised
      FROM c
    ), e AS (
      SELECT year, pid,
        CASE WHEN recognised THEN ${levelName('lvl')} ELSE level_any END AS level,
        CASE WHEN NOT foreign_educated THEN level_any
             WHEN recognised THEN ${levelName('lvl')}
             WHEN u2(pid, year, ${SALT.danishBasic}) < least(0.5, 0.05 * (year - imm_year)) THEN 'basic'
             ELSE 'unknown' END AS level_danish
      FROM d
    )
    SELECT year, pid, level, level_danish FROM e
    WHERE NOT (level = 'unknown' AND level_danish = 'unknown')`,
      true,
    ),
  );
}

/**
 * `convictions`: decisions under straffeloven, våbenloven and lov om euforiserende stoffer for a yearly risk
 * that rises steeply with disadvantage and is highest for young men; 1–3 decisions per convicted person-year.
 * Plus decisions that do not count (færdselsloven, other laws, acquittals), so the pipeline's filters matter.
 * The person-years are read twice (`NOT MATERIALIZED`: computing them again costs half of storing them once).
 */
export function convictionsQuery(): Query {
  return query(
    withPersonId(
      `
    WITH py AS NOT MATERIALIZED (SELECT * FROM ${OUTCOME_PERSON_YEARS}),
    risk AS (
      SELECT py.*, 0.0072 * exp(3.2 * (z - 0.5))
        * CASE WHEN age < 18 THEN 2.0 WHEN age < 25 THEN 3.4 WHEN age < 30 THEN 2.5 WHEN age < 40 THEN 1.6
               WHEN age < 50 THEN 1.0 WHEN age < 65 THEN 0.5 ELSE 0.12 END
        * CASE WHEN sex = 'f' THEN 0.2 ELSE 1 END
        * CASE grp WHEN 0 THEN 1 WHEN 1 THEN 0.9 WHEN 2 THEN CASE WHEN ie = 3 THEN 2.1 ELSE 1.8 END
                   ELSE CASE WHEN ie = 3 THEN 1.4 ELSE 1.2 END END
        * CASE WHEN year <= 2023 THEN 1 - 0.02 * (year - 2010) ELSE 0.78 END AS p
      FROM py
    ), convicted AS (
      SELECT pid, year, 1 + (u2(pid, year, ${SALT.crimeCount}) < 0.2)::INTEGER + (u2(pid, year, ${SALT.crimeCount} + 1) < 0.05)::INTEGER AS k
      FROM risk
      WHERE CASE WHEN u2(pid, year, ${SALT.crimeMix}) < 0.6 THEN u1(pid, ${SALT.crimePerson}) ELSE u2(pid, year, ${SALT.crimeYear}) END < p
    ), counted AS (
      SELECT pid, year, j,
        u3(pid, year, j, ${SALT.law}) AS ul, u3(pid, year, j, ${SALT.decision}) AS ud, u3(pid, year, j, ${SALT.day}) AS uday
      FROM (SELECT pid, year, unnest(range(k)) AS j FROM convicted)
    ), decisions AS (
      SELECT pid, make_date(year, 1, 1) + floor(uday * 365)::INTEGER AS decision_date,
        CASE WHEN ul < 0.66 THEN 'straffeloven' WHEN ul < 0.92 THEN 'euforiserende_stoffer' ELSE 'vaabenloven' END AS law,
        CASE WHEN ud < 0.42 THEN 'fine' WHEN ud < 0.62 THEN 'suspended' WHEN ud < 0.84 THEN 'prison' ELSE 'withdrawn_charge' END AS decision_type
      FROM counted
      UNION ALL
      SELECT pid, make_date(year, 1, 1) + floor(u2(pid, year, ${SALT.noiseDay}) * 365)::INTEGER,
        CASE WHEN u2(pid, year, ${SALT.traffic}) < 0.012 AND age >= 18 THEN 'faerdselsloven'
             WHEN u2(pid, year, ${SALT.acquittal}) < 0.0006 THEN 'straffeloven' ELSE 'other' END,
        CASE WHEN u2(pid, year, ${SALT.traffic}) < 0.012 AND age >= 18 THEN 'fine'
             WHEN u2(pid, year, ${SALT.acquittal}) < 0.0006 THEN 'acquittal'
             WHEN u2(pid, year, ${SALT.noiseType}) < 0.7 THEN 'fine' ELSE 'other' END
      FROM py
      WHERE (u2(pid, year, ${SALT.traffic}) < 0.012 AND age >= 18)
         OR u2(pid, year, ${SALT.acquittal}) < 0.0006
         OR u2(pid, year, ${SALT.otherLaw}) < 0.0015
    )
    SELECT pid, decision_date, law, decision_type FROM decisions
    ORDER BY pid, decision_date, law, decision_type`,
      false,
    ),
  );
}
