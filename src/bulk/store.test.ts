import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { worklistOrder, worklistOutcomes } from '../../test/worklist-outcomes.js';
import { bucketOf, PAGE_CACHE_KIB, WorkStore } from './store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Writes a file whose line `n` is `lines[n]` (other lines `{}`); the spans of the given lines. */
function fileWith(path: string, lines: Record<number, string>, crlf = false): Map<number, [number, number]> {
  const last = Math.max(...Object.keys(lines).map(Number));
  const spans = new Map<number, [number, number]>();
  let text = '';
  for (let n = 1; n <= last; n++) {
    const line = lines[n] ?? '{}';
    spans.set(n, [Buffer.byteLength(text), Buffer.byteLength(text) + Buffer.byteLength(line)]);
    text += line + (crlf ? '\r\n' : '\n');
  }
  writeFileSync(path, text);
  return spans;
}

/** A new store with no files, in a temporary directory removed after the test. */
function emptyStore(): WorkStore {
  const dir = mkdtempSync(join(tmpdir(), 'heliotrope-store-'));
  dirs.push(dir);
  return new WorkStore(join(dir, 'work.sqlite'));
}

function storeWith(crlf = false): WorkStore {
  const dir = mkdtempSync(join(tmpdir(), 'heliotrope-store-'));
  dirs.push(dir);
  const patients = fileWith(join(dir, 'Patient.ndjson'), { 1: '{"b":1}', 2: '{"a":1}', 3: '{"c":1}' }, crlf);
  const observations = fileWith(
    join(dir, 'Observation.ndjson'),
    { 1: '{"a":2}', 2: '{"c":2}', 3: '{"a":2.5}', 4: '{"a":3}', 7: '{"a":4}' },
    crlf,
  );
  const store = new WorkStore(join(dir, 'work.sqlite'));
  // Three buckets (a byte a bucket), so that the patients fall in more than one.
  store.addFiles(
    [
      { path: join(dir, 'Patient.ndjson'), type: 'Patient', size: 1, mtimeMs: 1 },
      { path: join(dir, 'Observation.ndjson'), type: 'Observation', size: 2, mtimeMs: 1 },
    ],
    1,
  );
  const group = (spans: Map<number, [number, number]>, lines: number[], npatient: number) => ({
    lines,
    spans: lines.flatMap((l) => spans.get(l)!),
    npatient,
  });
  // Two chunks of the Observation file, so that one patient has three parts in rowid order; lines 3 and 4
  // are consecutive (one read), line 1 is apart from them.
  store.writeChunk(
    0,
    new Map([
      ['b', group(patients, [1], 1)],
      ['a', group(patients, [2], 1)],
      ['c', group(patients, [3], 1)],
    ]),
    [],
    new Map(),
    { lines: 3 },
  );
  store.writeChunk(
    1,
    new Map([
      ['a', group(observations, [1, 3, 4], 0)],
      ['c', group(observations, [2], 0)],
    ]),
    [],
    new Map(),
    null,
  );
  store.writeChunk(1, new Map([['a', group(observations, [7], 0)]]), [], new Map(), { lines: 7 });
  store.group();
  return store;
}

const text = (g: { parts: { file: number; lines: Uint32Array; data: Uint8Array }[] }) =>
  g.parts.map((p) => ({ file: p.file, lines: [...p.lines], data: Buffer.from(p.data).toString() }));

describe('WorkStore', () => {
  it('bounds its page cache at PAGE_CACHE_KIB (16 MiB)', () => {
    const store = storeWith();
    expect(store.db.pragma('cache_size', { simple: true })).toBe(-PAGE_CACHE_KIB);
    expect(PAGE_CACHE_KIB).toBe(16 * 1024);
    store.close();
  });
});

describe('WorkStore.group', () => {
  it('numbers the patients in key order with their Patient resources counted and their buckets', () => {
    const store = storeWith();
    try {
      expect(store.group()).toBe(3);
      expect(store.pendingPatients(-1, 10)).toEqual([
        { seq: 1, key: 'a', npatient: 1 },
        { seq: 2, key: 'b', npatient: 1 },
        { seq: 3, key: 'c', npatient: 1 },
      ]);
      const buckets = store.db.prepare('SELECT key, bucket FROM patients ORDER BY seq').all();
      expect(buckets).toEqual(['a', 'b', 'c'].map((key) => ({ key, bucket: bucketOf(key, 3) })));
    } finally {
      store.close();
    }
  });
});

describe('bucketOf', () => {
  it('spreads keys over the buckets, the same for the same key and count', () => {
    const counts = new Array<number>(7).fill(0);
    for (let i = 0; i < 7000; i++) counts[bucketOf(`patient-${i}`, 7)]!++;
    for (const n of counts) expect(n).toBeGreaterThan(800);
    expect(bucketOf('a', 3)).toBe(bucketOf('a', 3));
    expect(bucketOf('anything', 1)).toBe(0);
  });
});

describe('WorkStore.pendingByBucket', () => {
  it('walks every pending patient bucket by bucket, in seq order within a bucket, pages of any size', () => {
    const store = storeWith();
    try {
      const want = [...store.pendingByBucket()];
      expect(want.map((p) => p.key).sort()).toEqual(['a', 'b', 'c']);
      for (const [i, p] of want.entries()) {
        expect(p.bucket).toBe(bucketOf(p.key, 3));
        if (i) {
          const q = want[i - 1]!;
          expect(q.bucket < p.bucket || (q.bucket === p.bucket && q.seq < p.seq)).toBe(true);
        }
      }
      expect([...store.pendingByBucket(1)]).toEqual(want);
      // A stored result takes its patient out of the walk.
      store.writeResults([{ ...worklistOutcomes(1)[0]!, seq: want[0]!.seq }], want[0]!.bucket);
      expect([...store.pendingByBucket(1)]).toEqual(want.slice(1));
    } finally {
      store.close();
    }
  });
});

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
        { file: 1, lines: [1, 3, 4], data: '{"a":2}\n{"a":2.5}\n{"a":3}' },
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

  it('reads the lines of a CR LF file: consecutive lines in one read, each line parsed as before', () => {
    const store = storeWith(true);
    try {
      const [a] = store.patientGroups(store.pendingPatients(-1, 1));
      const parts = text(a!);
      expect(parts.map((p) => p.lines)).toEqual([[2], [1, 3, 4], [7]]);
      // The CR of a line break inside a run of consecutive lines stays with its line: JSON white space.
      expect(parts[1]!.data).toBe('{"a":2}\n{"a":2.5}\r\n{"a":3}');
      expect(parts[1]!.data.split('\n').map((l) => JSON.parse(l) as unknown)).toEqual([
        { a: 2 },
        { a: 2.5 },
        { a: 3 },
      ]);
    } finally {
      store.close();
    }
  });
});

describe('WorkStore.writeResults', () => {
  it('keeps one result per patient, in patient order, whatever the order of the batches and when one comes again', () => {
    const store = emptyStore();
    try {
      const outcomes = worklistOutcomes(500);
      // Batches as the run sends them: bucket by bucket (here seq mod 3), in seq order within a bucket, so that
      // a batch's patients are scattered over the whole seq range; the buckets in the order 2, 0, 1.
      const batches: { bucket: number; outcomes: typeof outcomes }[] = [];
      for (const bucket of [2, 0, 1]) {
        const mine = outcomes.filter((o) => o.seq % 3 === bucket);
        for (let i = 0; i < mine.length; i += 64) batches.push({ bucket, outcomes: mine.slice(i, i + 64) });
      }
      for (const b of batches) store.writeResults(b.outcomes, b.bucket);
      // A batch stored again after a crash (resume): its rows replace the first ones, with new content.
      const again = batches[3]!;
      store.writeResults(
        again.outcomes.map((o) => ({ ...o, row: JSON.stringify({ again: o.seq }) })),
        again.bucket,
      );
      const againSeqs = new Set(again.outcomes.map((o) => o.seq));
      expect([...store.results()]).toEqual(
        outcomes.map((o) => (againSeqs.has(o.seq) ? JSON.stringify({ again: o.seq }) : o.row)),
      );
      expect(store.doneCount()).toBe(500);
    } finally {
      store.close();
    }
  });
});

describe('WorkStore.worklist', () => {
  it('reads the worklist page after page along its index, in the order of one sort of the whole list', () => {
    const store = emptyStore();
    try {
      const outcomes = worklistOutcomes(3000);
      store.writeResults(outcomes, 0);
      const want = worklistOrder(outcomes);
      expect(want.length).toBeGreaterThan(1500);
      // Pages that end inside runs of equal urgency, due day and tier; one row a page; one page for all. At
      // most a few rows more than expected are read, so that a reader that never ends fails instead of hanging.
      const take = (rows: Iterable<string>) => {
        const got: string[] = [];
        for (const r of rows) if (got.push(r) > want.length + 3) break;
        return got;
      };
      for (const pageSize of [7, 1, 2000, 10_000])
        expect(take(store.worklist(pageSize)), String(pageSize)).toEqual(want);
      const plan = store.db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT row FROM results WHERE worklist = 1
             AND (overdue_rank, oldest_due, tier_rank, patient) > (?, ?, ?, ?)
             ORDER BY overdue_rank, oldest_due, tier_rank, patient LIMIT 5`,
        )
        .all(0, '', 0, '') as { detail: string }[];
      expect(plan.map((r) => r.detail).join(' ')).toMatch(/SEARCH results USING INDEX results_worklist/);
    } finally {
      store.close();
    }
  }, 20_000);
});
