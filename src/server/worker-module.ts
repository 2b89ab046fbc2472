/**
 * The module a tinypool worker thread loads.
 * @module
 */

/**
 * The worker module `name` beside the module at `here`: `name.js` when built; when run from source (tsx,
 * vitest) a small module that registers tsx in the worker thread first (a worker thread does not inherit the
 * main thread's TypeScript loader), then loads `name.ts`.
 * @param here - `import.meta.url` of the module beside the worker
 * @param name - the worker module's name without extension
 */
export function workerModule(here: string, name: string): string {
  if (!here.endsWith('.ts')) return new URL(`./${name}.js`, here).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL(`./${name}.ts`, here).href;
  const code = [
    `import { register } from ${JSON.stringify(tsx)};`,
    'register();',
    `const m = await import(${JSON.stringify(worker)});`,
    'export default m.default;',
  ].join('\n');
  return `data:text/javascript,${encodeURIComponent(code)}`;
}
