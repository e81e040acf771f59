import type { Command } from 'commander';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('(under construction)')
    .action(() => {
      throw new Error('demo: not available yet');
    });
}
