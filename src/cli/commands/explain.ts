import type { Command } from 'commander';

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('(under construction)')
    .action(() => {
      throw new Error('explain: not available yet');
    });
}
