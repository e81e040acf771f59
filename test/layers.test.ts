import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '..', 'src');

/** Each layer may import from itself and the layers listed before it (ARCHITECTURE.md). */
const LAYERS = [
  'core',
  'reference',
  'io',
  'analytics',
  'disclosure',
  'synth',
  'views',
  'reports',
  'runs',
  'web',
  'cli',
] as const;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}

const relativeImports = (source: string): string[] =>
  [...source.matchAll(/(?:import|export)[^'"]*?from\s*['"](\.[^'"]+)['"]/g)].map((m) => m[1] as string);

/** The layer a file under src/ belongs to; files directly in src/ (the software version) sit below all. */
const layerOf = (file: string): string | undefined => {
  const parts = relative(src, file).split('/');
  return parts.length > 1 ? parts[0] : undefined;
};

describe('layers import only downwards', () => {
  it('knows every folder of src/', () => {
    const folders = readdirSync(src).filter((n) => statSync(join(src, n)).isDirectory());
    for (const folder of folders) expect(LAYERS, `src/${folder}`).toContain(folder);
  });
  for (const layer of LAYERS) {
    it(`${layer} imports only from ${LAYERS.slice(0, LAYERS.indexOf(layer) + 1).join(', ')}`, () => {
      const allowed = LAYERS.slice(0, LAYERS.indexOf(layer) + 1) as readonly string[];
      const dir = join(src, layer);
      for (const file of existsSync(dir) ? filesUnder(dir) : []) {
        for (const spec of relativeImports(readFileSync(file, 'utf8'))) {
          const target = layerOf(resolve(dirname(file), spec));
          if (target === undefined) continue;
          expect(allowed, `${relative(src, file)} imports ${spec}`).toContain(target);
        }
      }
    });
  }
  it('the checker sees an upward import', () => {
    expect(relativeImports(`import { x } from '../../reports/lists/a.ts';`)).toEqual([
      '../../reports/lists/a.ts',
    ]);
    expect(layerOf(join(src, 'reports', 'lists', 'a.ts'))).toBe('reports');
  });
});
