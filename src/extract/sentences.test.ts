import { describe, expect, it } from 'vitest';
import { maskPageFurniture, splitSentences, MAX_SENTENCE } from './sentences.js';
import { SENTENCE_INPUTS } from './__fixtures__/pathological.js';

const split = (s: string) => splitSentences(s).map((x) => s.slice(x.start, x.end));

describe('splitSentences', () => {
  it('splits at full stops followed by a capital', () => {
    expect(split('She was weak. He was not.')).toEqual(['She was weak.', 'He was not.']);
  });
  it('ends a sentence after a citation number stuck to its full stop', () => {
    expect(split('Calcinosis is common in juvenile disease.7 Here we present a man with a rash.')).toEqual([
      'Calcinosis is common in juvenile disease.7',
      'Here we present a man with a rash.',
    ]);
    expect(split('It is rare in adults.1,2 It affects women.3-5 The man was 60.')).toHaveLength(3);
    // a decimal, a unit or a lower-case continuation stays whole
    expect(split('CK was 2.5 Times the limit and the dose was 7.5 mg.')).toHaveLength(1);
    expect(split('It was seen in case no.12 Smith reported.')).toHaveLength(1);
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
  // Growth with input size is measured in `npm run bench` (extract.growthRatio); a test only guards against a
  // catastrophic slowdown, with a ceiling far above the normal few milliseconds.
  it.each(SENTENCE_INPUTS)(
    'splits 200,000 characters of %s well within a generous ceiling',
    (_label, make) => {
      const text = make(200_000);
      const t0 = performance.now();
      const parts = splitSentences(text);
      expect(performance.now() - t0).toBeLessThan(30_000);
      expect(parts.every((p) => p.start >= 0 && p.end <= text.length)).toBe(true);
    },
    60_000,
  );
});

describe('sentences: a unit ending in "/L." ends the sentence (issue 12)', () => {
  it('splits after "U/L." and "10^9/L." but keeps initials', () => {
    const t =
      'Creatine kinase was 4,200 U/L. Anti-Mi-2 antibodies are common in adults. Platelets 410 × 10^9/L. Seen by J. Smith.';
    expect(splitSentences(t).map((s) => t.slice(s.start, s.end).trim())).toEqual([
      'Creatine kinase was 4,200 U/L.',
      'Anti-Mi-2 antibodies are common in adults.',
      'Platelets 410 × 10^9/L.',
      'Seen by J. Smith.',
    ]);
  });
});

describe('sentences: the first line of a text is its title (issue 12, fourth round)', () => {
  it('ends the title line before a capital, however long, but keeps hard wraps later in the text', () => {
    const t =
      'A mild form of dermatomyositis as a prodromal sign of lung cancer: looking behind the skin\nDermatomyositis is a rare inflammatory disease of the skin and the proximal muscles of the\nLimbs, it is said.';
    expect(splitSentences(t).map((s) => t.slice(s.start, s.end))).toEqual([
      'A mild form of dermatomyositis as a prodromal sign of lung cancer: looking behind the skin',
      'Dermatomyositis is a rare inflammatory disease of the skin and the proximal muscles of the\nLimbs, it is said.',
    ]);
  });
});

describe('splitSentences: tenth round, a unit wrapped to the next line (issue 12)', () => {
  it('keeps a value and the unit that opens the next line in one sentence', () => {
    expect(split('a further rise in CPK (up to 3,650\nIU/liter). Then she improved.')).toEqual([
      'a further rise in CPK (up to 3,650\nIU/liter).',
      'Then she improved.',
    ]);
    // a line ending in a number before a line that opens with a word is still a boundary
    expect(split('CK 3650\nLDH 400 U/L')).toEqual(['CK 3650', 'LDH 400 U/L']);
  });
});

describe('maskPageFurniture', () => {
  it('blanks an affiliation line inside a sentence, keeping every offset (astral characters included)', () => {
    const text =
      'A 50-year-old woman 😀 presented with weakness of the proximal\n' +
      'Department of Rheumatology, University Hospital, Lyon, France\n' +
      'muscles and a CK of 4,500 U/L.\n';
    const masked = maskPageFurniture(text);
    expect(masked.length).toBe(text.length);
    expect(masked.indexOf('muscles')).toBe(text.indexOf('muscles'));
    expect(masked).not.toContain('Department');
    // the line break before the furniture is blanked, the one after it kept
    expect(masked.slice(0, masked.indexOf('muscles')).trimEnd().endsWith('proximal')).toBe(true);
    expect(masked[masked.indexOf('muscles') - 1]).toBe('\n');
  });
  it('leaves a line of prose alone', () => {
    const text = 'She was admitted to the hospital with weakness of the\nproximal muscles.\n';
    expect(maskPageFurniture(text)).toBe(text);
  });
});

describe('a sentence that opens in lower case (session 17)', () => {
  const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
  it('a stop after a full lower-case word ends the sentence before a lower-case word', () => {
    expect(texts('The knees hurt when she walked. raised CK and aldolase were found.')).toEqual([
      'The knees hurt when she walked.',
      'raised CK and aldolase were found.',
    ]);
  });
  it('short words and abbreviations before the stop run on', () => {
    expect(texts('Prox. weakness 4/5, approx. two months.')).toHaveLength(1);
    expect(texts('Seen for 3 wks. then referred.')).toHaveLength(1);
  });
});
