#!/usr/bin/env node
// The heliotrope command. Built sources live in dist/ (npm ci runs the build through "prepare").
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
if (!existsSync(main)) {
  process.stderr.write(
    'heliotrope: the package is not built yet; run "npm run build" (npm ci does it for you)\n',
  );
  process.exit(1);
}
const { runCli } = await import(main);
process.exitCode = await runCli(process.argv.slice(2));
