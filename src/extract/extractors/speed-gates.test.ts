/**
 * Speed gates of the timing, oncology, studies, patient and treatment extractors: a gate is a cheap test tried
 * before a pattern, so it must hold wherever the pattern matches, or a reading would be lost. Each pattern is given
 * sentences it reads; the check is that the gate holds on every match of the pattern (its matched text, or the
 * window the gate is tried on), in those sentences, their upper-case forms and every synthetic text of the
 * repository, and that a wrong gate would be caught.
 */
import { describe, expect, it } from 'vitest';
import {
  GATED_TIME_RES,
  HISTORY_GATE_RE,
  KNOWN_MYOSITIS_GATES,
  KNOWN_MYOSITIS_RE,
  RELATIVE_GATE_RE,
} from './timing.js';
import {
  CALENDAR_RE,
  LONG_MYOSITIS_HISTORY_GATES,
  LONG_MYOSITIS_HISTORY_RE,
  YEAR_DIGITS_RE,
} from './oncology.js';
import { SMOKING_GATE_RE, SMOKING_RE } from './patient.js';
import { repositoryTexts } from '../../../test/repository-texts.js';

const REPOSITORY = repositoryTexts();

/** Every match of `re` in `text` (all of them for a global pattern, else the first). */
function matchesOf(re: RegExp, text: string): string[] {
  const all = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  return [...text.matchAll(all)].map((m) => m[0]);
}

/**
 * The gate holds on every match of the pattern in the samples (as written and in upper case) and in the
 * repository's texts; returns how many matches were checked.
 */
function checkGate(re: RegExp, gate: (match: string) => boolean, samples: string[]): number {
  let checked = 0;
  for (const text of [...samples, ...samples.map((s) => s.toUpperCase()), ...REPOSITORY]) {
    for (const m of matchesOf(re, text)) {
      checked++;
      expect(gate(m), `${re.source.slice(0, 50)}… on ${m.slice(0, 80)}`).toBe(true);
    }
  }
  return checked;
}

describe('timing: speed gates', () => {
  const history = ['A 3-month history of progressive weakness.', 'a two-year long history of rash'];
  const relative = ['She was admitted 3 months later.', 'The rash began six weeks ago.', 'two days earlier'];
  const known = [
    'A girl with a history of treated anti-TIF1-γ juvenile dermatomyositis came in with ulcers.',
    'A known case of polymyositis.',
    'previously diagnosed with antisynthetase syndrome',
    'long-standing IMNM',
  ];

  it('reads each sample', () => {
    for (const t of history) expect(matchesOf(GATED_TIME_RES.HISTORY_RE, t), t).not.toHaveLength(0);
    for (const t of relative) expect(matchesOf(GATED_TIME_RES.RELATIVE_RE, t), t).not.toHaveLength(0);
    for (const t of known) expect(matchesOf(KNOWN_MYOSITIS_RE, t), t).not.toHaveLength(0);
  });

  it('holds each gate wherever its pattern matches', () => {
    expect(checkGate(GATED_TIME_RES.HISTORY_RE, (m) => HISTORY_GATE_RE.test(m), history)).toBeGreaterThan(4);
    expect(checkGate(GATED_TIME_RES.RELATIVE_RE, (m) => RELATIVE_GATE_RE.test(m), relative)).toBeGreaterThan(
      6,
    );
    expect(
      checkGate(KNOWN_MYOSITIS_RE, (m) => KNOWN_MYOSITIS_GATES.every((g) => g.test(m)), known),
    ).toBeGreaterThan(8);
  });

  it('would catch a wrong gate', () => {
    expect(() => checkGate(GATED_TIME_RES.RELATIVE_RE, (m) => /later|ago/i.test(m), relative)).toThrow();
    expect(() => checkGate(KNOWN_MYOSITIS_RE, (m) => /history|known/i.test(m), known)).toThrow();
  });
});

describe('oncology: speed gates', () => {
  const history = [
    'A woman, with a 4-year history of known dermatomyositis, was admitted.',
    'She had had dermatomyositis for 3 years.',
    'diagnosed with PM two years earlier',
    'a six-month history of clinically amyopathic DM',
  ];

  it('reads each sample', () => {
    for (const t of history) expect(matchesOf(LONG_MYOSITIS_HISTORY_RE, t), t).not.toHaveLength(0);
  });

  it('holds the gates wherever the long myositis history matches', () => {
    const gate = (m: string) => LONG_MYOSITIS_HISTORY_GATES.every((g) => g.test(m));
    expect(checkGate(LONG_MYOSITIS_HISTORY_RE, gate, history)).toBeGreaterThanOrEqual(8);
    expect(() => checkGate(LONG_MYOSITIS_HISTORY_RE, (m) => /year/i.test(m), history)).toThrow();
  });

  it('holds the year digits wherever a calendar date matches', () => {
    const dates = ['in March 2015', 'June 12, 2019', 'since 03/2016', 'the summer of 2018'];
    expect(checkGate(CALENDAR_RE, (m) => YEAR_DIGITS_RE.test(m), dates)).toBeGreaterThan(8);
    expect(() => checkGate(CALENDAR_RE, (m) => /20\d\d/.test(m), ['in 1999'])).toThrow();
  });
});

describe('patient: speed gate', () => {
  const smoking = [
    'She never smoked.',
    'A non-smoker.',
    'He had never used tobacco.',
    'an ex-cigarette smoker',
    'a 20 pack-year history',
    'He does not smoke.',
    'tobacco usage',
  ];

  it('reads each sample', () => {
    for (const t of smoking) expect(matchesOf(SMOKING_RE, t), t).not.toHaveLength(0);
  });

  it('holds the gate wherever the smoking pattern matches', () => {
    expect(checkGate(SMOKING_RE, (m) => SMOKING_GATE_RE.test(m), smoking)).toBeGreaterThan(14);
    expect(() => checkGate(SMOKING_RE, (m) => /smok/i.test(m), smoking)).toThrow();
  });
});
