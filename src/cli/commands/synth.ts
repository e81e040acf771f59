import type { Command } from 'commander';

export function registerSynth(program: Command): void {
  program
    .command('synth')
    .description('(under construction)')
    .action(() => {
      throw new Error('synth: not available yet');
    });
}
