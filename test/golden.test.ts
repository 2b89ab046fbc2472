/**
 * Golden outputs: the full assessment of every synthetic fixture case and demo case, as JSON (the values) and
 * as CLI text (the wording), kept in `test/golden/`. A change to any result or any word shows up in the diff of
 * these files; an intended change is recorded with `npx vitest run test/golden.test.ts -u` and reviewed there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessCase } from '../src/assess/assess.js';
import { parseCase } from '../src/case/validate.js';
import { renderAssessment } from '../src/cli/commands/assess.js';
import { demoCases } from '../src/server/demo-cases.js';
import { nonFinitePaths } from './values.js';

const AS_OF = '2026-11-21';

const fixtureDirs = [
  '../src/criteria/__fixtures__/',
  '../src/cancer/__fixtures__/',
  '../src/monitoring/__fixtures__/',
];

function fixtureCases(): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const rel of fixtureDirs) {
    const dir = new URL(rel, import.meta.url);
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.json') || f.startsWith('invalid')) continue;
      out.push([f.replace(/(\.case)?\.json$/, ''), JSON.parse(readFileSync(new URL(f, dir), 'utf8'))]);
    }
  }
  demoCases.forEach((c, i) => out.push([`demo-${i + 1}`, c]));
  return out;
}

describe.each(fixtureCases())('%s', (name, doc) => {
  const report = assessCase(parseCase(doc), { asOf: AS_OF });
  it('assessment JSON is unchanged', async () => {
    await expect(JSON.stringify(report, null, 2) + '\n').toMatchFileSnapshot(
      `golden/${name}.assessment.json`,
    );
  });
  it('has no non-finite number anywhere (JSON would turn ±Infinity and NaN into null)', () => {
    expect(nonFinitePaths(report)).toEqual([]);
  });
  it('assessment text is unchanged', async () => {
    await expect(renderAssessment(report) + '\n').toMatchFileSnapshot(`golden/${name}.assessment.txt`);
  });
});
