/**
 * How far a synthetic Denmark tells the seed report's story (docs/synthetic-denmark.md, "The report's story"):
 * table 2.1's shares, list counts, udsatte areas under 50 % non-western and fig 2.3's decomposition, each
 * beside the seed's value.
 *
 *   npx tsx bench/realismStory.ts DELIVERY_DIR RUN_OUT_DIR [--json]
 *     measures a delivery and the lists of `boligmonitor run --delivery DELIVERY_DIR --out RUN_OUT_DIR`;
 *   npx tsx bench/realismStory.ts --scale S [--seed N] [--dir DIR] [--json]
 *     first generates (years 2014–2024) into DIR/levering and runs the lists 2018–2024 into DIR/lister
 *     with the built CLI (`npm run build` first), then measures; DIR defaults to bench/out/story-S.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { formatStory, measureStory } from '../src/synth/measureStory.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const scale = flag('--scale');
let delivery: string;
let runOut: string;
if (scale !== undefined) {
  const seed = flag('--seed') ?? '1';
  const dir = flag('--dir') ?? join('bench', 'out', `story-${scale}`);
  delivery = join(dir, 'levering');
  runOut = join(dir, 'lister');
  const cli = (argv: string[]): void => {
    const started = Date.now();
    execFileSync(process.execPath, ['bin/boligmonitor.js', ...argv], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    process.stderr.write(`${argv[0]}: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  };
  cli(['synth', '--scale', scale, '--years', '2014-2024', '--seed', seed, '--out', delivery]);
  cli(['run', '--delivery', delivery, '--years', '2018-2024', '--out', runOut, '--workspace', ':memory:']);
} else {
  const [d, r] = args.filter((a) => !a.startsWith('--'));
  if (d === undefined || r === undefined)
    throw new Error(
      'usage: realismStory.ts DELIVERY_DIR RUN_OUT_DIR [--json] | --scale S [--seed N] [--dir DIR]',
    );
  delivery = d;
  runOut = r;
}
const report = await measureStory(delivery, join(runOut, 'lists.csv'));
process.stdout.write(`${json ? JSON.stringify(report, null, 2) : formatStory(report)}\n`);
