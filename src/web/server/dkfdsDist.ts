import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * DKFDS's `dist/` folder (CSS, fonts, icons, script). The package's `exports` expose only its script, so the
 * package root is found from that file: the nearest directory above it whose package.json names `dkfds`.
 */
export function dkfdsDist(): { readonly dir: string; readonly version: string } {
  const entry = createRequire(import.meta.url).resolve('dkfds');
  for (let dir = dirname(entry); dirname(dir) !== dir; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (!existsSync(pkg)) continue;
    const json = JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string; version?: string };
    if (json.name === 'dkfds') return { dir: join(dir, 'dist'), version: json.version ?? '' };
  }
  throw new Error(`dkfds: no package.json above ${entry}`);
}
