import { formatNumberDa } from '../../core/format/formatDa.ts';
import { yearSpans } from '../../core/history/unknownMembershipText.ts';
import type { Criterion } from '../../core/model/criteria.ts';
import { LIST_NAMES_DA, LIST_NAME_DA_SINGULAR } from '../../core/model/lists.ts';
import type { ListRule } from '../../core/model/ruleSet.ts';
import type { RuleSetDescription } from '../../views/ruleSetDescription.ts';

/** A rule set in Danish, one criterion per line. */
export function ruleSetTextDa(rs: RuleSetDescription): string {
  const years = rs.listYears;
  const inForce =
    years.length === 0 ? 'scenarie' : rs.inForce ? `listeår ${years[0]}–` : `listeår ${yearSpans(years)}`;
  const lines = [
    `Regelsæt ${rs.id}: ${rs.nameDa} (${inForce})`,
    `  ${rs.description}`,
    `  Mindst ${formatNumberDa(rs.minResidents)} beboere`,
  ];
  for (const rule of rs.lists) lines.push(...listRuleLines(rule));
  return lines.join('\n') + '\n';
}

function listRuleLines(rule: ListRule): string[] {
  const lines = [`  ${LIST_NAMES_DA[rule.list]} (${rule.legalRef})`];
  for (const r of rule.requires ?? []) lines.push(`    kræver: ${LIST_NAME_DA_SINGULAR[r]} samme år`);
  for (const x of rule.excludes ?? []) lines.push(`    ikke: ${LIST_NAME_DA_SINGULAR[x]} samme år`);
  for (const g of rule.gates ?? []) lines.push(`    skal opfyldes: ${criterionLine(g)}`);
  if (rule.group !== undefined) {
    lines.push(`    mindst ${rule.group.minMet} af ${rule.group.criteria.length}:`);
    for (const c of rule.group.criteria) lines.push(`      ${criterionLine(c)}`);
  }
  if (rule.persistence !== undefined) {
    const p = rule.persistence;
    const transitional =
      p.transitional === undefined
        ? ''
        : ` (${p.transitional.years} år for listerne til og med ${p.transitional.throughYear})`;
    lines.push(`    ${LIST_NAME_DA_SINGULAR[p.of]} i hvert af de seneste ${p.years} år${transitional}`);
  }
  return lines;
}

const UNIT_DA = {
  pct: 'pct.',
  ratioToNational: '× landsgennemsnittet',
  pctOfRegion: 'pct. af regionen',
} as const;

function criterionLine(c: Criterion): string {
  const averaging = c.averagingYears > 1 ? `, snit af ${c.averagingYears} år` : '';
  return `${c.measure} ${c.operator} ${formatNumberDa(c.threshold, Number.isInteger(c.threshold) ? 0 : 1)} ${UNIT_DA[c.reference]}${averaging} — ${c.descriptionDa} [${c.legalRef}]`;
}
