import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { areaRefsFromOfficialAreas } from '../../core/history/areaRefsFromOfficialAreas.ts';
import { historyFromOfficialLists } from '../../core/history/historyFromOfficialLists.ts';
import type { AreaRef } from '../../core/history/designationsFromOfficialLists.ts';
import { normaliseAreaName } from '../../core/history/normaliseAreaName.ts';
import type { HistoryCompleteness, ImportedHistory } from '../../core/model/history.ts';
import type { Year } from '../../core/model/ids.ts';
import { isListId, LIST_IDS, type ListId } from '../../core/model/lists.ts';
import { csvTableFromText } from '../../io/csvTableFromText.ts';
import { officialListRowsFromTable } from '../../io/readOfficialLists.ts';
import { officialListCounts } from '../../reference/officialListCounts.ts';
import { REFERENCE_DIR } from '../../reference/referenceDir.ts';
import { parse } from 'csv-parse/sync';

/** One published list of one year as the public record has it: named members, official count, completeness. */
export interface OfficialList {
  readonly year: Year;
  readonly list: ListId;
  readonly completeness: HistoryCompleteness;
  readonly named: number;
  readonly officialCount: number | null;
  /** The members the sources name, by name and municipality code (and the official area's id), sorted by name. */
  readonly members: readonly {
    readonly name: string;
    readonly municipalityCode: string;
    readonly areaId: string | null;
  }[];
}

/** The official lists 2010–2024 (reference/official-lists/), each complete or partial. */
export interface OfficialLists {
  readonly years: readonly Year[];
  readonly lists: readonly OfficialList[];
  /** The areas named on them (reference/official-lists/areas.csv), ids like `101-mjoelnerparken`. */
  readonly areas: readonly AreaRef[];
  /** The lists as history of those areas: designations and each list's completeness. */
  readonly history: ImportedHistory;
}

/** Reads the official lists from the reference directory (complete or partial, as `readHistory` judges them). */
export function officialListsFromReference(): OfficialLists {
  const dir = join(REFERENCE_DIR, 'official-lists');
  const file = join(dir, 'lists_by_year.csv');
  const table = csvTableFromText(readFileSync(file, 'utf8'), file);
  if (!table.ok) throw new Error(`${file}: cannot be read`);
  const rows = officialListRowsFromTable(table.value);
  if (!rows.ok) throw new Error(`${file}: cannot be read`);
  const areas = areaRefsFromOfficialAreas(
    parse(readFileSync(join(dir, 'areas.csv'), 'utf8'), { columns: true }) as {
      area_name: string;
      municipality_code: string;
      aliases_or_notes?: string;
    }[],
  );
  const { history } = historyFromOfficialLists(rows.value, areas, officialListCounts());
  const idByName = new Map<string, string>();
  for (const a of areas) {
    for (const n of [a.name, ...(a.aliases ?? [])]) {
      idByName.set(`${a.municipalityCode}|${normaliseAreaName(n)}`, a.areaId);
    }
  }
  const lists = history.lists.map((l) => {
    const seen = new Map<string, { name: string; municipalityCode: string; areaId: string | null }>();
    for (const r of rows.value) {
      if (r.year !== l.year || r.listType !== l.list) continue;
      seen.set(`${r.municipalityCode}|${r.areaName}`, {
        name: r.areaName,
        municipalityCode: r.municipalityCode,
        areaId: idByName.get(`${r.municipalityCode}|${normaliseAreaName(r.areaName)}`) ?? null,
      });
    }
    const members = [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
    return { ...l, members };
  });
  const years = [...new Set(lists.map((l) => l.year))].sort((a, b) => a - b);
  return {
    years,
    areas,
    history,
    lists: lists
      .filter((l) => isListId(l.list))
      .sort((a, b) => a.year - b.year || LIST_IDS.indexOf(a.list) - LIST_IDS.indexOf(b.list)),
  };
}
