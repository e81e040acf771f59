-- params: {"rule_0":"absence.school_year.required","column_0":"school_year","rule_1":"absence.quarter.required","column_1":"quarter","rule_2":"absence.person_id.required","column_2":"person_id","rule_3":"absence.unlawful_days.required","column_3":"unlawful_days","rule_4":"absence.school_days.required","column_4":"school_days","absence_quarter_values":["q3","q4","q1","q2"],"rule_5":"absence.quarter.domain","column_5":"quarter","absence_school_year_min":1900,"absence_school_year_max":2100,"rule_6":"absence.school_year.plausible","column_6":"school_year","rule_7":"absence.person_id.reference","column_7":"person_id","absence_unlawful_days_lo":0,"rule_8":"absence.unlawful_days.range","column_8":"unlawful_days","absence_school_days_lo":1,"rule_9":"absence.school_days.range","column_9":"school_days","rule_10":"absence.unlawful_days.aboveSchoolDays","column_10":"unlawful_days"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."school_year" IS NULL), false) AS _flag_0,
    coalesce((t."quarter" IS NULL), false) AS _flag_1,
    coalesce((t."person_id" IS NULL), false) AS _flag_2,
    coalesce((t."unlawful_days" IS NULL), false) AS _flag_3,
    coalesce((t."school_days" IS NULL), false) AS _flag_4,
    coalesce(t."quarter" IS NOT NULL AND (NOT list_contains($absence_quarter_values, t."quarter")), false) AS _flag_5,
    coalesce(t."school_year" IS NOT NULL AND (t."school_year" NOT BETWEEN $absence_school_year_min AND $absence_school_year_max), false) AS _flag_6,
    coalesce(t."person_id" IS NOT NULL AND (p.person_id IS NULL), false) AS _flag_7,
    coalesce(t."unlawful_days" IS NOT NULL AND (t."unlawful_days" < $absence_unlawful_days_lo), false) AS _flag_8,
    coalesce(t."school_days" IS NOT NULL AND (t."school_days" < $absence_school_days_lo), false) AS _flag_9,
    coalesce(t."unlawful_days" IS NOT NULL AND (t.unlawful_days > t.school_days), false) AS _flag_10
  FROM "absence" AS t
  LEFT JOIN persons AS p ON p.person_id = t.person_id
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': '(tom)'} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': '(tom)'} END,
    CASE WHEN t._flag_5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': CAST(t."quarter" AS VARCHAR)} END,
    CASE WHEN t._flag_6 THEN {'rule_id': $rule_6, 'column_name': $column_6, 'value': CAST(t."school_year" AS VARCHAR)} END,
    CASE WHEN t._flag_7 THEN {'rule_id': $rule_7, 'column_name': $column_7, 'value': '<person_id>'} END,
    CASE WHEN t._flag_8 THEN {'rule_id': $rule_8, 'column_name': $column_8, 'value': CAST(t."unlawful_days" AS VARCHAR)} END,
    CASE WHEN t._flag_9 THEN {'rule_id': $rule_9, 'column_name': $column_9, 'value': CAST(t."school_days" AS VARCHAR)} END,
    CASE WHEN t._flag_10 THEN {'rule_id': $rule_10, 'column_name': $column_10, 'value': CAST(t.unlawful_days AS VARCHAR) || ' > ' || CAST(t.school_days AS VARCHAR)} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4 OR t._flag_5 OR t._flag_6 OR t._flag_7 OR t._flag_8 OR t._flag_9 OR t._flag_10
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
