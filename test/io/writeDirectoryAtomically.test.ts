import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDirectoryAtomically } from '../../src/io/writeDirectoryAtomically.ts';
import { entriesOf } from '../cli/cliHarness.ts';
import { tempDir } from '../tempDir.ts';

describe('atomic output directories', () => {
  it('a successful write appears at the target with nothing else left beside it', async () => {
    const dir = tempDir();
    await writeDirectoryAtomically(join(dir, 'out'), (tmp) => writeFile(join(tmp, 'manifest.json'), '{}'));
    expect(entriesOf(dir)).toEqual(['out']);
    expect(entriesOf(join(dir, 'out'))).toEqual(['manifest.json']);
  });

  it('a failure half-way leaves nothing at the target and no temporary directory', async () => {
    const dir = tempDir();
    await expect(
      writeDirectoryAtomically(join(dir, 'out'), async (tmp) => {
        await writeFile(join(tmp, 'indicators.csv'), 'year\n');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(entriesOf(dir)).toEqual([]);
  });

  it('a failure keeps an earlier output intact', async () => {
    const dir = tempDir();
    await writeDirectoryAtomically(join(dir, 'out'), (tmp) => writeFile(join(tmp, 'manifest.json'), 'first'));
    await expect(
      writeDirectoryAtomically(join(dir, 'out'), () => Promise.reject(new Error('boom'))),
    ).rejects.toThrow('boom');
    expect(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8')).toBe('first');
    expect(entriesOf(dir)).toEqual(['out']);
  });

  it('an earlier output is replaced as a whole', async () => {
    const dir = tempDir();
    await writeDirectoryAtomically(join(dir, 'out'), async (tmp) => {
      await writeFile(join(tmp, 'manifest.json'), 'first');
      await writeFile(join(tmp, 'old.csv'), 'x');
    });
    await writeDirectoryAtomically(join(dir, 'out'), (tmp) =>
      writeFile(join(tmp, 'manifest.json'), 'second'),
    );
    expect(entriesOf(join(dir, 'out'))).toEqual(['manifest.json']);
    expect(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8')).toBe('second');
    expect(entriesOf(dir)).toEqual(['out']);
  });

  it('refuses to replace a directory that is not an earlier output, and leaves it untouched', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'home'));
    writeFileSync(join(dir, 'home', 'thesis.docx'), 'precious');
    await expect(
      writeDirectoryAtomically(join(dir, 'home'), (tmp) => writeFile(join(tmp, 'manifest.json'), '{}')),
    ).rejects.toThrow(/is not an earlier Boligmonitor output/);
    expect(entriesOf(join(dir, 'home'))).toEqual(['thesis.docx']);
    expect(entriesOf(dir)).toEqual(['home']);
  });
});
