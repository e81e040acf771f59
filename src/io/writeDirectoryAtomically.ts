import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** The file that marks a directory as written by this program (and so safe to replace). */
export const OUTPUT_MARKER = 'manifest.json';

/**
 * Builds a directory in a temporary sibling (`.tmp-<name>-<random>`) and renames it to `outDir` only when
 * `fill` succeeds: a failed run leaves nothing at `outDir`. An existing `outDir` is replaced only if it is
 * empty or holds an earlier output (a `manifest.json`); anything else is refused, never deleted.
 */
export async function writeDirectoryAtomically(
  outDir: string,
  fill: (tmpDir: string) => Promise<void>,
): Promise<void> {
  const target = resolve(outDir);
  const parent = dirname(target);
  await assertReplaceable(target);
  await mkdir(parent, { recursive: true });
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const tmp = join(parent, `.tmp-${basename(target)}-${suffix}`);
  await mkdir(tmp);
  try {
    await fill(tmp);
    await assertReplaceable(target);
    const old = join(parent, `.tmp-${basename(target)}-old-${suffix}`);
    const existed = await exists(target);
    if (existed) await rename(target, old);
    try {
      await rename(tmp, target);
    } catch (e) {
      if (existed) await rename(old, target);
      throw e;
    }
    if (existed) await rm(old, { recursive: true, force: true });
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (e) {
    if ((e as { code?: unknown }).code === 'ENOENT') return false;
    throw e;
  }
}

async function assertReplaceable(target: string): Promise<void> {
  let entries: string[];
  try {
    const s = await stat(target);
    if (!s.isDirectory()) throw new Error(`output directory ${target} exists and is not a directory`);
    entries = await readdir(target);
  } catch (e) {
    if ((e as { code?: unknown }).code === 'ENOENT') return;
    throw e;
  }
  if (entries.length > 0 && !entries.includes(OUTPUT_MARKER)) {
    throw new Error(
      `output directory ${target} exists and is not an earlier Boligmonitor output (no ${OUTPUT_MARKER}); ` +
        'choose a new or empty directory',
    );
  }
}
