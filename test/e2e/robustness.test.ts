/**
 * Regression tests of the CLI for the defects a robustness probe found (issue 15). Each names the defect.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { processIo, type CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { cli } from '../cli-io.js';

const HUGE_OFFSET_CASE = JSON.stringify({
  schemaVersion: '1.0',
  dates: { presentation: '2021-01-01' },
  visits: [
    { date: '2021-01-01', physicianGlobal: { value: 2 } },
    { date: { relativeTo: 'presentation', offset: 300000, unit: 'year' }, physicianGlobal: { value: 1 } },
  ],
});

describe('#1 dates are bounded', () => {
  it('report and assess refuse a 300,000-year offset with exit 2 and its path (report used to hang)', async () => {
    for (const verb of ['report', 'assess']) {
      const r = await cli([verb, 'case.json'], { files: { 'case.json': HUGE_OFFSET_CASE } });
      expect(r.code).toBe(2);
      expect(r.err).toContain('visits[1].date.offset');
      expect(r.out).toBe('');
    }
  });
  it('--as-of outside 1900–2100 is refused', async () => {
    const ok = JSON.stringify({ schemaVersion: '1.0' });
    const r = await cli(['assess', 'c.json', '--as-of', '9999-12-31'], { files: { 'c.json': ok } });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--as-of/);
  });
});

describe('#2 no case content on the console', () => {
  it('assess --json with a unit holding a name: exit 2 naming the field, nothing written by a library', async () => {
    const out = vi.spyOn(process.stdout, 'write');
    const err = vi.spyOn(process.stderr, 'write');
    const doc = JSON.stringify({
      schemaVersion: '1.0',
      labs: [{ analyte: 'CK', value: 900, unit: 'Jane Roe MRN 4711' }],
    });
    const r = await cli(['assess', 'c.json', '--json'], { files: { 'c.json': doc } });
    expect(r.code).toBe(2);
    expect(r.err).toContain('labs[0].unit');
    expect(out).not.toHaveBeenCalled();
    expect(err).not.toHaveBeenCalled();
  });
});

describe('#3 deep nesting', () => {
  const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
  it('assess: a case nested 10,000 deep → exit 2 naming where (was an internal error, exit 1)', async () => {
    const r = await cli(['assess', 'deep.json'], {
      files: { 'deep.json': `{"schemaVersion":"1.0","notes":${deep(10_000)}}` },
    });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/deep\.json is nested too deeply/);
    expect(r.err).toContain('notes[0]');
    expect(r.err).not.toMatch(/internal error|call stack/i);
  });
  it('assess: unclosed nesting through the malformed-JSON path → exit 2', async () => {
    const r = await cli(['assess', 'deep.json'], {
      files: { 'deep.json': `{"schemaVersion":"1.0","notes":${'['.repeat(10_000)}` },
    });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/nested too deeply/);
  });
  it('calc JSONL: a deeply nested item value is that line’s error; the other lines are scored', async () => {
    const jsonl = [
      JSON.stringify({ 'age-at-onset': 43 }),
      `{"age-at-onset": ${deep(10_000)}}`,
      `{"age-at-onset": ${deep(10)}}`,
      JSON.stringify({ 'age-at-onset': 50 }),
    ].join('\n');
    const r = await cli(['calc', 'eular-acr-2017', '--input', 'b.jsonl', '--json'], {
      files: { 'b.jsonl': jsonl },
    });
    expect(r.code).toBe(2);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; error?: unknown });
    expect(lines.map((l) => [l.line, l.error === undefined])).toEqual([
      [1, true],
      [2, false],
      [3, false],
      [4, true],
    ]);
    expect(r.err).toMatch(/line 2[\s\S]*nested more than 64 levels/);
    expect(r.err).toMatch(/line 3[\s\S]*an array is not a valid value/);
  });
});

describe('#10 inherited Object property names are ordinary unknown names', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'calc %s=yes → exit 2 "unknown item"',
    async (name) => {
      const r = await cli(['calc', 'eular-acr-2017', `${name}=yes`]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`unknown item "${name}"`);
      expect(r.err).not.toMatch(/given twice/);
    },
  );
  it('a CSV header or JSONL key named constructor / __proto__ is an unknown item', async () => {
    const csv = await cli(['calc', 'eular-acr-2017', '--input', 'b.csv'], {
      files: { 'b.csv': 'age-at-onset,constructor\n43,yes\n' },
    });
    expect(csv.code).toBe(2);
    expect(csv.err).toContain('unknown item "constructor"');
    const jsonl = await cli(['calc', 'eular-acr-2017', '--input', 'b.jsonl'], {
      files: { 'b.jsonl': '{"__proto__": "yes", "age-at-onset": 43}\n' },
    });
    expect(jsonl.code).toBe(2);
    expect(jsonl.err).toContain('unknown item "__proto__"');
  });
  it('a case whose lab, antibody and investigation are named "constructor" is assessed with those names', async () => {
    const doc = JSON.stringify({
      schemaVersion: '1.0',
      labs: [{ analyte: 'constructor', value: 3 }],
      antibodies: [{ target: 'constructor', result: 'positive' }],
      investigations: [{ kind: 'constructor', date: '2024-01-01' }],
    });
    const r = await cli(['assess', 'c.json', '--json', '--as-of', '2026-01-01'], {
      files: { 'c.json': doc },
    });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { case: { labs: { analyte: string }[] } };
    expect(report.case.labs[0]!.analyte).toBe('constructor');
  });
});

describe('#9 a CSV column given twice is refused', () => {
  it('names the column and the line; nothing is scored (the last value used to win)', async () => {
    const r = await cli(['calc', 'eular-acr-2017', '--input', 'b.csv', '--json'], {
      files: { 'b.csv': 'age-at-onset,heliotrope-rash,age-at-onset\n43,yes,17\n' },
    });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/line 1: age-at-onset/);
    expect(r.err).toMatch(/item "age-at-onset" is given twice in the CSV header \(columns 1 and 3\)/);
  });
});

describe('#13 file errors name the path and the problem', () => {
  const real = () => {
    let out = '';
    let err = '';
    const io: CliIo = {
      ...processIo,
      stdout: (t) => void (out += t),
      stderr: (t) => void (err += t),
      today: () => '2026-11-21',
    };
    return { io, out: () => out, err: () => err };
  };
  const dir = mkdtempSync(join(tmpdir(), 'helio-files-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const caseFile = join(dir, 'case.json');
  writeFileSync(caseFile, JSON.stringify({ schemaVersion: '1.0', patient: { age: 50 } }));

  it('report --out <directory> → exit 2 "it is a directory", nothing written', async () => {
    const x = real();
    expect(await runCli(['report', caseFile, '--out', dir], x.io)).toBe(2);
    expect(x.err()).toContain(`cannot write ${dir}: it is a directory`);
    expect(readdirSync(dir)).toEqual(['case.json']);
  });
  it('report --out missing/x.html → exit 2 naming the missing directory, nothing created', async () => {
    const x = real();
    const target = join(dir, 'missing', 'x.html');
    expect(await runCli(['report', caseFile, '--out', target], x.io)).toBe(2);
    expect(x.err()).toContain(`cannot write ${target}: the directory ${join(dir, 'missing')} does not exist`);
    expect(readdirSync(dir)).toEqual(['case.json']);
  });
  it('report --out writes the whole file and leaves no temporary file behind', async () => {
    const x = real();
    const target = join(dir, 'r.html');
    writeFileSync(target, 'old');
    expect(await runCli(['report', caseFile, '--out', target, '--as-of', '2026-11-21'], x.io)).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<\/html>\s*$/);
    expect(readdirSync(dir).sort()).toEqual(['case.json', 'r.html']);
  });
  it('assess <directory> → exit 2 naming it; a missing file → exit 3 (not found) naming it', async () => {
    const a = real();
    expect(await runCli(['assess', dir], a.io)).toBe(2);
    expect(a.err()).toContain(`cannot read ${dir}: it is a directory`);
    const b = real();
    const missing = join(dir, 'nope.json');
    expect(await runCli(['assess', missing], b.io)).toBe(3);
    expect(b.err()).toContain(`cannot read ${missing}: no such file`);
    const c = real();
    expect(await runCli(['calc', 'eular-acr-2017', '--input', dir], c.io)).toBe(2);
    expect(c.err()).toContain(`cannot read ${dir}: it is a directory`);
  });
});

describe('#12 tiny upper limits', () => {
  it('report refuses "upperLimit": 1e-310 naming the field (the report used to say "Infinity × ULN")', async () => {
    const doc = JSON.stringify({
      schemaVersion: '1.0',
      visits: [{ date: '2024-01-01', enzymes: [{ analyte: 'CK', value: 900, upperLimit: 1e-310 }] }],
    });
    const r = await cli(['report', 'c.json'], { files: { 'c.json': doc } });
    expect(r.code).toBe(2);
    expect(r.err).toContain('visits[0].enzymes[0].upperLimit');
    expect(r.out).not.toContain('Infinity');
  });
});

describe('#14 invalid UTF-8 in a JSON case is refused with its byte offset (narratives only warn)', () => {
  const enc = new TextEncoder();
  const withBadByte = new Uint8Array([
    ...enc.encode('{"schemaVersion":"1.0",\n "title":"Case '),
    0xc3,
    0x28,
    ...enc.encode('"}'),
  ]);
  const bytesIo = (files: Record<string, Uint8Array>) => {
    let out = '';
    let err = '';
    const io: CliIo = {
      stdout: (t) => void (out += t),
      stderr: (t) => void (err += t),
      readText: async (p) => new TextDecoder().decode(files[p]),
      readBytes: async (p) => files[p]!,
      today: () => '2026-11-21',
    };
    return { io, out: () => out, err: () => err };
  };
  it.each(['assess', 'report'])('%s: exit 2, the byte offset, line and column; no output', async (verb) => {
    const x = bytesIo({ 'c.json': withBadByte });
    expect(await runCli([verb, 'c.json'], x.io)).toBe(2);
    expect(x.err()).toContain('c.json is not valid UTF-8');
    expect(x.err()).toContain('line 2, column 16: invalid UTF-8 at byte 39 (bytes c3 28 22 7d)');
    expect(x.out()).toBe('');
  });
  it('a narrative with the same byte is still read, with a warning', async () => {
    const x = bytesIo({
      'n.txt': new Uint8Array([
        ...enc.encode('A 52-year-old woman '),
        0xc3,
        0x28,
        ...enc.encode(' with a rash.'),
      ]),
    });
    expect(await runCli(['assess', 'n.txt'], x.io)).toBe(0);
    expect(x.err()).toMatch(/not valid UTF-8/);
  });
});
