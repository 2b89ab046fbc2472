// Builds the web application (web/) into dist/web: one ES module bundle, one stylesheet, index.html.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What both Preact bundles share: one ES module, JSX for Preact, the engine's sources through the package's subpaths. */
const PREACT_BUNDLE = {
  bundle: true,
  format: /** @type {const} */ ('esm'),
  sourcemap: false,
  jsx: /** @type {const} */ ('automatic'),
  jsxImportSource: 'preact',
  // The web imports the engine's wording and types through the package's own subpaths
  // (`heliotrope/wording`); this condition points them at the TypeScript sources.
  conditions: ['heliotrope-source'],
  logLevel: /** @type {const} */ ('silent'),
  legalComments: /** @type {const} */ ('none'),
};

/**
 * Bundles the web's stylesheet (print rules included), minified.
 * @param {string} name - output name (without .css)
 * @param {string} outdir - output folder
 */
async function buildStylesheet(name, outdir) {
  await build({
    entryPoints: { [name]: join(root, 'web/src/styles.css') },
    bundle: true,
    minify: true,
    outdir,
    logLevel: 'silent',
  });
}

/**
 * Builds the web application.
 * @param {string} outdir - output folder (default dist/web)
 */
export async function buildWeb(outdir = join(root, 'dist', 'web')) {
  mkdirSync(outdir, { recursive: true });
  await build({
    ...PREACT_BUNDLE,
    entryPoints: { app: join(root, 'web/src/main.tsx') },
    target: ['es2022'],
    minify: true,
    outdir,
  });
  await buildStylesheet('app', outdir);
  copyFileSync(join(root, 'web/index.html'), join(outdir, 'index.html'));
  return outdir;
}

/**
 * Builds the report view: the web's print view (web/src/report-document.tsx) as one ES module for Node with
 * preact and preact-render-to-string inside (they are not run-time dependencies of the package), and the
 * web's stylesheet beside it; `heliotrope report` imports it when it writes a report.
 * @param {string} outdir - output folder (default dist/report-view)
 * @returns {Promise<{ module: string, stylesheet: string }>} the files written
 */
export async function buildReportView(outdir = join(root, 'dist', 'report-view')) {
  mkdirSync(outdir, { recursive: true });
  await build({
    ...PREACT_BUNDLE,
    entryPoints: { 'report-view': join(root, 'web/src/report-document.tsx') },
    platform: 'node',
    target: ['node20'],
    outdir,
  });
  await buildStylesheet('report-view', outdir);
  return { module: join(outdir, 'report-view.js'), stylesheet: join(outdir, 'report-view.css') };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildWeb(process.argv[2] ? resolve(process.argv[2]) : undefined);
  await buildReportView();
}
