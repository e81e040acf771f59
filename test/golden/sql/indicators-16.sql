-- params: {"run_id":"golden-run","pooled":false,"k1_years":[2012,2021],"k2_years":[2012,2021],"k3_years":[2021],"k4_years":[2021]}
WITH area_years AS (
  SELECT DISTINCT l.list_year, ap.area_id
  FROM ind_list_years AS l
  JOIN area_parcels AS ap ON ap.valid_from <= l.list_year AND l.list_year <= coalesce(ap.valid_to, 9999)
),
rates AS (
  SELECT list_year, scope, scope_id, measure,
    CASE WHEN $pooled
      THEN 100 * sum(numerator) / nullif(sum(denominator), 0)
      ELSE avg(100 * numerator / nullif(denominator, 0))
    END AS pct,
    sum(numerator) / nullif(sum(denominator), 0) AS mean,
    arg_max(denominator, data_year) AS last_denominator
  FROM indicator_components
  WHERE run_id = $run_id
  GROUP BY list_year, scope, scope_id, measure
)
SELECT ay.list_year AS year, ay.area_id, a.name, a.municipality_code,
  CAST(coalesce(nw.last_denominator, 0) AS BIGINT) AS residents,
  nw.pct AS nonwestern_pct,
  CASE WHEN list_contains($k1_years, ay.list_year) THEN k1.pct END AS k1_outside_pct,
  CASE WHEN list_contains($k2_years, ay.list_year) THEN k2.pct END AS k2_convicted_pct,
  CASE WHEN list_contains($k2_years, ay.list_year) THEN k2n.pct END AS k2_national_pct,
  CASE WHEN list_contains($k3_years, ay.list_year) THEN k3.pct END AS k3_basic_pct,
  CASE WHEN list_contains($k4_years, ay.list_year) AND k4r.mean > 0 THEN 100 * k4.mean / k4r.mean END
    AS k4_income_pct,
  CAST(coalesce(k1.last_denominator, 0) AS BIGINT) AS n_18_64,
  CAST(coalesce(k2.last_denominator, 0) AS BIGINT) AS n_18_plus,
  CAST(coalesce(k3.last_denominator, 0) AS BIGINT) AS n_30_59,
  CAST(coalesce(k4.last_denominator, 0) AS BIGINT) AS n_income
FROM area_years AS ay
JOIN areas AS a ON a.area_id = ay.area_id
LEFT JOIN ref_municipalities AS m ON m.code = a.municipality_code
LEFT JOIN rates AS nw
  ON nw.list_year = ay.list_year AND nw.scope = 'area' AND nw.scope_id = ay.area_id AND nw.measure = 'NW'
LEFT JOIN rates AS k1
  ON k1.list_year = ay.list_year AND k1.scope = 'area' AND k1.scope_id = ay.area_id AND k1.measure = 'K1'
LEFT JOIN rates AS k2
  ON k2.list_year = ay.list_year AND k2.scope = 'area' AND k2.scope_id = ay.area_id AND k2.measure = 'K2'
LEFT JOIN rates AS k2n
  ON k2n.list_year = ay.list_year AND k2n.scope = 'national' AND k2n.measure = 'K2'
LEFT JOIN rates AS k3
  ON k3.list_year = ay.list_year AND k3.scope = 'area' AND k3.scope_id = ay.area_id AND k3.measure = 'K3'
LEFT JOIN rates AS k4
  ON k4.list_year = ay.list_year AND k4.scope = 'area' AND k4.scope_id = ay.area_id AND k4.measure = 'K4'
LEFT JOIN rates AS k4r
  ON k4r.list_year = ay.list_year AND k4r.scope = 'region' AND k4r.scope_id = m.region_code
 AND k4r.measure = 'K4'
ORDER BY ay.list_year, ay.area_id
