-- params: {"rule_0":"exam_results.school_year.required","column_0":"school_year","rule_1":"exam_results.person_id.required","column_1":"person_id","rule_2":"exam_results.exams_bound.required","column_2":"exams_bound","rule_3":"exam_results.exams_taken.required","column_3":"exams_taken","exam_results_school_year_min":1900,"exam_results_school_year_max":2100,"rule_4":"exam_results.school_year.plausible","column_4":"school_year","rule_5":"exam_results.person_id.reference","column_5":"person_id","exam_results_exams_bound_lo":1,"rule_6":"exam_results.exams_bound.range","column_6":"exams_bound","rule_7":"exam_results.exams_taken.range","column_7":"exams_taken","rule_8":"exam_results.grade_sum.required","column_8":"grade_sum","rule_9":"exam_results.grade_sum.withoutExams","column_9":"grade_sum","rule_10":"exam_results.grade_sum.range","column_10":"grade_sum"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."school_year" IS NULL), false) AS _flag_0,
    coalesce((t."person_id" IS NULL), false) AS _flag_1,
    coalesce((t."exams_bound" IS NULL), false) AS _flag_2,
    coalesce((t."exams_taken" IS NULL), false) AS _flag_3,
    coalesce(t."school_year" IS NOT NULL AND (t."school_year" NOT BETWEEN $exam_results_school_year_min AND $exam_results_school_year_max), false) AS _flag_4,
    coalesce(t."person_id" IS NOT NULL AND (p.person_id IS NULL), false) AS _flag_5,
    coalesce(t."exams_bound" IS NOT NULL AND (t."exams_bound" < $exam_results_exams_bound_lo), false) AS _flag_6,
    coalesce(t."exams_taken" IS NOT NULL AND (t.exams_taken < 0 OR t.exams_taken > t.exams_bound), false) AS _flag_7,
    coalesce((t.exams_taken > 0 AND t.grade_sum IS NULL), false) AS _flag_8,
    coalesce(t."grade_sum" IS NOT NULL AND (t.exams_taken = 0), false) AS _flag_9,
    coalesce(t."grade_sum" IS NOT NULL AND (t.exams_taken > 0 AND (t.grade_sum < -3 * t.exams_taken OR t.grade_sum > 12 * t.exams_taken)), false) AS _flag_10
  FROM "exam_results" AS t
  LEFT JOIN persons AS p ON p.person_id = t.person_id
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': '(tom)'} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': CAST(t."school_year" AS VARCHAR)} END,
    CASE WHEN t._flag_5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': '<person_id>'} END,
    CASE WHEN t._flag_6 THEN {'rule_id': $rule_6, 'column_name': $column_6, 'value': CAST(t."exams_bound" AS VARCHAR)} END,
    CASE WHEN t._flag_7 THEN {'rule_id': $rule_7, 'column_name': $column_7, 'value': CAST(t.exams_taken AS VARCHAR) || ' af ' || CAST(t.exams_bound AS VARCHAR)} END,
    CASE WHEN t._flag_8 THEN {'rule_id': $rule_8, 'column_name': $column_8, 'value': 'exams_taken=' || CAST(t.exams_taken AS VARCHAR)} END,
    CASE WHEN t._flag_9 THEN {'rule_id': $rule_9, 'column_name': $column_9, 'value': CAST(t."grade_sum" AS VARCHAR)} END,
    CASE WHEN t._flag_10 THEN {'rule_id': $rule_10, 'column_name': $column_10, 'value': CAST(t."grade_sum" AS VARCHAR)} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4 OR t._flag_5 OR t._flag_6 OR t._flag_7 OR t._flag_8 OR t._flag_9 OR t._flag_10
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
