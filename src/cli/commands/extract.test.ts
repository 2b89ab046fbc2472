import { describe, expect, it } from 'vitest';
import { syntheticCase } from '../../extract/__fixtures__/synthetic.js';
import type { CliIo } from '../io.js';
import { runCli } from '../main.js';

function fakeIo(files: Record<string, string | Uint8Array>) {
  const out: string[] = [];
  const err: string[] = [];
  const get = (p: string) => {
    const f = files[p];
    if (f === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT', path: p });
    return f;
  };
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readText: async (p) => {
      const f = get(p);
      return typeof f === 'string' ? f : new TextDecoder().decode(f);
    },
    readBytes: async (p) => {
      const f = get(p);
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
    today: () => '2026-01-01',
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const narrative = syntheticCase(3).text;

describe('heliotrope extract', () => {
  it('prints a readable summary', async () => {
    const f = fakeIo({ 'case.txt': narrative });
    expect(await runCli(['extract', 'case.txt'], f.io)).toBe(0);
    expect(f.out()).toMatch(/Extracted case \(52 years, male\)/);
    expect(f.out()).toMatch(/present +heliotrope-rash/);
  });
  it('prints the full document with --json, spans included', async () => {
    const f = fakeIo({ 'case.txt': narrative });
    expect(await runCli(['extract', 'case.txt', '--json'], f.io)).toBe(0);
    const doc = JSON.parse(f.out()) as {
      case: {
        findings: {
          id: string;
          status: string;
          evidence: { spans: { start: number; end: number; text: string }[]; stage: string }[];
        }[];
        labs: { analyte: string; upperLimit?: number }[];
      };
    };
    const h = doc.case.findings.find((x) => x.id === 'heliotrope-rash')!;
    expect(h.status).toBe('present');
    const span = h.evidence[0]!.spans[0]!;
    expect(narrative.slice(span.start, span.end)).toBe(span.text);
    expect(doc.case.labs.find((l) => l.analyte === 'CK' && l.upperLimit !== undefined)).toBeDefined();
  });
  it('warns on empty input and exits 0', async () => {
    const f = fakeIo({ 'e.txt': '' });
    expect(await runCli(['extract', 'e.txt'], f.io)).toBe(0);
    expect(f.err()).toMatch(/warning: the input is empty/);
  });
  it('exits 2 for binary or oversized input, 3 for a missing file', async () => {
    const bin = fakeIo({ 'x.txt': new Uint8Array([0, 1, 2, 3, 0, 255]) });
    expect(await runCli(['extract', 'x.txt'], bin.io)).toBe(2);
    expect(bin.err()).toMatch(/not a text narrative/);
    const big = fakeIo({ 'big.txt': new Uint8Array(20 * 1024 * 1024).fill(0x61) });
    expect(await runCli(['extract', 'big.txt'], big.io)).toBe(2);
    expect(big.err()).toMatch(/too large/);
    const none = fakeIo({});
    expect(await runCli(['extract', 'nope.txt'], none.io)).toBe(3);
    expect(none.err()).toMatch(/cannot read nope\.txt: no such file/);
  });
  it('warns about invalid UTF-8 bytes', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('A 40-year-old woman '),
      0xc3,
      0x28,
      ...new TextEncoder().encode(' with dysphagia.'),
    ]);
    const f = fakeIo({ 'l.txt': bytes });
    expect(await runCli(['extract', 'l.txt'], f.io)).toBe(0);
    expect(f.err()).toMatch(/not valid UTF-8/);
  });
});

describe('heliotrope assess on a narrative', () => {
  it('extracts, then runs every criteria set, keeping the report keys', async () => {
    const f = fakeIo({ 'case.txt': narrative });
    expect(await runCli(['assess', 'case.txt', '--json'], f.io)).toBe(0);
    const r = JSON.parse(f.out()) as Record<string, unknown> & {
      case: { patient: { age: number } };
      eularAcr2017: { category: string };
      bohanPeter1975: { category: string };
    };
    expect(Object.keys(r)).toEqual(
      expect.arrayContaining(['engine', 'asOf', 'case', 'eularAcr2017', 'bohanPeter1975']),
    );
    expect(r.case.patient.age).toBe(52);
    expect(r.eularAcr2017.category).toBe('definite');
    expect(r.bohanPeter1975.category).toBe('definite-dm');
  });
  it('still reads JSON case files', async () => {
    const f = fakeIo({
      'c.json': JSON.stringify({ schemaVersion: '1.0', patient: { sex: 'female', age: 50 } }),
    });
    expect(await runCli(['assess', 'c.json', '--json'], f.io)).toBe(0);
  });
});

describe('heliotrope assess on a narrative', () => {
  it('says that the facts were machine-extracted and must be checked; a JSON case does not', async () => {
    const f = fakeIo({ 'letter.txt': narrative });
    expect(await runCli(['assess', 'letter.txt'], f.io)).toBe(0);
    const lines = f.out().split('\n');
    expect(lines[4]).toMatch(/^These facts were machine-extracted from a narrative\. .*check every fact/);
    expect(f.out().match(/machine-extracted/g)).toHaveLength(2);
    const j = fakeIo({ 'case.json': JSON.stringify({ schemaVersion: '1.0' }) });
    expect(await runCli(['assess', 'case.json'], j.io)).toBe(0);
    expect(j.out()).not.toMatch(/machine-extracted/);
  });
});
