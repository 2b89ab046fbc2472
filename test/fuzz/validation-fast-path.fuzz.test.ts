/**
 * The fast path of case validation (`src/case/fast-parse.ts`, the parser generated from the case schema, and
 * `validateCase`'s shortcut for a case without any issue) against the full path (zod's parser and every check
 * with its path): on every fixture and demo case, on cases drawn by the fuzz generators, and on fixtures with
 * fields deleted, replaced, added or copied. The fast parser must return zod's output exactly (keys, order,
 * defaults) or nothing; `validateCase` must return exactly what the full path returns (the case, every issue in
 * order).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileFastParser, FastParseUnsupported } from '../../src/case/fast-parse.js';
import { CaseSchema, RelativeDateSchema } from '../../src/case/schema.js';
import { validateCase, validateCaseFully } from '../../src/case/validate.js';
import { demoCases } from '../../src/server/demo-cases.js';
import { caseDocument, hostileValue, INHERITED, validCaseDocument } from './arbitraries.js';
import { FUZZ_TIMEOUT, fuzz } from './config.js';

const FIXTURE_DIRS = [
  'src/criteria/__fixtures__/',
  'src/cancer/__fixtures__/',
  'src/monitoring/__fixtures__/',
];
const fixtures: [string, unknown][] = [
  ...demoCases.map((c, i): [string, unknown] => [`demo-${i + 1}`, c]),
  ...FIXTURE_DIRS.flatMap((dir) =>
    readdirSync(new URL(`../../${dir}`, import.meta.url))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f): [string, unknown] => [
        f,
        JSON.parse(readFileSync(new URL(`../../${dir}${f}`, import.meta.url), 'utf8')) as unknown,
      ]),
  ),
];

const fast = compileFastParser(CaseSchema, { collect: RelativeDateSchema });
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The same value: same keys in the same order (JSON text), and deeply equal (undefined and types included). */
function expectSame(actual: unknown, expected: unknown): void {
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  expect(isDeepStrictEqual(actual, expected)).toBe(true);
}

/** The fast parser returns zod's output or nothing; whether it returned something. */
function checkParser(doc: unknown): boolean {
  const out = fast(doc, []);
  if (out === undefined) return false;
  const ref = CaseSchema.safeParse(doc);
  expect(ref.success).toBe(true);
  expectSame(out, ref.data);
  return true;
}

/** validateCase returns what the full path returns, in both modes. */
function checkValidation(doc: unknown): void {
  expectSame(validateCase(doc), validateCaseFully(doc));
  expectSame(validateCase(doc, { strict: true }), validateCaseFully(doc, { strict: true }));
}

type Path = (string | number)[];

/** Every path of a document (objects, arrays and leaves). */
function pathsOf(doc: unknown): Path[] {
  const out: Path[] = [];
  const walk = (v: unknown, p: Path) => {
    if (p.length > 0) out.push(p);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i]));
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, [...p, k]);
  };
  walk(doc, []);
  return out;
}

function parentOf(doc: unknown, p: Path): Record<string | number, unknown> {
  let o = doc as Record<string | number, unknown>;
  for (const k of p.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  return o;
}

const DATE_KEYS = new Set([
  'date',
  'start',
  'end',
  'diagnosisDate',
  'symptomOnset',
  'diagnosis',
  'presentation',
]);
const ANCHORS = ['diagnosis', 'presentation', 'symptom-onset', 'nowhere', 't1', 'c1', 'v1', 'constructor'];

/**
 * One change to a fixture: a field deleted, replaced (a hostile value, or a value from elsewhere in it), added,
 * an array entry duplicated, a date made relative to an anchor that may not exist, an id renamed.
 */
const mutation = fc.tuple(
  fc.constantFrom('delete', 'hostile', 'borrow', 'add', 'duplicate', 'anchor', 'anchor', 'rename'),
  fc.nat(),
  fc.nat(),
  hostileValue,
  fc.constantFrom('extra', 'relativeTo', ...INHERITED),
);

function mutate(doc: unknown, [op, i, j, hostile, key]: [string, number, number, unknown, string]): unknown {
  const out = copy(doc);
  const all = pathsOf(out);
  const dates = all.filter((q) => DATE_KEYS.has(String(q[q.length - 1])));
  const ids = all.filter((q) => q[q.length - 1] === 'id');
  const paths = op === 'anchor' && dates.length > 0 ? dates : op === 'rename' && ids.length > 0 ? ids : all;
  if (paths.length === 0) return out;
  const p = paths[i % paths.length]!;
  const parent = parentOf(out, p);
  const last = p[p.length - 1]!;
  if (op === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (op === 'hostile') parent[last] = copy(hostile);
  else if (op === 'borrow') {
    // A value of the same document, often valid elsewhere too (dates, ids, enum words, sub-records).
    const from = paths[j % paths.length]!;
    parent[last] = copy(parentOf(out, from)[from[from.length - 1]!]);
  } else if (op === 'anchor') {
    parent[last] = { relativeTo: ANCHORS[j % ANCHORS.length], offset: (j % 7) - 3, unit: 'month' };
  } else if (op === 'rename') {
    parent[last] = ANCHORS[j % ANCHORS.length];
  } else if (op === 'add') {
    const target = parent[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target))
      (target as Record<string, unknown>)[key] = copy(hostile);
    else parent[key] = copy(hostile);
  } else if (Array.isArray(parent)) parent.push(copy(parent[last as number]));
  return out;
}

describe('case validation: the fast path against the full path', () => {
  it('the generator models the whole case schema', () => {
    expect(() => compileFastParser(CaseSchema, { collect: RelativeDateSchema })).not.toThrow();
  });

  it('refuses to generate for a schema kind it does not model', () => {
    expect(() => compileFastParser(z.strictObject({ a: z.string().transform((s) => s.length) }))).toThrow(
      FastParseUnsupported,
    );
    expect(() => compileFastParser(z.object({ a: z.string() }).catchall(z.string()))).toThrow(
      FastParseUnsupported,
    );
  });

  it('accepts every valid fixture and demo case, with zod’s output', () => {
    for (const [name, doc] of fixtures) {
      const valid = CaseSchema.safeParse(doc).success;
      expect({ name, fast: checkParser(copy(doc)) }).toEqual({ name, fast: valid });
      checkValidation(copy(doc));
    }
  });

  it('gives each parse its own copy of a default', () => {
    const a = fast({ schemaVersion: '1.0' }, []) as { patient: { sex: string }; findings: unknown[] };
    const b = fast({ schemaVersion: '1.0' }, []) as { patient: { sex: string }; findings: unknown[] };
    expect(a.patient).toEqual({ sex: 'unknown' });
    expect(a.patient).not.toBe(b.patient);
    expect(a.findings).not.toBe(b.findings);
    a.findings.push(1);
    expect(b.findings).toEqual([]);
  });

  it('lists the relative dates it parsed', () => {
    const doc = {
      schemaVersion: '1.0',
      dates: { diagnosis: '2020-03', presentation: { relativeTo: 'diagnosis', offset: 2, unit: 'week' } },
      treatments: [
        { id: 't1', drug: 'prednisone', start: { relativeTo: 'presentation', offset: 1, unit: 'day' } },
      ],
    };
    const found: unknown[] = [];
    expect(fast(doc, found)).toBeDefined();
    expect(found).toEqual([
      { relativeTo: 'diagnosis', offset: 2, unit: 'week' },
      { relativeTo: 'presentation', offset: 1, unit: 'day' },
    ]);
  });

  it('leaves to zod what it cannot be sure of, with the same result', () => {
    const base = { schemaVersion: '1.0', visits: [{ date: '2021-01', physicianGlobal: { value: 3 } }] };
    expect(checkParser(base)).toBe(true);
    const cases: unknown[] = [
      // zod strips the unknown key, but the raw document's anchor check still sees the relative date in it
      {
        schemaVersion: '1.0',
        visits: [{ date: '2021-01', physicianGlobal: { value: 3, relativeTo: 'nowhere', offset: 1 } }],
      },
      { schemaVersion: '1.0', id: undefined },
      { schemaVersion: '1.0', findings: [{ id: '\ud83d\ude00', status: 'present' }] },
      JSON.parse('{"schemaVersion":"1.0","cancers":[{"receptors":{"__proto__":"x","ER":"positive"}}]}'),
      Object.assign(Object.create({ title: 'inherited' }) as object, { schemaVersion: '1.0' }),
    ];
    for (const doc of cases) {
      checkParser(doc);
      checkValidation(doc);
    }
    expect(validateCase(cases[0]).case).toBeUndefined();
  });

  it(
    'fuzzed case documents: same output as zod, same validation as the full path',
    { timeout: FUZZ_TIMEOUT },
    () => {
      let accepted = 0;
      let clean = 0;
      fc.assert(
        fc.property(fc.oneof(validCaseDocument, caseDocument), (doc) => {
          if (checkParser(doc)) accepted++;
          checkValidation(doc);
          if (validateCase(doc).issues.length === 0) clean++;
        }),
        fuzz(200),
      );
      // The generators must reach the fast path's output and its shortcut, not only the refusals.
      expect(accepted).toBeGreaterThan(60);
      expect(clean).toBeGreaterThan(30);
    },
  );

  it(
    'changed fixtures: same output as zod, same validation as the full path',
    { timeout: FUZZ_TIMEOUT },
    () => {
      let accepted = 0;
      let rejected = 0;
      fc.assert(
        fc.property(
          fc.constantFrom(...fixtures.map(([, d]) => d)),
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          (doc, changes) => {
            const changed = changes.reduce<unknown>((d, m) => mutate(d, m), doc);
            if (checkParser(changed)) accepted++;
            else rejected++;
            checkValidation(changed);
          },
        ),
        fuzz(400),
      );
      expect(accepted).toBeGreaterThan(40);
      expect(rejected).toBeGreaterThan(40);
    },
  );
});
