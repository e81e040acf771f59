-- params: {"rule_0":"employment.year.required","column_0":"year","rule_1":"employment.person_id.required","column_1":"person_id","rule_2":"employment.employed.required","column_2":"employed","employment_year_min":1900,"employment_year_max":2100,"rule_3":"employment.year.plausible","column_3":"year","rule_4":"employment.person_id.reference","column_4":"person_id"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."year" IS NULL), false) AS _flag_0,
    coalesce((t."person_id" IS NULL), false) AS _flag_1,
    coalesce((t."employed" IS NULL), false) AS _flag_2,
    coalesce(t."year" IS NOT NULL AND (t."year" NOT BETWEEN $employment_year_min AND $employment_year_max), false) AS _flag_3,
    coalesce(t."person_id" IS NOT NULL AND (p.person_id IS NULL), false) AS _flag_4
  FROM "employment" AS t
  LEFT JOIN persons AS p ON p.person_id = t.person_id
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': CAST(t."year" AS VARCHAR)} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': '<person_id>'} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
