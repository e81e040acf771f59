import type { Command } from 'commander';

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('(under construction)')
    .action(() => {
      throw new Error('compare: not available yet');
    });
}
