import type { Command } from 'commander';
import { settingOption } from '../settings.ts';

export interface ServeFlags {
  /** One or more finished runs (the flag repeated). */
  readonly results: readonly string[];
  readonly port?: string;
  readonly host?: string;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .summary('serve finished runs as a web site and an open API')
    .description(
      'Serve one or more finished runs as a Danish web site on Det Fælles Designsystem (the lists per year, every area with ' +
        'its criteria, margins and changes, municipalities, method) and a JSON API under /api/v1 with an OpenAPI ' +
        'document, beside the official lists 2010–2024 (partial where the public record is). Reads the run’s ' +
        'output directory and, once at start-up, its workspace (read-only) or its input files (checked by ' +
        'SHA-256), or a workspace file and its latest run; a run with a scenario rule set is served beside the ' +
        'law’s lists under /scenarier, labelled as a scenario; stops on Ctrl-C.',
    )
    .addOption(
      settingOption('results', {
        required: true,
        help:
          'a finished run to serve: the output directory of `run`, `demo` or `report` (its workspace beside it) ' +
          'or of `lists`, or a workspace file (its latest run); repeat it to serve several runs (a year computed by more than ' +
          'one is shown from the latest, by start time) and scenario runs beside them',
      }).argParser((value: string, previous: readonly string[] | undefined) => [...(previous ?? []), value]),
    )
    .addOption(settingOption('port'))
    .addOption(settingOption('host'))
    .addHelpText(
      'after',
      '\nExamples:\n  boligmonitor serve --results out/demo/lister --port 8080\n' +
        '  boligmonitor serve --results out/demo/workspace.duckdb --port 0\n' +
        '  boligmonitor serve --results out/a/lister --results out/scenarie/lister\n',
    )
    .action(async (flags: ServeFlags) => {
      const { serveCommand } = await import('./serveAction.ts');
      process.exitCode = await serveCommand(flags);
    });
}
