-- params: {"rule_0":"convictions.person_id.required","column_0":"person_id","rule_1":"convictions.decision_date.required","column_1":"decision_date","rule_2":"convictions.law.required","column_2":"law","rule_3":"convictions.decision_type.required","column_3":"decision_type","convictions_law_values":["straffeloven","vaabenloven","euforiserende_stoffer","faerdselsloven","other"],"rule_4":"convictions.law.domain","column_4":"law","convictions_decision_type_values":["prison","suspended","fine","withdrawn_charge","acquittal","other"],"rule_5":"convictions.decision_type.domain","column_5":"decision_type","convictions_decision_date_min":"1900-01-01","convictions_decision_date_max":"2100-12-31","rule_6":"convictions.decision_date.plausible","column_6":"decision_date","rule_7":"convictions.person_id.reference","column_7":"person_id"}
WITH flagged AS (
  SELECT t._row,
    coalesce((t."person_id" IS NULL), false) AS f0,
    '(tom)' AS v0,
    coalesce((t."decision_date" IS NULL), false) AS f1,
    '(tom)' AS v1,
    coalesce((t."law" IS NULL), false) AS f2,
    '(tom)' AS v2,
    coalesce((t."decision_type" IS NULL), false) AS f3,
    '(tom)' AS v3,
    coalesce(t."law" IS NOT NULL AND (NOT list_contains($convictions_law_values, t."law")), false) AS f4,
    CAST(t."law" AS VARCHAR) AS v4,
    coalesce(t."decision_type" IS NOT NULL AND (NOT list_contains($convictions_decision_type_values, t."decision_type")), false) AS f5,
    CAST(t."decision_type" AS VARCHAR) AS v5,
    coalesce(t."decision_date" IS NOT NULL AND (t."decision_date" NOT BETWEEN CAST($convictions_decision_date_min AS DATE) AND CAST($convictions_decision_date_max AS DATE)), false) AS f6,
    CAST(t."decision_date" AS VARCHAR) AS v6,
    coalesce(t."person_id" IS NOT NULL AND (p.person_id IS NULL), false) AS f7,
    '<person_id>' AS v7
  FROM "convictions" AS t
  LEFT JOIN persons AS p ON p.person_id = t.person_id
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
    CASE WHEN f7 THEN {'rule_id': $rule_7, 'column_name': $column_7, 'value': v7} END
  ]) AS hit
  FROM flagged
  WHERE f0 OR f1 OR f2 OR f3 OR f4 OR f5 OR f6 OR f7
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
