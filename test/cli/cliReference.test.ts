import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.ts';
import { CLI_REFERENCE_PATH, cliReferenceMarkdown } from '../../src/cli/cliReference.ts';

describe('docs/cli.md, the CLI reference', () => {
  const generated = cliReferenceMarkdown();
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(CLI_REFERENCE_PATH, generated);
  // A missing reference fails the first test below (and leaves the others nothing to find), never the collection.
  const doc = existsSync(CLI_REFERENCE_PATH) ? readFileSync(CLI_REFERENCE_PATH, 'utf8') : '';

  it('is up to date with the command definitions (npx tsx src/cli/cliReference.ts --write)', () => {
    expect(
      existsSync(CLI_REFERENCE_PATH),
      'docs/cli.md is missing: run `npx tsx src/cli/cliReference.ts --write`',
    ).toBe(true);
    expect(doc, 'docs/cli.md is out of date: run `npx tsx src/cli/cliReference.ts --write`').toBe(generated);
  });

  it('documents every command and every option', () => {
    const program = buildProgram();
    for (const cmd of program.commands) {
      expect(doc).toContain(`## boligmonitor ${cmd.name()}`);
      for (const option of cmd.options) expect(doc, `${cmd.name()} ${option.flags}`).toContain(option.flags);
    }
  });

  it('shows an example for each command of the list engine', () => {
    for (const name of ['lists', 'explain', 'compare', 'rulesets']) {
      const section = doc.split(`## boligmonitor ${name}\n`)[1]?.split('\n## ')[0] ?? '';
      expect(section, name).toMatch(/Example:\n {2}boligmonitor /);
    }
  });
});
