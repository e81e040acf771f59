-- params: {}
CREATE OR REPLACE TEMP VIEW dwelling_states AS
SELECT dwelling_id, parcel_id, built_year, ownership AS built_ownership, kind AS built_kind,
  ownership, kind, 0 AS valid_from, CAST(NULL AS INTEGER) AS valid_to
FROM dwellings
