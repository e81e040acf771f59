import { query, type Query } from '../analytics/sql.ts';
import { DID_POST_FROM, INTENDED_FOREBYGGELSE } from './demographyParameters.ts';
import { sqlInt } from './synthMacros.ts';

/** Salt of the planted effect's draw (distinct from the population's and the outcomes' salts). */
const DID_SALT = 61;

/**
 * The areas the generator intends as forebyggelsesområder on the first list (1 December 2021,
 * `INTENDED_FOREBYGGELSE`), from the generated residents of 1 January 2021, and the municipalities that hold
 * them: chapter 3's treated municipalities in the generator's sense.
 */
export function intendedForebyggelseQueries(fromYear: number, toYear: number): Query[] {
  const f = INTENDED_FOREBYGGELSE;
  const inRange = f.year >= fromYear && f.year <= toYear;
  return [
    query(`
      CREATE OR REPLACE TABLE intended_fb AS
      WITH r AS (
        SELECT s.loc, count(*) AS residents, count(*) FILTER (WHERE p.grp >= 2) AS nonwestern
        FROM spells s JOIN persons_x p USING (pid) JOIN locations l ON l.loc = s.loc
        WHERE l.kind = 'area' AND s.dw_idx IS NOT NULL AND ${sqlInt(f.year)} BETWEEN s.start AND s.stop AND ${inRange ? 'TRUE' : 'FALSE'}
        GROUP BY s.loc
      )
      SELECT r.loc, l.municipality_code
      FROM r JOIN area_latent a USING (loc) JOIN locations l ON l.loc = r.loc
      WHERE r.residents >= ${f.minResidents} AND 100 * r.nonwestern > ${f.minNonwesternPct} * r.residents
        AND a.deprivation >= ${f.minDeprivation}
        AND NOT (100 * r.nonwestern > ${f.udsatNonwesternPct} * r.residents AND a.deprivation >= ${f.udsatDeprivation})
      ORDER BY r.loc`),
  ];
}

/**
 * The planted treatment effect of chapter 3's difference-in-differences (`--did-effect`, percentage points): for
 * moves labelled 2022 on (1 January t + 1, t + 1 ≥ 2022) out of a treated municipality (one holding an area of
 * `intended_fb`) into another municipality, the share of socially vulnerable out-movers (18–64 on 1 January t,
 * outside job and education at least half of year t − 1) rises by `effectPp` in every municipality and
 * year: round(effectPp/100 × out-movers) of the out-movers who are not vulnerable and lived in the
 * municipality's ordinary housing (never a counted area resident, so the areas' criteria do not change), picked by
 * a seeded hash (all of them if there are fewer), are outside job and education the whole of year t − 1. So each
 * municipality's y_mt rises by the effect up to rounding (0.5/out-movers). With 0 the table is empty, and the
 * moves themselves never depend on it.
 */
export function didEffectQueries(effectPp: number): Query[] {
  if (!(effectPp > 0)) return [query(`CREATE OR REPLACE TABLE did_outside (pid BIGINT, year INTEGER)`)];
  return [
    query(`
      CREATE OR REPLACE TABLE did_outside AS
      WITH om AS (
        SELECT c.pid, c.start AS label, b.loc AS from_loc, b.municipality_code AS from_muni
        FROM spells c JOIN spells b ON b.pid = c.pid AND b.stop = c.start - 1
        WHERE c.start >= ${sqlInt(DID_POST_FROM)} AND c.municipality_code <> b.municipality_code
          AND b.municipality_code IN (SELECT municipality_code FROM intended_fb)
      ), v AS (
        SELECT om.pid, om.label, om.from_muni, l.kind = 'ordinary' AND om.label - 2 - p.birth_year BETWEEN 18 AND 64 AS adult_ordinary,
          om.label - 2 - p.birth_year BETWEEN 18 AND 64
            AND outside_fte(p.pid, om.label - 2, p.z, p.grp, p.ie_type, om.label - 2 - p.birth_year, p.imm_year,
                            coalesce(ls.shift, 0.0), FALSE) >= 0.5 AS vulnerable
        FROM om JOIN persons_x p USING (pid) JOIN locations l ON l.loc = om.from_loc
        LEFT JOIN let_spell ls ON ls.pid = om.pid AND om.label - 1 BETWEEN ls.start AND ls.until
      ), cell AS (
        SELECT from_muni, label, count(*) AS n FROM v GROUP BY from_muni, label
      )
      SELECT pid::BIGINT AS pid, (label - 2)::INTEGER AS year FROM (
        SELECT v.pid, v.label, cell.n,
          row_number() OVER (PARTITION BY v.from_muni, v.label ORDER BY u2(v.pid, v.label, ${DID_SALT}), v.pid) AS k
        FROM v JOIN cell USING (from_muni, label)
        WHERE v.adult_ordinary AND NOT v.vulnerable)
      WHERE k <= round(${effectPp / 100} * n)
      ORDER BY pid, year`),
  ];
}
