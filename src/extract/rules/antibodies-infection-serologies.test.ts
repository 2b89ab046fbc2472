/**
 * Infection serologies (session 45): an antibody result against an infectious agent is not one of the case's
 * antibodies (the case's antibodies are autoantibodies, as the seed gold keeps them), but it is never dropped
 * without a word: each one read is reported as an `unplaced` warning of kind `infection-serology`, with its span and
 * what it was read as (the agent, with the antibody class when the text gives the class its own result). The agent
 * named as a disease, a status, or measured by another test (PCR, antigen, culture) is not a serology. Each rule with
 * the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { canonicalAntibody } from '../../core/names.js';
import { extractCase } from '../extract.js';

const OPENING = 'A 58-year-old man had proximal weakness. ';

/** The serologies reported for a sentence (agent: result), and the case's antibodies as target=result. */
function read(text: string) {
  const r = extractCase(OPENING + text);
  return {
    serologies: r.warnings.filter((w) => w.kind === 'infection-serology').map((w) => w.detail),
    antibodies: r.case.antibodies.map((a) => `${a.target}=${a.result}`),
  };
}

describe('infection serologies', () => {
  it('reports an agent with its result, never as a case antibody, in a sentence of its own or in a list', () => {
    expect(read('Leptospira antibody was negative.')).toEqual({
      serologies: ['Leptospira: negative'],
      antibodies: [],
    });
    expect(read('HTLV-I antibodies were positive in serum and cerebrospinal fluid.').serologies).toEqual([
      'HTLV-1: positive',
    ]);
    expect(read('Serologies for HIV, hepatitis B and hepatitis C were negative, as was the ANA.')).toEqual({
      serologies: ['HIV: negative', 'hepatitis B: negative', 'hepatitis C: negative'],
      antibodies: ['ANA=negative'],
    });
  });

  it('gives the span the serology was read from', () => {
    const text = `${OPENING}Leptospira antibody was negative.`;
    const w = extractCase(text).warnings.find((x) => x.kind === 'infection-serology')!;
    expect(text.slice(w.span!.start, w.span!.end)).toBe('Leptospira antibody was negative');
  });

  it('names the antibody class when the text gives the class its result, before or after the agent', () => {
    expect(read('Toxoplasma IgG was positive.').serologies).toEqual(['Toxoplasma gondii IgG: positive']);
    expect(read('IgM antibodies to Mycoplasma were negative.').serologies).toEqual([
      'Mycoplasma pneumoniae IgM: negative',
    ]);
    // control: no class, the agent alone
    expect(read('Toxoplasma antibodies were positive.').serologies).toEqual(['Toxoplasma gondii: positive']);
  });

  it('reads a screen of several agents beside other tests of the same sentence', () => {
    expect(
      read('Blood cultures and a virology screen for HIV and cytomegalovirus were all negative.').serologies,
    ).toEqual(['HIV: negative', 'CMV: negative']);
  });

  it('reports no nucleic-acid, antigen or hepatitis B marker test, nor the agent named as a disease', () => {
    for (const text of [
      'A swab PCR for SARS-CoV-2 came back negative.',
      'RT-PCR was positive for SARS-CoV-2.',
      'The dengue antigen (NS1) was positive.',
      'HBV anti-core was positive.',
      'He had polymyositis concomitant with hepatitis B.',
      'She had chronic hepatitis C, treated in 2019, with a sustained response.',
      'A 44-year-old HIV-positive man was admitted with weakness.',
    ])
      expect(read(text).serologies).toEqual([]);
    // controls: the test named after "of", and a result of the patient
    expect(read('Tests showed the presence of HCV antibodies.').serologies).toEqual([
      'hepatitis C: positive',
    ]);
    expect(read('He was HIV-positive.').serologies).toEqual(['HIV: positive']);
  });

  it('reads the antibody to streptolysin O as a streptococcal serology', () => {
    expect(read('Antistreptolysin O antibodies were positive.').serologies).toEqual([
      'Streptococcus pyogenes: positive',
    ]);
  });

  it('gives every written form of an agent one canonical name', () => {
    expect(canonicalAntibody('HTLV-I')).toBe('HTLV-1');
    expect(canonicalAntibody('anti-HCV')).toBe('hepatitis C');
    expect(canonicalAntibody('toxoplasma IgM antibodies')).toBe('Toxoplasma gondii IgM');
    expect(canonicalAntibody('VDRL')).toBe('Treponema pallidum');
    // a viral load is a lab, not a serology
    expect(canonicalAntibody('HIV viral load')).toBe('HIV viral load');
  });
});
