import { listChangesFor } from '../changes/listChangesFor.ts';
import { classifyArea } from '../classify/classifyArea.ts';
import type { AreaFigures } from '../model/areaFigures.ts';
import type { AreaAssessment } from '../model/assessment.ts';
import type { Designation } from '../model/designation.ts';
import type { AreaId, Year } from '../model/ids.ts';
import type { ListChange } from '../model/listChange.ts';
import { LIST_IDS, type ListId } from '../model/lists.ts';
import type { ListRun, ListRunInput } from '../model/listRun.ts';
import type { RuleSet } from '../model/ruleSet.ts';
import { defaultRuleSetForYear } from '../rulesets/builtInRuleSets.ts';

const key = (areaId: AreaId, list: ListId): string => `${areaId}\u0000${list}`;

/**
 * The one entry point both inputs share: figures → assessments → designations → changes, year by year
 * in ascending order. Earlier years' memberships (for persistence and for changes) come from this run's
 * computed designations when the year is in the run, else from the imported history. Changes are given
 * for a year only when year − 1 is known (computed, or present in the history); a year with nothing known
 * before it would report every member as entered.
 * Throws on two figure rows for the same year and area (the edge validates first).
 */
export function listRunFromFigures(input: ListRunInput): ListRun {
  const years = [...new Set(input.years)].sort((a, b) => a - b);
  const yearSet = new Set(years);
  const byYear = new Map<Year, AreaFigures[]>();
  const seen = new Set<string>();
  for (const f of input.figures) {
    if (!yearSet.has(f.year)) continue;
    const k = `${f.year}\u0000${f.areaId}`;
    if (seen.has(k)) throw new Error(`area figures: two rows for year ${f.year}, area ${f.areaId}`);
    seen.add(k);
    let list = byYear.get(f.year);
    if (list === undefined) byYear.set(f.year, (list = []));
    list.push(f);
  }
  const history = indexByYear(input.history);
  const computed = new Map<Year, Set<string>>();
  const isOn = (areaId: AreaId, year: Year, list: ListId): boolean =>
    (computed.get(year) ?? history.get(year))?.has(key(areaId, list)) === true;

  const ruleSets = new Map<Year, RuleSet>();
  const assessmentsByYear = new Map<Year, AreaAssessment[]>();
  const designations: Designation[] = [];
  const changes: ListChange[] = [];
  const names = new Map<AreaId, string>();
  for (const f of input.figures) if (!names.has(f.areaId)) names.set(f.areaId, f.name);

  for (const year of years) {
    const rs = input.ruleSetForYear(year);
    ruleSets.set(year, rs);
    const context = { assumptions: input.assumptions, wasOnList: isOn };
    const assessments = (byYear.get(year) ?? [])
      .map((f) => classifyArea(f, rs, context))
      .sort((a, b) => cmp(a.areaId, b.areaId));
    assessmentsByYear.set(year, assessments);
    const ds: Designation[] = assessments.flatMap((a) =>
      a.lists.map((list) => ({ year, areaId: a.areaId, list, source: 'computed' })),
    );
    computed.set(year, new Set(ds.map((d) => key(d.areaId, d.list))));
    designations.push(...ds);

    const prevYear = year - 1;
    const prevComputed = yearSet.has(prevYear);
    const previousDesignations = prevComputed
      ? designations.filter((d) => d.year === prevYear)
      : input.history.filter((d) => d.year === prevYear);
    if (!prevComputed && !history.has(prevYear)) continue;
    const previousAssessments = prevComputed ? assessmentsByYear.get(prevYear) : undefined;
    const previousRuleSet = prevComputed ? ruleSets.get(prevYear) : officialRuleSet(prevYear);
    changes.push(
      ...listChangesFor({
        year,
        ruleSet: rs,
        assessments,
        previousDesignations,
        ...(previousAssessments !== undefined ? { previousAssessments } : {}),
        ...(previousRuleSet !== undefined ? { previousRuleSet } : {}),
        areaNames: names,
      }),
    );
  }
  designations.sort(
    (a, b) =>
      a.year - b.year || LIST_IDS.indexOf(a.list) - LIST_IDS.indexOf(b.list) || cmp(a.areaId, b.areaId),
  );
  return {
    years,
    ruleSets,
    figures: input.figures.filter((f) => yearSet.has(f.year)),
    assessments: years.flatMap((y) => assessmentsByYear.get(y) ?? []),
    designations,
    changes,
  };
}

function indexByYear(ds: readonly Designation[]): Map<Year, Set<string>> {
  const m = new Map<Year, Set<string>>();
  for (const d of ds) {
    let s = m.get(d.year);
    if (s === undefined) m.set(d.year, (s = new Set()));
    s.add(key(d.areaId, d.list));
  }
  return m;
}

/** The rule set the official history of a year was made under (undefined before 2010). */
function officialRuleSet(year: Year): RuleSet | undefined {
  return year >= 2010 ? defaultRuleSetForYear(year) : undefined;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
