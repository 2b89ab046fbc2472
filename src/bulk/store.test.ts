import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkStore } from './store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function storeWith(): WorkStore {
  const dir = mkdtempSync(join(tmpdir(), 'heliotrope-store-'));
  dirs.push(dir);
  const store = new WorkStore(join(dir, 'work.sqlite'));
  store.addFiles([
    { path: 'Patient.ndjson', type: 'Patient', size: 1, mtimeMs: 1 },
    { path: 'Observation.ndjson', type: 'Observation', size: 1, mtimeMs: 1 },
  ]);
  const group = (lines: number[], texts: string[], npatient: number) => ({
    lines,
    parts: texts.map((t) => Buffer.from(t)),
    npatient,
  });
  // Two chunks of the Observation file, so that one patient has three parts in rowid order.
  store.writeChunk(
    0,
    new Map([
      ['b', group([1], ['{"b":1}'], 1)],
      ['a', group([2], ['{"a":1}'], 1)],
      ['c', group([3], ['{"c":1}'], 1)],
    ]),
    [],
    new Map(),
    { lines: 3 },
  );
  store.writeChunk(
    1,
    new Map([
      ['a', group([1, 4], ['{"a":2}', '{"a":3}'], 0)],
      ['c', group([2], ['{"c":2}'], 0)],
    ]),
    [],
    new Map(),
    null,
  );
  store.writeChunk(1, new Map([['a', group([7], ['{"a":4}'], 0)]]), [], new Map(), { lines: 7 });
  store.group();
  return store;
}

const text = (g: { parts: { file: number; lines: Uint32Array; data: Uint8Array }[] }) =>
  g.parts.map((p) => ({ file: p.file, lines: [...p.lines], data: Buffer.from(p.data).toString() }));

describe('WorkStore.patientGroups', () => {
  it('reads several patients with one query, the same parts in the same order as one query each', () => {
    const store = storeWith();
    try {
      const patients = store.pendingPatients(-1, 10);
      expect(patients.map((p) => p.key)).toEqual(['a', 'b', 'c']);
      const all = store.patientGroups(patients);
      expect(all.map(text)).toEqual(patients.map((p) => text(store.patientGroup(p.seq, p.key))));
      expect(text(all[0]!)).toEqual([
        { file: 0, lines: [2], data: '{"a":1}' },
        { file: 1, lines: [1, 4], data: '{"a":2}\n{"a":3}' },
        { file: 1, lines: [7], data: '{"a":4}' },
      ]);
    } finally {
      store.close();
    }
  });

  it('leaves out the patients of the key range that were not asked for', () => {
    const store = storeWith();
    try {
      const [a, , c] = store.pendingPatients(-1, 10);
      const groups = store.patientGroups([a!, c!]);
      expect(groups.map((g) => [g.seq, g.key])).toEqual([
        [a!.seq, 'a'],
        [c!.seq, 'c'],
      ]);
      expect(text(groups[1]!)).toEqual([
        { file: 0, lines: [3], data: '{"c":1}' },
        { file: 1, lines: [2], data: '{"c":2}' },
      ]);
      expect(store.patientGroups([])).toEqual([]);
    } finally {
      store.close();
    }
  });
});
