import type { Year } from '../../core/model/ids.ts';
import { LIST_NAMES_DA, type ListId } from '../../core/model/lists.ts';
import { BUILT_IN_RULE_SETS } from '../../core/rulesets/builtInRuleSets.ts';
import { legalTextsOf } from '../../reference/legalTexts.ts';
import { municipalityByCode } from '../../reference/municipalities.ts';
import { ruleSetSha256 } from '../../views/ruleSetSha256.ts';
import { ruleSetDescriptionOf } from '../../views/ruleSetDescription.ts';
import type { CriterionView } from '../../views/criterionView.ts';
import type { SiteData } from '../data/siteData.ts';
import {
  areaExplanations,
  areaSummary,
  criterionValueDa,
  latestYear,
  listRows,
  listsOfRuleSet,
  listsOfYear,
  marginPersonsDa,
  membershipTimeline,
  municipalityAreas,
  officialList,
  type ListRow,
} from '../data/siteViews.ts';

// The API's payloads, built from the served run: plain JSON values shaped as apiSchemas.ts declares. Each
// returns null when the thing asked for is not there (the route answers 404).

const criterionJson = (c: CriterionView) => ({
  ...c,
  valueDa: criterionValueDa(c),
  marginDa: marginPersonsDa(c),
});
const rowJson = (r: ListRow) => ({ ...r, criteria: r.criteria.map(criterionJson) });

function ruleSetRef(d: SiteData, year: Year) {
  const rs = d.run.ruleSets.get(year);
  return rs === undefined ? null : { id: rs.id, nameDa: rs.nameDa, sha256: ruleSetSha256(rs) };
}

/** The run a computed year is shown from. */
const runIdOf = (d: SiteData, year: Year): string => d.runOfYear.get(year)?.runId ?? d.runId;

/** A scenario's label on every answer that shows its lists; null on the law's. */
export function scenarioRef(d: SiteData) {
  const s = d.scenario;
  return s === null
    ? null
    : {
        id: s.id,
        ruleSetId: s.id,
        nameDa: s.nameDa,
        labelDa: s.labelDa,
        basedOn: s.basedOn,
        sha256: s.sha256,
      };
}

/** Every scenario served beside the law's lists, with its years and runs. */
export function scenariosPayload(d: SiteData) {
  return d.scenarios.map((sc) => ({
    ...(scenarioRef(sc) as NonNullable<ReturnType<typeof scenarioRef>>),
    description: sc.scenario?.description ?? '',
    runIds: sc.runs.map((r) => r.runId),
    years: sc.run.years.map((year) => ({ year, runId: runIdOf(sc, year), lists: listsOfRuleSet(sc, year) })),
  }));
}

export function yearsPayload(d: SiteData) {
  return {
    runId: d.runId,
    dataDate: d.finishedAt,
    runs: d.runs.map((r) => ({
      runId: r.runId,
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
      years: r.years,
      shownYears: r.shownYears,
    })),
    computed: d.run.years.map((year) => ({
      year,
      runId: runIdOf(d, year),
      ruleSet: ruleSetRef(d, year) as NonNullable<ReturnType<typeof ruleSetRef>>,
      lists: listsOfRuleSet(d, year),
    })),
    scenarios: d.scenarios.map((sc) => ({
      id: sc.scenario?.id ?? '',
      labelDa: sc.scenario?.labelDa ?? '',
      years: sc.run.years,
    })),
    official: d.official.years.map((year) => ({
      year,
      lists: d.official.lists
        .filter((l) => l.year === year)
        .map(({ list, completeness, named, officialCount }) => ({
          list,
          completeness,
          named,
          officialCount,
        })),
    })),
  };
}

export function listsOfYearPayload(d: SiteData, year: Year) {
  if (d.run.years.includes(year)) {
    return {
      year,
      source: d.scenario === null ? ('computed' as const) : ('scenario' as const),
      scenario: scenarioRef(d),
      runId: runIdOf(d, year),
      ruleSet: ruleSetRef(d, year),
      lists: listsOfYear(d, year).map((l) => ({ ...l, completeness: 'computed' as const })),
    };
  }
  const official = d.official.lists.filter((l) => l.year === year);
  if (official.length === 0 || d.scenario !== null) return null;
  return {
    year,
    source: 'official' as const,
    scenario: null,
    runId: null,
    ruleSet: null,
    lists: official.map((l) => ({
      list: l.list,
      nameDa: LIST_NAMES_DA[l.list],
      count: l.officialCount,
      uncertain: 0,
      changeSincePrevious: null,
      completeness: l.completeness,
    })),
  };
}

export function listPayload(d: SiteData, year: Year, list: ListId) {
  const official = officialList(d, year, list) ?? null;
  if (d.run.years.includes(year) && listsOfRuleSet(d, year).includes(list)) {
    const rows = listRows(d, year, list, false);
    return {
      year,
      list,
      nameDa: LIST_NAMES_DA[list],
      source: d.scenario === null ? ('computed' as const) : ('scenario' as const),
      scenario: scenarioRef(d),
      runId: runIdOf(d, year),
      ruleSet: ruleSetRef(d, year),
      members: rows.filter((r) => r.member).map(rowJson),
      uncertain: rows.filter((r) => !r.member && r.uncertain).map(rowJson),
      official,
    };
  }
  if (official === null || d.scenario !== null) return null;
  return {
    year,
    list,
    nameDa: LIST_NAMES_DA[list],
    source: 'official' as const,
    scenario: null,
    runId: null,
    ruleSet: null,
    members: [],
    uncertain: [],
    official,
  };
}

export function areaPayload(d: SiteData, id: string) {
  const area = areaSummary(d, id);
  const explanations = areaExplanations(d, id);
  if (area === undefined || explanations === null) return null;
  const timeline = membershipTimeline(d, id);
  return {
    ...area,
    scenario: scenarioRef(d),
    timeline: {
      years: timeline.years,
      lists: timeline.rows.map((r) => ({ list: r.list, memberships: r.cells })),
    },
    years: explanations.map((e) => ({
      year: e.year,
      ruleSetId: e.ruleSetId,
      runId: runIdOf(d, e.year),
      residents: e.residents,
      eligible: e.eligible,
      lists: e.lists,
      summaryDa: e.summaryDa,
      decisions: e.decisions.map((x) => ({ ...x, criteria: x.criteria.map(criterionJson) })),
      changes: e.changes,
    })),
  };
}

export function municipalityPayload(d: SiteData, code: string) {
  const m = municipalityByCode(code);
  if (m === undefined) return null;
  const year = latestYear(d);
  return {
    code: m.code,
    name: m.name,
    regionName: m.regionName,
    year,
    areas: municipalityAreas(d, code).map((a) => {
      const assessment = d.run.assessments.find((x) => x.year === year && x.areaId === a.areaId);
      return { ...a, residents: assessment?.residents ?? null, lists: assessment?.lists ?? [] };
    }),
    official: d.official.lists.flatMap((l) =>
      l.members
        .filter((x) => x.municipalityCode === code)
        .map((x) => ({
          year: l.year,
          list: l.list,
          name: x.name,
          areaId: x.areaId,
          partial: l.completeness === 'partial',
        })),
    ),
  };
}

export function ruleSetsPayload(d: SiteData) {
  const scenarioRuleSets = d.scenarios.flatMap((sc) => {
    const rs = sc.run.ruleSets.get(sc.run.years[0] as Year);
    return rs === undefined ? [] : [{ ...ruleSetDescriptionOf(rs, latestYear(d)), scenario: true }];
  });
  return [
    ...BUILT_IN_RULE_SETS.map((rs) => ({ ...ruleSetDescriptionOf(rs, latestYear(d)), scenario: false })),
    ...scenarioRuleSets,
  ].map((rs) => ({
    ...rs,
    legalTexts: legalTextsOf(rs.id, rs.scenario ? rs.basedOn : null),
  }));
}

export function changesPayload(d: SiteData, year: Year) {
  if (!d.run.years.includes(year)) return null;
  return {
    year,
    scenario: scenarioRef(d),
    runId: runIdOf(d, year),
    changes: d.run.changes
      .filter((c) => c.year === year)
      .map((c) => ({
        list: c.list,
        areaId: c.areaId,
        name: c.name,
        change: c.change,
        before: c.before,
        after: c.after,
        reasonDa: c.textDa,
        reasonEn: c.textEn,
      })),
  };
}
