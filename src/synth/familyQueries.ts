import { query, type Query } from '../analytics/sql.ts';
import { FAMILIES_WITH_CHILDREN_ONLY, FAMILY_MODEL, YOUNG_ADULT_AT_HOME } from './peopleParameters.ts';
import { personIdSql, sqlInt } from './synthMacros.ts';

/** Salts of the family draws (distinct from the population's, the outcomes' and employment's salts). */
const SALT = {
  youngAtHome: 201,
  familySize: 203,
  siblingOrder: 204,
  /** And 206: `nrm1` draws with salt and salt + 1. */
  parentAge: 205,
  singleAdult: 207,
  familyOrder: 208,
  /** Plus the level (0 … 6): each level numbers its adults in an order of its own. */
  adultOrder: 180,
  /** Plus the level (1 … 6): the pools of the wider levels. */
  sample: 190,
} as const;

/**
 * Where a family looks for its adults, widest last: its location and origin group (looking from the target age
 * up, then down: the first pass has taken the older adults where those of the target age were too few), its
 * location, its municipality, the whole country. Each level matches the families the levels before left
 * unmatched with the adults nobody has taken, drawn with `sample` (a quarter is enough for the few families left,
 * about 1 % after the first level); the last two take every adult of the years that still have a family without
 * adults (at scale 0.15 none is left by then).
 */
const LEVELS: readonly { readonly cell: readonly string[]; readonly sample: number; readonly up: boolean }[] =
  [
    { cell: ['loc', 'grp'], sample: 1, up: true },
    { cell: ['loc', 'grp'], sample: 1, up: false },
    { cell: ['loc'], sample: 0.25, up: false },
    { cell: ['muni'], sample: 0.25, up: false },
    { cell: [], sample: 0.25, up: false },
    { cell: [], sample: 1, up: false },
    { cell: [], sample: 1, up: true },
  ];

/**
 * The household model behind `families` (`FAMILY_MODEL`), as work tables; `familiesQuery` writes the result.
 *
 * Each 1 January the resident children — everyone 0–17, and young adults 18–24 at home with the chance
 * `YOUNG_ADULT_AT_HOME` — are grouped into sibling sets within their location (the generator's `loc`: an area or
 * a municipality's ordinary housing) and origin group: each child draws the size of its family
 * (`childrenByFamilySize`), and the children of one size, in the order of age plus a jitter of up to
 * `siblingSpread` years, are cut into consecutive sets of that size. A set draws one or two adults
 * (`singleAdultShare`) and a target age for them: the oldest child's age plus the parents' age at its birth
 * (`parentAgeAtOldest`), kept within `ageGap` of every child.
 *
 * The sets are then matched with the residents 18–69 who are not children, level by level (`LEVELS`). Within a
 * cell of a level, sets (by target age) and adults (by age, in a random order within an age) stand in one merged
 * order, and set i takes the adults at positions f(i) … f(i) + need − 1 of the cell's adults,
 * f(i) = max(the number of adults before its target age, f(i − 1) + need(i − 1)): the first free adults from
 * its target age on, which is C(i) + the running max over the sets j ≤ i of (adults before j − C(j)), C the
 * adults the sets before have taken (`levelQueries`). A set keeps the matched adults whose age is within `ageGap`
 * of all its children (so a pair may end as one adult); a set with none goes on to the next level. So no adult
 * is in two families, no child is an adult, and all members are residents of the year. Family members live in
 * dwellings of the same location, not the same dwelling (the generator places persons independently), and a
 * family matched at a wider level spans locations. `family_id` is the family's adult with the smallest person
 * key.
 */
export function familySetupQueries(fromYear: number, toYear: number): Query[] {
  const m = FAMILY_MODEL;
  const [gapMin, gapMax] = m.ageGap;
  const maxAdultAge = 24 + gapMax;
  const atHome = `CASE age ${YOUNG_ADULT_AT_HOME.map((p, i) => `WHEN ${18 + i} THEN ${p}`).join(' ')} ELSE 0 END`;
  let cum = 0;
  const sizeCases = m.childrenByFamilySize
    .slice(0, -1)
    .map((share, i) => {
      cum += share;
      return `WHEN u < ${cum.toFixed(6)} THEN ${i + 1}`;
    })
    .join(' ');
  // residents of the years born from bornFrom, up to maxAge, who are (or are not) children
  const residents = (bornFrom: number, maxAge: number, test: string): string => `
    SELECT year, pid, loc, muni, grp, age
    FROM (
      SELECT year::INTEGER AS year, pid, loc, muni, grp, (year - 1 - birth_year)::INTEGER AS age
      FROM (
        SELECT s.pid, s.loc::INTEGER AS loc, s.municipality_code::INTEGER AS muni, p.grp::INTEGER AS grp, p.birth_year,
          unnest(range(greatest(s.start, ${sqlInt(fromYear)}), least(s.stop, ${sqlInt(toYear)}) + 1)) AS year
        FROM spells s JOIN persons_x p USING (pid)
        WHERE p.birth_year >= ${sqlInt(bornFrom)}))
    WHERE age <= ${sqlInt(maxAge)} AND ${test} (age <= 24 AND u1(pid, ${SALT.youngAtHome}) < ${atHome})`;
  const out: Query[] = [
    // the children (residents 0–24 who are children), each with its set: sid, unique within a year (location
    // < 2^12, group < 4, size ≤ 4, number in its size < 2^24)
    query(`
      CREATE OR REPLACE TABLE fam_kid AS
      SELECT year, pid, loc, muni, grp, age,
        ((loc * 4 + grp) * 4 + size - 1)::BIGINT * 16777216
          + (row_number() OVER (PARTITION BY year, loc, grp, size ORDER BY age + ${m.siblingSpread} * u1(pid, ${SALT.siblingOrder}), pid) - 1) // size AS sid
      FROM (SELECT *, CASE ${sizeCases} ELSE ${m.childrenByFamilySize.length} END AS size
            FROM (SELECT *, u1(pid, ${SALT.familySize}) AS u FROM (${residents(fromYear - 1 - 24, 24, 'age < 18 OR')})))`),
    query(`
      CREATE OR REPLACE TABLE fam_sib AS
      SELECT year, sid, loc, grp, muni, oldest + ${gapMin} AS lo_age, youngest + ${gapMax} AS hi_age,
        least(greatest(oldest + round(${m.parentAgeAtOldest.mean} + ${m.parentAgeAtOldest.sd} * nrm1(sid, ${SALT.parentAge}))::INTEGER,
          oldest + ${gapMin}), youngest + ${gapMax}) AS target,
        CASE WHEN u1(sid, ${SALT.singleAdult}) < ${m.singleAdultShare} THEN 1 ELSE 2 END AS need
      FROM (SELECT year, sid, any_value(loc) AS loc, any_value(grp) AS grp, any_value(muni) AS muni,
              max(age) AS oldest, min(age) AS youngest
            FROM fam_kid GROUP BY year, sid)`),
    // the adults (residents 18–69 who are not children) numbered in a random order within (year, location, group,
    // age): the first level's pool
    query(`
      CREATE OR REPLACE TABLE fam_adult AS
      SELECT year, pid, loc, muni, grp, age AS a,
        (row_number() OVER (PARTITION BY year, loc, grp, age ORDER BY u1(pid, ${SALT.adultOrder}), pid) - 1)::INTEGER AS r
      FROM (${residents(fromYear - 1 - maxAdultAge, maxAdultAge, 'age >= 18 AND NOT')})`),
    query(`CREATE OR REPLACE TABLE fam_match (year INTEGER, sid BIGINT, pid BIGINT)`),
  ];
  LEVELS.forEach((l, level) => out.push(...levelQueries(l.cell, l.sample, l.up, level)));
  out.push(
    query(`
      CREATE OR REPLACE TABLE fam_out AS
      WITH fid AS (SELECT year, sid, min(pid) AS fid FROM fam_match GROUP BY year, sid)
      SELECT k.year, k.pid, fid.fid, TRUE AS child FROM fam_kid k JOIN fid USING (year, sid)
      UNION ALL
      SELECT m.year, m.pid, fid.fid, FALSE FROM fam_match m JOIN fid USING (year, sid)`),
    query(
      [
        'fam_kid',
        'fam_sib',
        'fam_adult',
        'fam_match',
        'fam_adults',
        'fam_k',
        'fam_band',
        ...LEVELS.slice(1).map((_, i) => `fam_left${i + 1}`),
      ]
        .map((t) => `DROP TABLE ${t};`)
        .join(' '),
    ),
  );
  return out;
}

/**
 * One level of the matching: the sets not yet matched (`fam_sib` at the first level, then `fam_left<level>`) with
 * the adults nobody has taken, in cells of (year, `cell`); the matches within `ageGap` go into `fam_match`. Ages
 * are signed (negated when looking down), so one code serves both directions. The running sums and maximum of the
 * merged order are taken over the (cell, age) counts (a set's C(i) is its group's start plus its place in the
 * group, singles first); each matched position is found in its age band by an as-of join. The first level reads
 * the adults' numbers of `fam_adult`; the wider ones number only the first adults of a band in an order of their
 * own (those with a uniform draw below a bound that keeps, but for a vanishing chance, more adults than the band
 * gives away; a slot without an adult stays empty).
 */
function levelQueries(cell: readonly string[], sample: number, up: boolean, level: number): Query[] {
  const keys = ['year', ...cell];
  const by = keys.join(', ');
  const on = (a: string, b: string): string => keys.map((k) => `${a}.${k} = ${b}.${k}`).join(' AND ');
  const cellOf = (t: string): string => cell.map((c) => `${t}.${c}, `).join('');
  const sign = up ? '' : '-';
  const sets = level === 0 ? 'fam_sib' : `fam_left${level}`;
  const pool = level === 0 ? 'fam_adult' : 'fam_adults';
  const adults = `
    SELECT a.year, ${cellOf('a')}${sign}a.a AS a, a.pid FROM fam_adult a
    SEMI JOIN (SELECT DISTINCT ${by} FROM ${sets}) c ON ${on('a', 'c')}
    ANTI JOIN fam_match m ON m.year = a.year AND m.pid = a.pid
    ${sample < 1 ? `WHERE u1(a.pid, ${SALT.sample + level}) < ${sample}` : ''}`;
  const out: Query[] = [];
  if (level > 0)
    out.push(
      query(`
        CREATE OR REPLACE TABLE ${sets} AS
        SELECT s.* FROM ${level === 1 ? 'fam_sib' : `fam_left${level - 1}`} s ANTI JOIN fam_match m ON m.year = s.year AND m.sid = s.sid`),
    );
  if (level > 0) out.push(query(`CREATE OR REPLACE TABLE fam_adults AS ${adults}`));
  out.push(
    // per (cell, signed age a): adults n, single-adult sets n1 and adults wanted (demand) with that target; lo =
    // adults before, cstart = adults wanted by the sets of earlier targets, mx = running max of lo − cstart
    query(`
      CREATE OR REPLACE TABLE fam_k AS
      SELECT *, max(CASE WHEN demand > 0 THEN lo - cstart END) OVER w AS mx
      FROM (
        SELECT *, (sum(n) OVER w - n)::BIGINT AS lo, (sum(demand) OVER w - demand)::BIGINT AS cstart
        FROM (
          SELECT ${by}, a, sum(n)::BIGINT AS n, sum(n1)::BIGINT AS n1, sum(demand)::BIGINT AS demand
          FROM (
            SELECT ${by}, a, count(*) AS n, 0 AS n1, 0 AS demand FROM ${pool} GROUP BY ALL
            UNION ALL
            SELECT ${by}, ${sign}target, 0, count(*) FILTER (WHERE need = 1), sum(need) FROM ${sets} GROUP BY ALL)
          GROUP BY ALL)
        WINDOW w AS (PARTITION BY ${by} ORDER BY a ROWS UNBOUNDED PRECEDING))
      WINDOW w AS (PARTITION BY ${by} ORDER BY a ROWS UNBOUNDED PRECEDING)`),
    // every slot of every set: its position f(i) + j, the age band it falls in and its place r in the band
    query(`
      CREATE OR REPLACE TABLE fam_band AS
      WITH x AS (
        SELECT *, row_number() OVER (PARTITION BY ${by}, target ORDER BY need, u1(sid, ${SALT.familyOrder}), sid) - 1 AS q
        FROM ${sets}
      ), slot AS (
        SELECT x.year, ${cellOf('x')}x.sid, x.lo_age, x.hi_age,
          k.cstart + CASE WHEN x.need = 1 THEN x.q ELSE k.n1 + 2 * (x.q - k.n1) END + k.mx + j.j AS pos
        FROM x JOIN fam_k k ON ${on('k', 'x')} AND k.a = ${sign}x.target, range(2) j(j)
        WHERE j.j < x.need
      )
      SELECT slot.year, ${cellOf('slot')}slot.sid, b.a, (slot.pos - b.lo)::INTEGER AS r
      FROM slot ASOF JOIN (SELECT ${by}, a, lo, n FROM fam_k WHERE n > 0) b ON ${on('b', 'slot')} AND slot.pos >= b.lo
      WHERE slot.pos - b.lo < b.n AND ${sign}b.a BETWEEN slot.lo_age AND slot.hi_age`),
    level === 0
      ? query(`
      INSERT INTO fam_match
      SELECT b.year, b.sid, p.pid FROM fam_band b JOIN fam_adult p ON ${on('p', 'b')} AND p.a = b.a AND p.r = b.r`)
      : query(`
      INSERT INTO fam_match
      WITH used AS (SELECT ${by}, a, max(r) + 1 AS used FROM fam_band GROUP BY ALL),
      k AS (SELECT u.*, (u.used + 4 * sqrt(u.used) + 4) / k.n AS bound FROM used u JOIN fam_k k ON ${on('k', 'u')} AND k.a = u.a),
      p AS (
        SELECT ad.year, ${cellOf('ad')}ad.a, ad.pid,
          (row_number() OVER (PARTITION BY ${keys.map((c) => `ad.${c}`).join(', ')}, ad.a ORDER BY u1(ad.pid, ${SALT.adultOrder + level}), ad.pid) - 1)::INTEGER AS r
        FROM fam_adults ad JOIN k ON ${on('k', 'ad')} AND k.a = ad.a
        WHERE u1(ad.pid, ${SALT.adultOrder + level}) < k.bound
      )
      SELECT b.year, b.sid, p.pid FROM fam_band b JOIN p ON ${on('p', 'b')} AND p.a = b.a AND p.r = b.r`),
  );
  return out;
}

/**
 * `families` on 1 January of every snapshot year from the household model (`familySetupQueries`): the children
 * as `child`, their family's one or two adults as `adult`. With `FAMILIES_WITH_CHILDREN_ONLY` `false`, every
 * other resident aged 18 or more is written too, as a one-person family (`family_id` from the person).
 */
export function familiesQuery(fromYear: number, toYear: number): Query {
  const others = FAMILIES_WITH_CHILDREN_ONLY
    ? ''
    : `UNION ALL
        SELECT r.y::INTEGER, s.pid, s.pid, FALSE
        FROM spells s JOIN persons_x p USING (pid), range(${sqlInt(fromYear)}, ${sqlInt(toYear + 1)}) r(y)
        WHERE r.y BETWEEN s.start AND s.stop AND r.y - 1 - p.birth_year >= 18
          AND NOT EXISTS (SELECT 1 FROM fam_out f WHERE f.year = r.y AND f.pid = s.pid)`;
  return query(`
    SELECT year, ${personIdSql('pid')} AS person_id, 'F' || lpad(fid::VARCHAR, 8, '0') AS family_id,
      CASE WHEN child THEN 'child' ELSE 'adult' END AS role
    FROM (SELECT year, pid, fid, child FROM fam_out ${others} ORDER BY year, pid)`);
}
