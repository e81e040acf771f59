import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

/** Whether this run rewrites the golden files (`UPDATE_GOLDEN=1`) instead of only comparing with them. */
export const updatingGoldens = (): boolean => process.env['UPDATE_GOLDEN'] === '1';

/**
 * `actual` equals the golden file `dir/name`. A missing golden fails like a different one; only with
 * `UPDATE_GOLDEN=1` is the file (re)written from `actual`.
 */
export function expectGolden(dir: string, name: string, actual: string, update = updatingGoldens()): void {
  const file = join(dir, name);
  const shown = relative(ROOT, file);
  if (update) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(existsSync(file), `missing golden ${shown} (UPDATE_GOLDEN=1 writes it)`).toBe(true);
  const changed = changedFile(file);
  const golden = readFileSync(file, 'utf8');
  if (actual === golden) {
    rmSync(changed, { force: true });
    return;
  }
  // The new output beside the golden, to open and diff; removed again once the output matches.
  writeFileSync(changed, actual);
  expect(actual, `${shown} differs: see ${relative(ROOT, changed)} (UPDATE_GOLDEN=1 rewrites it)`).toBe(
    golden,
  );
}

/** `dir/name-changed.ext` for `dir/name.ext`: where a differing output is written. */
export function changedFile(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot > file.lastIndexOf('/') ? `${file.slice(0, dot)}-changed${file.slice(dot)}` : `${file}-changed`;
}

/** Every file in the golden folder `dir` is one of `names`: a golden that nothing produces any more fails. */
export function expectNoOrphanGoldens(dir: string, names: Iterable<string>): void {
  const produced = new Set(names);
  const orphans = (existsSync(dir) ? readdirSync(dir) : []).filter(
    (f) => !produced.has(f) && !/-changed(\.[^.]+)?$/.test(f),
  );
  expect(orphans, `golden files in ${relative(ROOT, dir)} that no test produces: delete them`).toEqual([]);
}
