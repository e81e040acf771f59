import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  areaRefsFromOfficialAreas,
  type OfficialAreaRow,
} from '../../src/core/history/areaRefsFromOfficialAreas.ts';
import {
  designationsFromOfficialLists,
  normaliseAreaName,
  type OfficialListRow,
} from '../../src/core/history/designationsFromOfficialLists.ts';
import { historyFromOfficialLists } from '../../src/core/history/historyFromOfficialLists.ts';
import { persistentMembers } from '../../src/core/history/persistentMembers.ts';
import type { ListId } from '../../src/core/model/index.ts';
import { RULE_SET_2018 } from '../../src/core/rulesets/ruleSet2018.ts';
import { RULE_SET_2021 } from '../../src/core/rulesets/ruleSet2021.ts';

const dir = resolve(import.meta.dirname, '..', '..', 'reference', 'official-lists');
const csv = (file: string): Record<string, string>[] =>
  parse(readFileSync(join(dir, file), 'utf8'), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];

const areaRows = csv('areas.csv') as unknown as OfficialAreaRow[];
const listRows: OfficialListRow[] = csv('lists_by_year.csv').map((r, i) => ({
  line: i + 2,
  year: Number(r['year']),
  listType: r['list_type'] ?? '',
  areaName: r['area_name'] ?? '',
  municipalityCode: r['municipality_code'] ?? '',
}));
const counts = csv('list_counts.csv');
const refs = areaRefsFromOfficialAreas(areaRows);
const imported = designationsFromOfficialLists(listRows, refs);

describe('area names', () => {
  it('normalise case, Danish letters, "mv."/"m.fl.", punctuation and spacing around "/" and "-"', () => {
    expect(normaliseAreaName('Mjølnerparken')).toBe('mjoelnerparken');
    expect(normaliseAreaName('Nørager / Søstjernevej m.fl.')).toBe('noerager/soestjernevej');
    expect(normaliseAreaName('Nørager/Søstjernevej mv.')).toBe('noerager/soestjernevej');
    expect(normaliseAreaName('  TÅSTRUPGÅRD ')).toBe('taastrupgaard');
    expect(normaliseAreaName('Glarbjergvej - området')).toBe('glarbjergvej-omraadet');
    expect(normaliseAreaName('Gl. Jennumparken')).toBe('gl jennumparken');
    expect(normaliseAreaName('Café Søndermarksvej')).toBe('cafe soendermarksvej');
  });
  it('area ids are `${municipality_code}-${slug(area_name)}`', () => {
    const ids = refs.map((r) => r.areaId);
    expect(ids).toContain('101-mjoelnerparken');
    expect(ids).toContain('101-degnegaarden');
    expect(ids).toContain('751-gellerupparken-toveshoej');
    expect(new Set(ids).size).toBe(areaRows.length);
  });
});

describe('the official lists 2010–2023 (reference/official-lists)', () => {
  it('every 1 December list row is matched to an area: none unmatched', () => {
    expect(imported.unmatched).toEqual([]);
  });
  it('skips exactly the recalculations and the combined-letting list', () => {
    const types = new Set(imported.skipped.map((r) => r.listType));
    expect([...types].sort()).toEqual([
      'kombineret_udlejning',
      'recalc_2013_new_criteria',
      'recalc_2018_05_agreement',
    ]);
    const expected = listRows.filter(
      (r) => r.listType.startsWith('recalc_') || r.listType === 'kombineret_udlejning',
    );
    expect(imported.skipped.length).toBe(expected.length);
  });
  it('a name published under another spelling finds its area (Nørager/Søstjernevej mv. / m.fl.)', () => {
    const rows: OfficialListRow[] = [
      {
        line: 2,
        year: 2019,
        listType: 'ghetto',
        areaName: 'Nørager/Søstjernevej mv.',
        municipalityCode: '540',
      },
      { line: 3, year: 2019, listType: 'ghetto', areaName: 'Nørager/Søstjernevej', municipalityCode: '540' },
      { line: 4, year: 2019, listType: 'ghetto', areaName: 'Nørager/Søstjernevej', municipalityCode: '101' },
      { line: 5, year: 2019, listType: 'ghetto', areaName: 'Ukendt Park', municipalityCode: '540' },
    ];
    const r = designationsFromOfficialLists(rows, refs);
    expect(r.designations).toEqual([
      { year: 2019, areaId: '540-noerager-soestjernevej', list: 'ghetto', source: 'official' },
    ]);
    expect(r.unmatched.map((x) => x.line)).toEqual([4, 5]);
  });

  const derivations: readonly [ListId, number, NonNullable<ReturnType<typeof persistenceOf>>][] = [
    ['hard_ghetto', 2018, persistenceOf(RULE_SET_2018.lists, 'hard_ghetto')],
    ['hard_ghetto', 2019, persistenceOf(RULE_SET_2018.lists, 'hard_ghetto')],
    ['hard_ghetto', 2020, persistenceOf(RULE_SET_2018.lists, 'hard_ghetto')],
    ['omdannelse', 2021, persistenceOf(RULE_SET_2021.lists, 'omdannelse')],
    ['omdannelse', 2022, persistenceOf(RULE_SET_2021.lists, 'omdannelse')],
    ['omdannelse', 2023, persistenceOf(RULE_SET_2021.lists, 'omdannelse')],
  ];
  for (const [list, year, persistence] of derivations) {
    it(`the ${list} list of ${year} follows from the ghetto/parallelsamfund lists, area by area`, () => {
      const derived = persistentMembers(persistence, year, imported.designations);
      const published = imported.designations
        .filter((d) => d.year === year && d.list === list)
        .map((d) => d.areaId)
        .sort();
      expect(derived).toEqual(published);
      const count = counts.find((c) => Number(c['year']) === year && c['list_type'] === list);
      expect(derived.length).toBe(Number(count?.['official_count']));
    });
  }
});

function persistenceOf(lists: typeof RULE_SET_2021.lists, list: ListId) {
  const p = lists.find((l) => l.list === list)?.persistence;
  if (p === undefined) throw new Error(`no persistence rule for ${list}`);
  return p;
}

describe('completeness of the official lists (list_counts.csv)', () => {
  const officialCounts = counts.map((c) => ({
    year: Number(c['year']),
    listType: c['list_type'] ?? '',
    officialCount: c['official_count'] === '' ? null : Number(c['official_count']),
  }));
  const { history } = historyFromOfficialLists(listRows, refs, officialCounts);
  const of = (year: number, list: ListId) => history.lists.find((l) => l.year === year && l.list === list);

  it('a list naming fewer areas than its official count is partial: forebyggelse 2021 names 7 of 62', () => {
    expect(of(2021, 'forebyggelse')).toEqual({
      year: 2021,
      list: 'forebyggelse',
      completeness: 'partial',
      named: 7,
      officialCount: 62,
    });
  });
  it('the ghetto lists 2012–2017 and the hard-ghetto and omdannelse lists 2018–2023 are complete', () => {
    for (const year of [2012, 2013, 2014, 2015, 2016, 2017])
      expect(of(year, 'ghetto')?.completeness, `ghetto ${year}`).toBe('complete');
    for (const year of [2018, 2019, 2020])
      expect(of(year, 'hard_ghetto')?.completeness, `hard_ghetto ${year}`).toBe('complete');
    for (const year of [2021, 2022, 2023])
      expect(of(year, 'omdannelse')?.completeness, `omdannelse ${year}`).toBe('complete');
  });
  it('a list whose count is unknown (ghetto 2011) or with no member named (omdannelse 2024) is partial', () => {
    expect(of(2011, 'ghetto')).toMatchObject({ completeness: 'partial', officialCount: null });
    expect(of(2024, 'omdannelse')).toMatchObject({ completeness: 'partial', named: 0, officialCount: 7 });
  });
  it('udsatte 2018–2024 are all partial, as the README of the official lists says', () => {
    for (const year of [2018, 2019, 2020, 2021, 2022, 2023, 2024])
      expect(of(year, 'udsat')?.completeness, `udsat ${year}`).toBe('partial');
  });
  it('the recalculations and the combined-letting list are not lists of the history', () => {
    expect(history.lists.map((l) => l.list)).not.toContain('kombineret_udlejning');
  });
});
