import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A fresh temporary directory under `os.tmpdir()`, removed with everything in it when the current test
 * finishes, passed or failed. Call it inside a test; a whole file's directory is made with `mkdtempSync` and
 * removed in `afterAll`.
 */
export function tempDir(prefix = 'boligmonitor-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
