import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assessCase } from '../assess/assess.js';
import { parseCase } from '../case/validate.js';
import { computeSection } from '../contract/run.js';
import { isFailedSection, required, type SectionOutcome } from '../contract/set.js';
import { cancerFoundFact } from '../facts/oncology.js';
import { cancerTiming } from './association/timing.js';
import { imacsInputsFromCase } from './imacs-2023/from-case.js';
import { onconeuralFromCase, pns2004InputsFromCase } from './pns-2004/from-case.js';
import { evaluatePns2004 } from './pns-2004/evaluate.js';
import { evaluatePnsCare2021 } from './pns-care-2021/evaluate.js';
import { pnsCareInputsFromCase } from './pns-care-2021/from-case.js';
import { pnsCare2021Set } from './pns-care-2021/set.js';
import { subtypeFromEular } from './subtype.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) =>
  parseCase(JSON.parse(readFileSync(join(here, '__fixtures__', name), 'utf8')));
/**
 * What a clinician reaches for each synthetic structured fixture (age, sex, Graus 2004 definite, IMACS high). `npm run eval:seeds` checks the same fixtures against the seed cases'
 * gold files in the shared data beside the repository, which the test suite does not read.
 */
const EXPECTED: Record<string, { age: number; sex: string; expected: Record<string, string> }> = {
  'seed-breast-idc': {
    age: 50,
    sex: 'female',
    expected: { pns_graus_2004: 'definite', imacs_risk_tier: 'high' },
  },
  'seed-leiomyosarcoma': {
    age: 43,
    sex: 'female',
    expected: { pns_graus_2004: 'definite', imacs_risk_tier: 'high' },
  },
};
const gold = (seed: string) => EXPECTED[seed]!;

const SEEDS = [
  { seed: 'seed-breast-idc', file: 'breast-idc-tnbc.json' },
  { seed: 'seed-leiomyosarcoma', file: 'leiomyosarcoma-tif1g.json' },
];

describe.each(SEEDS)('seed case $seed (synthetic structured fixture)', ({ seed, file }) => {
  const g = gold(seed);
  const c = fixture(file);
  const report = assessCase(c, { asOf: '2026-11-21' });
  const pns = required(report.pns2004);
  const imacs = required(report.imacs2023);
  const timing = required(report.cancerAssociation);
  it('fixture demographics match gold', () => {
    expect(c.patient.age).toBe(g.age);
    expect(c.patient.sex).toBe(g.sex);
  });
  it('Graus 2004 category matches gold', () => {
    expect(pns.category).toBe(g.expected['pns_graus_2004']);
  });
  it('IMACS risk tier matches gold', () => {
    expect(imacs.riskProfileTier).toBe(g.expected['imacs_risk_tier']);
    expect(imacs.tier).toBe(g.expected['imacs_risk_tier']);
  });
  it('the cancer came first and falls in the ±3-year window', () => {
    const k = timing.cancers[0]!;
    expect(k.intervalDays!.min).toBeLessThan(0);
    expect(k.windows.find((w) => w.id === 'cam-3y')!.status).toBe('in');
    expect(timing.cancerAssociated).toBe('met');
  });
  it('a known cancer turns the plan into oncological follow-up', () => {
    expect(imacs.plan.mode).toBe('known-cancer');
    expect(imacs.knownCancer).toBe('met');
    expect(imacs.screening).toBe('oncological-follow-up');
  });
  it('every cancer section is computed', () => {
    const outcomes: SectionOutcome<unknown>[] = [
      report.cancerAssociation,
      report.pns2004,
      report.pnsCare2021,
      report.imacs2023,
      report.cancerProbability,
    ];
    for (const o of outcomes) {
      expect(o).toBeTypeOf('object');
      expect(isFailedSection(o)).toBe(false);
    }
  });
});

describe.each(['seed-breast-idc', 'seed-leiomyosarcoma'])(
  'foundation fixture %s (relative dates only)',
  (seed) => {
    const g = gold(seed);
    const c = parseCase(
      JSON.parse(readFileSync(join(here, '..', 'criteria', '__fixtures__', `${seed}.case.json`), 'utf8')),
    );
    const report = assessCase(c, { asOf: '2026-11-21' });
    it('reaches the gold Graus 2004 and IMACS values from a relative cancer date', () => {
      expect(required(report.pns2004).category).toBe(g.expected['pns_graus_2004']);
      expect(required(report.imacs2023).riskProfileTier).toBe(g.expected['imacs_risk_tier']);
    });
  },
);

describe('screening fixture (no cancer, high risk, male)', () => {
  const report = assessCase(fixture('screening-high-risk-no-cancer.json'), { asOf: '2026-11-21' });
  const im = required(report.imacs2023);
  it('high tier from age, DM, anti-NXP2 and dysphagia; smoking is a red flag', () => {
    expect(im.tier).toBe('high');
    expect(im.factors.map((f) => f.id).sort()).toEqual([
      'age-over-40',
      'anti-nxp2',
      'dysphagia',
      'subtype-dermatomyositis',
    ]);
    expect(im.redFlags.present).toEqual(['smoking']);
  });
  it('dated checklist: done, overdue, upcoming, other-sex items, conditional modalities', () => {
    expect(im.plan.mode).toBe('screening');
    expect(im.knownCancer).toBe('unknown');
    expect(im.screening).toBe('screen');
    expect(im.plan.summary).toEqual({
      done: 10,
      due: 0,
      upcoming: 16,
      overdue: 10,
      'not-applicable': 4,
      consider: 2,
    });
    const item = (id: string, k: number) => im.plan.items.find((i) => i.id === id && i.occurrence === k)!;
    expect(item('faecal-occult-blood-test', 0)).toMatchObject({
      status: 'done',
      done: { path: 'investigations[7]' },
    });
    expect(item('full-blood-count', 1)).toMatchObject({ status: 'done', done: { date: '2026-09-20' } });
    expect(item('urinalysis', 1)).toMatchObject({ status: 'overdue', due: { earliest: '2026-09-15' } });
    expect(item('pet-ct', 0).status).toBe('done');
  });
  it('probability: anti-TIF1γ negative lowers to 4.9 %, anti-NXP2 is listed as not used', () => {
    const p = required(report.cancerProbability);
    if (p.status !== 'estimated') throw new Error('expected an estimate');
    expect(p.posterior).toBeCloseTo(0.049, 3);
    expect(p.notUsed.map((n) => n.antibody)).toContain('NXP2');
  });
});

describe('leiomyosarcoma fixture specifics', () => {
  const report = assessCase(fixture('leiomyosarcoma-tif1g.json'), { asOf: '2026-11-21' });
  it('anti-TIF1γ window applies and holds; probability uses LR+ 6.79', () => {
    const t = required(report.cancerAssociation);
    expect(t.antiTif1g).toBe('met');
    expect(t.cancers[0]!.windows.find((w) => w.id === 'tif1g')).toMatchObject({
      applies: 'met',
      status: 'in',
    });
    const p = required(report.cancerProbability);
    if (p.status !== 'estimated') throw new Error('expected an estimate');
    expect(p.posterior).toBeCloseTo(0.582, 3);
    expect(p.cancerKnown).toBe(true);
  });
  it('family history is a red flag; fever explained by infection is not', () => {
    const im = required(report.imacs2023);
    expect(im.redFlags.present).toEqual(['family-history-of-cancer']);
    expect(im.redFlags.unknown).not.toContain('unexplained-fever');
    expect(im.redFlags.unknown).not.toContain('smoking');
  });
});

describe('reading a case', () => {
  it('subtype from the EULAR/ACR subgroup, else unknown (also when that section failed)', () => {
    expect(subtypeFromEular({ subgroup: 'dermatomyositis' }).value).toBe('dermatomyositis');
    expect(subtypeFromEular({ subgroup: 'juvenile-dermatomyositis' }).value).toBe('dermatomyositis');
    expect(subtypeFromEular({ subgroup: null }).value).toBe('unknown');
    const failed = subtypeFromEular({ failed: true, code: 'internal-fault' });
    expect(failed.value).toBe('unknown');
    expect(failed.evidence[0]!.path).toBe('eularAcr2017');
  });
  it('myositis antibodies are never read as onconeural antibodies', () => {
    const c = parseCase({
      schemaVersion: '1.0',
      antibodies: [
        { target: 'TIF1-gamma', result: 'positive' },
        { target: 'NXP2', result: 'positive' },
      ],
    });
    expect(onconeuralFromCase(c).value).toBe('unknown');
    const hu = parseCase({ schemaVersion: '1.0', antibodies: [{ target: 'anti-Hu', result: 'positive' }] });
    expect(onconeuralFromCase(hu).value).toBe('well-characterised');
    const tr = parseCase({
      schemaVersion: '1.0',
      antibodies: [
        { target: 'anti-Tr', result: 'positive' },
        { target: 'Yo', result: 'negative' },
      ],
    });
    expect(onconeuralFromCase(tr).value).toBe('partially-characterised');
    const none = parseCase({ schemaVersion: '1.0', antibodies: [{ target: 'Hu', result: 'negative' }] });
    expect(onconeuralFromCase(none).value).toBe('none');
  });
  it('cancer found: recorded cancer, or a negative work-up when none is recorded, else unknown', () => {
    expect(cancerFoundFact(parseCase({ schemaVersion: '1.0' })).status).toBe('unknown');
    expect(
      cancerFoundFact(
        parseCase({ schemaVersion: '1.0', investigations: [{ kind: 'pet-ct', result: 'normal' }] }),
      ).status,
    ).toBe('not-met');
    expect(
      cancerFoundFact(
        parseCase({ schemaVersion: '1.0', investigations: [{ kind: 'pet-ct', result: 'cancer-found' }] }),
      ).status,
    ).toBe('met');
  });
  it('smoking, fever and NPC region inputs', () => {
    const c = parseCase({
      schemaVersion: '1.0',
      patient: { smoking: 'former', highNpcRiskRegion: true },
      findings: [{ id: 'fever', status: 'present' }],
    });
    const d = imacsInputsFromCase(c, subtypeFromEular({ subgroup: null }), cancerTiming(c));
    expect(d.values['smoking']).toBe('yes');
    expect(d.values['unexplained-fever']).toBe('unknown');
    expect(d.values['high-npc-risk-region']).toBe('yes');
    const neverCase = parseCase({
      schemaVersion: '1.0',
      patient: { smoking: 'never' },
      findings: [{ id: 'fever', status: 'absent' }],
    });
    const never = imacsInputsFromCase(
      neverCase,
      subtypeFromEular({ subgroup: null }),
      cancerTiming(neverCase),
    );
    expect(never.values['smoking']).toBe('no');
    expect(never.values['unexplained-fever']).toBe('no');
  });
  it('DM, no cancer after a negative work-up, high-risk profile → Graus possible; PNS-Care not applicable to DM', () => {
    const c = parseCase({
      schemaVersion: '1.0',
      patient: { sex: 'male', ageAtOnset: 60 },
      dates: { symptomOnset: '2025-01', diagnosis: '2025-02' },
      antibodies: [{ target: 'Hu', result: 'negative' }],
      investigations: [{ kind: 'ct-neck-thorax-abdomen-pelvis', date: '2025-02', result: 'normal' }],
    });
    const timing = cancerTiming(c);
    const dm = subtypeFromEular({ subgroup: 'dermatomyositis' });
    const d = pns2004InputsFromCase(c, {
      subtype: dm,
      timing,
      imacs: { riskProfileTier: 'high', tierRange: { min: 'high', max: 'high' } },
    });
    expect(evaluatePns2004(d.values, d.evidence, d.overrides).category).toBe('possible');
    // DM is not a 2021 phenotype: PNS-Care is not applicable (never "non-PNS" as if scored).
    const asOf = '2026-11-21';
    const care = (subtype: typeof dm) => {
      const x = pnsCareInputsFromCase(c, { asOf, timing, subtype });
      return evaluatePnsCare2021(x.values, x.evidence);
    };
    expect(care(dm)).toMatchObject({
      status: 'not-applicable',
      reason: 'dermatomyositis-not-a-2021-phenotype',
    });
    expect(care(subtypeFromEular({ subgroup: null }))).toMatchObject({
      status: 'not-applicable',
      reason: 'myositis-not-a-2021-phenotype',
    });
    // In the assessment the section reads the subgroup EULAR/ACR computes from this case.
    expect(required(computeSection(pnsCare2021Set, c, { asOf })).status).toBe('not-applicable');
    // The inputs are still derived (follow-up counted from onset) for the calculator and for audit.
    const x = pnsCareInputsFromCase(c, { asOf, timing, subtype: dm });
    expect(x.values).toMatchObject({ phenotype: 'dermatomyositis', cancer: 'not-found' });
    expect(x.values['follow-up-years']).toBe(1.8);
  });
});
