-- params: {"rule_0":"convictions.person_id.required","column_0":"person_id","rule_1":"convictions.decision_date.required","column_1":"decision_date","rule_2":"convictions.law.required","column_2":"law","rule_3":"convictions.decision_type.required","column_3":"decision_type","convictions_law_values":["straffeloven","vaabenloven","euforiserende_stoffer","faerdselsloven","other"],"rule_4":"convictions.law.domain","column_4":"law","convictions_decision_type_values":["prison","suspended","fine","withdrawn_charge","acquittal","other"],"rule_5":"convictions.decision_type.domain","column_5":"decision_type","convictions_decision_date_min":"1900-01-01","convictions_decision_date_max":"2100-12-31","rule_6":"convictions.decision_date.plausible","column_6":"decision_date","rule_7":"convictions.person_id.reference","column_7":"person_id"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."person_id" IS NULL), false) AS _flag_0,
    coalesce((t."decision_date" IS NULL), false) AS _flag_1,
    coalesce((t."law" IS NULL), false) AS _flag_2,
    coalesce((t."decision_type" IS NULL), false) AS _flag_3,
    coalesce(t."law" IS NOT NULL AND (NOT list_contains($convictions_law_values, t."law")), false) AS _flag_4,
    coalesce(t."decision_type" IS NOT NULL AND (NOT list_contains($convictions_decision_type_values, t."decision_type")), false) AS _flag_5,
    coalesce(t."decision_date" IS NOT NULL AND (t."decision_date" NOT BETWEEN CAST($convictions_decision_date_min AS DATE) AND CAST($convictions_decision_date_max AS DATE)), false) AS _flag_6,
    coalesce(t."person_id" IS NOT NULL AND (p.person_id IS NULL), false) AS _flag_7
  FROM "convictions" AS t
  LEFT JOIN persons AS p ON p.person_id = t.person_id
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': '(tom)'} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': CAST(t."law" AS VARCHAR)} END,
    CASE WHEN t._flag_5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': CAST(t."decision_type" AS VARCHAR)} END,
    CASE WHEN t._flag_6 THEN {'rule_id': $rule_6, 'column_name': $column_6, 'value': CAST(t."decision_date" AS VARCHAR)} END,
    CASE WHEN t._flag_7 THEN {'rule_id': $rule_7, 'column_name': $column_7, 'value': '<person_id>'} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4 OR t._flag_5 OR t._flag_6 OR t._flag_7
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
