import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { REFERENCE_DIR } from './referenceDir.ts';

/** One of Denmark's 98 municipalities (reference/municipalities.csv). */
export interface Municipality {
  readonly code: string;
  readonly name: string;
  readonly regionCode: string;
  readonly regionName: string;
}

let cache: readonly Municipality[] | undefined;

/** The 98 municipalities, sorted by code. Codes are strings (`"101"`). */
export function municipalities(): readonly Municipality[] {
  cache ??= (
    parse(readFileSync(join(REFERENCE_DIR, 'municipalities.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[]
  ).map((r) => ({
    code: String(r.code),
    name: String(r.name),
    regionCode: String(r.region_code),
    regionName: String(r.region_name),
  }));
  return cache;
}

/** Municipality by 3-digit code, or undefined if the code is unknown. */
export function municipalityByCode(code: string): Municipality | undefined {
  return municipalities().find((m) => m.code === code);
}
