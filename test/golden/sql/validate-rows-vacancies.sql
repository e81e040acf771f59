-- params: {"rule_0":"vacancies.year.required","column_0":"year","rule_1":"vacancies.dwelling_id.required","column_1":"dwelling_id","vacancies_year_min":1900,"vacancies_year_max":2100,"rule_2":"vacancies.year.plausible","column_2":"year","rule_3":"vacancies.dwelling_id.reference","column_3":"dwelling_id"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."year" IS NULL), false) AS _flag_0,
    coalesce((t."dwelling_id" IS NULL), false) AS _flag_1,
    coalesce(t."year" IS NOT NULL AND (t."year" NOT BETWEEN $vacancies_year_min AND $vacancies_year_max), false) AS _flag_2,
    coalesce(t."dwelling_id" IS NOT NULL AND (d.dwelling_id IS NULL), false) AS _flag_3
  FROM "vacancies" AS t
  LEFT JOIN dwellings AS d ON d.dwelling_id = t.dwelling_id
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': CAST(t."year" AS VARCHAR)} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': CAST(t."dwelling_id" AS VARCHAR)} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
