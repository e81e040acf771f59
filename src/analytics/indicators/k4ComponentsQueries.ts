import type { Assumptions } from '../../core/assumptions.ts';
import { query, type Query } from '../sql.ts';
import { AGE_BOUNDS, k4IncomeOffset } from './indicatorSpec.ts';

/**
 * K4, gross income: per list year Y, the residents aged 15–64 at 1 January Y who were fully taxable and not
 * students in income year Y − 2 (or Y − 1); numerator = their summed gross income, denominator = their
 * number. Two scopes: each area, and each region (all residents, by residence municipality). Incomes are read
 * to the øre and summed exactly in DECIMAL.
 */
export function k4ComponentsQueries(runId: string, a: Assumptions): Query[] {
  const params = {
    run_id: runId,
    income_offset: k4IncomeOffset(a),
    age_min: AGE_BOUNDS.k4[0],
    age_max: AGE_BOUNDS.k4[1],
  };
  return [
    query(
      `
      INSERT INTO indicator_counts
      SELECT $run_id, ap.list_year, 'area', ap.area_id, 'K4', ap.list_year - $income_offset,
        sum(CAST(i.gross_income AS DECIMAL(18, 2))), count(*)
      FROM ind_area_persons AS ap
      JOIN income AS i ON i.person_id = ap.person_id AND i.year = ap.list_year - $income_offset
      WHERE ap.snap = ap.list_year AND ap.age BETWEEN $age_min AND $age_max
        AND i.fully_taxable AND NOT i.student
      GROUP BY ap.list_year, ap.area_id
      `,
      params,
    ),
    query(
      `
      INSERT INTO indicator_counts
      SELECT $run_id, l.list_year, 'region', m.region_code, 'K4', l.list_year - $income_offset,
        sum(CAST(i.gross_income AS DECIMAL(18, 2))), count(*)
      FROM residence AS r
      JOIN ind_list_years AS l ON r.year = l.list_year
      JOIN (
        -- only persons of working age in some list year: a smaller hash table (implied by the age test below)
        SELECT * FROM ind_persons
        WHERE zero_age_year BETWEEN (SELECT min(list_year) FROM ind_list_years) - $age_max
                                AND (SELECT max(list_year) FROM ind_list_years) - $age_min
      ) AS p ON p.person_id = r.person_id
      JOIN income AS i ON i.person_id = r.person_id AND i.year = l.list_year - $income_offset
      JOIN ref_municipalities AS m ON m.code = r.municipality_code
      WHERE l.list_year - p.zero_age_year BETWEEN $age_min AND $age_max
        AND i.fully_taxable AND NOT i.student
      GROUP BY l.list_year, m.region_code
      `,
      params,
    ),
  ];
}
