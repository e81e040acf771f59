-- params: {"rule_0":"school_enrolment.year.required","column_0":"year","rule_1":"school_enrolment.person_id.required","column_1":"person_id","rule_2":"school_enrolment.school_id.required","column_2":"school_id","rule_3":"school_enrolment.grade.required","column_3":"grade","school_enrolment_year_min":1900,"school_enrolment_year_max":2100,"rule_4":"school_enrolment.year.plausible","column_4":"year","rule_5":"school_enrolment.person_id.reference","column_5":"person_id","rule_6":"school_enrolment.school_id.reference","column_6":"school_id","school_enrolment_grade_lo":0,"school_enrolment_grade_hi":10,"rule_7":"school_enrolment.grade.range","column_7":"grade"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."year" IS NULL), false) AS _flag_0,
    coalesce((t."person_id" IS NULL), false) AS _flag_1,
    coalesce((t."school_id" IS NULL), false) AS _flag_2,
    coalesce((t."grade" IS NULL), false) AS _flag_3,
    coalesce(t."year" IS NOT NULL AND (t."year" NOT BETWEEN $school_enrolment_year_min AND $school_enrolment_year_max), false) AS _flag_4,
    coalesce(t."person_id" IS NOT NULL AND (p.person_id IS NULL), false) AS _flag_5,
    coalesce(t."school_id" IS NOT NULL AND (NOT EXISTS (SELECT 1 FROM "schools" AS s WHERE s."school_id" = t."school_id")), false) AS _flag_6,
    coalesce(t."grade" IS NOT NULL AND (t."grade" < $school_enrolment_grade_lo OR t."grade" > $school_enrolment_grade_hi), false) AS _flag_7
  FROM "school_enrolment" AS t
  LEFT JOIN persons AS p ON p.person_id = t.person_id
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': '(tom)'} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': CAST(t."year" AS VARCHAR)} END,
    CASE WHEN t._flag_5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': '<person_id>'} END,
    CASE WHEN t._flag_6 THEN {'rule_id': $rule_6, 'column_name': $column_6, 'value': CAST(t."school_id" AS VARCHAR)} END,
    CASE WHEN t._flag_7 THEN {'rule_id': $rule_7, 'column_name': $column_7, 'value': CAST(t."grade" AS VARCHAR)} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4 OR t._flag_5 OR t._flag_6 OR t._flag_7
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
