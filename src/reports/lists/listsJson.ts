import type { AreaAssessment } from '../../core/model/assessment.ts';
import { criterionViewOf, type CriterionView } from '../../views/criterionView.ts';
import type { Year } from '../../core/model/ids.ts';
import { LIST_NAMES_DA, type ListId } from '../../core/model/lists.ts';
import type { ListRun } from '../../core/model/listRun.ts';
import { municipalityByCode } from '../../reference/municipalities.ts';
import { sortedDesignations } from './listsCsv.ts';
import { ruleSetSha256 } from '../../views/ruleSetSha256.ts';

/** `lists.json`: per year and list, the members with every criterion's value, threshold, margin and reason. */
export interface ListsJson {
  readonly format: 'boligmonitor.lists/1';
  /** Earlier years computed because the years depend on them; years neither computed nor covered. */
  readonly contextYears: readonly Year[];
  readonly uncoveredYears: readonly Year[];
  readonly years: readonly {
    readonly year: Year;
    readonly ruleSet: {
      readonly id: string;
      readonly nameDa: string;
      readonly sha256: string;
      readonly basedOn?: string;
    };
    readonly lists: readonly {
      readonly list: ListId;
      readonly nameDa: string;
      readonly count: number;
      readonly members: readonly ListMemberJson[];
      /** Areas whose decision is uncertain (a figure or an earlier year is not known): maybe on the list. */
      readonly uncertain: readonly ListMemberJson[];
    }[];
  }[];
}

export interface ListMemberJson {
  readonly areaId: string;
  readonly name: string;
  readonly municipalityCode: string;
  readonly municipalityName: string | null;
  readonly residents: number | null;
  /** The decision's Danish sentence, e.g. `Udsat: K1 52,3 pct. > 40 pct., K3 61,2 pct. > 60 pct. (2 af 4)`. */
  readonly reasonDa: string | null;
  readonly uncertain: boolean;
  readonly metCount: number | null;
  readonly groupSize: number | null;
  readonly criteria: readonly CriterionJson[];
}

/** A criterion as published: the views' `CriterionView`. */
export type CriterionJson = CriterionView;

/** Builds `lists.json` for the run's years, lists in the order the rule set decides them. */
export function listsJson(run: ListRun): ListsJson {
  const assessments = new Map<string, AreaAssessment>(
    run.assessments.map((a) => [`${a.year}\u0000${a.areaId}`, a]),
  );
  const designations = sortedDesignations(run);
  const uncertainOf = (year: Year, list: ListId): ListMemberJson[] =>
    run.assessments
      .filter((a) => a.year === year && a.decisions.some((d) => d.list === list && d.uncertain))
      .map((a) => memberJson(a.areaId, list, a));
  return {
    format: 'boligmonitor.lists/1',
    contextYears: run.contextYears,
    uncoveredYears: run.uncoveredYears,
    years: [...run.years]
      .sort((a, b) => a - b)
      .flatMap((year) => {
        const rs = run.ruleSets.get(year);
        if (rs === undefined) return [];
        return [
          {
            year,
            ruleSet: {
              id: rs.id,
              nameDa: rs.nameDa,
              sha256: ruleSetSha256(rs),
              ...(rs.basedOn === undefined ? {} : { basedOn: rs.basedOn }),
            },
            lists: rs.lists.map(({ list }) => {
              const members = designations
                .filter((d) => d.year === year && d.list === list)
                .map((d) => memberJson(d.areaId, list, assessments.get(`${year}\u0000${d.areaId}`)));
              return {
                list,
                nameDa: LIST_NAMES_DA[list],
                count: members.length,
                members,
                uncertain: uncertainOf(year, list),
              };
            }),
          },
        ];
      }),
  };
}

function memberJson(areaId: string, list: ListId, a: AreaAssessment | undefined): ListMemberJson {
  const decision = a?.decisions.find((d) => d.list === list);
  const code = a?.municipalityCode ?? '';
  return {
    areaId,
    name: a?.name ?? areaId,
    municipalityCode: code,
    municipalityName: municipalityByCode(code)?.name ?? null,
    residents: a?.residents ?? null,
    reasonDa: decision?.reasonDa ?? null,
    uncertain: decision?.uncertain ?? false,
    metCount: decision?.metCount ?? null,
    groupSize: decision?.groupSize ?? null,
    criteria: (decision?.criteria ?? []).map(criterionViewOf),
  };
}
