/**
 * The shorthand rows' speed gates: a row is scanned for only in a text that holds one of its gate's strings (read
 * through their pairs of characters), so the gate must hold wherever the row's pattern matches, or an abbreviation
 * would be left unread. Each row is given a text it reads, and the implication is checked on those texts, on their
 * upper-case forms and on every synthetic text of the repository.
 */
import { describe, expect, it } from 'vitest';
import { SHORTHAND, gateOpen } from './shorthand.js';
import { repositoryTexts } from '../../test/repository-texts.js';

/** One text each row reads, by abbreviation. */
const SAMPLES: Record<string, string> = {
  'h/o': 'h/o breast CA',
  hx: 'hx of DM',
  'FHx, FH:': 'FHx: lung cancer',
  ddx: 'ddx includes PM',
  "dx'd": "dx'd 2019",
  dx: 'was dx with DM',
  bx: 'muscle bx showed necrosis',
  pt: 'pt seen today',
  'w/o': 'rash w/o weakness',
  'w/': 'pt w/ rash',
  'K/c/o': 'K/c/o DM',
  'c/o': 'c/o weakness',
  'c/w': 'findings c/w DM',
  'p/w': 'p/w rash',
  'O/E': 'O/E: rash',
  's/p': 's/p resection',
  'r/o': 'r/o malignancy',
  'b/l': 'b/l weakness',
  'f/u': 'f/u in 2 weeks',
  'w/u': 'malignancy w/u negative',
  'd/t': 'd/t weakness',
  '(-), (+) (opening an item)': 'Exam: (+) Gottron papules, (-) heliotrope',
  '+ve': 'ANA +ve',
  '-ve': 'Jo-1 -ve',
  pos: 'ANA pos',
  neg: 'Jo-1 neg',
  'ca (after a site or a cancer word)': 'known breast ca',
  prev: 'CA-125 210 (prev 12)',
  CRC: 'known CRC',
  NHL: 'NHL in 2010',
  malig: 'screen for malig',
  mets: 'liver mets',
  yo: '56yo F',
  'mo, mos, mth': 'weakness for 3 mo',
  'wk, wks': 'rash for 2 wks',
  'yr, yrs': 'rash 5 yrs ago',
  prox: 'prox weakness',
  bilat: 'bilat weakness',
  'mm (muscle)': 'prox mm weakness',
  sx: 'sx began in May',
  tx: 'started tx with IVIG',
  'LE, UE, BLE, BUE': 'prox LE weakness',
  'wt, wt \u2193': 'wt loss of 6 kg',
  '\u2191, \u2193 (before a word)': '\u2191CK',
  'd. (died)': 'Father d. lung ca age 66',
  'mech hands': 'mech hands',
  WNL: 'LFTs WNL',
  'N/10 (a muscle grade)': 'MMT-8: deltoid – 7/10, hip flexors 8/10',
};

const matchesIn = (re: RegExp, text: string): boolean => new RegExp(re.source, re.flags).test(text);

describe('shorthand gates', () => {
  it('has a sample each row reads', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(SHORTHAND.map((r) => r.abbreviation).sort());
    for (const row of SHORTHAND)
      expect(matchesIn(row.pattern, SAMPLES[row.abbreviation]!), row.abbreviation).toBe(true);
  });

  it('holds the gate wherever the pattern matches, across the samples and the synthetic texts', () => {
    const texts = [
      ...Object.values(SAMPLES),
      ...Object.values(SAMPLES).map((s) => s.toUpperCase()),
      ...repositoryTexts(),
    ];
    let checked = 0;
    for (const text of texts) {
      const lower = text.toLowerCase();
      SHORTHAND.forEach((row, i) => {
        if (!matchesIn(row.pattern, text)) return;
        checked++;
        // the gate's strings themselves, and the pairs the scan reads them by
        expect(
          row.gate.some((g) => lower.includes(g)),
          `${row.abbreviation}: ${text.slice(0, 80)}`,
        ).toBe(true);
        expect(gateOpen(i, text), `${row.abbreviation}: ${text.slice(0, 80)}`).toBe(true);
      });
    }
    expect(checked).toBeGreaterThan(SHORTHAND.length * 2);
  });

  it('closes a gate on a text without its strings (the gates do gate)', () => {
    const closed = SHORTHAND.filter((_, i) => !gateOpen(i, 'Nothing of note was found.'));
    expect(closed.length).toBeGreaterThan(30);
    // a gate wrongly narrowed would be caught: 'h/o' read by the pairs of 'hx' stays closed on its own sample
    const hx = SHORTHAND.findIndex((r) => r.abbreviation === 'hx');
    expect(gateOpen(hx, SAMPLES['h/o']!)).toBe(false);
  });
});
