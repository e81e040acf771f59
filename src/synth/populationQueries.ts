import { query, type Query } from '../analytics/sql.ts';
import {
  EMIGRATION,
  FLEXIBLE_LETTING,
  GOMPERTZ,
  LOCAL_MOVE_SHARE,
  MOVE_PROBABILITY_BY_AGE,
  REGIONAL_MOVES,
} from './demographyParameters.ts';
import { BIN_COUNT } from './locationPlan.ts';
import { sqlInt } from './synthMacros.ts';

/** Salts of the person-level draws (one per purpose, so changing one never shifts another). */
export const SALT = {
  age: 11,
  day: 12,
  sex: 13,
  loc: 14,
  type: 15,
  group: 16,
  bin: 17,
  country: 18,
  descendant: 19,
  immYear: 20,
  death: 21,
  emigrates: 22,
  emigrationDelay: 23,
  move: 24,
  destination: 25,
  localMove: 26,
  dwelling: 27,
  noDwelling: 28,
  z: 29,
  inRegion: 30,
  destinationLoc: 31,
  flexibleLetting: 32,
} as const;

const moveProbabilitySql = (age: string): string =>
  `CASE ${[...MOVE_PROBABILITY_BY_AGE]
    .reverse()
    .map(([from, p]) => `WHEN ${age} >= ${from} THEN ${p}`)
    .join(' ')} ELSE 0.1 END`;

/**
 * Persons: everyone resident on at least one 1 January snapshot of [fromYear, toYear] — the stock of the first
 * year, then each year's births and immigrants. Each gets an age, sex, a first location and a person type
 * (origin group × disadvantage bin) drawn conditional on that location, a country of origin, the year they
 * leave (death from a Gompertz law conditional on their age, emigration from a geometric delay), and a
 * bit mask of the snapshot years at which they have moved.
 */
export function personsQueries(fromYear: number, toYear: number, total: number): Query[] {
  const moveTerms: string[] = [];
  for (let y = fromYear + 1; y <= toYear; y++) {
    const bit = y - fromYear;
    moveTerms.push(
      `CASE WHEN ${y} > entry_year AND ${y} <= exit_year AND u2(pid, ${y}, ${SALT.move}) < ` +
        `${moveProbabilitySql(`(${y} - birth_year - 1)`)} THEN ${sqlInt(2 ** bit)} ELSE 0 END`,
    );
  }
  const mask = moveTerms.length > 0 ? moveTerms.join(' + ') : '0';
  const { b, c } = GOMPERTZ;
  return [
    query(`
      CREATE OR REPLACE TABLE p_entry AS
      WITH ids AS (SELECT i AS pid, u1(i, ${SALT.age}) AS u_age FROM range(${sqlInt(total)}) r(i)),
      s AS (SELECT ids.*, seg.kind, seg.entry_year, seg.event_year FROM ids ASOF JOIN seg ON ids.pid >= seg.start_pid)
      SELECT s.pid, s.kind, s.entry_year, s.event_year, a.age
      FROM s ASOF JOIN age_dist a ON a.kind = s.kind AND s.u_age >= a.lo`),
    query(`
      CREATE OR REPLACE TABLE p_native AS
      WITH s AS (SELECT pid, entry_year, u1(pid, ${SALT.loc}) AS u_loc FROM p_entry WHERE kind <> 'imm'),
      l AS (SELECT s.pid, s.entry_year, m.loc FROM s ASOF JOIN loc_marginal m ON m.year = s.entry_year AND s.u_loc >= m.lo),
      t AS (SELECT l.*, u1(l.pid, ${SALT.type}) AS u_type FROM l)
      SELECT t.pid, t.loc, g.type FROM t ASOF JOIN type_given_loc g ON g.year = t.entry_year AND g.loc = t.loc AND t.u_type >= g.lo`),
    query(`
      CREATE OR REPLACE TABLE p_imm AS
      WITH s AS (SELECT pid, entry_year, u1(pid, ${SALT.group}) AS u_grp FROM p_entry WHERE kind = 'imm'),
      g AS (SELECT s.pid, s.entry_year, ig.grp FROM s ASOF JOIN imm_group ig ON ig.year = s.entry_year AND s.u_grp >= ig.lo),
      l AS (SELECT g.*, lg.loc FROM (SELECT *, u1(pid, ${SALT.loc}) AS u_loc FROM g) g
            ASOF JOIN loc_by_group lg ON lg.year = g.entry_year AND lg.grp = g.grp AND g.u_loc >= lg.lo),
      bb AS (SELECT l.pid, l.loc, l.grp, bg.bin FROM (SELECT *, u1(pid, ${SALT.bin}) AS u_bin FROM l) l
             ASOF JOIN bin_given_group_loc bg ON bg.year = l.entry_year AND bg.loc = l.loc AND bg.grp = l.grp AND l.u_bin >= bg.lo)
      SELECT pid, loc, grp * ${BIN_COUNT} + bin AS type FROM bb`),
    query(`
      CREATE OR REPLACE TABLE p_base AS
      WITH e AS (
        SELECT e.pid, e.kind, e.entry_year, e.event_year, e.age, x.loc AS loc0, x.type,
          x.type // ${BIN_COUNT} AS grp, x.type % ${BIN_COUNT} AS bin,
          e.entry_year - 1 - e.age AS birth_year,
          1 + floor(u1(e.pid, ${SALT.day}) * 364)::INTEGER AS birth_day
        FROM p_entry e JOIN (SELECT * FROM p_native UNION ALL SELECT * FROM p_imm) x USING (pid)
      ), t AS (
        SELECT e.*,
          CASE WHEN grp = 0 THEN 1
               WHEN kind = 'birth' THEN 3
               WHEN kind = 'imm' THEN 2
               WHEN u1(pid, ${SALT.descendant}) < CASE WHEN age < 18 THEN 0.75 WHEN age < 30 THEN 0.35 WHEN age < 45 THEN 0.08 ELSE 0.02 END THEN 3
               ELSE 2 END AS ie_type
        FROM e
      )
      SELECT t.*, l.home_muni,
        CASE WHEN ie_type <> 2 THEN NULL
             WHEN kind = 'imm' THEN event_year
             ELSE entry_year - 1 - floor(u1(pid, ${SALT.immYear}) * least(age, 30))::INTEGER END AS imm_year,
        (entry_year - birth_year) - birth_day / 365.25 AS exact_age
      FROM t JOIN (SELECT loc, municipality_code AS home_muni FROM locations) l ON l.loc = t.loc0`),
    query(`
      CREATE OR REPLACE TABLE persons_x AS
      WITH d AS (
        SELECT b.*,
          floor(birth_year + birth_day / 365.25 +
            ln(exp(${c} * exact_age) - (${c} / ${b}) * ln(1 - u1(pid, ${SALT.death}))) / ${c})::INTEGER AS death_year,
          CASE WHEN ie_type = 2 AND u1(pid, ${SALT.emigrates}) >= ${EMIGRATION.immigrantEverLeaves} THEN 9999
               ELSE entry_year + floor(ln(1 - u1(pid, ${SALT.emigrationDelay})) /
                 ln(1 - CASE WHEN ie_type = 2 THEN ${EMIGRATION.immigrantYearlyRate} ELSE ${EMIGRATION.nativeYearlyRate} END))::INTEGER
          END AS emigration_year
        FROM p_base b
      ), x AS (
        SELECT d.*, least(death_year, emigration_year, 9999) AS exit_year,
          (bin + u1(pid, ${SALT.z})) / ${BIN_COUNT} AS z, u1(pid, ${SALT.country}) AS u_country
        FROM d
      ), k AS (
        SELECT x.*, cd.code AS origin_country
        FROM x ASOF LEFT JOIN country_dist cd ON cd.grp = x.grp AND x.u_country >= cd.lo
      )
      SELECT k.pid, k.kind, k.entry_year, k.exit_year, k.birth_year,
        make_date(k.birth_year, 1, 1) + k.birth_day AS birth_date,
        CASE WHEN u1(k.pid, ${SALT.sex}) < 0.5 THEN 'm' ELSE 'f' END AS sex,
        k.ie_type, k.grp, k.bin, k.type, k.z, k.imm_year, k.loc0, k.home_muni,
        CASE WHEN k.grp = 0 THEN NULL ELSE k.origin_country END AS origin_country,
        (${mask})::BIGINT AS mask
      FROM k
      WHERE k.exit_year >= k.entry_year AND k.entry_year <= ${sqlInt(toYear)}`),
    query(`DROP TABLE p_entry; DROP TABLE p_native; DROP TABLE p_imm; DROP TABLE p_base`),
  ];
}

/**
 * Spells: a person's stays between moves. The first is at the entry location; each move draws a destination for
 * the person's type in that year — the home municipality for a local move; otherwise a municipality within the
 * home municipality's region or anywhere in the country, with the big cities' pull by age (`REGIONAL_MOVES`) —
 * then a location within that municipality for the type, and a dwelling among those standing there that year.
 */
export function spellsQueries(fromYear: number, toYear: number): Query[] {
  const Y0 = sqlInt(fromYear);
  const Y1 = sqlInt(toYear);
  const mostDisadvantaged = `p.type % ${BIN_COUNT} = ${BIN_COUNT - 1}`;
  return [
    query(`
      CREATE OR REPLACE TABLE spells AS
      WITH mv AS (
        SELECT p.pid, r.y AS start, p.type, p.home_muni,
          u2(p.pid, r.y, ${SALT.destination}) AS u_dest, u2(p.pid, r.y, ${SALT.destinationLoc}) AS u_loc,
          u2(p.pid, r.y, ${SALT.localMove}) < ${LOCAL_MOVE_SHARE} AS local_move,
          CASE WHEN u2(p.pid, r.y, ${SALT.inRegion}) < CASE WHEN ${mostDisadvantaged}
                 THEN ${REGIONAL_MOVES.inRegionMostDisadvantaged} ELSE ${REGIONAL_MOVES.inRegion} END
               THEN mr.region ELSE 0 END AS scope,
          CASE WHEN r.y - 1 - p.birth_year BETWEEN 18 AND 29 THEN 0
               WHEN r.y - 1 - p.birth_year BETWEEN 30 AND 49 THEN 1 ELSE 2 END AS age_group
        FROM persons_x p JOIN muni_region mr ON mr.muni = p.home_muni, range(${Y0} + 1, ${Y1} + 1) r(y)
        WHERE (p.mask >> (r.y - ${Y0})) & 1 = 1
      ), dest AS (
        SELECT mv.pid, mv.start, mv.type, mv.u_loc, CASE WHEN mv.local_move THEN mv.home_muni ELSE c.muni END AS muni
        FROM mv ASOF JOIN muni_choice c
          ON c.year = mv.start AND c.type = mv.type AND c.scope = mv.scope AND c.age_group = mv.age_group AND mv.u_dest >= c.lo
      ), loc AS (
        SELECT dest.pid, dest.start, lc.loc
        FROM dest ASOF JOIN loc_choice_local lc
          ON lc.year = dest.start AND lc.type = dest.type AND lc.muni = dest.muni AND dest.u_loc >= lc.lo
      ), all_spells AS (
        SELECT pid, entry_year AS start, loc0 AS loc FROM persons_x
        UNION ALL
        SELECT pid, start, loc FROM loc
      ), ended AS (
        SELECT a.pid, a.start, a.loc,
          least(coalesce(lead(a.start) OVER w - 1, p.exit_year), p.exit_year, ${Y1}) AS stop,
          lag(a.loc) OVER w AS prev_loc, lead(a.loc) OVER w AS next_loc
        FROM all_spells a JOIN persons_x p USING (pid)
        WINDOW w AS (PARTITION BY a.pid ORDER BY a.start)
      )
      SELECT e.pid, e.start, e.stop, e.loc, l.municipality_code, e.prev_loc,
        CASE WHEN e.stop = ${Y1} THEN NULL ELSE e.next_loc END AS next_loc,
        CASE WHEN u2(e.pid, e.start, ${SALT.noDwelling}) < 0.003 THEN NULL
             ELSE floor(u2(e.pid, e.start, ${SALT.dwelling}) * n.n_exist)::BIGINT END AS dw_idx
      FROM ended e
      JOIN locations l ON l.loc = e.loc
      JOIN loc_dwellings n ON n.loc = e.loc AND n.year = e.start
      WHERE e.stop >= e.start`),
  ];
}

/**
 * Flexible letting in the intended forebyggelse areas from 2022 (`FLEXIBLE_LETTING`): a move there by a socially
 * vulnerable person (18–64 on 1 January t, outside job and education at least half of year t − 1, for a move
 * labelled t + 1; judged on the person's outcome without the letting rules' shift) is turned away with the
 * rule's probability, any other with a smaller one; the person moves to the ordinary housing of the same
 * municipality instead. Then the moves into deprived areas under the letting rules from 2019 (not births or
 * immigrants placed there on arrival), with the snapshots their shift covers.
 */
export function lettingQueries(): Query[] {
  const fl = FLEXIBLE_LETTING;
  return [
    query(`
      CREATE OR REPLACE TABLE turned AS
      SELECT s.pid, s.start, mr.ordinary_loc,
        CASE WHEN s.dw_idx IS NULL THEN NULL ELSE floor(u2(s.pid, s.start, ${SALT.dwelling}) * n.n_exist)::BIGINT END AS dw_idx
      FROM spells s JOIN intended_fb f ON f.loc = s.loc JOIN persons_x p USING (pid)
      JOIN muni_region mr ON mr.muni = s.municipality_code
      JOIN loc_dwellings n ON n.loc = mr.ordinary_loc AND n.year = s.start
      WHERE s.start >= ${sqlInt(fl.fromYear)} AND s.start > p.entry_year AND s.prev_loc IS DISTINCT FROM s.loc
        AND u2(s.pid, s.start, ${SALT.flexibleLetting}) < CASE
          WHEN s.start - 2 - p.birth_year BETWEEN 18 AND 64
           AND outside_fte(p.pid, s.start - 2, p.z, p.grp, p.ie_type, s.start - 2 - p.birth_year, p.imm_year, 0.0, FALSE) >= 0.5
          THEN ${fl.vulnerable} ELSE ${fl.others} END`),
    query(`
      UPDATE spells SET loc = t.ordinary_loc, dw_idx = t.dw_idx
      FROM turned t WHERE spells.pid = t.pid AND spells.start = t.start`),
    // The shift covers the snapshots start … until: to the end of the stay, or to the year before the last if the
    // person then moves to another location (who leaves is not who the letting selected: in the year before
    // moving on, a resident is as often outside job and education as anyone of their type).
    query(`
      CREATE OR REPLACE TABLE let_spell AS
      SELECT s.pid, s.start, CASE WHEN s.next_loc IS DISTINCT FROM s.loc AND s.next_loc IS NOT NULL THEN s.stop - 1 ELSE s.stop END AS until,
        ls.shift
      FROM spells s JOIN persons_x p USING (pid) JOIN letting_shift ls ON ls.loc = s.loc AND ls.year = s.start
      WHERE s.start > p.entry_year`),
  ];
}
