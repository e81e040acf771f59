-- params: {}
SELECT min(year) AS lo, max(year) AS hi FROM "residence"
