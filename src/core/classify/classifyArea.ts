import { formatNumberDa } from '../format/formatDa.ts';
import { persistenceOutcome, type YearMembership } from '../history/persistentMembers.ts';
import { unknownMembershipText } from '../history/unknownMembershipText.ts';
import type { Membership } from '../model/history.ts';
import type { AreaFigures } from '../model/areaFigures.ts';
import type {
  AreaAssessment,
  CriterionResult,
  ListDecision,
  PersistenceResult,
} from '../model/assessment.ts';
import { LIST_NAME_DA_SINGULAR, type ListId } from '../model/lists.ts';
import type { ListRule, RuleSet } from '../model/ruleSet.ts';
import type { ClassifyContext } from './classifyContext.ts';
import { evaluateCriterion } from './evaluateCriterion.ts';
import { LIST_LABEL_DA } from './listLabelDa.ts';

export type { ClassifyContext };

/** One condition of a list rule, evaluated: yes / no / unknown (a missing figure could tip it), with its text. */
interface Condition {
  readonly state: YearMembership;
  readonly textDa: string;
}

/**
 * Apply a rule set to one area's figures for one list year. Lists are decided in the rule set's order, so a
 * rule may require or exclude a list decided before it. Below the residents floor the area is not assessed.
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
    const why = notAssessedDa(figures.residents, ruleSet.minResidents);
    return {
      ...base,
      eligible: false,
      decisions: ruleSet.lists.map((rule) => ({
        list: rule.list,
        member: false,
        uncertain: false,
        criteria: [],
        reasonDa: why,
      })),
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
  return `Ikke vurderet: ${formatNumberDa(residents)} beboere < ${formatNumberDa(minResidents)}`;
}

function decide(
  rule: ListRule,
  figures: AreaFigures,
  earlier: readonly ListDecision[],
  context: ClassifyContext,
): ListDecision {
  const { assumptions } = context;
  const conditions: Condition[] = [];
  const criteria: CriterionResult[] = [];
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
  const stateOf = (list: ListId): YearMembership => membershipNow(list).state;

  for (const list of rule.requires ?? []) {
    const s = stateOf(list);
    const name = LIST_NAME_DA_SINGULAR[list];
    conditions.push({
      state: s,
      textDa: s === 'yes' ? name : s === 'no' ? `ikke ${name}` : `${name} usikkert`,
    });
  }
  for (const list of rule.excludes ?? []) {
    const s = stateOf(list);
    const name = LIST_NAME_DA_SINGULAR[list];
    conditions.push({
      state: s === 'yes' ? 'no' : s === 'no' ? 'yes' : 'unknown',
      textDa:
        s === 'yes'
          ? `${name} (listerne udelukker hinanden)`
          : s === 'no'
            ? `ikke ${name}`
            : `${name} usikkert`,
    });
  }
  for (const gate of rule.gates ?? []) {
    const r = evaluateCriterion(gate, figures, assumptions);
    criteria.push(r);
    conditions.push(
      r.kind === 'evaluated'
        ? { state: r.met ? 'yes' : 'no', textDa: r.textDa }
        : { state: 'unknown', textDa: `kan ikke beregnes (${r.why})` },
    );
  }
  let metCount: number | undefined;
  let groupSize: number | undefined;
  if (rule.group !== undefined) {
    const results = rule.group.criteria.map((c) => evaluateCriterion(c, figures, assumptions));
    criteria.push(...results);
    const met = results.filter((r) => r.kind === 'evaluated' && r.met);
    const missing = results.filter((r) => r.kind === 'notComputable');
    metCount = met.length;
    groupSize = results.length;
    const k = rule.group.minMet;
    const metTexts = met.map((r) => (r.kind === 'evaluated' ? r.textDa : '')).join(', ');
    const missingTexts = missing.map((r) => (r.kind === 'notComputable' ? r.why : '')).join(', ');
    if (metCount >= k) {
      conditions.push({ state: 'yes', textDa: `${metTexts} (${metCount} af ${groupSize})` });
    } else {
      const shown = metCount > 0 ? ` (${metTexts})` : '';
      const base = `${metCount} af ${groupSize} kriterier opfyldt, mindst ${k} kræves${shown}`;
      conditions.push(
        metCount + missing.length >= k
          ? {
              state: 'unknown',
              textDa: `${base}; ${missing.length} kan ikke beregnes (${missingTexts}) og kunne ændre udfaldet`,
            }
          : {
              state: 'no',
              textDa: missing.length > 0 ? `${base}; ${missing.length} kan ikke beregnes` : base,
            },
      );
    }
  }
  let persistence: PersistenceResult | undefined;
  if (rule.persistence !== undefined) {
    const p = rule.persistence;
    const outcome = persistenceOutcome(p, figures.year, (y) =>
      y === figures.year ? membershipNow(p.of) : context.membershipIn(figures.areaId, y, p.of),
    );
    persistence = { of: p.of, required: outcome.required, streak: outcome.streak, unknown: outcome.unknown };
    const ofName = LIST_NAME_DA_SINGULAR[p.of];
    const span = (n: number): string =>
      n <= 1 ? `${figures.year}` : `${figures.year - n + 1}-${figures.year}`;
    conditions.push({
      state: outcome.state,
      textDa:
        outcome.state === 'no'
          ? outcome.streak === 0
            ? `ikke ${ofName} i ${figures.year}`
            : `${ofName} ${outcome.streak} år i træk (${span(outcome.streak)}), ${outcome.required} kræves`
          : outcome.state === 'yes'
            ? `${ofName} i hvert af de seneste ${outcome.required} år (${span(outcome.required)})`
            : `${ofName} i hvert af de seneste ${outcome.required} år (${span(outcome.required)}) kan ikke ` +
              `afgøres: ${unknownMembershipText(outcome.unknown, 'da')}`,
    });
  }

  const member = conditions.every((c) => c.state === 'yes');
  const failing = conditions.filter((c) => c.state === 'no');
  const uncertain = !member && failing.length === 0;
  const label = LIST_LABEL_DA[rule.list];
  const reasonDa = member
    ? `${label}: ${conditions.map((c) => c.textDa).join('; ')}`
    : uncertain
      ? `Ikke ${label.toLowerCase()} (usikkert): ${conditions
          .filter((c) => c.state === 'unknown')
          .map((c) => c.textDa)
          .join('; ')}`
      : `Ikke ${label.toLowerCase()}: ${failing.map((c) => c.textDa).join('; ')}`;
  return {
    list: rule.list,
    member,
    uncertain,
    criteria,
    ...(persistence !== undefined ? { persistence } : {}),
    ...(metCount !== undefined ? { metCount, groupSize } : {}),
    reasonDa,
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
