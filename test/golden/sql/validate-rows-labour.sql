-- params: {"rule_0":"labour.year.required","column_0":"year","rule_1":"labour.person_id.required","column_1":"person_id","rule_2":"labour.outside_fte.required","column_2":"outside_fte","labour_year_min":1900,"labour_year_max":2100,"rule_3":"labour.year.plausible","column_3":"year","rule_4":"labour.outside_fte.range","column_4":"outside_fte"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."year" IS NULL), false) AS _flag_0,
    coalesce((t."person_id" IS NULL), false) AS _flag_1,
    coalesce((t."outside_fte" IS NULL), false) AS _flag_2,
    coalesce(t."year" IS NOT NULL AND (t."year" NOT BETWEEN $labour_year_min AND $labour_year_max), false) AS _flag_3,
    coalesce(t."outside_fte" IS NOT NULL AND (t.outside_fte < 0 OR t.outside_fte > 1), false) AS _flag_4
  FROM "labour" AS t
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': CAST(t."year" AS VARCHAR)} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': CAST(t."outside_fte" AS VARCHAR)} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
