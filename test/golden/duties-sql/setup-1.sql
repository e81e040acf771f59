-- params: {"years":[2022,2022],"areas":["A","C"]}
CREATE OR REPLACE TEMP TABLE duty_udsat_lists AS
SELECT CAST(unnest($years) AS INTEGER) AS list_year, CAST(unnest($areas) AS VARCHAR) AS area_id
