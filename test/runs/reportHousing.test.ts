import { describe, expect, it } from 'vitest';
import { areaId } from '../../src/core/model/ids.ts';
import type { ListRun } from '../../src/core/model/listRun.ts';
import { listsFromRun } from '../../src/runs/reportHousing.ts';

const d = (year: number, area: string, list: string) => ({
  year,
  areaId: areaId(area),
  list,
  source: 'computed',
});

/** A run of 2024 with the context years 2017 and 2023: the lists table 2.4 reads. */
const run = {
  years: [2024],
  contextYears: [2017, 2023],
  designations: [d(2024, 'A', 'udsat'), d(2024, 'A', 'parallelsamfund'), d(2024, 'B', 'forebyggelse')],
  contextDesignations: [d(2017, 'G', 'ghetto'), d(2023, 'A', 'udsat'), d(2023, 'C', 'forebyggelse')],
} as unknown as ListRun;

describe('the lists table 2.4 reads from the run', () => {
  it('computed years, context years included; the ghetto list counts as udsat before 2018', () => {
    const lists = listsFromRun(run);
    expect(lists(2024)).toEqual({ udsat: ['A'], forebyggelse: ['B'] });
    expect(lists(2023)).toEqual({ udsat: ['A'], forebyggelse: ['C'] });
    expect(lists(2017)).toEqual({ udsat: ['G'], forebyggelse: [] });
  });

  it('a year the run did not compute is unknown (null), never an empty list', () => {
    expect(listsFromRun(run)(2020)).toBeNull();
  });
});
