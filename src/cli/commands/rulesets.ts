import type { Command } from 'commander';
import { formatNumberDa } from '../../core/format/formatDa.ts';
import type { Criterion } from '../../core/model/criteria.ts';
import { LIST_NAMES_DA, LIST_NAME_DA_SINGULAR } from '../../core/model/lists.ts';
import type { ListRule, RuleSet } from '../../core/model/ruleSet.ts';
import { BUILT_IN_RULE_SETS, defaultRuleSetForYear } from '../../core/rulesets/builtInRuleSets.ts';
import { ruleSetSha256 } from '../../reports/lists/ruleSetSha256.ts';
import { EXIT } from '../exitCodes.ts';
import { printJson, printOut } from '../printReport.ts';
import { formatYears } from '../yearsOption.ts';

/** List years whose default rule set is `rs`, looked up over 2010 to `lastYear`. */
export function yearsInForce(rs: RuleSet, lastYear = new Date().getFullYear()): number[] {
  const years: number[] = [];
  for (let y = 2010; y <= lastYear; y++) if (defaultRuleSetForYear(y).id === rs.id) years.push(y);
  return years;
}

export function registerRulesets(program: Command): void {
  program
    .command('rulesets')
    .summary('show the built-in rule sets and their criteria')
    .description(
      'Show the built-in rule sets (2010, 2013, 2018, 2021): the list years they apply to, and for each list its ' +
        'criteria with legal reference, operator, threshold and averaging.',
    )
    .option('--json', 'print the rule sets as JSON (with the SHA-256 of each canonical rule set)')
    .addHelpText('after', '\nExample:\n  boligmonitor rulesets\n  boligmonitor rulesets --json\n')
    .action((flags: { json?: boolean }) => {
      if (flags.json === true) {
        printJson(
          BUILT_IN_RULE_SETS.map((rs) => ({ ...rs, listYears: yearsInForce(rs), sha256: ruleSetSha256(rs) })),
        );
      } else {
        printOut(BUILT_IN_RULE_SETS.map(ruleSetTextDa).join('\n'));
      }
      process.exitCode = EXIT.ok;
    });
}

/** A rule set in Danish, one criterion per line. */
export function ruleSetTextDa(rs: RuleSet): string {
  const years = yearsInForce(rs);
  const lastYear = new Date().getFullYear();
  const inForce =
    years.length === 0
      ? 'scenarie'
      : years[years.length - 1] === lastYear
        ? `listeår ${years[0]}–`
        : `listeår ${formatYears(years)}`;
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
