-- params: {"rule_0":"dwelling_events.dwelling_id.required","column_0":"dwelling_id","rule_1":"dwelling_events.event_date.required","column_1":"event_date","rule_2":"dwelling_events.event.required","column_2":"event","dwelling_events_event_values":["demolished","relabelled","sold","merged"],"rule_3":"dwelling_events.event.domain","column_3":"event","dwelling_events_kind_after_values":["family","youth","elderly","room","other"],"rule_4":"dwelling_events.kind_after.domain","column_4":"kind_after","dwelling_events_ownership_after_values":["almen","other"],"rule_5":"dwelling_events.ownership_after.domain","column_5":"ownership_after","rule_6":"dwelling_events.dwelling_id.reference","column_6":"dwelling_id","dwelling_events_event_date_min":"1900-01-01","dwelling_events_event_date_max":"2100-12-31","rule_7":"dwelling_events.event_date.plausible","column_7":"event_date","rule_8":"dwelling_events.kind_after.required","column_8":"kind_after","rule_9":"dwelling_events.ownership_after.required","column_9":"ownership_after"}
WITH flagged AS (
  SELECT t.*,
    coalesce((t."dwelling_id" IS NULL), false) AS _flag_0,
    coalesce((t."event_date" IS NULL), false) AS _flag_1,
    coalesce((t."event" IS NULL), false) AS _flag_2,
    coalesce(t."event" IS NOT NULL AND (NOT list_contains($dwelling_events_event_values, t."event")), false) AS _flag_3,
    coalesce(t."kind_after" IS NOT NULL AND (NOT list_contains($dwelling_events_kind_after_values, t."kind_after")), false) AS _flag_4,
    coalesce(t."ownership_after" IS NOT NULL AND (NOT list_contains($dwelling_events_ownership_after_values, t."ownership_after")), false) AS _flag_5,
    coalesce(t."dwelling_id" IS NOT NULL AND (d.dwelling_id IS NULL), false) AS _flag_6,
    coalesce(t."event_date" IS NOT NULL AND (t."event_date" NOT BETWEEN CAST($dwelling_events_event_date_min AS DATE) AND CAST($dwelling_events_event_date_max AS DATE)), false) AS _flag_7,
    coalesce((t.event = 'relabelled' AND t.kind_after IS NULL), false) AS _flag_8,
    coalesce((t.event = 'sold' AND t.ownership_after IS NULL), false) AS _flag_9
  FROM "dwelling_events" AS t
  LEFT JOIN dwellings AS d ON d.dwelling_id = t.dwelling_id
),
hits AS (
  SELECT t._row, unnest([
    CASE WHEN t._flag_0 THEN {'rule_id': $rule_0, 'column_name': $column_0, 'value': '(tom)'} END,
    CASE WHEN t._flag_1 THEN {'rule_id': $rule_1, 'column_name': $column_1, 'value': '(tom)'} END,
    CASE WHEN t._flag_2 THEN {'rule_id': $rule_2, 'column_name': $column_2, 'value': '(tom)'} END,
    CASE WHEN t._flag_3 THEN {'rule_id': $rule_3, 'column_name': $column_3, 'value': CAST(t."event" AS VARCHAR)} END,
    CASE WHEN t._flag_4 THEN {'rule_id': $rule_4, 'column_name': $column_4, 'value': CAST(t."kind_after" AS VARCHAR)} END,
    CASE WHEN t._flag_5 THEN {'rule_id': $rule_5, 'column_name': $column_5, 'value': CAST(t."ownership_after" AS VARCHAR)} END,
    CASE WHEN t._flag_6 THEN {'rule_id': $rule_6, 'column_name': $column_6, 'value': CAST(t."dwelling_id" AS VARCHAR)} END,
    CASE WHEN t._flag_7 THEN {'rule_id': $rule_7, 'column_name': $column_7, 'value': CAST(t."event_date" AS VARCHAR)} END,
    CASE WHEN t._flag_8 THEN {'rule_id': $rule_8, 'column_name': $column_8, 'value': 'event=relabelled'} END,
    CASE WHEN t._flag_9 THEN {'rule_id': $rule_9, 'column_name': $column_9, 'value': 'event=sold'} END
  ]) AS hit
  FROM flagged AS t
  WHERE t._flag_0 OR t._flag_1 OR t._flag_2 OR t._flag_3 OR t._flag_4 OR t._flag_5 OR t._flag_6 OR t._flag_7 OR t._flag_8 OR t._flag_9
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
