import type { Command } from 'commander';
import { BUILT_IN_RULE_SETS } from '../../core/rulesets/builtInRuleSets.ts';
import { ruleSetTextDa } from '../../reports/text/ruleSetTextDa.ts';
import { ruleSetDescriptionOf } from '../../views/ruleSetDescription.ts';
import { EXIT } from '../exitCodes.ts';
import { printOut, printResult } from '../printReport.ts';

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
      const asOf = new Date().getFullYear();
      const views = BUILT_IN_RULE_SETS.map((rs) => ruleSetDescriptionOf(rs, asOf));
      if (flags.json === true) printResult({ command: 'rulesets', json: true }, views);
      else printOut(views.map(ruleSetTextDa).join('\n'));
      process.exitCode = EXIT.ok;
    });
}
