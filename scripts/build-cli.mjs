// Bundles the command line (what bin/heliotrope.js runs) into dist/bundle/cli: a few ES module files instead
// of the hundreds tsc writes. On Node 20 most of a short command's start is the ES module loader's cost per
// file (resolve, read, compile, link), not the code (docs/performance.md, "CLI start").
//
// The whole CLI is one build, its worker threads included, so every class exists once (`instanceof
// HeliotropeError` holds everywhere) and code is split into shared chunks: a verb still loads only what it
// needs (each verb is a dynamic import). The worker threads' modules are entry points written beside the
// chunks under the names their pools look for beside themselves (`import.meta.url`): `worker.js` (bulk),
// `extract-worker.js` (server extraction), `cds-worker.js` (CDS Hooks compute threads). The folder is two
// levels under dist/, as dist/src/<area> is, so paths the code finds from its own file (dist/web,
// dist/report-view) resolve the same. Packages stay external (node_modules), except commander, which every
// command loads (eight CommonJS files).
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The bundle's folder (bin/heliotrope.js loads heliotrope.js from it). */
export const CLI_BUNDLE_DIR = join(root, 'dist', 'bundle', 'cli');

/**
 * The bundle's entry points: output name → source file (relative to the repository). Every worker-thread module
 * a pool starts must be here under the name the pool looks for (a test scans the sources for them).
 */
export const CLI_ENTRY_POINTS = {
  heliotrope: 'src/cli/main.ts',
  worker: 'src/bulk/worker.ts',
  'extract-worker': 'src/server/extract-worker.ts',
  'cds-worker': 'src/server/cds/cds-worker.ts',
};

/** Packages bundled into the CLI rather than loaded from node_modules. */
const BUNDLED_PACKAGES = new Set(['commander']);

/**
 * Builds the CLI bundle.
 * @param {string} outdir - output folder (default dist/bundle/cli)
 */
export async function buildCli(outdir = CLI_BUNDLE_DIR) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter(
    (p) => !BUNDLED_PACKAGES.has(p),
  );
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: Object.fromEntries(
      Object.entries(CLI_ENTRY_POINTS).map(([name, source]) => [name, join(root, source)]),
    ),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: ['node20'],
    outdir,
    chunkNames: '[name]-[hash]',
    external: external.flatMap((p) => [p, `${p}/*`]),
    // commander is CommonJS: its require() of Node's modules needs a require in an ES module.
    banner: {
      js: "import { createRequire as __heliotropeRequire } from 'node:module';\nconst require = __heliotropeRequire(import.meta.url);",
    },
    sourcemap: 'linked',
    logLevel: 'warning',
    legalComments: 'none',
  });
  return outdir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli(process.argv[2] ? resolve(process.argv[2]) : undefined);
}
