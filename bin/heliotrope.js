#!/usr/bin/env node
// The heliotrope command. It runs the bundled CLI in dist/bundle/cli (scripts/build-cli.mjs: a few files load
// faster than the hundreds of dist/src); npm ci builds it through "prepare".
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/bundle/cli/heliotrope.js', import.meta.url));
if (!existsSync(main)) {
  process.stderr.write(
    'heliotrope: the package is not built yet; run "npm run build" (npm ci does it for you)\n',
  );
  process.exit(1);
}
const { runCli } = await import(main);
process.exitCode = await runCli(process.argv.slice(2));
