import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coerceInputs } from '../../engine/inputs.js';
import { IMACS_COUNTING_RULE, IMACS_FACTORS, IMACS_INPUTS } from './definition.js';
import { ageOver40, countTier, evaluateImacs2023, evaluateImacs2023OwnInputs } from './evaluate.js';

const run = (raw: Record<string, unknown>) => {
  const { values, issues } = coerceInputs(IMACS_INPUTS, raw);
  expect(issues).toEqual([]);
  return evaluateImacs2023(values);
};
/** An adult, eligible, with every factor known absent: a clean base for single-factor tests. */
const clean = {
  'age-at-onset': 35,
  sex: 'female',
  subtype: 'polymyositis',
  'years-from-onset-to-diagnosis': 0.5,
  'anti-tif1-gamma': 'negative',
  'anti-nxp2': 'negative',
  'anti-sae1': 'negative',
  'anti-mda5': 'negative',
  'anti-mi2': 'negative',
  'anti-jo1': 'negative',
  'anti-srp': 'negative',
  'anti-hmgcr': 'negative',
  dysphagia: 'no',
  'cutaneous-ulceration': 'no',
  'rapid-onset': 'no',
  'refractory-disease': 'no',
  'interstitial-lung-disease': 'no',
  raynaud: 'no',
  'weight-loss': 'no',
  'family-history-of-cancer': 'no',
  smoking: 'no',
  'unexplained-fever': 'no',
  'night-sweats': 'no',
  'high-npc-risk-region': 'no',
};

describe('counting rule (reference §3.2)', () => {
  it.each([
    [2, 0, 'high'],
    [3, 5, 'high'],
    [1, 0, 'moderate'],
    [1, 1, 'moderate'],
    [0, 2, 'moderate'],
    [0, 1, 'standard'],
    [0, 0, 'standard'],
  ])('%s high, %s intermediate → %s', (h, i, t) => expect(countTier(h, i)).toBe(t));
  it('rule rows are ordered high → standard and each is cited', () => {
    expect(IMACS_COUNTING_RULE.map((r) => r.tier)).toEqual(['high', 'moderate', 'moderate', 'standard']);
    expect(IMACS_COUNTING_RULE.every((r) => r.cite.length > 0)).toBe(true);
  });
});

describe('age boundaries', () => {
  it.each([
    [40, 'no'],
    [40.1, 'yes'],
    [41, 'yes'],
  ])('age %s: > 40 factor %s', (age, present) => {
    const r = run({ ...clean, 'age-at-onset': age });
    expect(r.factors.some((f) => f.id === 'age-over-40')).toBe(present === 'yes');
    expect(r.tier).toBe(present === 'yes' ? 'moderate' : 'standard');
  });
  it.each([
    [17, 'juvenile', 'not-applicable'],
    [17.9, 'juvenile', 'not-applicable'],
    [18, 'eligible', 'standard'],
  ])('age %s → eligibility %s, tier %s', (age, status, tier) => {
    const r = run({ ...clean, 'age-at-onset': age });
    expect(r.eligibility.status).toBe(status);
    expect(r.tier).toBe(tier);
  });
  it('juvenile: no routine screening; red flags make screening a conditional "consider", not a requirement', () => {
    const quiet = run({ ...clean, 'age-at-onset': 12 });
    expect(quiet.panels).toEqual([]);
    expect(quiet.screening).toBe('not-required');
    const flagged = run({ ...clean, 'age-at-onset': 12, 'weight-loss': 'yes' });
    expect(flagged.tier).toBe('not-applicable');
    expect(flagged.redFlags).toMatchObject({ considerScreening: true, strength: 'conditional' });
    expect(flagged.redFlags).not.toHaveProperty('screeningRequired');
    expect(flagged.panels).toEqual([]);
    expect(flagged.considerPanels).toEqual(['basic', 'enhanced']);
    expect(flagged.screening).toBe('consider-screening');
  });
});

describe('3-year eligibility window', () => {
  it.each([
    [3, 'eligible'],
    [3.01, 'beyond-3-years'],
  ])('%s years from onset to diagnosis → %s', (y, status) => {
    expect(run({ ...clean, 'years-from-onset-to-diagnosis': y }).eligibility.status).toBe(status);
  });
  it('unknown interval: eligibility unknown, tier computed as if eligible', () => {
    const r = run({
      ...clean,
      'years-from-onset-to-diagnosis': 'unknown',
      'age-at-onset': 50,
      subtype: 'dermatomyositis',
    });
    expect(r.eligibility.status).toBe('unknown');
    expect(r.tier).toBe('high');
    expect(r.missing).toContain('years-from-onset-to-diagnosis');
  });
});

describe('tiers from factor rows', () => {
  it('anti-TIF1γ + age > 40 → high, with yearly basic repeats and PET/GI to consider', () => {
    const r = run({ ...clean, 'age-at-onset': 43, 'anti-tif1-gamma': 'positive' });
    expect(r.tier).toBe('high');
    expect(r.factors.map((f) => f.id).sort()).toEqual([
      'age-over-40',
      'anti-tif1-gamma',
      'subtype-polymyositis',
    ]);
    expect(r.panels).toEqual(['basic', 'enhanced']);
    expect(r.repeat).toEqual({ every: 'year', everyYears: 1, forYears: 3, panel: 'basic' });
    expect(r.consider).toEqual(['pet-ct', 'gi-endoscopy']);
  });
  it('anti-NXP2 alone → moderate (basic + enhanced, no repeat)', () => {
    const r = run({ ...clean, 'anti-nxp2': 'positive' });
    expect(r.tier).toBe('moderate');
    expect(r.repeat).toBeNull();
    expect(r.consider).toEqual([]);
  });
  it('one intermediate factor (anti-SAE1) stays standard', () => {
    expect(run({ ...clean, 'anti-sae1': 'positive' }).tier).toBe('standard');
  });
  it('dermatomyositis + dysphagia → high (both rows unverified)', () => {
    const r = run({ ...clean, subtype: 'dermatomyositis', dysphagia: 'yes' });
    expect(r.tier).toBe('high');
    expect(r.factors.every((f) => !f.verified)).toBe(true);
  });
  it('low-risk factors are shown but do not lower or raise the tier', () => {
    const r = run({
      ...clean,
      'age-at-onset': 50,
      'anti-jo1': 'positive',
      'interstitial-lung-disease': 'yes',
      raynaud: 'yes',
    });
    expect(r.counts.low).toBe(4); // polymyositis, anti-Jo-1, ILD, Raynaud
    expect(r.tier).toBe('moderate');
  });
  it('unknown antibodies: tier counted without them, range shows what they could do', () => {
    const r = run({ 'age-at-onset': 50, subtype: 'polymyositis', 'years-from-onset-to-diagnosis': 1 });
    expect(r.tier).toBe('moderate');
    expect(r.tierRange).toEqual({ min: 'moderate', max: 'high' });
    expect(r.missing).toContain('anti-tif1-gamma');
  });
  it('anti-TIF1γ DM > 40 with a high-risk clinical feature: PET-CT as a single screening test', () => {
    const r = run({
      ...clean,
      'age-at-onset': 55,
      subtype: 'dermatomyositis',
      'anti-tif1-gamma': 'positive',
      'cutaneous-ulceration': 'yes',
    });
    expect(r.considerReasons.map((c) => c.reason)).toContain('tif1g-dm-over-40-with-high-risk-feature');
  });
  it('inclusion body myositis is flagged as not established', () => {
    expect(run({ ...clean, subtype: 'inclusion-body-myositis' }).eligibility.notes).toEqual([
      'ibm-not-established',
    ]);
  });
});

describe('red flags and panels', () => {
  it.each(['weight-loss', 'family-history-of-cancer', 'smoking', 'unexplained-fever', 'night-sweats'])(
    '%s: consider the enhanced panel beyond a standard tier (conditional)',
    (flag) => {
      const r = run({ ...clean, [flag]: 'yes' });
      expect(r.tier).toBe('standard');
      expect(r.redFlags.present).toEqual([flag]);
      expect(r.panels).toEqual(['basic']);
      expect(r.considerPanels).toEqual(['enhanced']);
      expect(r.screening).toBe('screen');
    },
  );
  it('standard without red flags: basic panel only', () => {
    const r = run(clean);
    expect(r.panels).toEqual(['basic']);
    expect(r.panelItems.every((i) => i.panel === 'basic')).toBe(true);
  });
  it('sex-specific enhanced items', () => {
    const f = run({ ...clean, 'anti-nxp2': 'positive' }).panelItems.map((i) => i.id);
    expect(f).toEqual(
      expect.arrayContaining([
        'mammography',
        'cervical-screening',
        'ca-125',
        'pelvic-transvaginal-ultrasound',
      ]),
    );
    expect(f).not.toContain('psa');
    const m = run({ ...clean, sex: 'male', 'anti-nxp2': 'positive' }).panelItems.map((i) => i.id);
    expect(m).toContain('psa');
    expect(m).not.toContain('mammography');
    expect(m).not.toContain('ca-125');
    const u = run({ ...clean, sex: 'unknown', 'anti-nxp2': 'positive' }).panelItems.map((i) => i.id);
    expect(u).toEqual(expect.arrayContaining(['psa', 'mammography']));
  });
  it('nasoendoscopy in a high-NPC-risk region', () => {
    expect(run({ ...clean, 'high-npc-risk-region': 'yes' }).consider).toEqual(['nasoendoscopy']);
    expect(run({ ...clean, 'high-npc-risk-region': 'no' }).consider).toEqual([]);
  });
});

describe('known cancer', () => {
  it('known-cancer=yes: oncological follow-up, tier still reported', () => {
    const r = run({ ...clean, 'age-at-onset': 50, subtype: 'dermatomyositis', 'known-cancer': 'yes' });
    expect(r.tier).toBe('high');
    expect(r.knownCancer).toBe('met');
    expect(r.screening).toBe('oncological-follow-up');
  });
  it('known-cancer=no or unknown: screen when a panel applies, else not required', () => {
    expect(run({ ...clean, 'known-cancer': 'no' }).screening).toBe('screen');
    expect(run({ ...clean, 'age-at-onset': 10 }).screening).toBe('not-required');
  });
});

describe('factor table', () => {
  it('unique ids, a level, a citation and a verification mark on every row', () => {
    const ids = IMACS_FACTORS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of IMACS_FACTORS) {
      expect(['high', 'intermediate', 'low']).toContain(f.level);
      expect(f.cite.length).toBeGreaterThan(0);
      expect(typeof f.verified).toBe('boolean');
      if (f.verified) expect(f.basis).toBe('V1');
    }
  });
});

describe('properties', () => {
  const RANK = { standard: 0, moderate: 1, high: 2 } as const;
  const arbInputs = fc.record({
    'age-at-onset': fc.oneof(fc.integer({ min: 18, max: 90 }), fc.constant('unknown')),
    subtype: fc.constantFrom('dermatomyositis', 'polymyositis', 'antisynthetase-syndrome', 'unknown'),
    'anti-tif1-gamma': fc.constantFrom('positive', 'negative', 'unknown'),
    'anti-nxp2': fc.constantFrom('positive', 'negative', 'unknown'),
    'anti-sae1': fc.constantFrom('positive', 'negative', 'unknown'),
    dysphagia: fc.constantFrom('yes', 'no', 'unknown'),
    'interstitial-lung-disease': fc.constantFrom('yes', 'no', 'unknown'),
  });
  it('a positive antibody never lowers the tier; min ≤ max', () => {
    fc.assert(
      fc.property(arbInputs, fc.constantFrom('anti-tif1-gamma', 'anti-nxp2', 'anti-sae1'), (raw, ab) => {
        const before = run({ ...raw, 'years-from-onset-to-diagnosis': 1 });
        const after = run({ ...raw, [ab]: 'positive', 'years-from-onset-to-diagnosis': 1 });
        expect(RANK[after.riskProfileTier]).toBeGreaterThanOrEqual(RANK[before.riskProfileTier]);
        expect(RANK[before.tierRange.max]).toBeGreaterThanOrEqual(RANK[before.tierRange.min]);
      }),
    );
  });
  it('resolving unknowns always lands inside the reported tier range', () => {
    fc.assert(
      fc.property(arbInputs, fc.boolean(), (raw, present) => {
        const r = run({ ...raw, 'years-from-onset-to-diagnosis': 1 });
        const resolved = Object.fromEntries(
          Object.entries(raw).map(([k, v]) => [
            k,
            v !== 'unknown'
              ? v
              : k === 'age-at-onset'
                ? present
                  ? 60
                  : 30
                : k === 'subtype'
                  ? present
                    ? 'dermatomyositis'
                    : 'polymyositis'
                  : k.startsWith('anti-')
                    ? present
                      ? 'positive'
                      : 'negative'
                    : present
                      ? 'yes'
                      : 'no',
          ]),
        );
        const full = run({
          ...clean,
          ...resolved,
          'years-from-onset-to-diagnosis': 1,
          'rapid-onset': 'no',
          'refractory-disease': 'no',
          'cutaneous-ulceration': 'no',
        });
        const cleanish = run({ ...clean, ...raw, 'years-from-onset-to-diagnosis': 1 });
        expect(RANK[full.riskProfileTier]).toBeGreaterThanOrEqual(RANK[cleanish.tierRange.min]);
        expect(RANK[full.riskProfileTier]).toBeLessThanOrEqual(RANK[cleanish.tierRange.max]);
        expect(r.tierRange.min).toBe(r.riskProfileTier);
      }),
    );
  });
});

describe("evaluation on the caller's own input records (the case path)", () => {
  it('gives the same result as on copies, and only adds the derived age-over-40 to the records', () => {
    const arb = fc.record({
      'age-at-onset': fc.oneof(fc.integer({ min: 5, max: 90 }), fc.constant('unknown')),
      subtype: fc.constantFrom('dermatomyositis', 'polymyositis', 'inclusion-body-myositis', 'unknown'),
      'anti-tif1-gamma': fc.constantFrom('positive', 'negative', 'unknown'),
      dysphagia: fc.constantFrom('yes', 'no', 'unknown'),
      'high-npc-risk-region': fc.constantFrom('yes', 'no', 'unknown'),
      withEvidence: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ withEvidence, ...raw }) => {
        const { values } = coerceInputs(IMACS_INPUTS, { ...clean, ...raw });
        const evidence: Record<string, { path: string; value: unknown }[]> = withEvidence
          ? { 'age-at-onset': [{ path: 'patient.ageAtOnset', value: values['age-at-onset'] ?? null }] }
          : {};
        const expected = evaluateImacs2023({ ...values }, structuredClone(evidence), {
          withinThreeYears: 'met',
        });
        const ownValues = { ...values };
        const ownEvidence = structuredClone(evidence);
        const got = evaluateImacs2023OwnInputs(ownValues, ownEvidence, { withinThreeYears: 'met' });
        expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
        expect(Object.keys(ownValues)).toEqual([...Object.keys(values), 'age-over-40']);
        expect(ownValues['age-over-40']).toBe(ageOver40(values['age-at-onset'] ?? null));
        expect(Object.keys(ownEvidence)).toEqual([...Object.keys(evidence), 'age-over-40']);
      }),
    );
  });
});
