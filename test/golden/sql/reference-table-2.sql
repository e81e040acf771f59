-- params: {"note":"bundled reference lists"}
CREATE OR REPLACE TABLE ref_countries AS
SELECT unnest($codes) AS code, unnest($groups) AS country_group, unnest($unknown) AS unknown
