/**
 * The import boundaries between layers are enforced by ESLint (eslint.config.js); this checks that no folder of
 * src/ escapes them: every folder but the interfaces (cli, server) and the type shims has a layer rule.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Linter } from 'eslint';

// The ESLint configuration is plain JavaScript (read by ESLint itself); its shape is ESLint's flat config.
const configUrl: string = new URL('../eslint.config.js', import.meta.url).href;
const config = ((await import(configUrl)) as { default: Linter.Config[] }).default;

describe('layer boundaries', () => {
  it('every src folder has its import rule', () => {
    const dirs = readdirSync(new URL('../src/', import.meta.url), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !['cli', 'server', 'types'].includes(d.name))
      .map((d) => d.name);
    const ruled = new Set(
      config.flatMap((c) =>
        c.rules?.['no-restricted-imports'] && c.files
          ? c.files.flatMap((f) =>
              typeof f === 'string' ? [/^src\/([^/]+)\/\*\*\/\*\.ts$/.exec(f)?.[1] ?? ''] : [],
            )
          : [],
      ),
    );
    for (const d of dirs) expect(ruled.has(d), `src/${d} has no layer rule in eslint.config.js`).toBe(true);
  });
});
