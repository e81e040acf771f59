-- params: {}
CREATE OR REPLACE TEMP TABLE "labour_by_person" AS
WITH first AS (SELECT min(year) AS y FROM "labour")
SELECT t.person_id, count(*) AS n,
  bit_count(bit_or(CAST(1 AS UBIGINT) << CAST((t.year - first.y) % 64 AS UBIGINT))) AS year_bits,
  min(t.year) AS first_year
FROM "labour" AS t, first
WHERE t.person_id IS NOT NULL AND t.year IS NOT NULL
GROUP BY t.person_id
