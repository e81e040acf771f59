import type { Command } from 'commander';

export function registerLists(program: Command): void {
  program
    .command('lists')
    .description('(under construction)')
    .action(() => {
      throw new Error('lists: not available yet');
    });
}
