import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: the run gets one directory under the system temp folder, and `TMPDIR` points at it, so
 * `os.tmpdir()` in every test worker (which inherits the environment) lands there. Teardown fails the run,
 * naming each leftover and exiting non-zero, when a test did not remove what it made; the directory is removed
 * either way, so the suite leaves nothing in the system temp folder.
 */
export default function tempFolderGuard(): () => void {
  const saved = process.env['TMPDIR'];
  const runDir = mkdtempSync(join(tmpdir(), 'boligmonitor-vitest-'));
  process.env['TMPDIR'] = runDir;
  return () => {
    if (saved === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = saved;
    const left = readdirSync(runDir).sort();
    rmSync(runDir, { recursive: true, force: true });
    if (left.length > 0) {
      // Vitest reports an error thrown here ("error during close") but keeps the exit code of the tests.
      process.exitCode = 1;
      throw new Error(
        `the tests left ${left.length} entries in the temp folder (${runDir}, now removed); ` +
          `remove each in afterAll/afterEach or make it with tempDir() from test/tempDir.ts:\n` +
          left.map((name) => `  ${name}`).join('\n'),
      );
    }
  };
}
