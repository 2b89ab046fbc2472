/**
 * What a short command loads: the CLI loads only the verb that runs, and the static imports of `calc` (the
 * modules Node loads before its first line runs) reach neither the case schema's zod, nor the server, the store,
 * the extraction lexicon, the FHIR importer, nor the CSV parser and the JSON error locator of batch and document
 * inputs. Lazy parts are dynamic imports, which this walk does not follow.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands, commandsFor } from '../src/cli/commands/index.js';
import { recist11Set } from '../src/monitoring/recist/set.js';
import { repoRoot } from './repo.js';

/** Static (value) imports of a source file: `import … from`, `export … from`, not `import type`, not `import()`. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  const re = /^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1]!);
  return out;
}

/** Every package and source file reached by static imports from `entry`. */
function reached(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop()!;
    if (files.has(f)) continue;
    files.add(f);
    for (const spec of staticImports(f)) {
      if (!spec.startsWith('.')) {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
        continue;
      }
      const ts = resolve(dirname(f), spec).replace(/\.js$/, '.ts');
      if (existsSync(ts)) todo.push(ts);
    }
  }
  return { files, packages };
}

describe('CLI start', () => {
  it('loads only the verb named first; every verb for the help or a mistake', () => {
    expect(commandsFor(['calc', 'eular-acr-2017']).map((c) => c.name)).toEqual(['calc']);
    expect(commandsFor(['serve']).map((c) => c.name)).toEqual(['serve']);
    expect(commandsFor(['--help'])).toBe(commands);
    expect(commandsFor(['calcx'])).toBe(commands);
    expect(commandsFor([])).toBe(commands);
  });

  it('calc reaches neither zod, the CSV parser, the JSON error locator nor the server, store, extraction, FHIR or bulk code by static imports', () => {
    const main = reached(resolve(repoRoot, 'src/cli/main.ts'));
    const calc = reached(resolve(repoRoot, 'src/cli/commands/calc.ts'));
    const files = new Set([...main.files, ...calc.files]);
    const packages = new Set([...main.packages, ...calc.packages]);
    for (const p of [
      'zod',
      'hono',
      '@hono/zod-openapi',
      'kysely',
      'better-sqlite3',
      'pg',
      '@lhncbc/ucum-lhc',
      // Batch and document inputs only: loaded when a CSV batch or a JSON document is read.
      'csv-parse',
      'jsonc-parser',
    ])
      expect(packages.has(p), p).toBe(false);
    const rel = [...files].map((f) => f.slice(repoRoot.length + 1));
    for (const dir of ['src/server/', 'src/store/', 'src/extract/', 'src/fhir/', 'src/bulk/'])
      expect(
        rel.filter((f) => f.startsWith(dir)),
        dir,
      ).toEqual([]);
    expect(rel).toContain('src/sets/registry.ts');
  });

  it('the RECIST document calculator evaluates a document once loaded', async () => {
    const calc = recist11Set.calculator;
    if (calc.kind !== 'document') throw new Error('recist-1.1 is a document calculator');
    await calc.load!();
    const r = calc.evaluate({
      assessments: [
        { date: '2025-01-10', targets: [{ id: 't1', organ: 'liver', nodal: false, diameterMm: 40 }] },
        { date: '2025-03-10', targets: [{ id: 't1', organ: 'liver', nodal: false, diameterMm: 20 }] },
      ],
    });
    expect(r.valid).toBe(true);
  });
});
