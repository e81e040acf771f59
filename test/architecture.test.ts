import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const core = join(root, 'src', 'core');

/** Pure-maths packages (no I/O, no globals) that the difference-in-differences in src/core/did may use. */
const DID_MATHS = new Set([
  'ml-matrix',
  '@stdlib/stats-base-dists-t-cdf',
  '@stdlib/stats-base-dists-t-quantile',
  '@stdlib/stats-base-dists-f-cdf',
]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}

const importsOf = (source: string): string[] =>
  [
    ...source.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => (m[1] ?? m[2]) as string);

describe('src/core is pure: the law depends on nothing outside it', () => {
  const files = filesUnder(core);
  it('has source files to check', () => expect(files.length).toBeGreaterThan(5));
  for (const file of files) {
    it(`${relative(root, file)} imports only from src/core`, () => {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (DID_MATHS.has(spec) && file.startsWith(join(core, 'did') + '/')) continue;
        expect(spec.startsWith('.'), `${spec} is a package import`).toBe(true);
        const target = resolve(dirname(file), spec);
        expect(target.startsWith(core + '/'), `${spec} leaves src/core`).toBe(true);
      }
      expect(readFileSync(file, 'utf8')).not.toMatch(/process\.(env|argv|cwd)/);
    });
  }
  it('the checker catches node:, package and outside imports', () => {
    expect(importsOf(`import { x } from 'node:fs';\nimport y from "@duckdb/node-api";`)).toEqual([
      'node:fs',
      '@duckdb/node-api',
    ]);
  });
});
