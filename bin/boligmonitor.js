#!/usr/bin/env node
// Entry point: runs the compiled CLI in dist/ with plain Node (no TypeScript at run time). `npm run build`
// compiles it, and `npm ci` builds it through `prepare`; after editing src/, build again.
import { existsSync } from 'node:fs';
import { URL } from 'node:url';

const compiled = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(compiled)) {
  process.stderr.write(
    'fejl: the compiled CLI (dist/src/cli/main.js) is missing: run `npm run build` (`npm ci` builds it too)\n',
  );
  process.exit(1);
}
// A reader that stops early (`boligmonitor report --help | head`) closes the pipe: that ends the output, it is
// not an error of the command.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const { main } = await import(compiled.href);
process.exitCode = await main(process.argv);
