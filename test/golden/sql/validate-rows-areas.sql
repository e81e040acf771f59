-- params: {"rule_0":"areas.area_id.required","column_0":"area_id","rule_1":"areas.name.required","column_1":"name","rule_2":"areas.municipality_code.required","column_2":"municipality_code","rule_3":"areas.municipality_code.domain","column_3":"municipality_code"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."area_id" IS NULL), false) AS _flag_0,
    coalesce((t."name" IS NULL), false) AS _flag_1,
    coalesce((t."municipality_code" IS NULL), false) AS _flag_2,
    coalesce(t."municipality_code" IS NOT NULL AND (t.municipality_code NOT IN (SELECT code FROM ref_municipalities)), false) AS _flag_3
  FROM "areas" AS t
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': CAST(t."municipality_code" AS VARCHAR)} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
