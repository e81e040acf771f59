import type { Command } from 'commander';

export function registerRulesets(program: Command): void {
  program
    .command('rulesets')
    .description('(under construction)')
    .action(() => {
      throw new Error('rulesets: not available yet');
    });
}
