/**
 * The unit gate of the cancer's timing ({@link UNIT_GATE_RE}): a cheap test tried before the count-and-unit patterns
 * of a cancer's sentence, so it must hold wherever one of them matches, or an interval would be lost. Each pattern is
 * given a sentence it reads; the gate is checked on every match (its text and the character after it, where the
 * gate's lookahead reads) in those sentences, their upper-case forms and every synthetic text of the repository.
 */
import { describe, expect, it } from 'vitest';
import { CANCER_UNIT_RES, UNIT_GATE_RE } from './oncology.js';
import { repositoryTexts } from '../../../test/repository-texts.js';

/** One sentence each pattern reads. */
const SAMPLES: Record<keyof typeof CANCER_UNIT_RES, string> = {
  INTERVAL_RE: 'Two years after the diagnosis of dermatomyositis, a breast cancer was found.',
  AFTER_FROM_RE:
    'After 1 year from the diagnosis of dermatomyositis, she was diagnosed with a breast carcinoma.',
  INTERVAL_BETWEEN_RE: 'The gap between her breast tumour diagnosis and the onset of myositis was 18 months.',
  AFTER_FROM_CANCER_RE: 'After 2 years from the diagnosis of breast ',
  INTO_ILLNESS_RE: 'Eighteen months into her illness, a carcinoma was diagnosed.',
  INTO_MYOSITIS_TREATMENT_RE:
    'Eight months into treatment for dermatomyositis, a gastric carcinoma was found; at 9 months post-diagnosis …',
  AFTER_YEARS_OF_RE: 'After 3 years of dermatomyositis, a lymphoma was found.',
  FOLLOW_UP_RE: 'At the 6-month follow-up, a CT revealed a lung adenocarcinoma.',
  FOLLOWING_UNIT_RE: 'The following year, a gastric adenocarcinoma was found.',
  PRECEDED_RE: 'Her rash preceded the ovarian tumour diagnosis by 4 months.',
  RELATIVE_RE: 'Two months later, a CT revealed a lung mass.',
};

/** Each match of `re` in `text` with the character after it (the window a gate must hold on). */
function windows(re: RegExp, text: string): string[] {
  const all = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  return [...text.matchAll(all)].map((m) => text.slice(m.index, m.index + m[0].length + 1));
}

/** The windows of all matches of every gated pattern where `gate` does not hold. */
function misses(gate: RegExp, texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const re of Object.values(CANCER_UNIT_RES))
    for (const text of texts) for (const w of windows(re, text)) if (!gate.test(w)) out.push(w);
  return out;
}

describe('cancer timing: the unit gate', () => {
  const samples = Object.values(SAMPLES);
  const texts = [...samples, ...samples.map((s) => s.toUpperCase())];

  it('has patterns that read their samples', () => {
    for (const [name, re] of Object.entries(CANCER_UNIT_RES))
      expect(windows(re, SAMPLES[name as keyof typeof SAMPLES]).length, name).toBeGreaterThan(0);
  });

  it('holds on every match, across the samples and the synthetic texts', () => {
    expect(misses(UNIT_GATE_RE, [...texts, ...repositoryTexts()])).toEqual([]);
  });

  it('would catch a gate too narrow, and closes on a sentence without a unit', () => {
    expect(misses(/[\s\u2010\u2011-](?:days?|weeks?|years?)(?![a-z])/i, texts).length).toBeGreaterThan(0);
    expect(misses(/ (?:days?|weeks?|months?|years?)(?![a-z])/i, texts).length).toBeGreaterThan(0);
    expect(UNIT_GATE_RE.test('CT revealed more nodules and a carcinoma of the ovary, staged cT2N1M0.')).toBe(
      false,
    );
  });
});
