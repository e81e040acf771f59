-- params: {"rule_0":"schools.school_id.required","column_0":"school_id","rule_1":"schools.name.required","column_1":"name","rule_2":"schools.municipality_code.required","column_2":"municipality_code","rule_3":"schools.kind.required","column_3":"kind","schools_kind_values":["folkeskole","fri_privat","other"],"rule_4":"schools.kind.domain","column_4":"kind","rule_5":"schools.municipality_code.domain","column_5":"municipality_code"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."school_id" IS NULL), false) AS _flag_0,
    coalesce((t."name" IS NULL), false) AS _flag_1,
    coalesce((t."municipality_code" IS NULL), false) AS _flag_2,
    coalesce((t."kind" IS NULL), false) AS _flag_3,
    coalesce(t."kind" IS NOT NULL AND (NOT list_contains($schools_kind_values, t."kind")), false) AS _flag_4,
    coalesce(t."municipality_code" IS NOT NULL AND (t.municipality_code NOT IN (SELECT code FROM ref_municipalities)), false) AS _flag_5
  FROM "schools" AS t
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': '(tom)'} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': CAST(t."kind" AS VARCHAR)} END,
    CASE WHEN t._flag_5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': CAST(t."municipality_code" AS VARCHAR)} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4 OR t._flag_5
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
