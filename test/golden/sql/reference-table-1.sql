-- params: {"note":"bundled reference lists"}
CREATE OR REPLACE TABLE ref_municipalities AS
SELECT unnest($codes) AS code, unnest($region_codes) AS region_code,
  unnest($region_indexes) AS region_index
