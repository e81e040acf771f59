-- params: {"rule_0":"persons.person_id.required","column_0":"person_id","rule_1":"persons.birth_date.required","column_1":"birth_date","rule_2":"persons.sex.required","column_2":"sex","rule_3":"persons.ie_type.required","column_3":"ie_type","persons_sex_values":["m","f"],"rule_4":"persons.sex.domain","column_4":"sex","persons_ie_type_values":[1,2,3],"rule_5":"persons.ie_type.domain","column_5":"ie_type","persons_birth_date_min":"1890-01-01","persons_birth_date_max":"2100-12-31","rule_6":"persons.birth_date.plausible","column_6":"birth_date","rule_7":"persons.origin_country.domain","column_7":"origin_country","rule_8":"persons.origin_country.required","column_8":"origin_country"}
WITH flagged AS (
  SELECT t._row,
    coalesce((t."person_id" IS NULL), false) AS f0,
    '(tom)' AS v0,
    coalesce((t."birth_date" IS NULL), false) AS f1,
    '(tom)' AS v1,
    coalesce((t."sex" IS NULL), false) AS f2,
    '(tom)' AS v2,
    coalesce((t."ie_type" IS NULL), false) AS f3,
    '(tom)' AS v3,
    coalesce(t."sex" IS NOT NULL AND (NOT list_contains($persons_sex_values, t."sex")), false) AS f4,
    CAST(t."sex" AS VARCHAR) AS v4,
    coalesce(t."ie_type" IS NOT NULL AND (NOT list_contains($persons_ie_type_values, t."ie_type")), false) AS f5,
    CAST(t."ie_type" AS VARCHAR) AS v5,
    coalesce(t."birth_date" IS NOT NULL AND (t."birth_date" NOT BETWEEN CAST($persons_birth_date_min AS DATE) AND CAST($persons_birth_date_max AS DATE)), false) AS f6,
    CAST(t."birth_date" AS VARCHAR) AS v6,
    coalesce(t."origin_country" IS NOT NULL AND (t.origin_country NOT IN (SELECT code FROM ref_countries)), false) AS f7,
    CAST(t."origin_country" AS VARCHAR) AS v7,
    coalesce((t.ie_type IN (2, 3) AND t.origin_country IS NULL), false) AS f8,
    'ie_type=' || CAST(t.ie_type AS VARCHAR) AS v8
  FROM "persons" AS t
),
hits AS (
  SELECT _row, unnest([
    CASE WHEN f0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': v0} END,
    CASE WHEN f1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': v1} END,
    CASE WHEN f2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': v2} END,
    CASE WHEN f3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': v3} END,
    CASE WHEN f4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': v4} END,
    CASE WHEN f5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': v5} END,
    CASE WHEN f6 THEN {'rule_id': $rule_6, 'column_name': $column_6, 'value': v6} END,
    CASE WHEN f7 THEN {'rule_id': $rule_7, 'column_name': $column_7, 'value': v7} END,
    CASE WHEN f8 THEN {'rule_id': $rule_8, 'column_name': $column_8, 'value': v8} END
  ]) AS hit
  FROM flagged
  WHERE f0 OR f1 OR f2 OR f3 OR f4 OR f5 OR f6 OR f7 OR f8
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
