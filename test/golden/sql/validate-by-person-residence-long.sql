-- params: {"from_year":1990}
CREATE OR REPLACE TABLE "residence_by_person" AS
SELECT t.person_id,
  CAST($from_year + 21 * ((t.year - $from_year) // 21) AS INTEGER) AS from_year,
  count(*) AS n,
  bit_count(bit_or(CAST(1 AS UBIGINT) << CAST(((t.year - $from_year) % 21) AS UBIGINT))) AS year_bits,
  min(t.year) AS first_year,
  bit_or(CAST(1 AS UBIGINT) << CAST(((t.year - $from_year) % 21) AS UBIGINT)) AS years,
  bit_or(CAST(coalesce(m.region_index, 0) AS UBIGINT) << CAST(3 * ((t.year - $from_year) % 21) AS UBIGINT)) AS regions
FROM residence AS t
LEFT JOIN ref_municipalities AS m ON m.code = t.municipality_code
WHERE t.person_id IS NOT NULL AND t.year IS NOT NULL
GROUP BY t.person_id, from_year
