-- params: {"rule_0":"families.year.required","column_0":"year","rule_1":"families.person_id.required","column_1":"person_id","rule_2":"families.family_id.required","column_2":"family_id","rule_3":"families.role.required","column_3":"role","families_role_values":["adult","child"],"rule_4":"families.role.domain","column_4":"role","families_year_min":1900,"families_year_max":2100,"rule_5":"families.year.plausible","column_5":"year","rule_6":"families.person_id.reference","column_6":"person_id","rule_7":"families.person_id.notResident","column_7":"person_id"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."year" IS NULL), false) AS _flag_0,
    coalesce((t."person_id" IS NULL), false) AS _flag_1,
    coalesce((t."family_id" IS NULL), false) AS _flag_2,
    coalesce((t."role" IS NULL), false) AS _flag_3,
    coalesce(t."role" IS NOT NULL AND (NOT list_contains($families_role_values, t."role")), false) AS _flag_4,
    coalesce(t."year" IS NOT NULL AND (t."year" NOT BETWEEN $families_year_min AND $families_year_max), false) AS _flag_5,
    coalesce(t."person_id" IS NOT NULL AND (p.person_id IS NULL), false) AS _flag_6,
    coalesce(t."person_id" IS NOT NULL AND (r.person_id IS NULL), false) AS _flag_7
  FROM "families" AS t
  LEFT JOIN persons AS p ON p.person_id = t.person_id
  LEFT JOIN residence AS r ON r.year = t.year AND r.person_id = t.person_id
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': '(tom)'} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': CAST(t."role" AS VARCHAR)} END,
    CASE WHEN t._flag_5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': CAST(t."year" AS VARCHAR)} END,
    CASE WHEN t._flag_6 THEN {'rule_id': $rule_6, 'column_name': $column_6, 'value': '<person_id>'} END,
    CASE WHEN t._flag_7 THEN {'rule_id': $rule_7, 'column_name': $column_7, 'value': '<person_id>'} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4 OR t._flag_5 OR t._flag_6 OR t._flag_7
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
