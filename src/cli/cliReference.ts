import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { EXIT } from './exitCodes.ts';
import { buildProgram } from './main.ts';
import { PACKAGE_ROOT } from '../packageRoot.ts';

/** Where the generated reference lives. */
export const CLI_REFERENCE_PATH = join(PACKAGE_ROOT, 'docs', 'cli.md');

const EXIT_MEANINGS: Record<keyof typeof EXIT, string> = {
  ok: 'success',
  failure: 'the run failed for a reason other than the input (I/O, internal error)',
  usage: 'wrong flags or arguments (an unknown rule set name, a year without figures)',
  invalidInput: 'an input file is invalid; every problem is listed and nothing is written',
};

/** The full `--help` text of a command, at a fixed width so the reference does not depend on the terminal. */
function helpText(cmd: Command): string {
  let text = '';
  cmd.configureHelp({ helpWidth: 100 });
  cmd.configureOutput({ writeOut: (s) => void (text += s), getOutHelpWidth: () => 100 });
  cmd.outputHelp();
  return text.trimEnd();
}

/** The CLI reference in Markdown, generated from the commander definitions. */
export function cliReferenceMarkdown(program: Command = buildProgram()): string {
  const lines: string[] = [
    '# CLI reference',
    '',
    '<!-- Generated from the command definitions by `npx tsx src/cli/cliReference.ts --write`; do not edit by hand.',
    '     test/cli/cliReference.test.ts fails when it is out of date. -->',
    '',
    `\`boligmonitor\` is run as \`node bin/boligmonitor.js <command>\` (or \`npm run boligmonitor -- <command>\`).`,
    '',
    '## Exit codes',
    '',
    ...(Object.keys(EXIT) as (keyof typeof EXIT)[]).map((k) => `- \`${EXIT[k]}\` — ${EXIT_MEANINGS[k]}`),
    '',
    '## Commands',
    '',
    ...program.commands.map(
      (c) => `- [\`${c.name()}\`](#boligmonitor-${c.name()}) — ${c.summary() || c.description()}`,
    ),
    '',
    '```text',
    helpText(program),
    '```',
    '',
  ];
  for (const cmd of program.commands) {
    lines.push(
      `## boligmonitor ${cmd.name()}`,
      '',
      cmd.description(),
      '',
      '```text',
      helpText(cmd),
      '```',
      '',
    );
  }
  lines.push(
    '## Tests and golden files',
    '',
    'The list outputs of a small hand-made figures file are compared with the files in `test/golden/lists/`',
    '(`indicators.csv`, `lists.csv`, `changes.csv`, and a normalised JSON dump of each Excel sheet). After an',
    'intended change, rewrite them and review the diff:',
    '',
    '```sh',
    'UPDATE_GOLDEN=1 npx vitest run test/reports test/cli',
    '```',
    '',
    'The same variable rewrites this reference (`docs/cli.md`) from the command definitions.',
    '',
  );
  return lines.join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const md = cliReferenceMarkdown();
  if (process.argv.includes('--write')) writeFileSync(CLI_REFERENCE_PATH, md);
  else process.stdout.write(md);
}
