-- params: {"categories":["udsat","forebyggelse","forebyggelse"],"areas":["A","B","C"]}
CREATE OR REPLACE TEMP TABLE rep_category_areas AS
SELECT CAST(unnest($categories) AS VARCHAR) AS category, CAST(unnest($areas) AS VARCHAR) AS area_id
