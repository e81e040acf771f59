-- params: {"rule_0":"residence.year.required","column_0":"year","rule_1":"residence.person_id.required","column_1":"person_id","rule_2":"residence.municipality_code.required","column_2":"municipality_code","residence_year_min":1900,"residence_year_max":2100,"rule_3":"residence.year.plausible","column_3":"year","rule_4":"residence.dwelling_id.reference","column_4":"dwelling_id","rule_5":"residence.municipality_code.domain","column_5":"municipality_code"}
WITH flagged AS (
  SELECT t._row,
    coalesce((t."year" IS NULL), false) AS f0,
    '(tom)' AS v0,
    coalesce((t."person_id" IS NULL), false) AS f1,
    '(tom)' AS v1,
    coalesce((t."municipality_code" IS NULL), false) AS f2,
    '(tom)' AS v2,
    coalesce(t."year" IS NOT NULL AND (t."year" NOT BETWEEN $residence_year_min AND $residence_year_max), false) AS f3,
    CAST(t."year" AS VARCHAR) AS v3,
    coalesce(t."dwelling_id" IS NOT NULL AND (d.dwelling_id IS NULL), false) AS f4,
    CAST(t."dwelling_id" AS VARCHAR) AS v4,
    coalesce(t."municipality_code" IS NOT NULL AND (t.municipality_code NOT IN (SELECT code FROM ref_municipalities)), false) AS f5,
    CAST(t."municipality_code" AS VARCHAR) AS v5
  FROM "residence" AS t
  LEFT JOIN dwellings AS d ON d.dwelling_id = t.dwelling_id
),
hits AS (
  SELECT _row, unnest([
    CASE WHEN f0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': v0} END,
    CASE WHEN f1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': v1} END,
    CASE WHEN f2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': v2} END,
    CASE WHEN f3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': v3} END,
    CASE WHEN f4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': v4} END,
    CASE WHEN f5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': v5} END
  ]) AS hit
  FROM flagged
  WHERE f0 OR f1 OR f2 OR f3 OR f4 OR f5
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
