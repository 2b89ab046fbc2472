import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessCaseValue, processStdinLine } from '../../src/bulk/patient.js';
import { defaultImporter } from '../../src/bulk/importer.js';
import {
  compareWorklist,
  onWorklist,
  rowCsvLine,
  type ResultRow,
} from '../../src/assess/population-results/row.js';
import { runBulk } from '../../src/bulk/run.js';
import type { PopulationSummary } from '../../src/assess/population-results/summary.js';
import { PopulationModel } from '../../src/population/model.js';
import { patientToFhir } from '../../src/population/to-fhir.js';
import { hashSeed } from '../../src/core/rng.js';
import { writePopulation, type InjectedError } from '../../src/population/write.js';
import { cli } from '../cli-io.js';

const AS_OF = '2026-01-01';
const N = 300;
const root = mkdtempSync(join(tmpdir(), 'heliotrope-bulk-'));
const exportDir = join(root, 'export');
const gzDir = join(root, 'export-gz');
let injected: InjectedError[] = [];

const read = (p: string) => readFileSync(p, 'utf8');
const rows = (out: string) =>
  read(join(out, 'results.ndjson'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ResultRow);
const clinical = (r: ResultRow) => {
  const { issues: _i, mrn: _m, ...rest } = r;
  return rest;
};

beforeAll(async () => {
  injected = (await writePopulation({ patients: N, out: exportDir, seed: 'bulk', truth: true, badLines: 4 }))
    .injected;
  await writePopulation({ patients: N, out: gzDir, seed: 'bulk', gzip: true, badLines: 4 });
}, 120000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The reference run (in this thread), made once. */
const out = join(root, 'out-0');
let baselineRun: Promise<unknown> | undefined;
const baseline = () => (baselineRun ??= runBulk({ input: exportDir, out, asOf: AS_OF, workers: 0 }));

describe('heliotrope bulk <export>', () => {
  beforeAll(() => baseline(), 60000);

  it('assesses every patient once and writes results, worklist, bad lines and summaries', async () => {
    const outCli = join(root, 'out-cli');
    const r = await cli(['bulk', exportDir, '--out', outCli, '--as-of', AS_OF, '--workers', '0']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Patients: 300 (300 assessed)');
    for (const f of [
      'results.ndjson',
      'results.csv',
      'worklist.csv',
      'bad-lines.csv',
      'summary.json',
      'summary.html',
    ])
      expect(existsSync(join(outCli, f)), f).toBe(true);
    expect(existsSync(join(outCli, '.heliotrope-bulk.sqlite'))).toBe(false);
    expect(read(join(outCli, 'results.ndjson'))).toBe(read(join(out, 'results.ndjson')));
    const got = rows(out);
    expect(got).toHaveLength(N);
    const truth = read(join(exportDir, 'truth.ndjson')).trim().split('\n');
    expect(new Set(got.map((x) => x.patientId))).toEqual(
      new Set(truth.map((l) => (JSON.parse(l) as { id: string }).id)),
    );
    expect(read(join(out, 'results.csv')).trim().split('\n')).toHaveLength(N + 1);
  });

  it('gives each patient the same result as assessing its ground-truth case', () => {
    const byId = new Map(rows(out).map((r) => [r.patientId, r]));
    for (const line of read(join(exportDir, 'truth.ndjson')).trim().split('\n')) {
      const c = JSON.parse(line) as { id: string };
      const expected = assessCaseValue(c, AS_OF, { patientId: c.id, mrn: null, issues: 0 });
      expect(clinical(byId.get(c.id)!), c.id).toEqual(clinical(expected));
    }
  });

  it('reports every bad line with its file and line, and goes on', () => {
    const csv = read(join(out, 'bad-lines.csv')).trim().split('\n').slice(1);
    expect(csv.sort()).toEqual(injected.map((e) => `${e.file},${e.line},${e.kind}`).sort());
    const s = JSON.parse(read(join(out, 'summary.json'))) as PopulationSummary;
    expect(s.input.badLines.total).toBe(4);
    expect(s.input.unknownPatients).toBe(1);
    expect(s.patients.total).toBe(N);
    expect(Object.values(s.byCategory).reduce((a, b) => a + b, 0)).toBe(s.patients.assessed);
  });

  it('lists on the worklist exactly the probable/definite patients with screening due, most urgent first', () => {
    const all = rows(out);
    const expected = all.filter(onWorklist).sort(compareWorklist);
    expect(expected.length).toBeGreaterThan(5);
    const lines = read(join(out, 'worklist.csv')).trim().split('\n');
    expect(lines[0]!.startsWith('rank,patientId,')).toBe(true);
    expect(lines.slice(1)).toEqual(expected.map((r, i) => `${i + 1},${rowCsvLine(r)}`));
    const s = JSON.parse(read(join(out, 'summary.json'))) as PopulationSummary;
    expect(s.worklist).toBe(expected.length);
    expect(read(join(out, 'summary.html'))).toContain('<svg');
  });

  it('reads a gzip-compressed export to the same results', async () => {
    const out2 = join(root, 'out-gz');
    const r = await cli([
      'bulk',
      join(gzDir, 'manifest.json'),
      '--out',
      out2,
      '--as-of',
      AS_OF,
      '--workers',
      '0',
    ]);
    expect(r.code, r.err).toBe(0);
    expect(read(join(out2, 'results.ndjson'))).toBe(read(join(out, 'results.ndjson')));
  });

  it('refuses to overwrite results, unless --force', async () => {
    const again = await cli(['bulk', exportDir, '--out', out, '--as-of', AS_OF, '--workers', '0']);
    expect(again.code).toBe(2);
    expect(again.err).toContain('already holds results');
    const resume = await cli(['bulk', exportDir, '--out', out, '--resume', '--workers', '0']);
    expect(resume.code).toBe(2);
    expect(resume.err).toContain('nothing to resume');
  });

  it('gives the same results with worker threads', async () => {
    const out3 = join(root, 'out-2');
    const r = await cli(['bulk', exportDir, '--out', out3, '--as-of', AS_OF, '--workers', '2']);
    expect(r.code, r.err).toBe(0);
    expect(read(join(out3, 'results.ndjson'))).toBe(read(join(out, 'results.ndjson')));
    expect(read(join(out3, 'worklist.csv'))).toBe(read(join(out, 'worklist.csv')));
    // The lines were scanned in the worker threads: the same bad lines and counts.
    expect(read(join(out3, 'bad-lines.csv'))).toBe(read(join(out, 'bad-lines.csv')));
    expect(read(join(out3, 'summary.json'))).toBe(read(join(out, 'summary.json')));
  }, 60000);

  it('resumes an interrupted run without redoing or duplicating patients', async () => {
    const out4 = join(root, 'out-resume');
    const first = await runBulk({
      input: exportDir,
      out: out4,
      asOf: AS_OF,
      workers: 0,
      batchSize: 16,
      stopAfterBatches: 5,
    });
    expect(first.stopped).toBe(true);
    expect(first.assessedNow).toBe(80);
    const second = await runBulk({ input: exportDir, out: out4, resume: true, workers: 0, batchSize: 16 });
    expect(second.stopped).toBe(false);
    expect(second.assessedNow).toBe(N - 80);
    for (const f of ['results.ndjson', 'results.csv', 'worklist.csv', 'bad-lines.csv'])
      expect(read(join(out4, f)), f).toBe(read(join(out, f)));
  });

  it('gives the same outputs with the work store in many buckets, resumed part-way with worker threads', async () => {
    const base = (await baseline()) as Awaited<ReturnType<typeof runBulk>>;
    const outB = join(root, 'out-buckets');
    // About 30 buckets of this export, files read in chunks of 64 KiB: each patient's lines lie in several
    // rows of its bucket, and batches end where a bucket ends.
    const opts = { input: exportDir, out: outB, workers: 0, batchSize: 16, bucketBytes: 256 << 10 };
    const first = await runBulk({ ...opts, asOf: AS_OF, chunkBytes: 64 << 10, stopAfterBatches: 7 });
    expect(first.stopped).toBe(true);
    const d = new Database(join(outB, '.heliotrope-bulk.sqlite'), { readonly: true });
    const buckets = d.prepare('SELECT COUNT(DISTINCT bucket) AS n FROM patients').get() as { n: number };
    d.close();
    expect(buckets.n).toBeGreaterThan(20);
    expect(first.assessedNow).toBeGreaterThan(0);
    expect(first.assessedNow).toBeLessThanOrEqual(7 * 16);
    const second = await runBulk({ ...opts, workers: 2, resume: true });
    expect(first.assessedNow + second.assessedNow).toBe(base.assessedNow);
    for (const f of ['results.ndjson', 'results.csv', 'worklist.csv', 'bad-lines.csv', 'summary.json'])
      expect(read(join(outB, f)), f).toBe(read(join(out, f)));
  }, 60000);

  it('resumes a run interrupted while reading the export (a partly loaded file is read again)', async () => {
    const out5 = join(root, 'out-load');
    let updates = 0;
    const crashing = {
      start: () => undefined,
      update: () => {
        if (++updates === 3) throw new Error('simulated crash');
      },
      end: () => undefined,
    };
    await expect(
      runBulk({
        input: exportDir,
        out: out5,
        asOf: AS_OF,
        workers: 0,
        chunkBytes: 64 << 10,
        progress: crashing,
      }),
    ).rejects.toThrow('simulated crash');
    const d = new Database(join(out5, '.heliotrope-bulk.sqlite'), { readonly: true });
    const partial = d.prepare('SELECT COUNT(*) AS n FROM bucketpos').get() as { n: number };
    d.close();
    expect(partial.n).toBeGreaterThan(0);
    await runBulk({ input: exportDir, out: out5, resume: true, workers: 0 });
    for (const f of ['results.ndjson', 'worklist.csv', 'bad-lines.csv'])
      expect(read(join(out5, f)), f).toBe(read(join(out, f)));
  });
});

describe('heliotrope bulk: the work store', () => {
  beforeAll(() => baseline(), 60000);
  const crashAfter = (n: number) => {
    let updates = 0;
    return {
      start: () => undefined,
      update: () => {
        if (++updates === n) throw new Error('simulated crash');
      },
      end: () => undefined,
    };
  };
  const copies = (dir: string) =>
    readdirSync(dir).filter((f) => f.startsWith('.heliotrope-bulk.sqlite.file'));

  it('reads a gzip export through its decompressed copy, resumed with worker threads, and removes the copy', async () => {
    const outGz = join(root, 'out-gz-resume');
    await expect(
      runBulk({
        input: join(gzDir, 'manifest.json'),
        out: outGz,
        asOf: AS_OF,
        workers: 0,
        chunkBytes: 64 << 10,
        progress: crashAfter(4),
      }),
    ).rejects.toThrow('simulated crash');
    // The lines read so far are in the copy, not in the store; the copy is written again from the start.
    expect(copies(outGz).length).toBeGreaterThan(0);
    const r = await runBulk({ input: join(gzDir, 'manifest.json'), out: outGz, resume: true, workers: 1 });
    expect(r.stopped).toBe(false);
    expect(read(join(outGz, 'results.ndjson'))).toBe(read(join(out, 'results.ndjson')));
    expect(copies(outGz)).toEqual([]);
  }, 60000);

  it('does not resume a run whose store was made by an earlier version', async () => {
    const outOld = join(root, 'out-old-store');
    await expect(
      runBulk({ input: exportDir, out: outOld, asOf: AS_OF, workers: 0, progress: crashAfter(2) }),
    ).rejects.toThrow('simulated crash');
    const d = new Database(join(outOld, '.heliotrope-bulk.sqlite'));
    d.prepare("DELETE FROM meta WHERE key = 'format'").run();
    d.close();
    await expect(runBulk({ input: exportDir, out: outOld, resume: true, workers: 0 })).rejects.toThrow(
      'made by an earlier version of heliotrope; use --force to start over',
    );
  });
});

describe('heliotrope bulk --resume after kill -9', () => {
  beforeAll(() => baseline(), 60000);

  it('continues a run whose process was killed mid-run, to the same results', async () => {
    const killed = join(root, 'out-killed');
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('../cli-child.ts', import.meta.url)),
        'bulk',
        exportDir,
        '--out',
        killed,
        '--as-of',
        AS_OF,
        '--workers',
        '1',
      ],
      { stdio: 'ignore' },
    );
    const db = join(killed, '.heliotrope-bulk.sqlite');
    let assessed = 0;
    const deadline = Date.now() + 90000;
    while (Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 50));
      if (!existsSync(db)) continue;
      try {
        const d = new Database(db, { readonly: true, fileMustExist: true });
        assessed = (d.prepare('SELECT COUNT(*) AS n FROM results').get() as { n: number }).n;
        d.close();
      } catch {
        continue;
      }
      if (assessed > 0) break;
    }
    expect(child.exitCode, 'the child finished before it could be killed').toBeNull();
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(assessed).toBeGreaterThan(0);
    expect(existsSync(join(killed, 'summary.json'))).toBe(false);
    const resumed = await runBulk({ input: exportDir, out: killed, resume: true, workers: 0 });
    expect(resumed.assessedNow).toBeLessThan(N);
    expect(read(join(killed, 'results.ndjson'))).toBe(read(join(out, 'results.ndjson')));
    expect(read(join(killed, 'worklist.csv'))).toBe(read(join(out, 'worklist.csv')));
  }, 120000);
});

describe('heliotrope bulk --stdin', () => {
  it('writes one result line per input line, in order, and nothing else on stdout', async () => {
    const model = new PopulationModel({ seed: 'bulk', referenceDate: AS_OF });
    const rec = model.patient(1);
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: Object.values(patientToFhir(rec, { seed: hashSeed('bulk') }))
        .flat()
        .map((resource) => ({ resource })),
    };
    const truth = read(join(exportDir, 'truth.ndjson')).split('\n')[0]!;
    const twoPatients = {
      resourceType: 'Bundle',
      entry: [
        { resource: { resourceType: 'Patient', id: 'a' } },
        { resource: { resourceType: 'Patient', id: 'b' } },
      ],
    };
    const input = [
      truth,
      JSON.stringify(bundle),
      '',
      '{"truncated',
      JSON.stringify(twoPatients),
      '{"resourceType":"Observation"}',
    ].join('\n');
    const r = await cli(['bulk', '--stdin', '--as-of', AS_OF], { stdin: `${input}\n` });
    expect(r.code).toBe(0);
    const out = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ResultRow & { line: number });
    expect(out.map((o) => o.line)).toEqual([1, 2, 3, 4, 5, 6]);
    const truthId = (JSON.parse(truth) as { id: string }).id;
    expect(out[0]).toMatchObject({ patientId: truthId });
    expect(out[0]!.error).toBeUndefined();
    expect(out[1]).toMatchObject({ patientId: rec.id, mrn: rec.mrn });
    expect(out[1]!.error).toBeUndefined();
    expect(out[1]).toEqual(processStdinLine(JSON.stringify(bundle), 2, defaultImporter, AS_OF));
    expect(out.slice(2).map((o) => o.error)).toEqual([
      'empty line',
      'not valid JSON',
      'the Bundle holds 2 patients (one expected)',
      'neither a FHIR Bundle, a Patient nor a case document',
    ]);
    expect(r.err).toContain('6 lines, 2 assessed, 4 with an error');
  });

  it('refuses an export or --out together with --stdin', async () => {
    const r = await cli(['bulk', exportDir, '--stdin']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
  });
});
