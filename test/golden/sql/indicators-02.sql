-- params: {}
CREATE OR REPLACE TEMP TABLE ind_delimitations AS
WITH valid AS (
  SELECT l.list_year,
    list({'area_id': ap.area_id, 'parcel_id': ap.parcel_id} ORDER BY ap.area_id, ap.parcel_id) AS parcels
  FROM ind_list_years AS l
  LEFT JOIN area_parcels AS ap
    ON ap.valid_from <= l.list_year AND l.list_year <= coalesce(ap.valid_to, 9999)
  GROUP BY l.list_year
)
SELECT list_year, CAST(dense_rank() OVER (ORDER BY parcels) AS INTEGER) AS delimitation
FROM valid
