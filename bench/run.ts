/**
 * `npm run bench`: builds, then runs every suite in bench/suites/ (each file exports `name` and `run()`), prints
 * progress to stderr and, last, one JSON document on stdout with each suite's figures under its name.
 * Optional: `npm run bench -- engine` runs only the named suites.
 * @module
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';

interface Suite {
  name: string;
  run(): Promise<Record<string, unknown>>;
}

const dir = join(dirname(fileURLToPath(import.meta.url)), 'suites');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort();
const out: Record<string, unknown> = {
  machine: {
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
  },
};
for (const f of files) {
  const suite = (await import(pathToFileURL(join(dir, f)).href)) as Suite;
  if (only.length && !only.includes(suite.name)) continue;
  process.stderr.write(`bench: ${suite.name} …\n`);
  out[suite.name] = await suite.run();
}
process.stdout.write(`${JSON.stringify(out)}\n`);
