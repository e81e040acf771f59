import { describe, expect, it } from 'vitest';
import { areaId, municipalityCode } from '../../src/core/model/ids.ts';
import { formatInputError } from '../../src/io/inputError.ts';
import { historyFromCsv } from '../../src/io/readHistory.ts';

const AREAS = [
  { areaId: areaId('101-alfa'), name: 'Alfaparken', municipalityCode: municipalityCode('101') },
  { areaId: areaId('751-beta'), name: 'Betavej', municipalityCode: municipalityCode('751') },
];

describe('history files: designations (§C) or the official lists format, told apart by the header', () => {
  it('reads designations, with the source defaulting to official', () => {
    const r = historyFromCsv('year,area_id,list\n2015,101-alfa,ghetto\n', 'h.csv', AREAS);
    expect(r.ok && r.value).toEqual({
      format: 'designations',
      designations: [{ year: 2015, areaId: '101-alfa', list: 'ghetto', source: 'official' }],
      lists: [{ year: 2015, list: 'ghetto', completeness: 'complete', named: 1, officialCount: null }],
      warnings: [],
    });
  });

  it('rejects unknown lists and repeated rows with line, column and value', () => {
    const r = historyFromCsv(
      'year,area_id,list,source\n2015,101-alfa,ghetto,x\n2015,101-alfa,ghetto,y\n2016,101-alfa,hard-ghetto,\n',
      'h.csv',
      AREAS,
    );
    expect(r.ok ? [] : r.errors.map(formatInputError)).toEqual([
      'h.csv:3: column "area_id": value "101-alfa" repeats year 2015, area_id "101-alfa" and list "ghetto" of line 2',
      'h.csv:4: column "list": value "hard-ghetto" is not a list (one of ghetto, hard_ghetto, udsat, parallelsamfund, omdannelse, forebyggelse)',
    ]);
    expect(r.rowCount).toEqual({ rowsIn: 3, accepted: 1, rejected: 2 });
  });

  it('matches official names to the areas by name and municipality, and warns about every unmatched row', () => {
    const text =
      'year,list_date,list_type,area_name,municipality,municipality_code,evidence,source_url,notes\n' +
      '2015,2015-12-01,ghetto,Alfaparken,København,101,direct,,\n' +
      '2015,2015-12-01,ghetto,Gammagården,Odense,461,direct,,\n' +
      '2015,2015-12-01,ghetto,Betavej,Aarhus,751,direct,,\n';
    const r = historyFromCsv(text, 'lists.csv', AREAS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.format).toBe('officialLists');
    expect(r.value.designations.map((d) => [d.year, d.areaId, d.list])).toEqual([
      [2015, '101-alfa', 'ghetto'],
      [2015, '751-beta', 'ghetto'],
    ]);
    expect(r.value.warnings).toEqual([
      'lists.csv:3: area "Gammagården" (municipality 461) matches no area in the figures; its ghetto 2015 membership is not used',
    ]);
  });

  it('marks each official list complete or partial against its official count (list_counts.csv)', () => {
    const text =
      'year,list_type,area_name,municipality_code\n' +
      '2021,forebyggelse,Alfaparken,101\n' +
      '2013,ghetto,Betavej,751\n';
    const r = historyFromCsv(text, 'lists.csv', AREAS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const of = (year: number, list: string) => r.value.lists.find((l) => l.year === year && l.list === list);
    // 1 of the 62 forebyggelse areas of 2021 and 1 of the 33 ghettos of 2013 are named: both partial.
    expect(of(2021, 'forebyggelse')).toEqual({
      year: 2021,
      list: 'forebyggelse',
      completeness: 'partial',
      named: 1,
      officialCount: 62,
    });
    expect(of(2013, 'ghetto')).toMatchObject({ completeness: 'partial', named: 1, officialCount: 33 });
    // Lists with an official count but no row here are partial too (nothing of them is named).
    expect(of(2019, 'hard_ghetto')).toMatchObject({ completeness: 'partial', named: 0, officialCount: 15 });
  });

  it('a designations row with list_complete=false makes its (year, list) partial; bad flags are errors', () => {
    const r = historyFromCsv(
      'year,area_id,list,list_complete\n2021,101-alfa,forebyggelse,false\n2021,751-beta,udsat,\n',
      'h.csv',
      AREAS,
    );
    expect(r.ok && r.value.lists).toEqual([
      { year: 2021, list: 'forebyggelse', completeness: 'partial', named: 1, officialCount: null },
      { year: 2021, list: 'udsat', completeness: 'complete', named: 1, officialCount: null },
    ]);
    const bad = historyFromCsv('year,area_id,list,list_complete\n2021,101-alfa,udsat,nej\n', 'h.csv', AREAS);
    expect(bad.ok ? [] : bad.errors.map(formatInputError)).toEqual([
      'h.csv:2: column "list_complete": value "nej" is not true or false',
    ]);
  });
});
