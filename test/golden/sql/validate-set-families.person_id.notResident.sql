-- params: {"rule_id":"families.person_id.notResident","column_name":"person_id"}
SELECT $rule_id AS rule_id, o.row_nr, $column_name AS column_name, o.value
FROM (
WITH m AS (SELECT min(from_year) AS y0 FROM residence_by_person),
  f AS (
    SELECT t.person_id,
      CAST(m.y0 + 21 * floor((t.year - m.y0) / 21) AS INTEGER) AS from_year,
      bit_or(CAST(1 AS UBIGINT) << CAST(((t.year - m.y0) % 21 + 21) % 21 AS UBIGINT)) AS years
    FROM families AS t, m
    WHERE t.person_id IS NOT NULL AND t.year IS NOT NULL
    GROUP BY ALL
  ),
  suspects AS (
    SELECT DISTINCT f.person_id FROM f
    LEFT JOIN residence_by_person AS rb ON rb.person_id = f.person_id AND rb.from_year = f.from_year
    WHERE rb.person_id IS NULL OR f.years & ~rb.years <> 0
  ),
  cand AS (
    SELECT t._row, t.year, t.person_id FROM families AS t JOIN suspects AS s ON s.person_id = t.person_id
    WHERE t.year IS NOT NULL
  )
  SELECT DISTINCT c._row AS row_nr, '<person_id>' AS value
  FROM cand AS c
  LEFT JOIN residence AS r ON r.year = c.year AND r.person_id = c.person_id
  WHERE r.person_id IS NULL
) AS o
