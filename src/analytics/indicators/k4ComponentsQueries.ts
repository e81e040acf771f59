import type { Assumptions } from '../../core/assumptions.ts';
import { query, type Query } from '../sql.ts';
import { AGE_BOUNDS, k4IncomeOffset } from './indicatorSpec.ts';

/**
 * K4, gross income: per list year Y, the residents aged 15–64 at 1 January Y who were fully taxable and not
 * students in income year Y − 2 (or Y − 1); numerator = their summed gross income, denominator = their
 * number. Two scopes: each area (its residents' rows of `area_income`), and each region (all residents, by
 * residence municipality at Y: summed from `income_cohorts`, the national income rows already summed per income
 * year, zero-age year and region of residence, instead of the 55 M income rows). Incomes are read to the øre and
 * summed exactly in DECIMAL.
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
      SELECT $run_id, d.list_year, 'area', ap.area_id, 'K4', d.list_year - $income_offset,
        sum(CAST(i.gross_income AS DECIMAL(18, 2))), count(*)
      FROM ind_delimitations AS d
      JOIN ind_area_persons AS ap ON ap.delimitation = d.delimitation AND ap.snap = d.list_year
      JOIN area_income AS i ON i.person_id = ap.person_id AND i.year = d.list_year - $income_offset
      WHERE ap.age BETWEEN $age_min AND $age_max
        AND i.fully_taxable AND NOT i.student
      GROUP BY d.list_year, ap.area_id
      `,
      params,
    ),
    query(
      `
      INSERT INTO indicator_counts
      SELECT $run_id, l.list_year, 'region', m.region_code, 'K4', l.list_year - $income_offset,
        sum(c.income), CAST(sum(c.persons) AS BIGINT)
      FROM ind_list_years AS l
      JOIN income_cohorts AS c ON c.year = l.list_year - $income_offset
      JOIN (SELECT DISTINCT region_index, region_code FROM ref_municipalities) AS m
        ON m.region_index = CASE WHEN $income_offset = 1 THEN c.region_next ELSE c.region_after END
      WHERE l.list_year - c.zero_age_year BETWEEN $age_min AND $age_max
      GROUP BY l.list_year, m.region_code
      `,
      params,
    ),
  ];
}
