import type { ImportedHistory } from '../core/model/history.ts';
import type { AreaId, Year } from '../core/model/ids.ts';
import type { ChangeKind, Known } from '../core/model/listChange.ts';
import { LIST_IDS, LIST_NAMES_DA, type ListId } from '../core/model/lists.ts';
import type { ListRun } from '../core/model/listRun.ts';
import { municipalityByCode } from '../reference/municipalities.ts';
import { criterionViewOf, type CriterionView } from './criterionView.ts';

/** One list's decision in the explanation. */
export interface DecisionView {
  readonly list: ListId;
  readonly nameDa: string;
  readonly member: boolean;
  readonly uncertain: boolean;
  readonly metCount: number | null;
  readonly groupSize: number | null;
  readonly reasonDa: string;
  readonly reasonEn: string;
  readonly criteria: readonly CriterionView[];
}

/** The years an area has been on a list: computed by the run, and imported for the years it did not compute. */
export interface ListHistoryView {
  readonly list: ListId;
  readonly computedYears: readonly Year[];
  readonly importedYears: readonly Year[];
}

/** Why one area is (not) on each list in one year, how far from each threshold, and its history. */
export interface AreaExplanation {
  readonly areaId: string;
  readonly name: string;
  readonly municipalityCode: string;
  readonly municipalityName: string | null;
  readonly year: Year;
  readonly ruleSetId: string;
  readonly residents: number;
  readonly eligible: boolean;
  readonly lists: readonly ListId[];
  readonly summaryDa: string;
  readonly decisions: readonly DecisionView[];
  /** Changes from the year before (entered, left, stayed, or unknown where a side is not known). */
  readonly changes: readonly {
    readonly list: ListId;
    readonly change: ChangeKind;
    readonly before: Known;
    readonly after: Known;
    readonly reasonDa: string;
    readonly reasonEn: string;
  }[];
  readonly history: readonly ListHistoryView[];
}

/**
 * The explanation of one area in one year of a run (null when the run has no assessment of it): every
 * decision with its criteria and margins, the changes from the year before, and the years on each list.
 */
export function areaExplanationFrom(
  run: ListRun,
  history: ImportedHistory,
  areaId: AreaId | string,
  year: Year,
): AreaExplanation | null {
  const a = run.assessments.find((x) => x.year === year && x.areaId === areaId);
  if (a === undefined) return null;
  const computed = run.designations.filter((d) => d.areaId === areaId);
  const imported = history.designations.filter((d) => d.areaId === areaId && !run.years.includes(d.year));
  const yearsOf = (ds: readonly { year: Year; list: ListId }[], list: ListId): Year[] =>
    [...new Set(ds.filter((d) => d.list === list).map((d) => d.year))].sort((x, y) => x - y);
  return {
    areaId: a.areaId,
    name: a.name,
    municipalityCode: a.municipalityCode,
    municipalityName: municipalityByCode(a.municipalityCode)?.name ?? null,
    year: a.year,
    ruleSetId: a.ruleSetId,
    residents: a.residents,
    eligible: a.eligible,
    lists: a.lists,
    summaryDa: a.summaryDa,
    decisions: a.decisions.map((d) => ({
      list: d.list,
      nameDa: LIST_NAMES_DA[d.list],
      member: d.member,
      uncertain: d.uncertain,
      metCount: d.metCount ?? null,
      groupSize: d.groupSize ?? null,
      reasonDa: d.reasonDa,
      reasonEn: d.reasonEn,
      criteria: d.criteria.map(criterionViewOf),
    })),
    changes: run.changes
      .filter((c) => c.year === a.year && c.areaId === a.areaId)
      .map((c) => ({
        list: c.list,
        change: c.change,
        before: c.before,
        after: c.after,
        reasonDa: c.textDa,
        reasonEn: c.textEn,
      })),
    history: LIST_IDS.map((list) => ({
      list,
      computedYears: yearsOf(computed, list),
      importedYears: yearsOf(imported, list),
    })).filter((h) => h.computedYears.length + h.importedYears.length > 0),
  };
}
