-- params: {}
UPDATE "income_staged" SET _row = rowid + 1
