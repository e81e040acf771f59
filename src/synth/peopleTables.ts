import { query, type Query } from '../analytics/sql.ts';
import { areaDeprivation } from './areaCatalogue.ts';
import { daycareInstitutionsQuery, daycareQuery, daycareSetupQueries } from './daycareQueries.ts';
import { employmentQuery } from './employmentQueries.ts';
import { familiesQuery, familySetupQueries } from './familyQueries.ts';
import type { LocationPlan } from './locationPlan.ts';
import { INTENDED_UDSAT_SHARE, INTENDED_UDSAT_SHARE_LATER } from './peopleParameters.ts';
import {
  absenceQuery,
  examResultsQuery,
  languageTestsQuery,
  schoolEnrolmentQuery,
  schoolSetupQueries,
  schoolsQuery,
} from './schoolQueries.ts';
import { sqlInt } from './synthMacros.ts';

/** The people tables of data contract §A3 that the generator writes, in writing order. */
export const PEOPLE_TABLES = [
  'employment',
  'families',
  'schools',
  'school_enrolment',
  'exam_results',
  'daycare_institutions',
  'daycare',
  'language_tests',
  'absence',
] as const;
export type PeopleTable = (typeof PEOPLE_TABLES)[number];

/** First list year of the generator's intended udsatte list (2017 stands for the ghetto list in force in 2018). */
const FIRST_INTENDED_LIST = 2017;

/**
 * The generator's intended udsatte list of 1 December of each list year up to `toYear`
 * (`INTENDED_UDSAT_SHARE` of the areas, the most deprived that year), as (list year, location) pairs.
 */
export function intendedUdsatList(plan: LocationPlan, toYear: number): { listYear: number; loc: number }[] {
  const areaLocs = plan.locations.filter((l) => l.area !== undefined);
  const out: { listYear: number; loc: number }[] = [];
  for (let y = FIRST_INTENDED_LIST; y <= toYear; y++) {
    const share = INTENDED_UDSAT_SHARE[y] ?? INTENDED_UDSAT_SHARE_LATER;
    const n = Math.round(share * areaLocs.length);
    const ranked = areaLocs
      .map((l) => ({ loc: l.loc, d: l.area === undefined ? 0 : areaDeprivation(l.area, y) }))
      .sort((a, b) => b.d - a.d || a.loc - b.loc);
    for (const r of ranked.slice(0, n)) out.push({ listYear: y, loc: r.loc });
  }
  return out.sort((a, b) => a.listYear - b.listYear || a.loc - b.loc);
}

/**
 * The people tables (contract §A3) on the generated persons and residence: the work tables they share
 * (the intended udsatte lists, the residents aged 0–17 of every 1 January, schools and pupils, children in day
 * care, the families), then one select per table, each in key order.
 */
export function peopleTableQueries(
  plan: LocationPlan,
  fromYear: number,
  toYear: number,
): { setup: Query[]; selects: Record<PeopleTable, Query> } {
  const list = intendedUdsatList(plan, toYear);
  const setup: Query[] = [
    query(
      `CREATE OR REPLACE TABLE udsat_list AS SELECT CAST(unnest($y) AS INTEGER) AS list_year, CAST(unnest($l) AS INTEGER) AS loc`,
      { y: list.map((r) => String(r.listYear)), l: list.map((r) => String(r.loc)) },
    ),
    // Each spell's snapshot years by unnest (a range join of the spells and the years costs more).
    query(`
      CREATE OR REPLACE TABLE young AS
      SELECT year, pid, loc, muni, (year - 1 - birth_year)::INTEGER AS age, sex, grp, ie, z, birth_date, is_area
      FROM (
        SELECT unnest(range(greatest(s.start, ${sqlInt(fromYear)}), least(s.stop, ${sqlInt(toYear)}) + 1))::INTEGER AS year,
          s.pid, s.loc, s.municipality_code AS muni, p.birth_year, p.sex, p.grp, p.ie_type AS ie, p.z, p.birth_date,
          l.kind = 'area' AS is_area
        FROM spells s JOIN (SELECT * FROM persons_x WHERE birth_year >= ${sqlInt(fromYear - 19)}) p USING (pid)
          JOIN locations l ON l.loc = s.loc
        WHERE s.start <= ${sqlInt(toYear)} AND s.stop >= ${sqlInt(fromYear)})
      WHERE year - 1 - birth_year BETWEEN 0 AND 17`),
    ...schoolSetupQueries(),
    ...daycareSetupQueries(fromYear, toYear),
    ...familySetupQueries(fromYear, toYear),
  ];
  return {
    setup,
    selects: {
      employment: employmentQuery(fromYear, toYear),
      families: familiesQuery(fromYear, toYear),
      schools: schoolsQuery(),
      school_enrolment: schoolEnrolmentQuery(),
      exam_results: examResultsQuery(),
      daycare_institutions: daycareInstitutionsQuery(),
      daycare: daycareQuery(),
      language_tests: languageTestsQuery(),
      absence: absenceQuery(),
    },
  };
}
