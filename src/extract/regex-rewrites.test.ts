/**
 * Patterns rewritten for speed (a literal matched first, the context checked behind it, instead of a pattern that
 * opens on a lookbehind and is tried at every character) must find exactly what the original form found: same
 * places, same text. Each rewrite is compared with its original form on random strings drawn from the characters
 * the pattern cares about, and on a few written by hand.
 */
import { describe, expect, it } from 'vitest';
import { MARKDOWN_EMPHASIS } from './extract.js';
import { SHORTHAND } from './shorthand.js';

/** A small seeded generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` strings of up to 24 pieces drawn from `alphabet` (characters, or short runs the pattern looks for). */
function strings(alphabet: readonly string[], count: number, seed: number): string[] {
  const next = random(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(next() * 24);
    let s = '';
    for (let k = 0; k < n; k++) s += alphabet[Math.floor(next() * alphabet.length)];
    out.push(s);
  }
  return out;
}

/** Every match of a global pattern: where it starts and what it took. */
const matches = (re: RegExp, text: string): string[] =>
  [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => `${m.index}:${m[0]}`);

const row = (abbreviation: string): RegExp => {
  const found = SHORTHAND.find((r) => r.abbreviation === abbreviation);
  if (!found) throw new Error(`no shorthand row ${abbreviation}`);
  return found.pattern;
};

const CASES: {
  name: string;
  current: () => RegExp;
  original: RegExp;
  alphabet: string[];
  written: string[];
}[] = [
  {
    name: 'a sign opening an item, "(-)" / "(+)"',
    current: () => row('(-), (+) (opening an item)'),
    original: /(?<=(?:^|[:;,]|\n)[ \t]*)\((?:-|\u2212|\+)\)(?=[ ]?[A-Za-z])/g,
    alphabet: [
      '(-)',
      '(+)',
      '(\u2212)',
      '(',
      ')',
      '-',
      '+',
      ':',
      ';',
      ',',
      '\n',
      ' ',
      '\t',
      'a',
      'B',
      '.',
      '1',
    ],
    written: [
      'Exam: (+) Gottron papules, (-) heliotrope',
      '(-) rash',
      'heliotrope (-) Gottron (+)',
      '(+)(-)x',
    ],
  },
  {
    name: 'family history, "FHx" / "FH:"',
    current: () => row('FHx, FH:'),
    original: /\bF[Hh]x\b|\bFH(?=\s*:)/g,
    alphabet: ['F', 'H', 'h', 'x', ':', ' ', '\n', 'a', '.'],
    written: ['FHx: nil', 'FH : breast cancer', 'FHxx', 'aFHx', 'Fhx of CRC'],
  },
  {
    name: 'markdown emphasis',
    current: () => MARKDOWN_EMPHASIS,
    original: /(?:\*\*|__)(?=[A-Za-z0-9(])|(?<=[A-Za-z0-9.:)%])(?:\*\*|__)/g,
    alphabet: ['*', '_', 'a', 'Z', '0', '(', ')', '.', ':', '%', ' ', '\n', '-'],
    written: ['**CK** 4520 U/L', '**Case presentation:**', '__Labs__', '3*10^9/L', '****a', 'a____'],
  },
];

describe('patterns rewritten for speed find what their original form found', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const current = c.current();
      expect(current.source).not.toBe(c.original.source);
      let found = 0;
      for (const text of [...c.written, ...strings(c.alphabet, 20_000, 36)]) {
        const expected = matches(c.original, text);
        found += expected.length;
        expect(matches(current, text), JSON.stringify(text)).toEqual(expected);
      }
      expect(found).toBeGreaterThan(100);
    });
  }
});
