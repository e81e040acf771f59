-- params: {"rule_0":"education.year.required","column_0":"year","rule_1":"education.person_id.required","column_1":"person_id","rule_2":"education.level.required","column_2":"level","rule_3":"education.level_danish.required","column_3":"level_danish","education_level_values":["basic","upper_secondary","vocational","short_cycle","bachelor","master","phd","unknown"],"rule_4":"education.level.domain","column_4":"level","education_level_danish_values":["basic","upper_secondary","vocational","short_cycle","bachelor","master","phd","unknown"],"rule_5":"education.level_danish.domain","column_5":"level_danish","education_year_min":1900,"education_year_max":2100,"rule_6":"education.year.plausible","column_6":"year"}
WITH flagged AS (
  SELECT t._row,
    coalesce((t."year" IS NULL), false) AS f0,
    '(tom)' AS v0,
    coalesce((t."person_id" IS NULL), false) AS f1,
    '(tom)' AS v1,
    coalesce((t."level" IS NULL), false) AS f2,
    '(tom)' AS v2,
    coalesce((t."level_danish" IS NULL), false) AS f3,
    '(tom)' AS v3,
    coalesce(t."level" IS NOT NULL AND (NOT list_contains($education_level_values, t."level")), false) AS f4,
    CAST(t."level" AS VARCHAR) AS v4,
    coalesce(t."level_danish" IS NOT NULL AND (NOT list_contains($education_level_danish_values, t."level_danish")), false) AS f5,
    CAST(t."level_danish" AS VARCHAR) AS v5,
    coalesce(t."year" IS NOT NULL AND (t."year" NOT BETWEEN $education_year_min AND $education_year_max), false) AS f6,
    CAST(t."year" AS VARCHAR) AS v6
  FROM "education" AS t
),
hits AS (
  SELECT _row, unnest([
    CASE WHEN f0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': v0} END,
    CASE WHEN f1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': v1} END,
    CASE WHEN f2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': v2} END,
    CASE WHEN f3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': v3} END,
    CASE WHEN f4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': v4} END,
    CASE WHEN f5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': v5} END,
    CASE WHEN f6 THEN {'rule_id': $rule_6, 'column_name': $column_6, 'value': v6} END
  ]) AS hit
  FROM flagged
  WHERE f0 OR f1 OR f2 OR f3 OR f4 OR f5 OR f6
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
