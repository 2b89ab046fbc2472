import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, loadCorpus } from '../../scripts/lib/corpus.js';
import { countSharedDisagreements, goldAsExtraction } from './agreement.js';
import { GoldSchema, type Gold } from './gold.js';
import { scoreCase } from './score.js';

const base = (over: Partial<Gold> = {}): Gold =>
  GoldSchema.parse({
    id: 'agree-1',
    meta: { subtype: 'dm', cancer: true, scope: 'synthetic' },
    patient: { age: 61, sex: 'female' },
    findings: { 'heliotrope-rash': 'present', 'proximal-weakness-lower': 'present' },
    labs: [{ analyte: 'CK', value: 2400, unit: 'IU/L', upperLimit: 170, interpretation: 'elevated' }],
    antibodies: { 'TIF1-gamma': 'positive' },
    panels: [{ panel: 'other myositis antibodies', result: 'negative' }],
    cancers: [{ site: 'ovary', histology: 'serous carcinoma', timing: { relation: 'after', months: 8 } }],
    onset: { monthsBeforePresentation: 3 },
    classification: { authorsDiagnosis: 'dermatomyositis' },
    ...over,
  });

describe('goldAsExtraction (a second annotation read as an extraction)', () => {
  it('agrees fully with every gold of the real corpus when both readings are the same', () => {
    const items = loadCorpus('real', join(CORPUS_DIR, 'real', 'no-texts-in-tests'));
    expect(items.length).toBeGreaterThan(100);
    for (const i of items) expect(scoreCase(i.gold, goldAsExtraction(i.gold)).misses, i.id).toEqual([]);
  });

  it('keeps units as written, group results, stated intervals and the symptom onset', () => {
    const s = scoreCase(base(), goldAsExtraction(base()));
    expect(s.misses).toEqual([]);
    expect(s.groups.labs.tp).toBe(1);
    expect(s.groups.antibodies.tp).toBe(2); // TIF1-gamma and the group result
    expect(s.groups.timing.tp).toBe(2); // the cancer's interval and the onset
  });

  it('counts an order read differently, and an onset only one reader states, as disagreements', () => {
    const second = base({
      cancers: [{ site: 'ovary', histology: 'serous carcinoma', timing: { relation: 'concurrent' } }],
      onset: undefined,
    });
    const s = scoreCase(base(), goldAsExtraction(second));
    expect(s.groups.timing).toEqual({ tp: 0, fp: 1, fn: 2 });
    expect(s.misses.map((m) => `${m.kind} ${m.item}`).sort()).toEqual([
      'fn symptom onset',
      'wrong timing of serous carcinoma',
    ]);
  });

  it('reads an order without an interval as the order alone', () => {
    const first = base({ cancers: [{ site: 'ovary', timing: { relation: 'after' } }] });
    expect(scoreCase(first, goldAsExtraction(first)).groups.timing.fp).toBe(0);
    const second = base({ cancers: [{ site: 'ovary', timing: { relation: 'before' } }] });
    expect(scoreCase(first, goldAsExtraction(second)).groups.timing).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('leaves a hedged cancer out, as the scorer leaves it out of the reference', () => {
    const hedged = base({ cancers: [{ site: 'lung', uncertain: true }] });
    expect(goldAsExtraction(hedged).cancers).toEqual([]);
  });
});

describe('countSharedDisagreements', () => {
  it('counts a disagreement as shared only when the second reader made the same one, value included', () => {
    const counts = {};
    countSharedDisagreements(
      counts,
      [
        { group: 'labs', kind: 'fn', item: 'CK 2400 U/L', gold: '2400 U/L' },
        { group: 'labs', kind: 'wrong', item: 'LDH', gold: '600 U/L', pred: '60 U/L' },
        { group: 'timing', kind: 'fp', item: 'symptom onset', pred: '2 mo' },
      ],
      [
        { group: 'labs', kind: 'fn', item: 'CK 2400 U/L', gold: '2400 U/L' },
        { group: 'labs', kind: 'wrong', item: 'LDH', gold: '600 U/L', pred: '6000 U/L' },
      ],
    );
    expect(counts).toEqual({
      labs: { disagreements: 2, shared: 1 },
      timing: { disagreements: 1, shared: 0 },
    });
  });
});
