import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.ts';

const root = resolve(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'boligmonitor.js');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

/** Runs the installed entry point the way a user does: plain Node, no TypeScript loader. */
const boligmonitor = (args: readonly string[], script = bin) =>
  spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });

describe('the built CLI (bin/boligmonitor.js running dist/)', () => {
  beforeAll(() => {
    // `npm ci` builds dist/ (prepare); a checkout that was never built is built here, once.
    if (!existsSync(join(root, 'dist', 'src', 'cli', 'main.js'))) {
      execFileSync(
        process.execPath,
        [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
        {
          cwd: root,
          stdio: 'inherit',
        },
      );
    }
  });

  it('--version prints the package version', () => {
    const r = boligmonitor(['--version']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  });

  it('--help lists every command (if one is missing, dist/ is older than src/: run `npm run build`)', () => {
    const r = boligmonitor(['--help']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: boligmonitor \[options\] \[command\]\n/);
    for (const cmd of buildProgram().commands) expect(r.stdout).toMatch(new RegExp(`\\n  ${cmd.name()} `));
  });

  it("a command's --help needs no input and prints its options", () => {
    const r = boligmonitor(['lists', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: boligmonitor lists [options]');
    expect(r.stdout).toContain('--figures <file>');
  });

  it('a reader that closes the pipe early ends the output quietly (no EPIPE trace)', () => {
    // `| true`: the reader exits at once, so the help is written into a closed pipe.
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" report --help | true`], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('without dist/ it says to run `npm run build`, and fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'boligmonitor-bin-'));
    try {
      mkdirSync(join(dir, 'bin'));
      copyFileSync(bin, join(dir, 'bin', 'boligmonitor.js'));
      const r = boligmonitor(['--version'], join(dir, 'bin', 'boligmonitor.js'));
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('run `npm run build`');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
