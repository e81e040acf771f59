import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { REFERENCE_DIR } from './referenceDir.ts';

/** The official number of members of one published list (reference/official-lists/list_counts.csv). */
export interface OfficialListCount {
  readonly year: number;
  /** As in the file: a list id, or another list type (recalculations, kombineret udlejning). */
  readonly listType: string;
  /** Null where no source gave the count (the ghetto list of 2011). */
  readonly officialCount: number | null;
}

let cache: readonly OfficialListCount[] | undefined;

/** Every published list's official count, as the sources give it. */
export function officialListCounts(): readonly OfficialListCount[] {
  cache ??= (
    parse(readFileSync(join(REFERENCE_DIR, 'official-lists', 'list_counts.csv'), 'utf8'), {
      columns: true,
    }) as Record<string, string>[]
  ).map((r) => ({
    year: Number(r.year),
    listType: String(r.list_type),
    officialCount:
      r.official_count === undefined || r.official_count === '' ? null : Number(r.official_count),
  }));
  return cache;
}
