-- params: {"rule_0":"persons.person_id.required","column_0":"person_id","rule_1":"persons.birth_date.required","column_1":"birth_date","rule_2":"persons.sex.required","column_2":"sex","rule_3":"persons.ie_type.required","column_3":"ie_type","persons_sex_values":["m","f"],"rule_4":"persons.sex.domain","column_4":"sex","persons_ie_type_values":[1,2,3],"rule_5":"persons.ie_type.domain","column_5":"ie_type","persons_birth_date_min":"1890-01-01","persons_birth_date_max":"2100-12-31","rule_6":"persons.birth_date.plausible","column_6":"birth_date","rule_7":"persons.origin_country.domain","column_7":"origin_country","rule_8":"persons.origin_country.required","column_8":"origin_country"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."person_id" IS NULL), false) AS _flag_0,
    coalesce((t."birth_date" IS NULL), false) AS _flag_1,
    coalesce((t."sex" IS NULL), false) AS _flag_2,
    coalesce((t."ie_type" IS NULL), false) AS _flag_3,
    coalesce(t."sex" IS NOT NULL AND (NOT list_contains($persons_sex_values, t."sex")), false) AS _flag_4,
    coalesce(t."ie_type" IS NOT NULL AND (NOT list_contains($persons_ie_type_values, t."ie_type")), false) AS _flag_5,
    coalesce(t."birth_date" IS NOT NULL AND (t."birth_date" NOT BETWEEN CAST($persons_birth_date_min AS DATE) AND CAST($persons_birth_date_max AS DATE)), false) AS _flag_6,
    coalesce(t."origin_country" IS NOT NULL AND (t.origin_country NOT IN (SELECT code FROM ref_countries)), false) AS _flag_7,
    coalesce((t.ie_type IN (2, 3) AND t.origin_country IS NULL), false) AS _flag_8
  FROM "persons" AS t
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': '(tom)'} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': CAST(t."sex" AS VARCHAR)} END,
    CASE WHEN t._flag_5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': CAST(t."ie_type" AS VARCHAR)} END,
    CASE WHEN t._flag_6 THEN {'rule_id': $rule_6, 'column_name': $column_6, 'value': CAST(t."birth_date" AS VARCHAR)} END,
    CASE WHEN t._flag_7 THEN {'rule_id': $rule_7, 'column_name': $column_7, 'value': CAST(t."origin_country" AS VARCHAR)} END,
    CASE WHEN t._flag_8 THEN {'rule_id': $rule_8, 'column_name': $column_8, 'value': 'ie_type=' || CAST(t.ie_type AS VARCHAR)} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4 OR t._flag_5 OR t._flag_6 OR t._flag_7 OR t._flag_8
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
