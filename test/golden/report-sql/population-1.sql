-- params: {"categories":["udsat","forebyggelse","forebyggelse"],"areas":["A","B","C"]}
CREATE OR REPLACE TEMP TABLE rep_category_areas AS
SELECT unnest($categories) AS category, unnest($areas) AS area_id
