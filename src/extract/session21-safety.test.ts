/**
 * Wrong-result readings found in session 21 (issue 12), each with a control the fix must leave alone. Every
 * sentence is written for this file.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

const biopsy = (text: string) => {
  const mb = extractCase(
    `Dermatomyositis: a case report\n\nA 50-year-old woman presented with proximal weakness. ${text}`,
  ).case.muscleBiopsy;
  return { features: mb?.features ?? {}, conclusion: mb?.conclusion };
};

describe('a biopsy finding set against another disease is not denied', () => {
  it('"perifascicular atrophy, not seen in polymyositis": atrophy present, the biopsy not read as another process', () => {
    const b = biopsy('Muscle biopsy showed perifascicular atrophy, not seen in polymyositis.');
    expect(b.features.perifascicularAtrophy).toBe('present');
    expect(b.conclusion).not.toBe('other');
  });
  it('"rimmed vacuoles, a feature not usually seen in polymyositis": vacuoles present', () => {
    const b = biopsy('Muscle biopsy showed rimmed vacuoles, a feature not usually seen in polymyositis.');
    expect(b.features.rimmedVacuoles).toBe('present');
    expect(b.conclusion).not.toBe('other');
  });
  it('"necrotic fibres, not typical of dermatomyositis": necrosis present', () => {
    expect(
      biopsy('Muscle biopsy showed necrotic fibres, not typical of dermatomyositis.').features.necrosis,
    ).toBe('present');
  });
  it('control: a finding the biopsy did not show is absent', () => {
    expect(biopsy('Muscle biopsy: rimmed vacuoles were not seen.').features.rimmedVacuoles).toBe('absent');
  });
  it('control: a biopsy that denies the myositis is another process', () => {
    expect(biopsy('Muscle biopsy did not show features of polymyositis.').conclusion).toBe('other');
  });
  it('control: "typical of dermatomyositis" is the biopsy’s conclusion', () => {
    expect(
      biopsy('Muscle biopsy showed perifascicular atrophy, typical of dermatomyositis.').conclusion,
    ).toBe('consistent-with-myositis');
  });
});
