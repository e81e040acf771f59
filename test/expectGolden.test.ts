import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden, expectNoOrphanGoldens } from './expectGolden.ts';
import { tempDir } from './tempDir.ts';

describe('golden files: a missing golden fails, and so does one that nothing produces', () => {
  it('a missing golden fails and is not written', () => {
    const dir = tempDir();
    expect(() => expectGolden(dir, 'a.csv', 'x\n', false)).toThrow(/missing golden .*a\.csv/);
    expect(existsSync(join(dir, 'a.csv'))).toBe(false);
  });

  it('a different golden fails and is left as it was', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.csv'), 'old\n');
    expect(() => expectGolden(dir, 'a.csv', 'new\n', false)).toThrow(/a\.csv differs/);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('old\n');
  });

  it('a differing output is written beside the golden as <name>-changed.<ext>, and removed once it matches', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.svg'), '<svg/>\n');
    expect(() => expectGolden(dir, 'a.svg', '<svg id="new"/>\n', false)).toThrow(/a-changed\.svg/);
    expect(readFileSync(join(dir, 'a-changed.svg'), 'utf8')).toBe('<svg id="new"/>\n');
    // A -changed file is not an orphan golden.
    expectNoOrphanGoldens(dir, ['a.svg']);
    expectGolden(dir, 'a.svg', '<svg/>\n', false);
    expect(existsSync(join(dir, 'a-changed.svg'))).toBe(false);
  });

  it('with UPDATE_GOLDEN=1 the golden is written (its folder too), and then matches', () => {
    const dir = join(tempDir(), 'golden');
    expectGolden(dir, 'a.csv', 'new\n', true);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('new\n');
    expectGolden(dir, 'a.csv', 'new\n', false);
  });

  it('a file in the golden folder that no test produces fails, by name', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.csv'), '');
    writeFileSync(join(dir, 'old.csv'), '');
    // A golden not yet written (b.csv) is expectGolden's to report, not an orphan.
    expectNoOrphanGoldens(dir, ['a.csv', 'old.csv', 'b.csv']);
    expect(() => expectNoOrphanGoldens(dir, ['a.csv'])).toThrow(/no test produces/);
    expect(() => expectNoOrphanGoldens(dir, ['a.csv'])).toThrow(/old\.csv/);
  });
});
