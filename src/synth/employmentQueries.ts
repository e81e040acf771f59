import { query, type Query } from '../analytics/sql.ts';
import { EMPLOYMENT_SHIFT, STUDENT_EMPLOYED } from './peopleParameters.ts';
import { personIdSql, sqlInt } from './synthMacros.ts';

/** Salt of the employment draws (distinct from the population's, the outcomes' and the families' salts). */
const SALT = { studentJob: 202 } as const;

/**
 * `employment` at the end of November of the years fromYear … toYear − 1, ages 16–64, for everyone resident on
 * 1 January of that year or the next (a row only for the employed; no row = not employed). Not employed when the
 * person-year's uniform of being outside job and education (`outside_u`) falls below
 * logistic(`outside_x` + shift), the shift ≥ 0 by origin, sex, immigrant and age, damped with disadvantage
 * (`EMPLOYMENT_SHIFT`): so whoever
 * the labour table has outside job and education at any time of the year is not employed. Students are employed
 * with `STUDENT_EMPLOYED`.
 */
export function employmentQuery(fromYear: number, toYear: number): Query {
  const e = EMPLOYMENT_SHIFT;
  const bySex = (s: { m: number; f: number }): string => `CASE WHEN sex = 'm' THEN ${s.m} ELSE ${s.f} END`;
  const shift = `(CASE grp WHEN 0 THEN ${bySex(e.danish)} WHEN 1 THEN ${bySex(e.western)} WHEN 2 THEN ${bySex(e.menapt)}
      ELSE ${bySex(e.otherNonwestern)} END
    + CASE WHEN grp > 0 AND ie = 2 THEN ${e.immigrant} ELSE 0 END
    + CASE WHEN age < 25 THEN ${e.age[0]} WHEN age < 55 THEN ${e.age[1]} WHEN age < 60 THEN ${e.age[2]} ELSE ${e.age[3]} END)
    * (1 - ${e.disadvantageDamping} * z)`;
  return query(`
    SELECT year, ${personIdSql('pid')} AS person_id, TRUE AS employed
    FROM (
      SELECT year, pid FROM (
        SELECT p.pid, r.y::INTEGER AS year, (r.y - p.birth_year)::INTEGER AS age, p.z, p.grp, p.ie_type AS ie,
          p.imm_year, p.sex, coalesce(ls.shift, 0.0) AS let_shift, d.pid IS NOT NULL AS forced
        FROM persons_x p CROSS JOIN range(${sqlInt(fromYear)}, ${sqlInt(toYear)}) r(y)
        LEFT JOIN let_spell ls ON ls.pid = p.pid AND r.y + 1 BETWEEN ls.start AND ls.until
        LEFT JOIN did_outside d ON d.pid = p.pid AND d.year = r.y
        WHERE p.entry_year <= r.y + 1 AND p.exit_year >= r.y
          AND r.y - p.birth_year BETWEEN 16 AND 64 AND (p.ie_type <> 2 OR p.imm_year <= r.y)) py
      -- Ages 16–64: outside_fte is 0 exactly when outside_u ≥ logistic(outside_x) and not forced, which the shift ≥ 0 implies.
      WHERE NOT forced
        AND outside_u(pid, year) >= logistic(outside_x(year, z, grp, ie, age, imm_year, let_shift) + ${shift})
        AND (NOT is_student(pid, year, z, age, 0.0) OR u2(pid, year, ${SALT.studentJob}) < ${STUDENT_EMPLOYED})
      ORDER BY year, pid)`);
}
