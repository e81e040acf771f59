-- params: {"rule_0":"language_tests.school_year.required","column_0":"school_year","rule_1":"language_tests.person_id.required","column_1":"person_id","rule_2":"language_tests.school_id.required","column_2":"school_id","rule_3":"language_tests.grade.required","column_3":"grade","rule_4":"language_tests.attempt.required","column_4":"attempt","rule_5":"language_tests.ready.required","column_5":"ready","language_tests_school_year_min":1900,"language_tests_school_year_max":2100,"rule_6":"language_tests.school_year.plausible","column_6":"school_year","rule_7":"language_tests.person_id.reference","column_7":"person_id","rule_8":"language_tests.school_id.reference","column_8":"school_id","language_tests_grade_lo":0,"language_tests_grade_hi":9,"rule_9":"language_tests.grade.range","column_9":"grade","language_tests_attempt_lo":1,"language_tests_attempt_hi":4,"rule_10":"language_tests.attempt.range","column_10":"attempt"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."school_year" IS NULL), false) AS _flag_0,
    coalesce((t."person_id" IS NULL), false) AS _flag_1,
    coalesce((t."school_id" IS NULL), false) AS _flag_2,
    coalesce((t."grade" IS NULL), false) AS _flag_3,
    coalesce((t."attempt" IS NULL), false) AS _flag_4,
    coalesce((t."ready" IS NULL), false) AS _flag_5,
    coalesce(t."school_year" IS NOT NULL AND (t."school_year" NOT BETWEEN $language_tests_school_year_min AND $language_tests_school_year_max), false) AS _flag_6,
    coalesce(t."person_id" IS NOT NULL AND (p.person_id IS NULL), false) AS _flag_7,
    coalesce(t."school_id" IS NOT NULL AND (NOT EXISTS (SELECT 1 FROM "schools" AS s WHERE s."school_id" = t."school_id")), false) AS _flag_8,
    coalesce(t."grade" IS NOT NULL AND (t."grade" < $language_tests_grade_lo OR t."grade" > $language_tests_grade_hi), false) AS _flag_9,
    coalesce(t."attempt" IS NOT NULL AND (t."attempt" < $language_tests_attempt_lo OR t."attempt" > $language_tests_attempt_hi), false) AS _flag_10
  FROM "language_tests" AS t
  LEFT JOIN persons AS p ON p.person_id = t.person_id
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': '(tom)'} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': '(tom)'} END,
    CASE WHEN t._flag_5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': '(tom)'} END,
    CASE WHEN t._flag_6 THEN {'rule_id': $rule_6, 'column_name': $column_6, 'value': CAST(t."school_year" AS VARCHAR)} END,
    CASE WHEN t._flag_7 THEN {'rule_id': $rule_7, 'column_name': $column_7, 'value': '<person_id>'} END,
    CASE WHEN t._flag_8 THEN {'rule_id': $rule_8, 'column_name': $column_8, 'value': CAST(t."school_id" AS VARCHAR)} END,
    CASE WHEN t._flag_9 THEN {'rule_id': $rule_9, 'column_name': $column_9, 'value': CAST(t."grade" AS VARCHAR)} END,
    CASE WHEN t._flag_10 THEN {'rule_id': $rule_10, 'column_name': $column_10, 'value': CAST(t."attempt" AS VARCHAR)} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4 OR t._flag_5 OR t._flag_6 OR t._flag_7 OR t._flag_8 OR t._flag_9 OR t._flag_10
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
