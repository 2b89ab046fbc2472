import { describe, expect, it } from 'vitest';
import {
  overClassifiedFacts,
  breakdown,
  factKind,
  labWrongCounts,
  timingOrderPairs,
  timingWrongCounts,
  timingWrongKind,
} from './breakdown.js';
import type { Miss } from './score.js';

describe('disagreements by kind of fact', () => {
  it('tells the symptom onset from a cancer’s order, a panel from an antibody, a site from the cancer', () => {
    const kinds = (
      [
        { group: 'timing', kind: 'fn', item: 'symptom onset', gold: '3 mo' },
        { group: 'timing', kind: 'wrong', item: 'timing of carcinoma', gold: 'before', pred: '2 mo after' },
        { group: 'antibodies', kind: 'fn', item: 'panel: myositis panel', gold: 'negative' },
        { group: 'antibodies', kind: 'fp', item: 'Jo-1', pred: 'negative' },
        { group: 'cancers', kind: 'wrong', item: 'site of adenocarcinoma', gold: 'lung', pred: 'colon' },
        { group: 'cancers', kind: 'wrong', item: 'histology of breast', gold: 'ductal', pred: 'lobular' },
        { group: 'cancers', kind: 'fp', item: 'cancer: lymphoma', pred: 'present' },
        { group: 'patient', kind: 'fn', item: 'family history of cancer', gold: 'yes' },
        { group: 'patient', kind: 'wrong', item: 'age', gold: '60', pred: '6' },
      ] satisfies Miss[]
    ).map(factKind);
    expect(kinds).toEqual([
      'symptom onset',
      'cancer timing',
      'panel',
      'antibody',
      'cancer site',
      'cancer histology',
      'cancer',
      'family history',
      'age',
    ]);
  });

  it('counts missed, added and wrong apart, groups in the figures’ order, no item text in the result', () => {
    const rows = breakdown([
      { group: 'timing', kind: 'fn', item: 'symptom onset', gold: '3 mo' },
      { group: 'labs', kind: 'wrong', item: 'CK 4000 U/L', gold: 'CK 4000 U/L', pred: 'CK 400 U/L' },
      { group: 'timing', kind: 'fp', item: 'symptom onset', pred: '1 mo' },
      { group: 'timing', kind: 'fn', item: 'symptom onset', gold: '6 mo' },
      { group: 'labs', kind: 'fn', item: 'ESR 40 mm/h', gold: 'ESR 40 mm/h' },
    ]);
    expect(rows).toEqual([
      { group: 'labs', kind: 'lab', missed: 1, added: 0, wrong: 1 },
      { group: 'timing', kind: 'symptom onset', missed: 2, added: 1, wrong: 0 },
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/CK|ESR|mo\b/);
  });
});

describe('wrong cancer timings by how they differ', () => {
  const wrong = (gold: string, pred: string): Miss => ({
    group: 'timing',
    kind: 'wrong',
    item: 'timing of adenocarcinoma',
    gold,
    pred,
  });
  it('tells an order that differs from an interval missing or outside the tolerance', () => {
    expect(timingWrongKind(wrong('concurrent', 'after (interval not stated)'))).toBe('order');
    expect(timingWrongKind(wrong('14 mo after', '3 mo before'))).toBe('order');
    expect(timingWrongKind(wrong('after', 'same time'))).toBe('order');
    expect(timingWrongKind(wrong('14 mo after', 'after (interval not stated)'))).toBe('interval not read');
    expect(timingWrongKind(wrong('14 mo after', '30 mo after'))).toBe('interval');
  });
  it('counts only wrong cancer timings, never the onset or a missed timing', () => {
    const misses: Miss[] = [
      wrong('before', 'after (interval not stated)'),
      wrong('24 mo before', '60 mo before'),
      { group: 'timing', kind: 'wrong', item: 'symptom onset', gold: '4 mo', pred: '2 mo' },
      { group: 'timing', kind: 'fn', item: 'timing of thymoma', gold: 'before' },
    ];
    expect(timingWrongCounts(misses)).toEqual({ order: 1, 'interval not read': 0, interval: 1 });
  });
  it('counts the order differences by the relation in the gold and the one read, in a fixed order', () => {
    const misses: Miss[] = [
      wrong('concurrent', 'after (interval not stated)'),
      wrong('14 mo after', '3 mo before'),
      wrong('same time', 'after'),
      wrong('14 mo after', '30 mo after'),
      { group: 'timing', kind: 'fn', item: 'timing of thymoma', gold: 'before' },
    ];
    expect(timingOrderPairs(misses)).toEqual([
      { gold: 'concurrent', read: 'after', count: 2 },
      { gold: 'after', read: 'before', count: 1 },
    ]);
    expect(timingOrderPairs([])).toEqual([]);
  });
});

describe('wrong labs by what differs', () => {
  it('names the first part of the reading that differs, and nothing for the gold reading', async () => {
    const { labDifference } = await import('./score.js');
    type Lab = Parameters<typeof labDifference>[1];
    const ck = (l: Partial<Lab>): Lab => ({ analyte: 'CK', ...l });
    const gold = { analyte: 'CK', value: 4500, unit: 'U/L', upperLimit: 200 };
    expect(labDifference(gold, ck({ value: 4500, unit: 'U/L', upperLimit: 200 }))).toBeUndefined();
    expect(labDifference(gold, ck({ value: 450, unit: 'U/L' }))).toBe('value by a power of ten');
    expect(labDifference(gold, ck({ value: 4200, unit: 'U/L' }))).toBe('value');
    expect(labDifference(gold, ck({ value: 4500 }))).toBe('unit not read');
    expect(labDifference(gold, ck({ value: 4500, unit: 'ukat/L' }))).toBe('unit');
    expect(labDifference(gold, ck({ value: 4500, unit: 'U/L', upperLimit: 190 }))).toBe('upper limit');
    expect(labDifference({ ...gold, comparator: '>' }, ck({ value: 4500, unit: 'U/L' }))).toBe('comparator');
    expect(
      labDifference({ analyte: 'CK', interpretation: 'normal' }, ck({ interpretation: 'elevated' })),
    ).toBe('interpretation');
  });

  it('counts only the wrong labs that carry what differs', () => {
    const misses: Miss[] = [
      {
        group: 'labs',
        kind: 'wrong',
        item: 'CK',
        gold: 'CK 4500 U/L',
        pred: 'CK 4500',
        differs: 'unit not read',
      },
      {
        group: 'labs',
        kind: 'wrong',
        item: 'LDH',
        gold: 'LDH 600',
        pred: 'LDH 60',
        differs: 'value by a power of ten',
      },
      { group: 'labs', kind: 'fn', item: 'AST', gold: 'AST 40' },
      { group: 'timing', kind: 'wrong', item: 'symptom onset', gold: '4 mo', pred: '2 mo' },
    ];
    expect(labWrongCounts(misses)).toEqual({
      value: 0,
      'value by a power of ten': 1,
      'unit not read': 1,
      unit: 0,
      comparator: 0,
      'upper limit': 0,
      interpretation: 0,
    });
  });
});

describe('disagreements of the over-classified cases by fact', () => {
  it('counts findings and studies by their item, labs by their analyte, others by kind', () => {
    const cases: Miss[][] = [
      [
        { group: 'studies', kind: 'fp', item: 'biopsy perifascicularAtrophy', pred: 'present' },
        { group: 'findings', kind: 'fp', item: 'gottron-sign', pred: 'present' },
        {
          group: 'labs',
          kind: 'wrong',
          item: 'CK 5034 U/L',
          gold: 'CK 5034 U/L',
          pred: 'CK 5034',
          analyte: 'CK',
        },
      ],
      [
        { group: 'studies', kind: 'fp', item: 'biopsy perifascicularAtrophy', pred: 'present' },
        {
          group: 'labs',
          kind: 'fn',
          item: 'muscle enzymes elevated',
          gold: 'muscle enzymes elevated',
          analyte: 'muscle enzymes',
        },
        { group: 'patient', kind: 'wrong', item: 'age', gold: '52', pred: '25' },
      ],
    ];
    expect(overClassifiedFacts(cases)).toEqual([
      { fact: 'biopsy perifascicularAtrophy', missed: 0, added: 2, wrong: 0 },
      { fact: 'age', missed: 0, added: 0, wrong: 1 },
      { fact: 'gottron-sign', missed: 0, added: 1, wrong: 0 },
      { fact: 'lab CK', missed: 0, added: 0, wrong: 1 },
      { fact: 'lab muscle enzymes', missed: 1, added: 0, wrong: 0 },
    ]);
  });
});
