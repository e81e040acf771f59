-- params: {"rule_0":"dwellings.dwelling_id.required","column_0":"dwelling_id","rule_1":"dwellings.municipality_code.required","column_1":"municipality_code","rule_2":"dwellings.ownership.required","column_2":"ownership","rule_3":"dwellings.kind.required","column_3":"kind","rule_4":"dwellings.built_year.required","column_4":"built_year","dwellings_ownership_values":["almen","other"],"rule_5":"dwellings.ownership.domain","column_5":"ownership","dwellings_kind_values":["family","youth","elderly","room","other"],"rule_6":"dwellings.kind.domain","column_6":"kind","rule_7":"dwellings.municipality_code.domain","column_7":"municipality_code","dwellings_built_year_min":1000,"dwellings_built_year_max":2100,"rule_8":"dwellings.built_year.plausible","column_8":"built_year","rule_9":"dwellings.parcel_id.reference","column_9":"parcel_id"}
WITH flagged AS (
  SELECT t._row,
    coalesce((t."dwelling_id" IS NULL), false) AS f0,
    '(tom)' AS v0,
    coalesce((t."municipality_code" IS NULL), false) AS f1,
    '(tom)' AS v1,
    coalesce((t."ownership" IS NULL), false) AS f2,
    '(tom)' AS v2,
    coalesce((t."kind" IS NULL), false) AS f3,
    '(tom)' AS v3,
    coalesce((t."built_year" IS NULL), false) AS f4,
    '(tom)' AS v4,
    coalesce(t."ownership" IS NOT NULL AND (NOT list_contains($dwellings_ownership_values, t."ownership")), false) AS f5,
    CAST(t."ownership" AS VARCHAR) AS v5,
    coalesce(t."kind" IS NOT NULL AND (NOT list_contains($dwellings_kind_values, t."kind")), false) AS f6,
    CAST(t."kind" AS VARCHAR) AS v6,
    coalesce(t."municipality_code" IS NOT NULL AND (t.municipality_code NOT IN (SELECT code FROM ref_municipalities)), false) AS f7,
    CAST(t."municipality_code" AS VARCHAR) AS v7,
    coalesce(t."built_year" IS NOT NULL AND (t."built_year" NOT BETWEEN $dwellings_built_year_min AND $dwellings_built_year_max), false) AS f8,
    CAST(t."built_year" AS VARCHAR) AS v8,
    coalesce(t."parcel_id" IS NOT NULL AND (NOT EXISTS (SELECT 1 FROM area_parcels ap WHERE ap.parcel_id = t.parcel_id)), false) AS f9,
    CAST(t."parcel_id" AS VARCHAR) AS v9
  FROM "dwellings" AS t
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
    CASE WHEN f7 THEN {'rule_id': $rule_7, 'column_name': $column_7, 'value': v7} END,
    CASE WHEN f8 THEN {'rule_id': $rule_8, 'column_name': $column_8, 'value': v8} END,
    CASE WHEN f9 THEN {'rule_id': $rule_9, 'column_name': $column_9, 'value': v9} END
  ]) AS hit
  FROM flagged
  WHERE f0 OR f1 OR f2 OR f3 OR f4 OR f5 OR f6 OR f7 OR f8 OR f9
)
SELECT DISTINCT hit.rule_id, _row AS row_nr, hit.column_name, hit.value
FROM hits
WHERE hit IS NOT NULL
