-- params: {"rule_0":"labour.year.required","column_0":"year","rule_1":"labour.person_id.required","column_1":"person_id","rule_2":"labour.outside_fte.required","column_2":"outside_fte","labour_year_min":1900,"labour_year_max":2100,"rule_3":"labour.year.plausible","column_3":"year","rule_4":"labour.outside_fte.range","column_4":"outside_fte"}
WITH flagged AS (
  SELECT t._row,
    coalesce((t."year" IS NULL), false) AS f0,
    '(tom)' AS v0,
    coalesce((t."person_id" IS NULL), false) AS f1,
    '(tom)' AS v1,
    coalesce((t."outside_fte" IS NULL), false) AS f2,
    '(tom)' AS v2,
    coalesce(t."year" IS NOT NULL AND (t."year" NOT BETWEEN $labour_year_min AND $labour_year_max), false) AS f3,
    CAST(t."year" AS VARCHAR) AS v3,
    coalesce(t."outside_fte" IS NOT NULL AND (t.outside_fte < 0 OR t.outside_fte > 1), false) AS f4,
    CAST(t."outside_fte" AS VARCHAR) AS v4
  FROM "labour" AS t
),
hits AS (
  SELECT _row, unnest([
    CASE WHEN f0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': v0} END,
    CASE WHEN f1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': v1} END,
    CASE WHEN f2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': v2} END,
    CASE WHEN f3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': v3} END,
    CASE WHEN f4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': v4} END
  ]) AS hit
  FROM flagged
  WHERE f0 OR f1 OR f2 OR f3 OR f4
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
