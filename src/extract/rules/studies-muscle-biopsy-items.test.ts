/**
 * A bare "perifascicular" is the perifascicular atrophy of the 2017 EULAR/ACR criteria only with a word of atrophy
 * beside it (session 49). Perifascicular necrosis (the antisynthetase pattern), MxA or COX staining at the fascicle's
 * edge, regenerating fibres there or a fragmented perimysium are other findings, and reading them as the atrophy
 * added a weighted criteria item. And a later sentence about the skin ("The skin biopsy showed inflammatory
 * infiltrates") is not the muscle biopsy's report. Sentences are the project's own.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';

const LEAD = 'A 58-year-old woman was seen with a heliotrope rash and weak hips.\n';

const atrophyOf = (text: string) =>
  extractCase(LEAD + text).case.muscleBiopsy?.features?.perifascicularAtrophy ?? null;

describe('"perifascicular" without atrophy', () => {
  it('is not perifascicular atrophy', () => {
    expect(atrophyOf('Muscle biopsy showed perifascicular necrosis.')).toBeNull();
    expect(atrophyOf('Muscle biopsy showed perifascicular MxA expression.')).toBeNull();
    expect(atrophyOf('Muscle biopsy showed perifascicular fibres with reduced COX activity.')).toBeNull();
    expect(
      atrophyOf('Muscle biopsy showed perimysial inflammation with perifascicular regenerating fibers.'),
    ).toBeNull();
    expect(atrophyOf('Muscle biopsy showed perifascicular fragmentation of the perimysium.')).toBeNull();
  });
  it('keeps the atrophy named beside it', () => {
    expect(atrophyOf('Muscle biopsy showed perifascicular atrophy.')).toBe('present');
    expect(atrophyOf('Muscle biopsy showed atrophy of the perifascicular fibres.')).toBe('present');
    expect(atrophyOf('Muscle biopsy showed perifascicular atrophic fibres.')).toBe('present');
    expect(atrophyOf('Muscle biopsy showed perifascicular small fibres.')).toBe('present');
    expect(atrophyOf('Muscle biopsy showed perifascicular hypotrophy.')).toBe('present');
  });
  it('keeps the necrosis it names', () => {
    expect(
      extractCase(LEAD + 'Muscle biopsy showed perifascicular necrosis.').case.muscleBiopsy?.features
        ?.necrosis,
    ).toBe('present');
  });
});

describe("a later sentence about the skin ends the muscle biopsy's report", () => {
  const infiltrateOf = (text: string) =>
    extractCase(LEAD + text).case.muscleBiopsy?.features?.inflammatoryInfiltrate ?? null;
  it("gives the skin's infiltrate to the skin", () => {
    expect(
      infiltrateOf('A muscle biopsy was performed. The skin biopsy showed inflammatory infiltrates.'),
    ).toBeNull();
    expect(
      infiltrateOf(
        'Skin and muscle biopsies were performed. The skin showed interface dermatitis with inflammatory infiltrates.',
      ),
    ).toBeNull();
  });
  it("keeps the muscle's own report and a report of both", () => {
    expect(infiltrateOf('A muscle biopsy was performed. It showed inflammatory infiltrates.')).toBe(
      'present',
    );
    expect(infiltrateOf('Skin and muscle biopsies showed inflammatory infiltrates.')).toBe('present');
  });
});
