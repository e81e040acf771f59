import { assertNever } from '../assertNever.ts';
import { formatNumberDa } from '../format/formatDa.ts';
import { unknownMembershipText } from '../history/unknownMembershipText.ts';
import type { CriterionResult, DecisionCondition } from '../model/assessment.ts';
import { LIST_NAME_DA_SINGULAR, type ListId } from '../model/lists.ts';
import { comparisonText, measureLabel, type Language } from './criterionText.ts';
import { LIST_LABEL_DA } from './listLabelDa.ts';

/** `Ikke vurderet: 966 beboere < 1.000` / `not assessed: 966 residents < 1000`. */
export function notAssessedText(residents: number, minResidents: number, lang: Language): string {
  return lang === 'da'
    ? `Ikke vurderet: ${formatNumberDa(residents)} beboere < ${formatNumberDa(minResidents)}`
    : `not assessed: ${residents} residents < ${minResidents}`;
}

const listName = (list: ListId, lang: Language): string =>
  lang === 'da' ? LIST_NAME_DA_SINGULAR[list] : list;

/** `K1 52,3 pct. > 40 pct.` (English `K1 52.3% > 40%`) for an evaluated criterion. */
function resultText(r: CriterionResult, lang: Language): string {
  if (r.kind === 'notComputable')
    return lang === 'da' ? r.why : `${measureLabel(r.criterion.measure, 'en')} missing`;
  return `${measureLabel(r.criterion.measure, lang)} ${comparisonText(r.criterion, r.value, r.met, lang)}`;
}

/** One condition as a phrase of the decision's sentence. */
export function conditionText(c: DecisionCondition, year: number, lang: Language): string {
  const da = lang === 'da';
  switch (c.kind) {
    case 'floor':
      return notAssessedText(c.residents, c.minResidents, lang);
    case 'requires': {
      const name = listName(c.list, lang);
      if (c.state === 'yes') return da ? name : `on ${name}`;
      if (c.state === 'no') return da ? `ikke ${name}` : `not on ${name}`;
      return da ? `${name} usikkert` : `${name} uncertain`;
    }
    case 'excludes': {
      const name = listName(c.list, lang);
      if (c.onList === 'yes')
        return da ? `${name} (listerne udelukker hinanden)` : `on ${name} (the lists exclude each other)`;
      if (c.onList === 'no') return da ? `ikke ${name}` : `not on ${name}`;
      return da ? `${name} usikkert` : `${name} uncertain`;
    }
    case 'gate':
      if (c.result.kind === 'evaluated') return resultText(c.result, lang);
      return da ? `kan ikke beregnes (${c.result.why})` : `not computable (${resultText(c.result, 'en')})`;
    case 'group':
      return groupText(c, lang);
    case 'persistence': {
      const of = listName(c.of, lang);
      const span = (n: number): string => (n <= 1 ? `${year}` : `${year - n + 1}-${year}`);
      if (c.state === 'no') {
        if (c.streak === 0) return da ? `ikke ${of} i ${year}` : `not ${of} in ${year}`;
        return da
          ? `${of} ${c.streak} år i træk (${span(c.streak)}), ${c.required} kræves`
          : `${of} ${c.streak} years in a row (${span(c.streak)}), ${c.required} required`;
      }
      const each = da
        ? `${of} i hvert af de seneste ${c.required} år (${span(c.required)})`
        : `${of} in each of the last ${c.required} years (${span(c.required)})`;
      if (c.state === 'yes') return each;
      return da
        ? `${each} kan ikke afgøres: ${unknownMembershipText(c.unknown, 'da')}`
        : `${each} cannot be decided: ${unknownMembershipText(c.unknown, 'en')}`;
    }
    default:
      return assertNever(c);
  }
}

function groupText(c: Extract<DecisionCondition, { kind: 'group' }>, lang: Language): string {
  const da = lang === 'da';
  const n = c.results.length;
  const met = c.results.filter((r) => r.kind === 'evaluated' && r.met).map((r) => resultText(r, lang));
  const missing = c.results.filter((r) => r.kind === 'notComputable').map((r) => resultText(r, lang));
  if (c.state === 'yes') return `${met.join(', ')} (${c.metCount} ${da ? 'af' : 'of'} ${n})`;
  const shown = met.length > 0 ? ` (${met.join(', ')})` : '';
  const base = da
    ? `${c.metCount} af ${n} kriterier opfyldt, mindst ${c.minMet} kræves${shown}`
    : `${c.metCount} of ${n} criteria met, at least ${c.minMet} required${shown}`;
  if (c.state === 'unknown')
    return da
      ? `${base}; ${missing.length} kan ikke beregnes (${missing.join(', ')}) og kunne ændre udfaldet`
      : `${base}; ${missing.length} not computable (${missing.join(', ')}) and could change the outcome`;
  if (missing.length === 0) return base;
  return da ? `${base}; ${missing.length} kan ikke beregnes` : `${base}; ${missing.length} not computable`;
}

/**
 * The decision's sentence: a member lists every condition (`Udsat: K1 52,3 pct. > 40 pct., K3 61,2 pct. >
 * 60 pct. (2 af 4)`); an uncertain one the conditions not known (`Ikke omdannelsesområde (usikkert): …`); any
 * other the conditions that failed (`Ikke udsat: 1 af 4 kriterier opfyldt, mindst 2 kræves (…)`). English:
 * `udsat: …`, `not omdannelse (uncertain): …`, `not udsat: …`.
 */
export function decisionText(
  list: ListId,
  member: boolean,
  uncertain: boolean,
  conditions: readonly DecisionCondition[],
  year: number,
  lang: Language,
): string {
  const floor = conditions.find((c) => c.kind === 'floor' && c.state === 'no');
  if (floor !== undefined) return conditionText(floor, year, lang);
  const texts = (state: DecisionCondition['state'] | null): string =>
    conditions
      .filter((c) => state === null || c.state === state)
      .map((c) => conditionText(c, year, lang))
      .join('; ');
  if (lang === 'da') {
    const label = LIST_LABEL_DA[list];
    if (member) return `${label}: ${texts(null)}`;
    return uncertain
      ? `Ikke ${label.toLowerCase()} (usikkert): ${texts('unknown')}`
      : `Ikke ${label.toLowerCase()}: ${texts('no')}`;
  }
  if (member) return `${list}: ${texts(null)}`;
  return uncertain ? `not ${list} (uncertain): ${texts('unknown')}` : `not ${list}: ${texts('no')}`;
}
