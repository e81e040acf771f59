-- params: {}
ALTER TABLE "income_staged" ADD COLUMN _row BIGINT
