import type { Command } from 'commander';

export function registerRun(program: Command): void {
  program
    .command('run')
    .description('(under construction)')
    .action(() => {
      throw new Error('run: not available yet');
    });
}
