import type { Year } from '../../core/model/ids.ts';
import { LIST_NAMES_DA, type ListId } from '../../core/model/lists.ts';
import { BUILT_IN_RULE_SETS } from '../../core/rulesets/builtInRuleSets.ts';
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

export function yearsPayload(d: SiteData) {
  return {
    runId: d.runId,
    dataDate: d.finishedAt,
    computed: d.run.years.map((year) => ({
      year,
      ruleSet: ruleSetRef(d, year) as NonNullable<ReturnType<typeof ruleSetRef>>,
      lists: listsOfRuleSet(d, year),
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
      source: 'computed' as const,
      runId: d.runId,
      ruleSet: ruleSetRef(d, year),
      lists: listsOfYear(d, year).map((l) => ({ ...l, completeness: 'computed' as const })),
    };
  }
  const official = d.official.lists.filter((l) => l.year === year);
  if (official.length === 0) return null;
  return {
    year,
    source: 'official' as const,
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
      source: 'computed' as const,
      runId: d.runId,
      ruleSet: ruleSetRef(d, year),
      members: rows.filter((r) => r.member).map(rowJson),
      uncertain: rows.filter((r) => !r.member && r.uncertain).map(rowJson),
      official,
    };
  }
  if (official === null) return null;
  return {
    year,
    list,
    nameDa: LIST_NAMES_DA[list],
    source: 'official' as const,
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
    timeline: {
      years: timeline.years,
      lists: timeline.rows.map((r) => ({ list: r.list, memberships: r.cells })),
    },
    years: explanations.map((e) => ({
      year: e.year,
      ruleSetId: e.ruleSetId,
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
  return BUILT_IN_RULE_SETS.map((rs) => ruleSetDescriptionOf(rs, latestYear(d)));
}

export function changesPayload(d: SiteData, year: Year) {
  if (!d.run.years.includes(year)) return null;
  return {
    year,
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
