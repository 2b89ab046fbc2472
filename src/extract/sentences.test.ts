import { describe, expect, it } from 'vitest';
import { splitSentences, MAX_SENTENCE } from './sentences.js';
import { growthRatio } from './__fixtures__/timing.js';

const split = (s: string) => splitSentences(s).map((x) => s.slice(x.start, x.end));

describe('splitSentences', () => {
  it('splits at full stops followed by a capital', () => {
    expect(split('She was weak. He was not.')).toEqual(['She was weak.', 'He was not.']);
  });
  it('does not split abbreviations, initials, decimals or "et al."', () => {
    expect(split('Seen by Dr. Smith and J. Jones on admission.')).toHaveLength(1);
    expect(split('CK was 11.4 today. ESR normal.')).toEqual(['CK was 11.4 today.', 'ESR normal.']);
    expect(split('As reported by Hill et al. in 2001, the risk is high.')).toHaveLength(1);
    expect(split('See Fig. 1 for the rash.')).toHaveLength(1);
    expect(split('Doses were given e.g. weekly.')).toHaveLength(1);
  });
  it('keeps ranges and lists inside a sentence', () => {
    expect(split('Power 3–4/5 in arms, legs, and neck; grip normal.')).toHaveLength(1);
  });
  it('ends a sentence at a list item, a blank line and after a heading line', () => {
    expect(split('Tests:\n- CK 695\n- ESR 32')).toEqual(['Tests:', '- CK 695', '- ESR 32']);
    expect(split('History\nA woman presented.')).toEqual(['History', 'A woman presented.']);
    expect(split('first part\n\nsecond part')).toEqual(['first part', 'second part']);
  });
  it('joins hard-wrapped lines', () => {
    expect(split('The patient had weakness of the\nproximal muscles.')).toEqual([
      'The patient had weakness of the\nproximal muscles.',
    ]);
  });
  it('cuts runs without punctuation at the maximum length', () => {
    const s = 'word '.repeat(2000);
    const parts = splitSentences(s);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE);
  });
  it('runs in linear time on pathological input (4n takes about 4× n)', () => {
    for (const unit of ['a', 'Dr. ', '. . ', '((((', '\n', '1.2.3.']) {
      const ratio = growthRatio(
        (n) => unit.repeat(n),
        (s) => splitSentences(s),
        50_000,
      );
      expect(ratio).toBeLessThan(12);
    }
  });
});
