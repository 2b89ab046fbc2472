/**
 * The duration patterns' speed gates: a gate is a cheap test tried before its pattern, so it must hold wherever the
 * pattern matches, or an onset would be lost. Each pattern is given a sentence it reads, and the implication is
 * checked on those sentences, on their upper-case forms and on every synthetic text of the repository.
 */
import { describe, expect, it } from 'vitest';
import { DURATION_RES, hasAndHyphens, openGates, slashFraction } from './timing.js';
import { repositoryTexts } from '../../../test/repository-texts.js';

/** One sentence each pattern matches, in the order of {@link DURATION_RES}. */
const SAMPLES = [
  'She developed weakness of the thighs and was admitted 3 months later.',
  'A 3-month history of progressive weakness.',
  'He had a history of 6 weeks of rash.',
  'Reports 3 months of proximal weakness.',
  '4/12 hx of weakness.',
  'Weakness for 6/52.',
  'Weakness of the thighs for 2 months.',
  'He presented with weakness of the legs for 1 month after his renal carcinoma was found.',
  'Chief complaints: Fever – 4 months.',
  'Progressive weakness over a 6-month period.',
  'Summary: 4 weeks of progressive weakness.',
  'The rash developed about 2 months ago.',
  'The weakness began 6 weeks before admission.',
  'Eight weeks ago, she noticed a rash.',
  'Before 6 months she developed a rash.',
  'He was referred three years after the gradual onset of weakness.',
  'At referral, eight months after symptom onset, she walked with a cane.',
  'He came in three weeks after his legs became weak.',
  'Proximal weakness and a rash, appearing in two months.',
  'A week of trouble swallowing, preceded four months before by thigh ache.',
  'One year after initial onset, dysphagia developed and she visited our hospital.',
  'A decade-long history of joint pain and weakness.',
  'Difficulty climbing stairs for two decades.',
  'Weakness over the past decade.',
  'Cramps and exercise intolerance with a 6-year history.',
  'She consulted with a 3-month painless proximal weakness.',
  'The weakness evolved gradually over the course of 5 months.',
  'Over the preceding four weeks she had developed weakness.',
  'During the past year he noticed weakness.',
  'In the month before admission she noticed dysphagia.',
  'She had been weak in the legs for the 3 months before admission.',
  'Weak in the legs since about 3 years ago.',
  'A year and a half history of weakness.',
  'She presented after 3 months of progressive weakness.',
  'A rash on her hands dating back 6 months.',
  'A 2-month course of progressive weakness.',
  'The rash had first appeared about 8 weeks before.',
  'Symptoms: proximal weakness (4 months).',
  'Symptom duration (months): 7',
  'Time from symptom onset to diagnosis: 6 months',
  'Duration of symptoms: 4 months',
];

/** A gate's words: one of them occurs in the text, whatever its case (the gate's meaning). */
const holds = (gate: readonly string[], text: string): boolean =>
  gate.some((w) => text.toLowerCase().includes(w));

const matches = (re: RegExp, text: string): boolean => {
  re.lastIndex = 0;
  const hit = re.exec(text) !== null;
  re.lastIndex = 0;
  return hit;
};

describe('duration patterns: speed gates', () => {
  it('has one sample per pattern, and each pattern reads its own sample', () => {
    expect(SAMPLES).toHaveLength(DURATION_RES.length);
    DURATION_RES.forEach(({ re }, i) => expect(matches(re, SAMPLES[i]!), SAMPLES[i]).toBe(true));
  });

  it('lets every sample through its own gate, in any case', () => {
    DURATION_RES.forEach(({ gate }, i) => {
      if (!gate) return;
      for (const text of [SAMPLES[i]!, SAMPLES[i]!.toUpperCase()]) {
        expect(holds(gate, text), text).toBe(true);
        expect(openGates(text)[i], text).toBe(1);
      }
    });
  });

  it('holds the gate wherever the pattern matches, across the samples and the synthetic texts', () => {
    const texts = [...SAMPLES, ...SAMPLES.map((s) => s.toUpperCase()), ...repositoryTexts()];
    let checked = 0;
    for (const { re, gate } of DURATION_RES) {
      if (!gate) continue;
      for (const text of texts) {
        if (!matches(re, text)) continue;
        checked++;
        expect(holds(gate, text), `${re.source.slice(0, 60)}… on ${text.slice(0, 80)}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(DURATION_RES.length);
  });

  it('closes a gate on a sentence without its word, so the gate saves work', () => {
    const gated = DURATION_RES.filter((d) => d.gate);
    const plain = 'Proximal muscle strength was 4/5 in both arms for 2 months.';
    expect(gated.filter(({ gate }) => !holds(gate!, plain)).length).toBeGreaterThan(gated.length / 2);
  });

  it('finds a slash fraction in every match of the slash patterns, and none in units or grades', () => {
    const slashes = DURATION_RES.filter(({ re }) => re.source.includes('\\/(12|52|7)'));
    expect(slashes).toHaveLength(2);
    let checked = 0;
    for (const { re } of slashes)
      for (const text of [...SAMPLES, ...repositoryTexts()]) {
        const all = new RegExp(re.source, re.flags);
        for (const m of text.matchAll(all)) {
          checked++;
          expect(slashFraction(m[0]), m[0]).toBe(true);
        }
      }
    expect(checked).toBeGreaterThan(1);
    expect(slashFraction('CK 900 U/L, ESR 24 mm/hr, power 4/5, 2 mg/kg, 175 mg/m2')).toBe(false);
    expect(['4/12', '6/52', '3/7', 'x 2/12'].every(slashFraction)).toBe(true);
  });

  it("reads '-and-' from the hyphens as /-and-/i does, on random strings and the synthetic texts", () => {
    const letters = '-aAnNdDe\u0141\u0161\u00e0x ';
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const texts = ['one-AND-a-half', 'One-And-A-Half', 'x-an-d-', '-and', ...repositoryTexts()];
    for (let k = 0; k < 50_000; k++)
      texts.push(
        Array.from(
          { length: 1 + Math.floor(next() * 12) },
          () => letters[Math.floor(next() * letters.length)],
        ).join(''),
      );
    for (const text of texts) expect(hasAndHyphens(text), text.slice(0, 40)).toBe(/-and-/i.test(text));
  });

  it('reads in one scan the very gates the words open, on the samples and the synthetic texts', () => {
    // (words inside others, at one position and overlapping: "previously" holds "previous", "agof" holds "of")
    const tricky = [
      'Previously; PTA',
      'agof the past–back',
      'x|y:z=w — DATED dating',
      'prior to precededing',
    ];
    const texts = [...SAMPLES, ...SAMPLES.map((s) => s.toUpperCase()), ...tricky, ...repositoryTexts()];
    for (const text of texts) {
      const open = [...openGates(text)];
      expect(open, text.slice(0, 80)).toEqual(
        DURATION_RES.map(({ gate }) => (gate && holds(gate, text) ? 1 : 0)),
      );
    }
    // and it fails where a word is missed: a gate with no word of the text stays shut
    expect(openGates('Weakness.')[DURATION_RES.findIndex((d) => d.gate?.includes('later'))]).toBe(0);
  });
});
