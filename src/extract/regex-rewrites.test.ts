/**
 * Patterns rewritten for speed (a literal matched first, the context checked behind it, instead of a pattern that
 * opens on a lookbehind and is tried at every character) must find exactly what the original form found: same
 * places, same text. Each rewrite is compared with its original form on random strings drawn from the characters
 * the pattern cares about, and on a few written by hand.
 */
import { describe, expect, it } from 'vitest';
import { prng } from './__fixtures__/synthetic.js';
import { MARKDOWN_EMPHASIS, caseLabels } from './extract.js';
import { SHORTHAND } from './shorthand.js';

/** `count` strings of up to 24 pieces drawn from `alphabet` (characters, or short runs the pattern looks for). */
function strings(alphabet: readonly string[], count: number, seed: number): string[] {
  const next = prng(seed); // seeded, so that a failure can be replayed
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

describe('case labels found by a sticky pattern at line breaks and full stops', () => {
  // the global pattern as it was scanned over the whole text
  const ORIGINAL =
    /(?:^|\n|\.\s+)[ \t]*(?:case|patient)(?:[ \t]+report)?[ \t]*(?:no\.?[ \t]*|#[ \t]*)?(\d{1,2}|i{1,3}|iv|v)\b[ \t]*(?:[:.)\-–—]|\n|[ \t]+(?:was|is|had|a|an)\b)/gi;
  const alphabet = [
    'case',
    'Case',
    'PATIENT',
    'patient',
    ' report',
    ' ',
    '\t',
    '\n',
    '.',
    '. ',
    '1',
    '12',
    'ii',
    'IV',
    'v',
    'no.',
    '#',
    ':',
    ')',
    '-',
    ' was',
    ' a',
    'x',
  ];
  const written = [
    'Case 1: a woman. Case 2: a man.',
    'Patient 2 was seen.\nCase II. She',
    '.case 1.case 2.',
    'Case report no. 3 - ',
    'The patient 1 year later had a rash. Case 1 of our clinic.',
    '',
  ];
  it('finds what the global pattern found', () => {
    let found = 0;
    for (const text of [...written, ...strings(alphabet, 20_000, 37)]) {
      const expected = [...text.matchAll(ORIGINAL)].map((m) => m[1]);
      found += expected.length;
      expect(caseLabels(text), JSON.stringify(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(100);
  });
});
