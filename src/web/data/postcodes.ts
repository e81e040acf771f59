import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { REFERENCE_DIR } from '../../reference/referenceDir.ts';

/** Postcode → the municipalities it lies in (reference/postcodes.csv), for the search. */
export function postcodesFromReference(): Map<string, { city: string; municipalityCode: string }[]> {
  const rows = parse(readFileSync(join(REFERENCE_DIR, 'postcodes.csv'), 'utf8'), { columns: true }) as {
    postcode: string;
    city: string;
    municipality_code: string;
  }[];
  const out = new Map<string, { city: string; municipalityCode: string }[]>();
  for (const r of rows) {
    const list = out.get(r.postcode) ?? [];
    list.push({ city: r.city, municipalityCode: r.municipality_code });
    out.set(r.postcode, list);
  }
  return out;
}
