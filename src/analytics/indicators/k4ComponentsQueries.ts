import type { Assumptions } from '../../core/assumptions.ts';
import { query, type Query } from '../sql.ts';
import { AGE_BOUNDS, k4IncomeOffset } from './indicatorSpec.ts';
import { regionIndexOn, residentOn } from './personYearsSql.ts';

/**
 * K4, gross income: per list year Y, the residents aged 15–64 at 1 January Y who were fully taxable and not
 * students in income year Y − 2 (or Y − 1); numerator = their summed gross income, denominator = their
 * number. Two scopes: each area, and each region (all residents, by residence municipality at Y: the region
 * and the years of residence of every person come from `ind_person_years`, 7 M rows, not from the 60 M residence
 * rows). Incomes are read to the øre and summed exactly in DECIMAL.
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
      JOIN income AS i ON i.person_id = ap.person_id AND i.year = d.list_year - $income_offset
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
        sum(CAST(i.gross_income AS DECIMAL(18, 2))), count(*)
      FROM income AS i
      JOIN ind_list_years AS l ON i.year = l.list_year - $income_offset
      JOIN ind_person_years AS f ON f.person_id = i.person_id
      JOIN (SELECT DISTINCT region_index, region_code FROM ref_municipalities) AS m
        ON m.region_index = ${regionIndexOn('f', 'l.list_year')}
      WHERE ${residentOn('f', 'l.list_year')}
        AND l.list_year - f.zero_age_year BETWEEN $age_min AND $age_max
        AND i.fully_taxable AND NOT i.student
      GROUP BY l.list_year, m.region_code
      `,
      params,
    ),
  ];
}
