/**
 * `calc --input` streams (issue 15 #4): a batch of 100,000 CSV rows and one of 30,000 JSONL lines are
 * scored in a child process whose heap is capped at 96 MB. Holding the batch and its results in memory
 * needs several hundred MB (the probe measured 700 MB per 100,000 rows) and aborts there; streaming
 * completes with every row scored. A ceiling, not a timing: the figures are re-measured in `npm run bench`.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const HEAP_CAP_MB = 96;
const dir = mkdtempSync(join(tmpdir(), 'helio-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const VALUES = ['yes', 'no', ''];
const ITEMS = ['symmetric-proximal-weakness', 'elevated-muscle-enzymes', 'typical-rash', 'myopathic-emg'];
/** Row k's values: a fixed pattern over the three values (no randomness needed for a size test). */
const valuesOf = (k: number) => ITEMS.map((_, j) => VALUES[(k + j * 7 + Math.floor(k / 3)) % 3]!);

async function scoreInChild(file: string): Promise<{ code: number; lines: number; peakHeapMb: number }> {
  const child = join(import.meta.dirname, 'batch-memory.child.ts');
  const { stderr } = await run(
    process.execPath,
    [
      `--max-old-space-size=${HEAP_CAP_MB}`,
      '--import',
      'tsx',
      child,
      'calc',
      'bohan-peter-1975',
      '--input',
      file,
      '--json',
    ],
    { cwd: join(import.meta.dirname, '..', '..'), maxBuffer: 1 << 20 },
  );
  return JSON.parse(stderr.trim().split('\n').pop()!) as { code: number; lines: number; peakHeapMb: number };
}

describe('calc --input streams with flat memory', () => {
  it('100,000 CSV rows under a 96 MB heap: every row scored', { timeout: 240_000 }, async () => {
    const n = 100_000;
    const rows = [ITEMS.join(',')];
    for (let k = 0; k < n; k++) rows.push(valuesOf(k).join(','));
    const file = join(dir, 'batch.csv');
    writeFileSync(file, `${rows.join('\n')}\n`);
    const r = await scoreInChild(file);
    expect(r).toMatchObject({ code: 0, lines: n });
    expect(r.peakHeapMb).toBeLessThan(HEAP_CAP_MB);
  });
  it('30,000 JSONL lines under a 96 MB heap: every line scored', { timeout: 240_000 }, async () => {
    const n = 30_000;
    const lines: string[] = [];
    for (let k = 0; k < n; k++) {
      const v = valuesOf(k);
      lines.push(JSON.stringify(Object.fromEntries(ITEMS.map((id, j) => [id, v[j] || 'unknown']))));
    }
    const file = join(dir, 'batch.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = await scoreInChild(file);
    expect(r).toMatchObject({ code: 0, lines: n });
    expect(r.peakHeapMb).toBeLessThan(HEAP_CAP_MB);
  });
});
