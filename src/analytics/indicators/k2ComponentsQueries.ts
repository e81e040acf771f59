import type { Assumptions } from '../../core/assumptions.ts';
import { query, type Query } from '../sql.ts';
import { k2AgeFloor } from './indicatorSpec.ts';
import { residentOn } from './personYearsSql.ts';

/**
 * K2, convicted residents: per list year and data year D of the window, numerator = persons with at least one
 * counted decision in calendar year D, denominator = residents aged 18+ (or 15+) at the window's snapshot.
 * Two scopes with the same construction: each area (counted once per delimitation, snapshot and data year), and
 * the whole country (everyone in `residence`). The country's denominators come from the residents grouped by
 * zero-age year and years of residence (a few thousand groups of `person_years`), its numerators from the
 * convicted persons alone.
 */
export function k2ComponentsQueries(runId: string, a: Assumptions): Query[] {
  const params = { run_id: runId, age_floor: k2AgeFloor(a) };
  return [
    query(
      `
      INSERT INTO indicator_counts
      WITH counts AS (
        SELECT c.delimitation, ap.area_id, c.snap, c.data_year,
          count(cv.person_id) AS numerator, count(*) AS denominator
        FROM (SELECT DISTINCT delimitation, snap, data_year FROM ind_windows) AS c
        JOIN ind_area_persons AS ap ON ap.delimitation = c.delimitation AND ap.snap = c.snap
        LEFT JOIN ind_convicted AS cv ON cv.person_id = ap.person_id AND cv.year = c.data_year
        WHERE ap.age >= $age_floor
        GROUP BY c.delimitation, ap.area_id, c.snap, c.data_year
      )
      SELECT $run_id, w.list_year, 'area', k.area_id, 'K2', w.data_year, k.numerator, k.denominator
      FROM ind_windows AS w
      JOIN counts AS k ON k.delimitation = w.delimitation AND k.snap = w.snap AND k.data_year = w.data_year
      `,
      params,
    ),
    query(
      `
      INSERT INTO indicator_counts
      WITH pairs AS (SELECT DISTINCT snap, data_year FROM ind_windows),
      cohorts AS (
        SELECT zero_age_year, from_year, years, count(*) AS persons
        FROM person_years
        GROUP BY zero_age_year, from_year, years
      ),
      denominators AS (
        SELECT pr.snap, pr.data_year, sum(f.persons) AS denominator
        FROM pairs AS pr
        JOIN cohorts AS f ON ${residentOn('f', 'pr.snap')}
        WHERE pr.snap - f.zero_age_year >= $age_floor
        GROUP BY pr.snap, pr.data_year
      ),
      numerators AS (
        SELECT pr.snap, pr.data_year, count(*) AS numerator
        FROM ind_convicted AS cv
        JOIN pairs AS pr ON pr.data_year = cv.year
        JOIN person_years AS f ON f.person_id = cv.person_id AND ${residentOn('f', 'pr.snap')}
        WHERE pr.snap - f.zero_age_year >= $age_floor
        GROUP BY pr.snap, pr.data_year
      )
      SELECT $run_id, w.list_year, 'national', 'DK', 'K2', w.data_year,
        coalesce(n.numerator, 0), d.denominator
      FROM ind_windows AS w
      JOIN denominators AS d USING (snap, data_year)
      LEFT JOIN numerators AS n USING (snap, data_year)
      `,
      params,
    ),
  ];
}
