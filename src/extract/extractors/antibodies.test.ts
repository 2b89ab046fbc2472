import { describe, expect, it } from 'vitest';
import { analyse } from '../document.js';
import { extractAntibodies } from './antibodies.js';

const abs = (t: string) =>
  Object.fromEntries(
    extractAntibodies(analyse(t)).map((a) => [a.target, a.titre ? `${a.result} ${a.titre}` : a.result]),
  );

describe('antibodies', () => {
  it('shares a result over a list, before or after it', () => {
    expect(abs('ENAs, ANA, ANCAs, a-DNA and anticardiolipin: negative.')).toEqual({
      ENA: 'negative',
      ANA: 'negative',
      ANCA: 'negative',
      dsDNA: 'negative',
      anticardiolipin: 'negative',
    });
    expect(abs('Screen negative for ENA, dsDNA, anti-CCP.')).toEqual({
      ENA: 'negative',
      dsDNA: 'negative',
      CCP: 'negative',
    });
  });
  it('keeps titres and reads "weakly positive" as positive', () => {
    expect(abs('Weakly positive ANA (1:160).')).toEqual({ ANA: 'positive 1:160' });
    expect(abs('ANA 1:320.')).toEqual({ ANA: 'positive 1:320' });
  });
  it('separates clauses ("positive for X alone, whilst Y and Z negative")', () => {
    expect(
      abs('Positive for TIF1γ antibodies alone, whilst anti-Jo1 and anti-Mi2 antibody negative.'),
    ).toEqual({ 'TIF1-gamma': 'positive', 'Jo-1': 'negative', 'Mi-2': 'negative' });
  });
  it('accepts every spelling of TIF1-gamma and ignores mentions without a result', () => {
    expect(abs('Anti-p155/140 positive.')).toEqual({ 'TIF1-gamma': 'positive' });
    expect(abs('TIF1-gamma antibodies are associated with cancer.')).toEqual({});
  });
  it('reads equivocal results', () => {
    expect(abs('Anti-NXP2 borderline.')).toEqual({ NXP2: 'equivocal' });
  });
});
