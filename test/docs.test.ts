import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from '../src/core/assumptions.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8');

describe('the README is kept true', () => {
  it('documents every assumption with its default and every allowed value', () => {
    for (const [name, a] of Object.entries(ASSUMPTIONS)) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${name}\``));
      expect(row, `README row for ${name}`).toBeDefined();
      const cells = (row ?? '').split('|').map((c) => c.trim());
      expect(cells[2]).toBe(`\`${a.default}\``);
      expect(cells[3]).toBe(a.values.map((v) => `\`${v}\``).join(', '));
    }
  });
  it('gives the two newcomer commands, and CI runs the test command', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toMatch(/^npm test\s/m);
    expect(ci).toContain('npm ci');
    expect(ci).toMatch(/^npm test$/m);
  });
});
