import { dstCountries } from '../../reference/countries.ts';
import { municipalities } from '../../reference/municipalities.ts';
import { query, type Query } from '../sql.ts';

/** The bundled reference lists as small workspace tables: municipalities (with region) and DST countries. */
export function referenceTablesQueries(): Query[] {
  const ms = municipalities();
  const cs = dstCountries();
  return [
    query(
      `
      CREATE OR REPLACE TABLE ref_municipalities AS
      SELECT unnest($codes) AS code, unnest($region_codes) AS region_code
      `,
      { codes: ms.map((m) => m.code), region_codes: ms.map((m) => m.regionCode) },
    ),
    query(
      `
      CREATE OR REPLACE TABLE ref_countries AS
      SELECT unnest($codes) AS code, unnest($groups) AS country_group, unnest($unknown) AS unknown
      `,
      {
        codes: cs.map((c) => c.code),
        groups: cs.map((c) => c.group),
        unknown: cs.map((c) => (c.unknown ? 1 : 0)),
      },
    ),
  ];
}
