import { YEARS_PER_ROW } from '../validate/validationRules.ts';

/**
 * SQL over a row of `person_years` (alias `f`, from validation's `residence_by_person`): whether the person
 * is resident on 1 January of `yearSql`, and that residence's region index (0 = none). A row covers the years
 * `from_year … from_year + YEARS_PER_ROW − 1` in bits 0…20 of `years`; a year outside them reads bit 63, which
 * is never set. (One expression, not a range test: a range over two tables would become a range join.)
 */
const bit = (f: string, yearSql: string): string =>
  `CASE WHEN ${yearSql} - ${f}.from_year BETWEEN 0 AND ${YEARS_PER_ROW - 1} ` +
  `THEN ${yearSql} - ${f}.from_year ELSE 63 END`;

export const residentOn = (f: string, yearSql: string): string =>
  `((${f}.years >> CAST(${bit(f, yearSql)} AS UBIGINT)) & 1) = 1`;

/** The region index of a residence (only meaningful where `residentOn` holds). */
export const regionIndexOn = (f: string, yearSql: string): string =>
  `CAST((${f}.regions >> CAST(3 * least(greatest(${yearSql} - ${f}.from_year, 0), ${YEARS_PER_ROW - 1}) AS UBIGINT)) & 7 AS INTEGER)`;
