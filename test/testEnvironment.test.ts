import { tmpdir } from 'node:os';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';

// vitest.config.ts pins these for every project; docs/conventions.md §12 asks for them.
describe('the tests run in a pinned environment', () => {
  it('Copenhagen time: 1 January 2021 00:00 local is 23:00 UTC the day before', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Europe/Copenhagen');
    expect(new Date(2021, 0, 1).toISOString()).toBe('2020-12-31T23:00:00.000Z');
  });

  it('the Danish locale by default: 1234.5 is "1.234,5"', () => {
    expect(Intl.NumberFormat().resolvedOptions().locale).toBe('da-DK');
    expect((1234.5).toLocaleString()).toBe('1.234,5');
  });

  it('os.tmpdir() is the run directory of test/tempFolderGuard.ts, not the system temp folder', () => {
    expect(basename(tmpdir())).toMatch(/^boligmonitor-vitest-/);
  });
});
