-- params: {"laws":["straffeloven","vaabenloven","euforiserende_stoffer"],"decision_types":["prison","suspended","fine","withdrawn_charge"]}
CREATE OR REPLACE TEMP TABLE ind_convicted AS
SELECT DISTINCT person_id, year(decision_date) AS year
FROM convictions
WHERE list_contains($laws, law) AND list_contains($decision_types, decision_type)
