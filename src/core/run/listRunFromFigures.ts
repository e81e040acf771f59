import { listChangesFor, type PreviousYear } from '../changes/listChangesFor.ts';
import { classifyArea } from '../classify/classifyArea.ts';
import { historyIndex } from '../history/historyIndex.ts';
import type { AreaFigures } from '../model/areaFigures.ts';
import type { AreaAssessment } from '../model/assessment.ts';
import type { Designation } from '../model/designation.ts';
import type { Membership } from '../model/history.ts';
import type { AreaId, Year } from '../model/ids.ts';
import { FIRST_LIST_YEAR, LIST_IDS, LIST_LINEAGE, type ListId } from '../model/lists.ts';
import type { ListRun, ListRunInput } from '../model/listRun.ts';
import type { RuleSet } from '../model/ruleSet.ts';
import { defaultRuleSetForYear } from '../rulesets/builtInRuleSets.ts';
import { yearsNeeded } from './yearsNeeded.ts';

/**
 * The one entry point every command shares: figures → assessments → designations → changes.
 *
 * The requested years depend on earlier ones (persistence, the first year's changes: `yearsNeeded`). Those the
 * figures cover are computed from the same figures under the rule set the run applies to that year; for the
 * others — and for a computed year whose decision is uncertain — the imported history answers where it knows
 * (a partial list names members only: an area it does not name is unknown); what neither knows is unknown, and a
 * decision resting on it is uncertain with the reason. So a run of one year gives exactly that year of a longer
 * run on the same input. Years are computed oldest first; the outputs hold the requested years only.
 * Throws on two figure rows for the same year and area (the edge validates first).
 */
export function listRunFromFigures(input: ListRunInput): ListRun {
  const requested = [...new Set(input.years)].sort((a, b) => a - b);
  const requestedSet = new Set(requested);
  const byYear = figuresByYear(input.figures);
  const needed = yearsNeeded(requested, input.ruleSetForYear);
  const computedYears = needed.filter((y) => requestedSet.has(y) || byYear.has(y));
  const computedSet = new Set(computedYears);
  const history = historyIndex(input.history);

  const ruleSets = new Map<Year, RuleSet>();
  const assessments = new Map<Year, Map<AreaId, AreaAssessment>>();
  const designations = new Map<Year, Designation[]>();
  const names = new Map<AreaId, string>();
  for (const f of input.figures) if (!names.has(f.areaId)) names.set(f.areaId, f.name);

  /** Which of a list's names the rules of a year have (none: the list did not exist then). */
  const namesIn = (year: Year, list: ListId): readonly ListId[] => {
    if (year < FIRST_LIST_YEAR) return [];
    const rs = ruleSets.get(year) ?? defaultRuleSetForYear(year);
    return LIST_LINEAGE[list].filter((l) => rs.lists.some((r) => r.list === l));
  };

  const membershipIn = (areaId: AreaId, year: Year, list: ListId): Membership => {
    if (year < FIRST_LIST_YEAR) return { state: 'no', source: 'noList' };
    const imported = history.membership(areaId, year, LIST_LINEAGE[list]);
    if (computedSet.has(year)) {
      const listNames = namesIn(year, list);
      if (listNames.length === 0) return { state: 'no', source: 'noList' };
      const a = assessments.get(year)?.get(areaId);
      if (a === undefined)
        return imported !== undefined && imported.state !== 'unknown'
          ? imported
          : { state: 'unknown', why: { kind: 'noFigures', year } };
      const d = a.decisions.find((x) => listNames.includes(x.list));
      if (d?.member === true) return { state: 'yes', source: 'computed' };
      if (d?.uncertain !== true) return { state: 'no', source: 'computed' };
      return imported !== undefined && imported.state !== 'unknown'
        ? imported
        : { state: 'unknown', why: { kind: 'uncertainDecision', year } };
    }
    if (imported !== undefined) return imported;
    if (namesIn(year, list).length === 0) return { state: 'no', source: 'noList' };
    return { state: 'unknown', why: { kind: 'noHistory', year } };
  };

  const changes = [];
  for (const year of computedYears) {
    const rs = input.ruleSetForYear(year);
    ruleSets.set(year, rs);
    const context = { assumptions: input.assumptions, membershipIn };
    const yearAssessments = (byYear.get(year) ?? [])
      .map((f) => classifyArea(f, rs, context))
      .sort((a, b) => cmp(a.areaId, b.areaId));
    assessments.set(year, new Map(yearAssessments.map((a) => [a.areaId, a])));
    designations.set(
      year,
      yearAssessments.flatMap((a) =>
        a.lists.map((list) => ({ year, areaId: a.areaId, list, source: 'computed' })),
      ),
    );
    if (!requestedSet.has(year)) continue;
    changes.push(
      ...listChangesFor({
        year,
        ruleSet: rs,
        assessments: yearAssessments,
        previous: previousYear(year - 1),
        areaNames: names,
      }),
    );
  }

  function previousYear(prev: Year): PreviousYear {
    const computed = computedSet.has(prev);
    const members = new Set<AreaId>(history.membersIn(prev));
    for (const d of designations.get(prev) ?? []) members.add(d.areaId);
    const prevAssessments = assessments.get(prev);
    const prevRuleSet =
      ruleSets.get(prev) ?? (prev >= FIRST_LIST_YEAR ? defaultRuleSetForYear(prev) : undefined);
    return {
      membership: (areaId, list) => membershipIn(areaId, prev, list),
      listKnown: (list) =>
        prev < FIRST_LIST_YEAR ||
        computed ||
        namesIn(prev, list).length === 0 ||
        history.covers(prev, LIST_LINEAGE[list]),
      members: [...members],
      ...(prevAssessments !== undefined ? { assessments: [...prevAssessments.values()] } : {}),
      ...(prevRuleSet !== undefined ? { ruleSet: prevRuleSet } : {}),
    };
  }

  const outYears = new Set(requested);
  const byYearListArea = (a: Designation, b: Designation): number =>
    a.year - b.year || LIST_IDS.indexOf(a.list) - LIST_IDS.indexOf(b.list) || cmp(a.areaId, b.areaId);
  const allDesignations = requested.flatMap((y) => designations.get(y) ?? []);
  allDesignations.sort(byYearListArea);
  const contextYears = computedYears.filter((y) => !outYears.has(y));
  const contextDesignations = contextYears.flatMap((y) => designations.get(y) ?? []).sort(byYearListArea);
  return {
    years: requested,
    contextYears,
    uncoveredYears: needed.filter((y) => !computedSet.has(y)),
    ruleSets: new Map([...ruleSets].filter(([y]) => outYears.has(y))),
    figures: input.figures.filter((f) => outYears.has(f.year)),
    assessments: requested.flatMap((y) => [...(assessments.get(y)?.values() ?? [])]),
    designations: allDesignations,
    contextDesignations,
    changes,
  };
}

function figuresByYear(figures: readonly AreaFigures[]): Map<Year, AreaFigures[]> {
  const byYear = new Map<Year, AreaFigures[]>();
  const seen = new Set<string>();
  for (const f of figures) {
    const k = `${f.year}\u0000${f.areaId}`;
    if (seen.has(k)) throw new Error(`area figures: two rows for year ${f.year}, area ${f.areaId}`);
    seen.add(k);
    let list = byYear.get(f.year);
    if (list === undefined) byYear.set(f.year, (list = []));
    list.push(f);
  }
  return byYear;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
