import { comparisonText, measureLabel } from '../classify/criterionText.ts';
import type { AreaAssessment, CriterionResult, ListDecision } from '../model/assessment.ts';
import type { Designation } from '../model/designation.ts';
import type { AreaId, Year } from '../model/ids.ts';
import type { ChangeKind, ChangeReason, ListChange } from '../model/listChange.ts';
import { LIST_IDS, LIST_LINEAGE, LIST_NAMES_DA, type ListId } from '../model/lists.ts';
import type { ListRule, RuleSet } from '../model/ruleSet.ts';
import { changeReasonTextDa, changeReasonTextEn } from './changeReasonText.ts';

/** One year's comparison input: this year's assessments against the year before. */
export interface ListChangesInput {
  readonly year: Year;
  readonly ruleSet: RuleSet;
  /** This year's assessments (areas without figures this year have none). */
  readonly assessments: readonly AreaAssessment[];
  /** Memberships of year − 1 (computed, or imported history for the first run year). */
  readonly previousDesignations: readonly Designation[];
  /** Assessments of year − 1 when that year was computed in this run: reasons then compare the two years. */
  readonly previousAssessments?: readonly AreaAssessment[];
  /** Rule set of year − 1, when known: a different id adds a `ruleSetChanged` reason. */
  readonly previousRuleSet?: RuleSet;
  /** Names of areas that have no assessment this year (left the lists without figures). */
  readonly areaNames?: ReadonlyMap<AreaId, string>;
}

interface Reason {
  readonly reason: ChangeReason;
  readonly en: string;
}

/**
 * Entered / left / stayed per list and area between year − 1 and year, with reasons in criteria terms.
 * Membership of year − 1 counts under the list's earlier names (LIST_LINEAGE: ghetto → parallelsamfund,
 * hard_ghetto → omdannelse). When both years were assessed the reasons compare the two assessments
 * criterion by criterion (matched by measure); otherwise they say what is known from this year.
 * Sorted by the rule set's list order, then area id. Previous lists the rule set no longer has are reported
 * as left because the rules changed.
 */
export function listChangesFor(input: ListChangesInput): ListChange[] {
  const { year, ruleSet } = input;
  const now = new Map(input.assessments.map((a) => [a.areaId, a]));
  const before = new Map((input.previousAssessments ?? []).map((a) => [a.areaId, a]));
  const prevLists = new Map<AreaId, Set<ListId>>();
  for (const d of input.previousDesignations) {
    let s = prevLists.get(d.areaId);
    if (s === undefined) prevLists.set(d.areaId, (s = new Set()));
    s.add(d.list);
  }
  const wasOn = (id: AreaId, list: ListId): boolean =>
    LIST_LINEAGE[list].some((l) => prevLists.get(id)?.has(l) === true);
  const rulesChanged =
    input.previousRuleSet !== undefined && input.previousRuleSet.id !== ruleSet.id
      ? [reasonOf({ kind: 'ruleSetChanged', from: input.previousRuleSet.id, to: ruleSet.id })]
      : [];
  const nameOf = (id: AreaId): string =>
    now.get(id)?.name ?? before.get(id)?.name ?? input.areaNames?.get(id) ?? id;
  const ruleOf = (list: ListId): ListRule | undefined => ruleSet.lists.find((r) => r.list === list);
  const excludesEachOther = (a: ListId, b: ListId): boolean =>
    ruleOf(a)?.excludes?.includes(b) === true || ruleOf(b)?.excludes?.includes(a) === true;

  const out: ListChange[] = [];
  for (const rule of ruleSet.lists) {
    const list = rule.list;
    const ids = new Set<AreaId>();
    for (const [id] of prevLists) if (wasOn(id, list)) ids.add(id);
    for (const a of input.assessments) if (a.lists.includes(list)) ids.add(a.areaId);
    for (const id of [...ids].sort()) {
      const a = now.get(id);
      const pa = before.get(id);
      const inNow = a?.lists.includes(list) === true;
      const inBefore = wasOn(id, list);
      const change: ChangeKind = inNow && inBefore ? 'stayed' : inNow ? 'entered' : 'left';
      const reasons: Reason[] = [...rulesChanged];
      if (change === 'entered' && a !== undefined) {
        if (pa !== undefined && !pa.eligible)
          reasons.push(
            reasonOf({
              kind: 'assessedAgain',
              previousResidents: pa.residents,
              minResidents: input.previousRuleSet?.minResidents ?? ruleSet.minResidents,
            }),
          );
        reasons.push(...enteredReasons(rule, a, pa, (l) => wasOn(id, l), ruleSet));
        for (const m of prevLists.get(id) ?? [])
          if (isListIdOf(m, ruleSet) && excludesEachOther(list, m))
            reasons.push(reasonOf({ kind: 'movedBetweenLists', from: m, to: list }));
      } else if (change === 'left') {
        if (a === undefined) reasons.push(reasonOf({ kind: 'noFigures' }));
        else if (!a.eligible)
          reasons.push(
            reasonOf({ kind: 'notAssessed', residents: a.residents, minResidents: ruleSet.minResidents }),
          );
        else {
          reasons.push(...leftReasons(rule, a, pa, ruleSet));
          for (const m of a.lists)
            if (excludesEachOther(list, m))
              reasons.push(reasonOf({ kind: 'movedBetweenLists', from: list, to: m }));
        }
      }
      out.push(changeOf(year, list, id, nameOf(id), change, reasons));
    }
  }
  // Lists of year − 1 this rule set has no rule for (under any name): left because the rules changed.
  const covered = new Set(ruleSet.lists.flatMap((r) => LIST_LINEAGE[r.list]));
  for (const d of [...input.previousDesignations].sort(byListThenArea)) {
    if (covered.has(d.list)) continue;
    const from = input.previousRuleSet?.id ?? `${year - 1}`;
    out.push(
      changeOf(year, d.list, d.areaId, nameOf(d.areaId), 'left', [
        reasonOf({ kind: 'ruleSetChanged', from, to: ruleSet.id }),
      ]),
    );
  }
  return out;
}

function isListIdOf(list: ListId, rs: RuleSet): boolean {
  return rs.lists.some((r) => r.list === list);
}

function byListThenArea(a: Designation, b: Designation): number {
  return (
    LIST_IDS.indexOf(a.list) - LIST_IDS.indexOf(b.list) ||
    (a.areaId < b.areaId ? -1 : a.areaId > b.areaId ? 1 : 0)
  );
}

function reasonOf(r: Exclude<ChangeReason, { kind: 'criterionMet' | 'criterionNoLongerMet' }>): Reason {
  return { reason: r, en: changeReasonTextEn(r) };
}

function decisionFor(a: AreaAssessment | undefined, list: ListId): ListDecision | undefined {
  return a?.decisions.find((d) => LIST_LINEAGE[list].includes(d.list));
}

function counterpart(r: CriterionResult, prev: ListDecision | undefined): CriterionResult | undefined {
  return prev?.criteria.find((p) => p.criterion.measure === r.criterion.measure);
}

function wasMet(r: CriterionResult | undefined): boolean {
  return r?.kind === 'evaluated' && r.met;
}

/**
 * `K1 nu opfyldt (52,3 pct. > 40 pct.)` / `K1 now met (52.3% > 40%)`; `K2 ikke længere opfyldt (2,8× < 3×)`.
 * `unchanged`: no change from last year is known or the criterion had the same outcome (the rules changed):
 * `K1 opfyldt (…)` / `K1 met (…)`, `K2 ikke opfyldt (…)` / `K2 not met (…)`.
 */
function criterionReason(r: CriterionResult, met: boolean, unchanged = false): Reason {
  const c = r.criterion;
  const label = measureLabel(c.measure, 'da');
  const labelEn = measureLabel(c.measure, 'en');
  if (r.kind === 'notComputable') {
    return {
      reason: {
        kind: 'criterionNoLongerMet',
        criterionId: c.id,
        textDa: `${label} kan ikke beregnes (${r.why})`,
      },
      en: `${labelEn} not computable`,
    };
  }
  const da = comparisonText(c, r.value, r.met, 'da');
  const en = comparisonText(c, r.value, r.met, 'en');
  return met
    ? {
        reason: {
          kind: 'criterionMet',
          criterionId: c.id,
          textDa: `${label} ${unchanged ? '' : 'nu '}opfyldt (${da})`,
        },
        en: `${labelEn} ${unchanged ? '' : 'now '}met (${en})`,
      }
    : {
        reason: {
          kind: 'criterionNoLongerMet',
          criterionId: c.id,
          textDa: `${label} ${unchanged ? 'ikke' : 'ikke længere'} opfyldt (${da})`,
        },
        en: `${labelEn} ${unchanged ? 'not' : 'no longer'} met (${en})`,
      };
}

function enteredReasons(
  rule: ListRule,
  a: AreaAssessment,
  pa: AreaAssessment | undefined,
  wasOn: (l: ListId) => boolean,
  rs: RuleSet,
): Reason[] {
  const d = decisionFor(a, rule.list);
  const pd = decisionFor(pa, rule.list);
  const out: Reason[] = [];
  for (const r of d?.criteria ?? []) {
    if (r.kind !== 'evaluated' || !r.met) continue;
    const before = counterpart(r, pd);
    // "now met" only against a criterion decided last year; else (new list, not assessed, history only) "met".
    if (before === undefined) out.push(criterionReason(r, true, true));
    else if (!wasMet(before)) out.push(criterionReason(r, true));
  }
  for (const req of rule.requires ?? []) {
    const before = pa !== undefined ? pa.lists.includes(req) : wasOn(req);
    if (!before) {
      out.push(reasonOf({ kind: 'dependsOnList', list: req, nowMember: true }));
      const reqRule = rs.lists.find((r) => r.list === req);
      if (reqRule !== undefined) out.push(...enteredReasons(reqRule, a, pa, wasOn, rs));
    }
  }
  if (rule.persistence !== undefined) {
    const p = rule.persistence;
    const years =
      p.transitional !== undefined && a.year <= p.transitional.throughYear ? p.transitional.years : p.years;
    out.push(reasonOf({ kind: 'persistence', years }));
  }
  return out;
}

function leftReasons(
  rule: ListRule,
  a: AreaAssessment,
  pa: AreaAssessment | undefined,
  rs: RuleSet,
): Reason[] {
  const d = decisionFor(a, rule.list);
  const pd = decisionFor(pa, rule.list);
  const out: Reason[] = [];
  const notMet = (r: CriterionResult): boolean => r.kind === 'notComputable' || !r.met;
  const gateIds = new Set((rule.gates ?? []).map((g) => g.id));
  const unmet = (d?.criteria ?? []).filter(notMet);
  // With last year's assessment: the criteria that flipped. When none flipped (the rules changed) or last year
  // is not known: the failing gates and, if the group failed, its unmet criteria.
  const flipped =
    pd === undefined
      ? []
      : unmet.filter((r) => wasMet(counterpart(r, pd)) || counterpart(r, pd) === undefined);
  const failing = unmet.filter((r) => gateIds.has(r.criterion.id) || groupFailed(d));
  if (flipped.length > 0) for (const r of flipped) out.push(criterionReason(r, false));
  else for (const r of failing) out.push(criterionReason(r, false, pd !== undefined));
  for (const req of rule.requires ?? []) {
    if (!a.lists.includes(req)) {
      out.push(reasonOf({ kind: 'dependsOnList', list: req, nowMember: false }));
      const reqRule = rs.lists.find((r) => r.list === req);
      if (reqRule !== undefined) out.push(...leftReasons(reqRule, a, pa, rs));
    }
  }
  if (rule.persistence !== undefined && !a.lists.includes(rule.persistence.of)) {
    out.push(reasonOf({ kind: 'dependsOnList', list: rule.persistence.of, nowMember: false }));
    const ofRule = rs.lists.find((r) => r.list === rule.persistence?.of);
    if (ofRule !== undefined) out.push(...leftReasons(ofRule, a, pa, rs));
  }
  return out;
}

function groupFailed(d: ListDecision | undefined): boolean {
  return d?.metCount !== undefined && d.groupSize !== undefined && !d.member;
}

function changeOf(
  year: Year,
  list: ListId,
  areaId: AreaId,
  name: string,
  change: ChangeKind,
  reasons: readonly Reason[],
): ListChange {
  const listDa = LIST_NAMES_DA[list].toLowerCase();
  const headDa =
    change === 'entered'
      ? `Optaget på listen over ${listDa}`
      : change === 'left'
        ? `Ude af listen over ${listDa}`
        : `Fortsat på listen over ${listDa}`;
  const da = reasons.map((r) => changeReasonTextDa(r.reason));
  const en = reasons.map((r) => r.en);
  return {
    year,
    list,
    areaId,
    name,
    change,
    reasons: reasons.map((r) => r.reason),
    textDa: da.length > 0 ? `${headDa}: ${da.join('; ')}` : headDa,
    textEn: `${change} ${list}${en.length > 0 ? `: ${en.join('; ')}` : ''}`,
  };
}
