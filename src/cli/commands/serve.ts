import type { Command } from 'commander';
import { settingOption } from '../settings.ts';

export interface ServeFlags {
  readonly results: string;
  readonly port?: string;
  readonly host?: string;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .summary('serve a finished run as a web site and an open API')
    .description(
      'Serve a finished run as a Danish web site on Det Fælles Designsystem (the lists per year, every area with ' +
        'its criteria, margins and changes, municipalities, method) and a JSON API under /api/v1 with an OpenAPI ' +
        'document, beside the official lists 2010–2024 (partial where the public record is). Reads the run’s ' +
        'output directory and, once at start-up, its workspace (read-only) or its input files (checked by ' +
        'SHA-256), or a workspace file and its latest run; stops on Ctrl-C.',
    )
    .addOption(settingOption('results', { required: true }))
    .addOption(settingOption('port'))
    .addOption(settingOption('host'))
    .addHelpText(
      'after',
      '\nExamples:\n  boligmonitor serve --results out/demo/lister --port 8080\n' +
        '  boligmonitor serve --results out/demo/workspace.duckdb --port 0\n',
    )
    .action(async (flags: ServeFlags) => {
      const { serveCommand } = await import('./serveAction.ts');
      process.exitCode = await serveCommand(flags);
    });
}
