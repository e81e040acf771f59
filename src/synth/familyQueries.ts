import { query, type Query } from '../analytics/sql.ts';
import { FAMILIES_WITH_CHILDREN_ONLY, YOUNG_ADULT_AT_HOME } from './peopleParameters.ts';
import { sqlInt } from './synthMacros.ts';

/** Salt of the family draws (distinct from the population's, the outcomes' and employment's salts). */
const SALT = { youngAtHome: 201 } as const;

/** `'P00000042'` from the integer person key (after sorting on integers: sorting strings is slower). */
export const personIdSql = (pid: string): string => `'P' || lpad(${pid}::VARCHAR, 8, '0')`;

/**
 * `families` on 1 January of every snapshot year, from ages and co-residence: everyone with a registered dwelling
 * whose dwelling holds someone aged 18 or more is in that dwelling's family (family_id from the dwelling);
 * children 0–17 are `child`, and so are young adults 18–24 living with someone at least 18 years older with the
 * chance `YOUNG_ADULT_AT_HOME` (a person-level draw against a chance falling with age, so who leaves home stays
 * out); everyone else is `adult`. Children in a dwelling without anyone 18 or older, and persons without a
 * registered dwelling, have no row; with `FAMILIES_WITH_CHILDREN_ONLY` (the default) neither have the families
 * without a child (no one under 18, and no one 18–24 living with someone at least 18 years older).
 */
export function familiesQuery(fromYear: number, toYear: number): Query {
  const atHome = `CASE r.age ${YOUNG_ADULT_AT_HOME.map((p, i) => `WHEN ${18 + i} THEN ${p}`).join(' ')} ELSE 0 END`;
  return query(`
    SELECT year, ${personIdSql('pid')} AS person_id,
      'F' || lpad(loc::VARCHAR, 3, '0') || lpad(dw_idx::VARCHAR, 7, '0') AS family_id, role
    FROM (
      WITH r AS (
        SELECT r.y::INTEGER AS year, s.pid, s.loc, s.dw_idx, (r.y - 1 - p.birth_year)::INTEGER AS age
        FROM spells s JOIN persons_x p USING (pid), range(${sqlInt(fromYear)}, ${sqlInt(toYear + 1)}) r(y)
        WHERE r.y BETWEEN s.start AND s.stop AND s.dw_idx IS NOT NULL
      ), o AS (
        SELECT year, loc, dw_idx, max(age) AS oldest FROM r GROUP BY year, loc, dw_idx
        HAVING max(age) >= 18${FAMILIES_WITH_CHILDREN_ONLY ? ' AND (min(age) < 18 OR (min(age) <= 24 AND max(age) >= min(age) + 18))' : ''}
      )
      SELECT r.year, r.pid, r.loc, r.dw_idx,
        CASE WHEN r.age < 18 THEN 'child'
             WHEN r.age <= 24 AND o.oldest >= r.age + 18 AND u1(r.pid, ${SALT.youngAtHome}) < ${atHome} THEN 'child'
             ELSE 'adult' END AS role
      FROM r JOIN o USING (year, loc, dw_idx)
      ORDER BY year, pid)`);
}
