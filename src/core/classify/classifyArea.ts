import { persistenceOutcome } from '../history/persistentMembers.ts';
import type { Membership } from '../model/history.ts';
import type { AreaFigures } from '../model/areaFigures.ts';
import type {
  AreaAssessment,
  ConditionState,
  CriterionResult,
  DecisionCondition,
  ListDecision,
} from '../model/assessment.ts';
import { LIST_NAME_DA_SINGULAR, type ListId } from '../model/lists.ts';
import type { ListRule, RuleSet } from '../model/ruleSet.ts';
import type { ClassifyContext } from './classifyContext.ts';
import { decisionText, notAssessedText } from './decisionText.ts';
import { evaluateCriterion } from './evaluateCriterion.ts';

export type { ClassifyContext };

/**
 * Apply a rule set to one area's figures for one list year. Lists are decided in the rule set's order, so a
 * rule may require or exclude a list decided before it. Below the residents floor the area is not assessed.
 * Every decision keeps its conditions (`DecisionCondition`); its sentences are rendered from them.
 */
export function classifyArea(
  figures: AreaFigures,
  ruleSet: RuleSet,
  context: ClassifyContext,
): AreaAssessment {
  const base = {
    year: figures.year,
    areaId: figures.areaId,
    name: figures.name,
    municipalityCode: figures.municipalityCode,
    residents: figures.residents,
    ruleSetId: ruleSet.id,
  };
  if (!(figures.residents >= ruleSet.minResidents)) {
    const floor: DecisionCondition = {
      kind: 'floor',
      residents: figures.residents,
      minResidents: ruleSet.minResidents,
      state: 'no',
    };
    const why = notAssessedText(figures.residents, ruleSet.minResidents, 'da');
    return {
      ...base,
      eligible: false,
      decisions: ruleSet.lists.map((rule) => decisionOf(rule.list, [floor], figures.year)),
      lists: [],
      summaryDa: `${figures.name} ${figures.year}: ${why.charAt(0).toLowerCase()}${why.slice(1)}.`,
    };
  }
  const decisions: ListDecision[] = [];
  for (const rule of ruleSet.lists) decisions.push(decide(rule, figures, decisions, context));
  const lists = decisions.filter((d) => d.member).map((d) => d.list);
  return { ...base, eligible: true, decisions, lists, summaryDa: summaryDa(figures, decisions) };
}

/** `Ikke vurderet: 966 beboere < 1.000` */
export function notAssessedDa(residents: number, minResidents: number): string {
  return notAssessedText(residents, minResidents, 'da');
}

const stateOfResult = (r: CriterionResult): ConditionState =>
  r.kind === 'evaluated' ? (r.met ? 'yes' : 'no') : 'unknown';

function decide(
  rule: ListRule,
  figures: AreaFigures,
  earlier: readonly ListDecision[],
  context: ClassifyContext,
): ListDecision {
  const { assumptions } = context;
  const conditions: DecisionCondition[] = [];
  /** Membership this year: decided earlier in the rule set's order (or, for a list it lacks, from the context). */
  const membershipNow = (list: ListId): Membership => {
    const d = earlier.find((e) => e.list === list);
    if (d === undefined) return context.membershipIn(figures.areaId, figures.year, list);
    return d.member
      ? { state: 'yes', source: 'computed' }
      : d.uncertain
        ? { state: 'unknown', why: { kind: 'uncertainDecision', year: figures.year } }
        : { state: 'no', source: 'computed' };
  };

  for (const list of rule.requires ?? []) {
    conditions.push({ kind: 'requires', list, state: membershipNow(list).state });
  }
  for (const list of rule.excludes ?? []) {
    const onList = membershipNow(list).state;
    conditions.push({
      kind: 'excludes',
      list,
      onList,
      state: onList === 'yes' ? 'no' : onList === 'no' ? 'yes' : 'unknown',
    });
  }
  for (const gate of rule.gates ?? []) {
    const result = evaluateCriterion(gate, figures, assumptions);
    conditions.push({ kind: 'gate', result, state: stateOfResult(result) });
  }
  if (rule.group !== undefined) {
    const results = rule.group.criteria.map((c) => evaluateCriterion(c, figures, assumptions));
    const metCount = results.filter((r) => r.kind === 'evaluated' && r.met).length;
    const notComputable = results.filter((r) => r.kind === 'notComputable').length;
    const k = rule.group.minMet;
    conditions.push({
      kind: 'group',
      results,
      minMet: k,
      metCount,
      notComputable,
      state: metCount >= k ? 'yes' : metCount + notComputable >= k ? 'unknown' : 'no',
    });
  }
  if (rule.persistence !== undefined) {
    const p = rule.persistence;
    const outcome = persistenceOutcome(p, figures.year, (y) =>
      y === figures.year ? membershipNow(p.of) : context.membershipIn(figures.areaId, y, p.of),
    );
    conditions.push({
      kind: 'persistence',
      of: p.of,
      required: outcome.required,
      streak: outcome.streak,
      unknown: outcome.unknown,
      state: outcome.state,
    });
  }
  return decisionOf(rule.list, conditions, figures.year);
}

/** A decision from its conditions: a member when all hold, uncertain when none fails but some are unknown. */
function decisionOf(list: ListId, conditions: readonly DecisionCondition[], year: number): ListDecision {
  const member = conditions.every((c) => c.state === 'yes');
  const uncertain = !member && !conditions.some((c) => c.state === 'no');
  const criteria = conditions.flatMap((c) =>
    c.kind === 'gate' ? [c.result] : c.kind === 'group' ? c.results : [],
  );
  const group = conditions.find((c) => c.kind === 'group');
  return {
    list,
    member,
    uncertain,
    conditions,
    criteria,
    ...(group !== undefined ? { metCount: group.metCount, groupSize: group.results.length } : {}),
    reasonDa: decisionText(list, member, uncertain, conditions, year, 'da'),
    reasonEn: decisionText(list, member, uncertain, conditions, year, 'en'),
  };
}

function summaryDa(f: AreaFigures, decisions: readonly ListDecision[]): string {
  const on = decisions.filter((d) => d.member).map((d) => LIST_NAME_DA_SINGULAR[d.list]);
  const unsure = decisions.filter((d) => d.uncertain).map((d) => LIST_NAME_DA_SINGULAR[d.list]);
  const lists =
    on.length === 0
      ? 'på ingen liste'
      : on.length === 1
        ? (on[0] ?? '')
        : `${on.slice(0, -1).join(', ')} og ${on[on.length - 1] ?? ''}`;
  const tail = unsure.length > 0 ? ` Usikkert pga. manglende tal: ${unsure.join(', ')}.` : '';
  return `${f.name} ${f.year}: ${lists}.${tail}`;
}
