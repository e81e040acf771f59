-- params: {"rule_0":"daycare.year.required","column_0":"year","rule_1":"daycare.person_id.required","column_1":"person_id","rule_2":"daycare.institution_id.required","column_2":"institution_id","daycare_year_min":1900,"daycare_year_max":2100,"rule_3":"daycare.year.plausible","column_3":"year","rule_4":"daycare.person_id.reference","column_4":"person_id","rule_5":"daycare.institution_id.reference","column_5":"institution_id"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."year" IS NULL), false) AS _flag_0,
    coalesce((t."person_id" IS NULL), false) AS _flag_1,
    coalesce((t."institution_id" IS NULL), false) AS _flag_2,
    coalesce(t."year" IS NOT NULL AND (t."year" NOT BETWEEN $daycare_year_min AND $daycare_year_max), false) AS _flag_3,
    coalesce(t."person_id" IS NOT NULL AND (p.person_id IS NULL), false) AS _flag_4,
    coalesce(t."institution_id" IS NOT NULL AND (NOT EXISTS (SELECT 1 FROM "daycare_institutions" AS i WHERE i."institution_id" = t."institution_id")), false) AS _flag_5
  FROM "daycare" AS t
  LEFT JOIN persons AS p ON p.person_id = t.person_id
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': CAST(t."year" AS VARCHAR)} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': '<person_id>'} END,
    CASE WHEN t._flag_5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': CAST(t."institution_id" AS VARCHAR)} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4 OR t._flag_5
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
