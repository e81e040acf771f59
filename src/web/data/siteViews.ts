import { rationalFromDecimal } from '../../core/exact/rational.ts';
import { formatNumberDa, formatRationalDa } from '../../core/format/formatDa.ts';
import { historyIndex } from '../../core/history/historyIndex.ts';
import { unknownMembershipText, yearSpans } from '../../core/history/unknownMembershipText.ts';
import type { AreaAssessment } from '../../core/model/assessment.ts';
import type { Year } from '../../core/model/ids.ts';
import { FIRST_LIST_YEAR, LIST_IDS, LIST_NAMES_DA, type ListId } from '../../core/model/lists.ts';
import { defaultRuleSetForYear } from '../../core/rulesets/builtInRuleSets.ts';
import { municipalities, municipalityByCode } from '../../reference/municipalities.ts';
import { areaExplanationFrom, type AreaExplanation } from '../../views/areaExplanation.ts';
import { criterionViewOf, type CriterionView } from '../../views/criterionView.ts';
import type { OfficialList } from './officialLists.ts';
import type { SiteData } from './siteData.ts';

/** An area as the site lists it: id, latest name, municipality. */
export interface AreaSummary {
  readonly areaId: string;
  readonly name: string;
  readonly municipalityCode: string;
  readonly municipalityName: string | null;
}

/**
 * What is known of one area's membership of one list in one year. `unknown` is never shown as "not listed":
 * it carries the reason (a partial list, a year not computed, an uncertain decision).
 */
export type MembershipCell =
  | { readonly state: 'yes'; readonly source: 'computed' | 'history' }
  | { readonly state: 'no'; readonly source: 'computed' | 'history' }
  | { readonly state: 'noList' }
  | { readonly state: 'unknown'; readonly whyDa: string };

export interface ListOfYear {
  readonly list: ListId;
  readonly nameDa: string;
  readonly count: number;
  /** Areas whose decision is uncertain: maybe on the list. */
  readonly uncertain: number;
  /** Change in count since the year before, when that year was computed too. */
  readonly changeSincePrevious: number | null;
}

/** The computed years of the run, newest last. */
export const computedYears = (d: SiteData): readonly Year[] => d.run.years;
export const latestYear = (d: SiteData): Year => d.run.years[d.run.years.length - 1] as Year;

/** The lists the rule set of a year decides. */
export function listsOfRuleSet(d: SiteData, year: Year): ListId[] {
  const rs = d.run.ruleSets.get(year) ?? defaultRuleSetForYear(year);
  return rs.lists.map((l) => l.list);
}

/** Every area of the run, with its latest name and municipality, sorted by name. */
export function areaSummaries(d: SiteData): readonly AreaSummary[] {
  const byId = new Map<string, AreaSummary>();
  const years = new Set(d.run.years);
  for (const f of [...d.run.figures].sort((a, b) => a.year - b.year)) {
    if (!years.has(f.year)) continue;
    byId.set(f.areaId, {
      areaId: f.areaId,
      name: f.name,
      municipalityCode: f.municipalityCode,
      municipalityName: municipalityByCode(f.municipalityCode)?.name ?? null,
    });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

export function areaSummary(d: SiteData, id: string): AreaSummary | undefined {
  return areaSummaries(d).find((a) => a.areaId === id);
}

export function listsOfYear(d: SiteData, year: Year): ListOfYear[] {
  const count = (y: Year, list: ListId): number =>
    d.run.designations.filter((x) => x.year === y && x.list === list).length;
  const hasPrevious = d.run.years.includes(year - 1);
  return listsOfRuleSet(d, year).map((list) => ({
    list,
    nameDa: LIST_NAMES_DA[list],
    count: count(year, list),
    uncertain: assessmentsOf(d, year).filter((a) =>
      a.decisions.some((x) => x.list === list && x.uncertain && !x.member),
    ).length,
    changeSincePrevious:
      hasPrevious && listsOfRuleSet(d, year - 1).includes(list)
        ? count(year, list) - count(year - 1, list)
        : null,
  }));
}

function assessmentsOf(d: SiteData, year: Year): AreaAssessment[] {
  return d.run.assessments.filter((a) => a.year === year);
}

/** One row of a list table: the area, its residents and the criteria of the decision on that list. */
export interface ListRow extends AreaSummary {
  readonly residents: number;
  /** Below the residents floor: not assessed at all. */
  readonly eligible: boolean;
  readonly member: boolean;
  readonly uncertain: boolean;
  readonly reasonDa: string;
  readonly metCount: number | null;
  readonly groupSize: number | null;
  readonly criteria: readonly CriterionView[];
}

/**
 * The areas of one computed list: members first, then those whose decision is uncertain (maybe on it), and
 * with `all` every assessed area (the table of every criterion).
 */
export function listRows(d: SiteData, year: Year, list: ListId, all: boolean): ListRow[] {
  const rows: ListRow[] = [];
  for (const a of assessmentsOf(d, year)) {
    const decision = a.decisions.find((x) => x.list === list);
    if (decision === undefined) continue;
    if (!all && !decision.member && !decision.uncertain) continue;
    rows.push({
      areaId: a.areaId,
      name: a.name,
      municipalityCode: a.municipalityCode,
      municipalityName: municipalityByCode(a.municipalityCode)?.name ?? null,
      residents: a.residents,
      eligible: a.eligible,
      member: decision.member,
      uncertain: decision.uncertain,
      reasonDa: decision.reasonDa,
      metCount: decision.metCount ?? null,
      groupSize: decision.groupSize ?? null,
      criteria: [
        ...new Map(a.decisions.flatMap((x) => x.criteria).map((c) => [c.criterion.id, c])).values(),
      ].map(criterionViewOf),
    });
  }
  return rows.sort((x, y) => Number(y.member) - Number(x.member) || x.name.localeCompare(y.name, 'da'));
}

/** The official list of a year, when the reference has it. */
export function officialList(d: SiteData, year: Year, list: ListId): OfficialList | undefined {
  return d.official.lists.find((l) => l.year === year && l.list === list);
}

/** An area's membership of every list in every year from the first lists to the run's last year. */
export function membershipTimeline(
  d: SiteData,
  areaId: string,
): { readonly years: readonly Year[]; readonly rows: readonly { list: ListId; cells: MembershipCell[] }[] } {
  const last = latestYear(d);
  const years: Year[] = [];
  for (let y = FIRST_LIST_YEAR; y <= last; y++) years.push(y);
  const index = historyIndex(d.history);
  const rows = LIST_IDS.map((list) => ({
    list,
    cells: years.map((year): MembershipCell => {
      if (!listsOfRuleSet(d, year).includes(list)) return { state: 'noList' };
      if (d.run.years.includes(year)) {
        const a = d.run.assessments.find((x) => x.year === year && x.areaId === areaId);
        if (a === undefined)
          return { state: 'unknown', whyDa: unknownMembershipText([{ kind: 'noFigures', year }], 'da') };
        const decision = a.decisions.find((x) => x.list === list);
        if (decision === undefined) return { state: 'noList' };
        if (decision.member) return { state: 'yes', source: 'computed' };
        if (decision.uncertain) return { state: 'unknown', whyDa: `usikker afgørelse: ${decision.reasonDa}` };
        return { state: 'no', source: 'computed' };
      }
      const m = index.membership(areaId as never, year, [list]);
      if (m === undefined)
        return { state: 'unknown', whyDa: unknownMembershipText([{ kind: 'noHistory', year }], 'da') };
      if (m.state === 'unknown') return { state: 'unknown', whyDa: unknownMembershipText([m.why], 'da') };
      if (m.state === 'yes') return { state: 'yes', source: 'history' };
      return m.source === 'noList' ? { state: 'noList' } : { state: 'no', source: 'history' };
    }),
  })).filter((r) => r.cells.some((c) => c.state !== 'noList'));
  return { years, rows };
}

/** Every computed year's explanation of an area (newest first), or null when the run does not know the area. */
export function areaExplanations(d: SiteData, areaId: string): AreaExplanation[] | null {
  const out = [...d.run.years]
    .reverse()
    .map((y) => areaExplanationFrom(d.run, d.history, areaId, y))
    .filter((x): x is AreaExplanation => x !== null);
  return out.length > 0 ? out : null;
}

/** The areas of a municipality, and whether it is one of Denmark's 98. */
export function municipalityAreas(d: SiteData, code: string): AreaSummary[] {
  return areaSummaries(d).filter((a) => a.municipalityCode === code);
}

export const isMunicipality = (code: string): boolean => municipalityByCode(code) !== undefined;

/** Municipalities with at least one area of the run, with the number of areas on each list in `year`. */
export function municipalityCounts(
  d: SiteData,
  year: Year,
): { code: string; name: string; areas: number; listed: number }[] {
  const listedIds = new Set(d.run.designations.filter((x) => x.year === year).map((x) => x.areaId));
  const byCode = new Map<string, { code: string; name: string; areas: number; listed: number }>();
  for (const a of areaSummaries(d)) {
    const m = byCode.get(a.municipalityCode) ?? {
      code: a.municipalityCode,
      name: a.municipalityName ?? a.municipalityCode,
      areas: 0,
      listed: 0,
    };
    m.areas += 1;
    if (listedIds.has(a.areaId as never)) m.listed += 1;
    byCode.set(a.municipalityCode, m);
  }
  return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

/** Search hits: areas by name, municipalities by name or code, postcodes (reference/postcodes.csv). */
export interface SearchHits {
  readonly query: string;
  readonly areas: readonly AreaSummary[];
  readonly municipalities: readonly { readonly code: string; readonly name: string; readonly via?: string }[];
  /** Areas named on the official lists (by name), with the years they are named. */
  readonly official: readonly {
    readonly name: string;
    readonly municipalityCode: string;
    readonly municipalityName: string | null;
    readonly areaId: string | null;
    readonly years: string;
  }[];
}

const fold = (s: string): string =>
  s
    .toLocaleLowerCase('da')
    .replace(/aa/g, 'å')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

export function search(
  d: SiteData,
  q: string,
  postcodes: ReadonlyMap<string, readonly { city: string; municipalityCode: string }[]>,
): SearchHits {
  const needle = fold(q.trim());
  if (needle.length === 0) return { query: q, areas: [], municipalities: [], official: [] };
  const munis = new Map<string, { code: string; name: string; via?: string }>();
  for (const m of municipalities()) {
    if (fold(m.name).includes(needle) || m.code === needle) munis.set(m.code, { code: m.code, name: m.name });
  }
  if (/^\d{4}$/.test(needle)) {
    for (const p of postcodes.get(needle) ?? []) {
      const m = municipalityByCode(p.municipalityCode);
      if (m !== undefined && !munis.has(m.code))
        munis.set(m.code, { code: m.code, name: m.name, via: `${needle} ${p.city}` });
    }
  }
  const codes = new Set(munis.keys());
  const areas = areaSummaries(d).filter(
    (a) => fold(a.name).includes(needle) || codes.has(a.municipalityCode) || a.areaId === q.trim(),
  );
  const official = new Map<
    string,
    { name: string; municipalityCode: string; areaId: string | null; years: Year[] }
  >();
  for (const l of d.official.lists) {
    for (const m of l.members) {
      if (!fold(m.name).includes(needle)) continue;
      const key = `${m.municipalityCode}|${m.name}`;
      const o = official.get(key) ?? {
        name: m.name,
        municipalityCode: m.municipalityCode,
        areaId: m.areaId,
        years: [],
      };
      if (!o.years.includes(l.year)) o.years.push(l.year);
      official.set(key, o);
    }
  }
  return {
    query: q,
    areas,
    municipalities: [...munis.values()],
    official: [...official.values()]
      .sort((a, b) => a.name.localeCompare(b.name, 'da'))
      .map((o) => ({
        name: o.name,
        municipalityCode: o.municipalityCode,
        municipalityName: municipalityByCode(o.municipalityCode)?.name ?? null,
        areaId: o.areaId,
        years: yearSpans(o.years),
      })),
  };
}

/** A criterion's value as published: one decimal, or as many as it needs to stand on its side of the threshold. */
export function criterionValueDa(c: CriterionView): string {
  if (c.kind === 'notComputable') return 'kan ikke beregnes';
  const exact = rationalFromDecimal(c.valueExact);
  const text =
    exact === null ? formatNumberDa(c.value, c.valueDecimals) : formatRationalDa(exact, c.valueDecimals);
  return c.reference === 'ratioToNational' ? `${text} ×` : text;
}

export function thresholdDa(c: CriterionView): string {
  const op = c.operator === '>=' ? '≥' : c.operator;
  const unit =
    c.reference === 'ratioToNational'
      ? ' × landsgennemsnittet'
      : c.reference === 'pctOfRegion'
        ? ' pct. af regionens'
        : ' pct.';
  return `${op} ${formatNumberDa(c.threshold, Number.isInteger(c.threshold) ? 0 : 1)}${unit}`;
}

/**
 * "3 personer fra at opfylde K1" / "opfyldt med 28 personers margen": the margin in persons when the
 * denominator is known, otherwise in points.
 */
export function marginPersonsDa(c: CriterionView): string {
  if (c.kind === 'notComputable') return `kan ikke beregnes: ${c.why}`;
  const measure = c.measure;
  if (c.marginPersons !== null) {
    const n = Math.abs(c.marginPersons);
    const persons = `${formatNumberDa(n)} ${n === 1 ? 'person' : 'personer'}`;
    return c.met ? `opfyldt med ${persons}s margen` : `${persons} fra at opfylde ${measure}`;
  }
  const ratio = c.reference === 'ratioToNational';
  const decimals = ratio ? Math.max(2, c.valueDecimals) : c.valueDecimals;
  const amount = `${formatNumberDa(Math.abs(c.margin), decimals)}${ratio ? ' gange landsgennemsnittet' : ' pct.-point'}`;
  return c.met ? `opfyldt med ${amount}` : `${amount} fra at opfylde ${measure}`;
}

/** An area of the official lists (not computed by the run): its name, municipality and the lists naming it. */
export interface OfficialAreaView {
  readonly areaId: string;
  readonly name: string;
  readonly municipalityCode: string;
  readonly municipalityName: string | null;
  readonly aliases: readonly string[];
  readonly timeline: {
    readonly years: readonly Year[];
    readonly rows: readonly { list: ListId; cells: MembershipCell[] }[];
  };
}

/**
 * An official area's membership year by year as the public record has it: named (yes), absent from a complete
 * list (no), absent from a partial list or from a year with no list known (unknown, with the reason).
 */
export function officialArea(d: SiteData, id: string): OfficialAreaView | null {
  const ref = d.official.areas.find((a) => a.areaId === id);
  if (ref === undefined) return null;
  const index = historyIndex(d.official.history);
  const last = Math.max(...d.official.years);
  const years: Year[] = [];
  for (let y = FIRST_LIST_YEAR; y <= last; y++) years.push(y);
  const rows = LIST_IDS.map((list) => ({
    list,
    cells: years.map((year): MembershipCell => {
      if (!defaultRuleSetForYear(year).lists.some((l) => l.list === list)) return { state: 'noList' };
      const m = index.membership(ref.areaId, year, [list]);
      if (m === undefined) return { state: 'unknown', whyDa: `den officielle liste for ${year} kendes ikke` };
      if (m.state === 'unknown') return { state: 'unknown', whyDa: unknownMembershipText([m.why], 'da') };
      if (m.state === 'yes') return { state: 'yes', source: 'history' };
      return m.source === 'noList' ? { state: 'noList' } : { state: 'no', source: 'history' };
    }),
  })).filter((r) => r.cells.some((c) => c.state !== 'noList'));
  return {
    areaId: ref.areaId,
    name: ref.name,
    municipalityCode: ref.municipalityCode,
    municipalityName: municipalityByCode(ref.municipalityCode)?.name ?? null,
    aliases: ref.aliases ?? [],
    timeline: { years, rows },
  };
}
