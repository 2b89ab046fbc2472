import { describe, expect, it } from 'vitest';
import { analyse } from '../document.js';
import { extractFindings } from './findings.js';

const run = (t: string) => extractFindings(analyse(t));
const status = (t: string, id: string) => run(t).findings.find((f) => f.id === id)?.status;

describe('findings from the lexicon', () => {
  it('records present, absent and uncertain findings with evidence spans', () => {
    const t = 'She had dysphagia. There was no fever. Possible interstitial lung disease.';
    const r = run(t);
    expect(status(t, 'dysphagia')).toBe('present');
    expect(status(t, 'fever')).toBe('absent');
    const ild = r.findings.find((f) => f.id === 'interstitial-lung-disease')!;
    expect(ild.status).toBe('uncertain');
    expect(ild.reason).toMatch(/Possible/);
    const span = r.findings.find((f) => f.id === 'dysphagia')!.evidence[0]!.spans[0]!;
    expect(t.slice(span.start, span.end)).toBe(span.text);
    expect(span.text).toBe('dysphagia');
  });
  it('reads "afebrile" as fever absent and lets present win across mentions', () => {
    expect(status('Afebrile on admission.', 'fever')).toBe('absent');
    expect(status('Afebrile on admission. Later she was febrile.', 'fever')).toBe('present');
  });
  it('never attributes a relative’s condition or a planned one to the patient', () => {
    expect(status('Her mother had Raynaud phenomenon.', 'raynaud-phenomenon')).toBeUndefined();
    expect(status('Return if dysphagia develops.', 'dysphagia')).toBeUndefined();
  });
});

describe('skin descriptions (EULAR/ACR definitions)', () => {
  it('reads erythematous-violaceous periocular lesions as heliotrope rash', () => {
    expect(status('Erythematous-violaceous lesions in the periocular region.', 'heliotrope-rash')).toBe(
      'present',
    );
    expect(status('Lilac discoloration of the upper eyelids.', 'heliotrope-rash')).toBe('present');
  });
  it('does not read periorbital oedema alone as heliotrope rash', () => {
    expect(status('Rash on the arms and periorbital oedema.', 'heliotrope-rash')).toBeUndefined();
  });
  it('tells Gottron papules from Gottron sign, and says when it cannot', () => {
    expect(status('Violaceous papules over the metacarpophalangeal joints.', 'gottron-papules')).toBe(
      'present',
    );
    expect(status('Flat erythematous macules over the knuckles.', 'gottron-sign')).toBe('present');
    const r = run('Scaly erythematous lesions on the dorsum of the metacarpophalanges.');
    const p = r.findings.find((f) => f.id === 'gottron-papules')!;
    expect(p.status).toBe('uncertain');
    expect(p.reason).toMatch(/papules/);
  });
  it('reads erythema of the neckline or upper chest as V-sign', () => {
    expect(status('Erythema of the neckline.', 'v-sign')).toBe('present');
  });
});

describe('weakness and MRC grades', () => {
  it('grades each limb from the words before the grade', () => {
    const r = run(
      'Limitation of strength of the proximal muscles of the upper limbs (III-IV/V) and lower limbs (IV/V).',
    );
    expect(r.strength.map((s) => [s.group, s.grade])).toEqual([
      ['proximal-upper', 'III-IV/V'],
      ['proximal-lower', 'IV/V'],
    ]);
  });
  it('grades both limbs named together, and reads the region after the grade', () => {
    expect(
      run('Reduced proximal power in both upper and lower limb (3–4/5).').strength.map((s) => s.group),
    ).toEqual(['proximal-upper', 'proximal-lower']);
    expect(
      run('Power was 4/5 in the proximal muscles of the arms, with normal distal strength.').strength,
    ).toMatchObject([{ group: 'proximal-upper', grade: '4/5' }]);
  });
  it('finds proximal weakness by region, negated neck weakness, and symmetry', () => {
    const t = 'There was reduced proximal power in both upper and lower limbs, but no neck weakness.';
    expect(status(t, 'proximal-weakness-upper')).toBe('present');
    expect(status(t, 'proximal-weakness-lower')).toBe('present');
    expect(status(t, 'neck-flexor-weakness')).toBe('absent');
    expect(status(t, 'symmetric-weakness')).toBe('present');
  });
  it('keeps a rash location from becoming weakness ("rash on the neck and arms … weakness")', () => {
    expect(
      status(
        'A rash on the upper chest, neck and back, and also proximal limb weakness.',
        'neck-flexor-weakness',
      ),
    ).toBeUndefined();
  });
  it('marks proximal weakness without a limb as uncertain', () => {
    const f = run('Proximal muscle weakness.').findings.find((x) => x.id === 'proximal-weakness-upper')!;
    expect(f.status).toBe('uncertain');
  });
});

describe('MRC written as "MRC grade N"', () => {
  it('reads the grade after MRC', () => {
    expect(run('Shoulder abduction weakness, MRC grade 4 in the deltoids.').strength).toMatchObject([
      { group: 'proximal-upper', grade: '4' },
    ]);
  });
});

describe('clinic-letter phrasing', () => {
  it('reads functional proximal weakness, plaques over the joints, and weight lost in kg', () => {
    const t =
      'She has difficulty rising from chairs and lifting her arms above her head. Scaly plaques over the MCP joints. She has lost 6 kg in weight.';
    expect(status(t, 'proximal-weakness-upper')).toBe('present');
    expect(status(t, 'proximal-weakness-lower')).toBe('present');
    expect(status(t, 'gottron-papules')).toBe('present');
    expect(status(t, 'weight-loss')).toBe('present');
  });
});
