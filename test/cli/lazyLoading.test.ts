import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

/**
 * The specifiers a module loads when it is imported: static imports and re-exports, without `import type` /
 * `export type` (erased) and without `import()` (loaded only when the code runs).
 */
const staticImports = (source: string): string[] =>
  [...source.matchAll(/^(?:import|export)(?!\s+type\s)(?:[^'";]*?\sfrom\s*|\s*)['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] as string,
  );

/** Every source file and package a file loads, transitively, through static imports. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the CLI loads heavy modules only when a command runs', () => {
  const { files, packages } = staticGraph(resolve(root, 'src', 'cli', 'main.ts'));
  const loaded = [...files].map((f) => relative(root, f));

  it('--help, --version and every command’s --help load no DuckDB, exceljs, csv-parse or progress bars', () => {
    const heavy = [...packages].filter((p) =>
      ['@duckdb/node-api', 'exceljs', 'csv-parse', 'cli-progress'].some(
        (h) => p === h || p.startsWith(`${h}/`),
      ),
    );
    expect(heavy).toEqual([]);
    expect([...packages].filter((p) => !p.startsWith('node:')).sort()).toEqual(['commander']);
  });

  it('--help loads neither the synthetic Denmark, the analytics, the reports’ writers nor any action', () => {
    const offending = loaded.filter(
      (f) =>
        f.startsWith('src/synth/') ||
        // DuckDB's declared settings (constants, no package) are the one analytics file --help may read.
        (f.startsWith('src/analytics/') && f !== 'src/analytics/dbSettings.ts') ||
        f.startsWith('src/runs/') ||
        /^src\/reports\/lists\/(writeListOutputs|listerWorkbook|summaryDa)/.test(f) ||
        /^src\/cli\/commands\/\w+Action\.ts$/.test(f),
    );
    expect(offending).toEqual([]);
  });

  it('the checker sees static imports and skips types and import()', () => {
    const source = [
      `import { a } from './a.ts';`,
      `import type { B } from './b.ts';`,
      `import {\n  c,\n  type C,\n} from './c.ts';`,
      `export { d } from './d.ts';`,
      `export type { E } from './e.ts';`,
      `import 'node:process';`,
      `  const { f } = await import('./f.ts');`,
    ].join('\n');
    expect(staticImports(source)).toEqual(['./a.ts', './c.ts', './d.ts', 'node:process']);
    expect(loaded).toContain('src/cli/commands/lists.ts');
  });
});

describe('the front door (src/index.ts) loads DuckDB and exceljs only when an entry point needs them', () => {
  it('importing it loads neither', () => {
    const { files, packages } = staticGraph(resolve(root, 'src', 'index.ts'));
    expect([...packages].filter((p) => p === '@duckdb/node-api' || p === 'exceljs')).toEqual([]);
    expect([...files].map((f) => relative(root, f)).filter((f) => f.startsWith('src/analytics/'))).toEqual(
      [],
    );
  });
});
