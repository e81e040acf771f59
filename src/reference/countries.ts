import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { REFERENCE_DIR } from './referenceDir.ts';

export const COUNTRY_GROUPS = ['western', 'menapt', 'other_nonwestern'] as const;
export type CountryGroup = (typeof COUNTRY_GROUPS)[number];

/** A DST 4-digit country code with its group (reference/dst-country-codes.csv). */
export interface DstCountry {
  readonly code: string;
  readonly name: string;
  readonly group: CountryGroup;
  /** Unknown or unspecified origin ("uoplyst"): grouped as non-western by default. */
  readonly unknown: boolean;
}

let cache: readonly DstCountry[] | undefined;

/** Every DST country code, including historical and unknown ones. */
export function dstCountries(): readonly DstCountry[] {
  cache ??= (
    parse(readFileSync(join(REFERENCE_DIR, 'dst-country-codes.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[]
  ).map((r) => ({
    code: String(r.dst_code),
    name: String(r.dst_name),
    group: String(r.group) as CountryGroup,
    unknown: String(r.alpha2) === '' && /uoplyst|ukendt|statsløs/i.test(String(r.dst_name)),
  }));
  return cache;
}
