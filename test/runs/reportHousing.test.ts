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

const assessed = (
  year: number,
  area: string,
  decisions: { list: string; member: boolean; uncertain: boolean }[],
) => ({
  year,
  areaId: areaId(area),
  decisions,
});

/**
 * A run of 2024 with the context years 2017 and 2023: the lists table 2.4 reads. In 2023 D's forebyggelse
 * decision and E's udsat decision were uncertain (neither is on a list, but a missing figure could have put it
 * there).
 */
const run = {
  years: [2024],
  contextYears: [2017, 2023],
  designations: [d(2024, 'A', 'udsat'), d(2024, 'A', 'parallelsamfund'), d(2024, 'B', 'forebyggelse')],
  contextDesignations: [d(2017, 'G', 'ghetto'), d(2023, 'A', 'udsat'), d(2023, 'C', 'forebyggelse')],
  assessments: [assessed(2024, 'A', [{ list: 'udsat', member: true, uncertain: false }])],
  contextAssessments: [
    assessed(2023, 'D', [{ list: 'forebyggelse', member: false, uncertain: true }]),
    assessed(2023, 'E', [{ list: 'udsat', member: false, uncertain: true }]),
  ],
} as unknown as ListRun;

describe('the lists table 2.4 reads from the run', () => {
  it('computed years, context years included; the ghetto list counts as udsat before 2018', () => {
    const lists = listsFromRun(run);
    expect(lists(2024)).toEqual({ udsat: ['A'], forebyggelse: ['B'], uncertain: [] });
    // D and E: not on a list, a decision uncertain — table 2.4 cannot assign their demolitions.
    expect(lists(2023)).toEqual({ udsat: ['A'], forebyggelse: ['C'], uncertain: ['D', 'E'] });
    expect(lists(2017)).toEqual({ udsat: ['G'], forebyggelse: [], uncertain: [] });
  });

  it('a year the run did not compute is unknown (null), never an empty list', () => {
    expect(listsFromRun(run)(2020)).toBeNull();
  });
});
