import type { RuleSet } from '../../core/model/ruleSet.ts';

/** Box 1.1 (`boks-1.1`): the definitions of the lists, rendered from the rule set in force. */
export interface DefinitionsBox {
  readonly id: 'boks-1.1';
  readonly titleDa: string;
  /** Markdown: per list its definition, the criteria numbered, and the legal reference. */
  readonly markdown: string;
}

/** The box from the rule set's list rules, in their order, as the seed prints it. */
export function box11From(ruleSet: RuleSet): DefinitionsBox {
  const refs = [...new Set(ruleSet.lists.map((l) => l.legalRef.replace(/, stk\..*$/, '')))];
  const parts = ruleSet.lists.map((rule) => {
    const lines = [rule.descriptionDa];
    if (rule.group !== undefined) {
      lines.push('', ...rule.group.criteria.map((c, i) => `${i + 1}. ${c.descriptionDa}`));
    }
    lines.push('', `*${capitalise(rule.legalRef)}.*`);
    return lines.join('\n');
  });
  return {
    id: 'boks-1.1',
    titleDa: `Områdeafgrænsning efter ${joinDa(sameLawOnce(refs))}`,
    markdown: parts.join('\n\n'),
  };
}

/** `almenboligloven § 61 a`, `almenboligloven § 61 b` → `almenboligloven § 61 a`, `§ 61 b`. */
function sameLawOnce(refs: readonly string[]): string[] {
  const law = (r: string): string => r.split(' § ')[0] ?? r;
  return refs.map((r, i) => (i > 0 && law(r) === law(refs[0] ?? '') ? r.slice(law(r).length + 1) : r));
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function joinDa(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items.at(-1) ?? ''}`;
}
