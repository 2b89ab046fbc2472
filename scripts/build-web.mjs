// Builds the web application (web/) into dist/web: one ES module bundle, one stylesheet, index.html.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Builds the web application.
 * @param {string} outdir - output folder (default dist/web)
 */
export async function buildWeb(outdir = join(root, 'dist', 'web')) {
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: { app: join(root, 'web/src/main.tsx') },
    bundle: true,
    format: 'esm',
    target: ['es2022'],
    minify: true,
    sourcemap: false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // The web imports the engine's wording and types through the package's own subpaths
    // (`heliotrope/wording`); this condition points them at the TypeScript sources.
    conditions: ['heliotrope-source'],
    outdir,
    logLevel: 'silent',
    legalComments: 'none',
  });
  await build({
    entryPoints: { app: join(root, 'web/src/styles.css') },
    bundle: true,
    minify: true,
    outdir,
    logLevel: 'silent',
  });
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
    entryPoints: { 'report-view': join(root, 'web/src/report-document.tsx') },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: ['node20'],
    sourcemap: false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    conditions: ['heliotrope-source'],
    outdir,
    logLevel: 'silent',
    legalComments: 'none',
  });
  await build({
    entryPoints: { 'report-view': join(root, 'web/src/styles.css') },
    bundle: true,
    minify: true,
    outdir,
    logLevel: 'silent',
  });
  return { module: join(outdir, 'report-view.js'), stylesheet: join(outdir, 'report-view.css') };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildWeb(process.argv[2] ? resolve(process.argv[2]) : undefined);
  await buildReportView();
}
