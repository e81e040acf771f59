-- params: {"rule_0":"areas.area_id.required","column_0":"area_id","rule_1":"areas.name.required","column_1":"name","rule_2":"areas.municipality_code.required","column_2":"municipality_code","rule_3":"areas.municipality_code.domain","column_3":"municipality_code"}
WITH flagged AS (
  SELECT t._row,
    coalesce((t."area_id" IS NULL), false) AS f0,
    '(tom)' AS v0,
    coalesce((t."name" IS NULL), false) AS f1,
    '(tom)' AS v1,
    coalesce((t."municipality_code" IS NULL), false) AS f2,
    '(tom)' AS v2,
    coalesce(t."municipality_code" IS NOT NULL AND (t.municipality_code NOT IN (SELECT code FROM ref_municipalities)), false) AS f3,
    CAST(t."municipality_code" AS VARCHAR) AS v3
  FROM "areas" AS t
),
hits AS (
  SELECT _row, unnest([
    CASE WHEN f0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': v0} END,
    CASE WHEN f1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': v1} END,
    CASE WHEN f2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': v2} END,
    CASE WHEN f3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': v3} END
  ]) AS hit
  FROM flagged
  WHERE f0 OR f1 OR f2 OR f3
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
