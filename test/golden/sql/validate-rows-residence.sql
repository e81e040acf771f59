-- params: {"rule_0":"residence.year.required","column_0":"year","rule_1":"residence.person_id.required","column_1":"person_id","rule_2":"residence.municipality_code.required","column_2":"municipality_code","residence_year_min":1900,"residence_year_max":2100,"rule_3":"residence.year.plausible","column_3":"year","rule_4":"residence.dwelling_id.reference","column_4":"dwelling_id","rule_5":"residence.municipality_code.domain","column_5":"municipality_code"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."year" IS NULL), false) AS _flag_0,
    coalesce((t."person_id" IS NULL), false) AS _flag_1,
    coalesce((t."municipality_code" IS NULL), false) AS _flag_2,
    coalesce(t."year" IS NOT NULL AND (t."year" NOT BETWEEN $residence_year_min AND $residence_year_max), false) AS _flag_3,
    coalesce(t."dwelling_id" IS NOT NULL AND (d.dwelling_id IS NULL), false) AS _flag_4,
    coalesce(t."municipality_code" IS NOT NULL AND (t.municipality_code NOT IN (SELECT code FROM ref_municipalities)), false) AS _flag_5
  FROM "residence" AS t
  LEFT JOIN dwellings AS d ON d.dwelling_id = t.dwelling_id
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': CAST(t."year" AS VARCHAR)} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': CAST(t."dwelling_id" AS VARCHAR)} END,
    CASE WHEN t._flag_5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': CAST(t."municipality_code" AS VARCHAR)} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4 OR t._flag_5
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
