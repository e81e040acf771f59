import { dstCountries } from '../../reference/countries.ts';
import { municipalities } from '../../reference/municipalities.ts';
import { query, type Query } from '../sql.ts';

/**
 * Regions are packed into 3 bits per year in `residence_by_person` (validationRules.ts), so a region index runs
 * from 1 to 7 (0 = no region). Denmark has 5.
 */
export const MAX_REGIONS = 7;

/**
 * The bundled reference lists as small workspace tables: municipalities (with region, and the region's index
 * 1, 2, … in code order) and DST countries.
 */
export function referenceTablesQueries(): Query[] {
  const ms = municipalities();
  const cs = dstCountries();
  const regions = [...new Set(ms.map((m) => m.regionCode))].sort();
  if (regions.length > MAX_REGIONS) {
    throw new Error(`${regions.length} regions in reference/municipalities.csv: at most ${MAX_REGIONS} fit`);
  }
  return [
    query(
      `
      CREATE OR REPLACE TABLE ref_municipalities AS
      SELECT unnest($codes) AS code, unnest($region_codes) AS region_code,
        unnest($region_indexes) AS region_index
      `,
      {
        codes: ms.map((m) => m.code),
        region_codes: ms.map((m) => m.regionCode),
        region_indexes: ms.map((m) => regions.indexOf(m.regionCode) + 1),
      },
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
