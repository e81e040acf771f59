import { comparisonText, measureLabel } from '../classify/criterionText.ts';
import type { AreaAssessment, CriterionResult, ListDecision } from '../model/assessment.ts';
import type { Criterion } from '../model/criteria.ts';
import type { Membership } from '../model/history.ts';
import type { AreaId, Year } from '../model/ids.ts';
import type { ChangeKind, ChangeReason, CriterionOutcome, Known, ListChange } from '../model/listChange.ts';
import { LIST_LINEAGE, LIST_NAMES_DA, type ListId } from '../model/lists.ts';
import type { RuleSet } from '../model/ruleSet.ts';
import { changeReasonTextDa, changeReasonTextEn } from './changeReasonText.ts';

/** What is known of year − 1. */
export interface PreviousYear {
  /** The area's membership of a list (under any of its names) in year − 1. */
  readonly membership: (areaId: AreaId, list: ListId) => Membership;
  /** Whether anything at all is known of the list (under any name) in year − 1; if not, no changes are given. */
  readonly listKnown: (list: ListId) => boolean;
  /** Areas known to be on some list in year − 1. */
  readonly members: readonly AreaId[];
  /** Assessments of year − 1 when that year was computed: reasons then compare the two years. */
  readonly assessments?: readonly AreaAssessment[];
  /** Rule set of year − 1, when known: a different id adds a `ruleSetChanged` reason. */
  readonly ruleSet?: RuleSet;
}

/** One year's comparison input: this year's assessments against what is known of the year before. */
export interface ListChangesInput {
  readonly year: Year;
  readonly ruleSet: RuleSet;
  /** This year's assessments (areas without figures this year have none). */
  readonly assessments: readonly AreaAssessment[];
  readonly previous: PreviousYear;
  /** Names of areas that have no assessment this year. */
  readonly areaNames?: ReadonlyMap<AreaId, string>;
}

/**
 * Per list and area between year − 1 and year: `entered` / `left` / `stayed` where both years are known,
 * `unknown` where a member of one year has an unknown status in the other (nothing is claimed then). Reasons are
 * in criteria terms; a criterion is "nu opfyldt" / "ikke længere opfyldt" only against the same criterion decided
 * the year before, a list "nu" / "ikke længere" only against known membership. Membership of year − 1 counts
 * under the list's earlier names (LIST_LINEAGE). Sorted by the rule set's list order, then area id.
 */
export function listChangesFor(input: ListChangesInput): ListChange[] {
  const { year, ruleSet, previous } = input;
  const now = new Map(input.assessments.map((a) => [a.areaId, a]));
  const before = new Map((previous.assessments ?? []).map((a) => [a.areaId, a]));
  const rulesChanged: ChangeReason[] =
    previous.ruleSet !== undefined && previous.ruleSet.id !== ruleSet.id
      ? [{ kind: 'ruleSetChanged', from: previous.ruleSet.id, to: ruleSet.id }]
      : [];
  const nameOf = (id: AreaId): string =>
    now.get(id)?.name ?? before.get(id)?.name ?? input.areaNames?.get(id) ?? id;
  /** Whether the two lists' decisions of this year exclude each other (forebyggelse excludes udsat). */
  const excludesEachOther = (a: AreaAssessment, x: ListId, y: ListId): boolean =>
    excludes(decisionOf(a, x), y) || excludes(decisionOf(a, y), x);

  const out: ListChange[] = [];
  for (const rule of ruleSet.lists) {
    const list = rule.list;
    if (!previous.listKnown(list)) continue;
    const ids = new Set<AreaId>(previous.members);
    for (const a of input.assessments) {
      const d = decisionOf(a, list);
      if (d?.member === true || d?.uncertain === true) ids.add(a.areaId);
    }
    for (const id of [...ids].sort(cmp)) {
      const a = now.get(id);
      const pa = before.get(id);
      const prev = previous.membership(id, list);
      const d = a === undefined ? undefined : decisionOf(a, list);
      const after: Known = d === undefined ? 'unknown' : d.member ? 'yes' : d.uncertain ? 'unknown' : 'no';
      const change = changeKindOf(prev.state, after);
      // Without figures this year nothing is known of the area: only a known member of last year is reported.
      if (change === null || (a === undefined && prev.state !== 'yes')) continue;
      const ctx: ReasonContext = { a, pa, previous, id };
      const reasons: ChangeReason[] = [...rulesChanged];
      if (change === 'entered' && a !== undefined) {
        if (prev.state === 'no' && prev.source === 'noList') reasons.push({ kind: 'newList', list, year });
        if (pa !== undefined && !pa.eligible)
          reasons.push({
            kind: 'assessedAgain',
            previousResidents: pa.residents,
            minResidents: previous.ruleSet?.minResidents ?? ruleSet.minResidents,
          });
        reasons.push(...enteredReasons(list, ctx));
        for (const r of ruleSet.lists)
          if (excludesEachOther(a, list, r.list) && previous.membership(id, r.list).state === 'yes')
            reasons.push({ kind: 'movedBetweenLists', from: r.list, to: list });
      } else if (change === 'left' && a !== undefined) {
        if (!a.eligible)
          reasons.push({ kind: 'notAssessed', residents: a.residents, minResidents: ruleSet.minResidents });
        else {
          reasons.push(...leftReasons(list, ctx));
          for (const m of a.lists)
            if (excludesEachOther(a, list, m)) reasons.push({ kind: 'movedBetweenLists', from: list, to: m });
        }
      } else if (change === 'unknown') {
        if (prev.state === 'unknown') reasons.push({ kind: 'previousUnknown', why: prev.why });
        if (a === undefined) reasons.push({ kind: 'noFigures' });
        else if (after === 'yes') reasons.push(...enteredReasons(list, ctx));
        else if (d !== undefined) reasons.push({ kind: 'decisionUncertain', reasonDa: d.reasonDa });
      }
      out.push(changeOf(year, list, id, nameOf(id), change, prev.state, after, reasons));
    }
  }
  // Lists of year − 1 this rule set has no rule for (under any name): left because the rules changed.
  const covered = new Set(ruleSet.lists.flatMap((r) => LIST_LINEAGE[r.list]));
  for (const list of previous.ruleSet?.lists.map((r) => r.list) ?? []) {
    if (covered.has(list)) continue;
    for (const id of [...previous.members].sort(cmp)) {
      if (previous.membership(id, list).state !== 'yes') continue;
      const from = previous.ruleSet?.id ?? `${year - 1}`;
      out.push(
        changeOf(year, list, id, nameOf(id), 'left', 'yes', 'no', [
          { kind: 'ruleSetChanged', from, to: ruleSet.id },
        ]),
      );
    }
  }
  return out;
}

/**
 * now member: stayed / entered / unknown as last year was yes / no / unknown; now uncertain: unknown unless
 * last year is also unknown (nothing to say); now not a member: left when it was one, else nothing.
 */
function changeKindOf(before: Known, after: Known): ChangeKind | null {
  if (after === 'yes') return before === 'yes' ? 'stayed' : before === 'no' ? 'entered' : 'unknown';
  if (after === 'unknown') return before === 'unknown' ? null : 'unknown';
  return before === 'yes' ? 'left' : null;
}

interface ReasonContext {
  readonly id: AreaId;
  readonly a: AreaAssessment | undefined;
  readonly pa: AreaAssessment | undefined;
  readonly previous: PreviousYear;
}

function decisionOf(a: AreaAssessment | undefined, list: ListId): ListDecision | undefined {
  return a?.decisions.find((d) => LIST_LINEAGE[list].includes(d.list));
}

const excludes = (d: ListDecision | undefined, list: ListId): boolean =>
  d?.conditions.some((c) => c.kind === 'excludes' && c.list === list) === true;

const sameCriterion = (a: Criterion, b: Criterion): boolean =>
  a.id === b.id && a.operator === b.operator && a.threshold === b.threshold && a.reference === b.reference;

const outcomeOf = (r: CriterionResult): CriterionOutcome =>
  r.kind === 'notComputable' ? 'notComputable' : r.met ? 'met' : 'notMet';

/** Last year's outcome of the same criterion in the same list's decision, or unknown. */
function previously(r: CriterionResult, prev: ListDecision | undefined): CriterionOutcome | 'unknown' {
  const p = prev?.criteria.find((c) => sameCriterion(c.criterion, r.criterion));
  return p === undefined ? 'unknown' : outcomeOf(p);
}

/**
 * `K1 nu opfyldt (52,3 pct. > 40 pct.)` when it was not met last year, `K1 opfyldt (…)` when that is not known;
 * `K2 ikke længere opfyldt (2,8× < 3×)` when it was met, `K2 ikke opfyldt (…)` otherwise; `K3 kan ikke beregnes`.
 */
function criterionReason(r: CriterionResult, before: CriterionOutcome | 'unknown'): ChangeReason {
  const c = r.criterion;
  const label = measureLabel(c.measure, 'da');
  const labelEn = measureLabel(c.measure, 'en');
  const base = { kind: 'criterion', criterionId: c.id, outcome: outcomeOf(r), previously: before } as const;
  if (r.kind === 'notComputable')
    return { ...base, textDa: `${label} kan ikke beregnes (${r.why})`, textEn: `${labelEn} not computable` };
  const da = comparisonText(c, r.value, r.met, 'da');
  const en = comparisonText(c, r.value, r.met, 'en');
  if (r.met) {
    const flipped = before === 'notMet';
    return {
      ...base,
      textDa: `${label} ${flipped ? 'nu ' : ''}opfyldt (${da})`,
      textEn: `${labelEn} ${flipped ? 'now ' : ''}met (${en})`,
    };
  }
  const flipped = before === 'met';
  return {
    ...base,
    textDa: `${label} ${flipped ? 'ikke længere' : 'ikke'} opfyldt (${da})`,
    textEn: `${labelEn} ${flipped ? 'no longer' : 'not'} met (${en})`,
  };
}

/** Why the area is on `list` now: the criteria met (newly, where known), the lists it required, persistence. */
function enteredReasons(list: ListId, ctx: ReasonContext): ChangeReason[] {
  const d = decisionOf(ctx.a, list);
  const pd = decisionOf(ctx.pa, list);
  const out: ChangeReason[] = [];
  for (const r of d?.criteria ?? []) {
    if (r.kind !== 'evaluated' || !r.met) continue;
    const before = previously(r, pd);
    // A criterion met in both years is no reason for entering.
    if (before !== 'met') out.push(criterionReason(r, before));
  }
  for (const c of d?.conditions ?? []) {
    if (c.kind === 'requires') {
      const was = ctx.previous.membership(ctx.id, c.list).state;
      if (was === 'yes') continue;
      out.push({ kind: 'dependsOnList', list: c.list, nowMember: true, before: was });
      out.push(...enteredReasons(c.list, ctx));
    } else if (c.kind === 'persistence') {
      out.push({ kind: 'persistence', years: c.required });
    }
  }
  return out;
}

/** Why the area is not on `list` now: the criteria that failed (flipped, where known), the lists it needed. */
function leftReasons(list: ListId, ctx: ReasonContext): ChangeReason[] {
  const a = ctx.a;
  if (a === undefined) return [];
  const d = decisionOf(a, list);
  const pd = decisionOf(ctx.pa, list);
  const out: ChangeReason[] = [];
  const conditions = d?.conditions ?? [];
  // The criteria known to have flipped; when none did (the rules changed, or last year is not known): the
  // failing gates and, if the group failed, its unmet criteria — in neutral words.
  const unmet = (d?.criteria ?? []).filter((r) => r.kind === 'notComputable' || !r.met);
  const failing = conditions.flatMap((c) =>
    c.kind === 'gate' && c.state !== 'yes'
      ? [c.result]
      : c.kind === 'group' && c.state !== 'yes'
        ? c.results.filter((r) => r.kind === 'notComputable' || !r.met)
        : [],
  );
  const flipped = unmet.filter((r) => previously(r, pd) === 'met');
  for (const r of flipped.length > 0 ? flipped : failing) out.push(criterionReason(r, previously(r, pd)));
  for (const c of conditions) {
    const dep = c.kind === 'requires' ? c.list : c.kind === 'persistence' ? c.of : null;
    if (dep === null || a.lists.includes(dep)) continue;
    const was = ctx.previous.membership(ctx.id, dep).state;
    out.push({ kind: 'dependsOnList', list: dep, nowMember: false, before: was });
    out.push(...leftReasons(dep, ctx));
  }
  return out;
}

const HEAD_DA: Record<ChangeKind, string> = {
  entered: 'Optaget på listen over',
  left: 'Ude af listen over',
  stayed: 'Fortsat på listen over',
  unknown: '',
};

function headDa(change: ChangeKind, list: ListId, before: Known, after: Known, year: Year): string {
  const listDa = LIST_NAMES_DA[list].toLowerCase();
  if (change !== 'unknown') return `${HEAD_DA[change]} ${listDa}`;
  if (after === 'yes') return `På listen over ${listDa}; om området var på listen i ${year - 1}, vides ikke`;
  return before === 'yes'
    ? `Usikkert, om området fortsat er på listen over ${listDa}`
    : `Usikkert, om området er kommet på listen over ${listDa}`;
}

function changeOf(
  year: Year,
  list: ListId,
  areaId: AreaId,
  name: string,
  change: ChangeKind,
  before: Known,
  after: Known,
  reasons: readonly ChangeReason[],
): ListChange {
  const head = headDa(change, list, before, after, year);
  const da = reasons.map(changeReasonTextDa);
  const en = reasons.map(changeReasonTextEn);
  return {
    year,
    list,
    areaId,
    name,
    change,
    before,
    after,
    reasons,
    textDa: da.length > 0 ? `${head}: ${da.join('; ')}` : head,
    textEn: `${change} ${list}${en.length > 0 ? `: ${en.join('; ')}` : ''}`,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
