/**
 * Infection serologies (session 45): antibody results against an infectious agent are the case's antibody results,
 * named by the agent and, when a class has its own result, by the agent and class; the agent named as a disease,
 * a vaccine or measured by another test (PCR, antigen, culture) is not a serology. Each rule with the control it
 * must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { antibodies } from '../__fixtures__/read-case.js';
import { canonicalAntibody } from '../../core/names.js';

describe('infection serologies', () => {
  it('reads an agent with its antibody result, in a sentence of its own or in a list', () => {
    expect(antibodies('Leptospira antibody was negative.')).toEqual({ Leptospira: 'negative' });
    expect(antibodies('HTLV-I antibodies were positive in serum and cerebrospinal fluid.')).toEqual({
      'HTLV-1': 'positive',
    });
    expect(antibodies('Serologies for HIV, hepatitis B and hepatitis C were negative.')).toEqual({
      HIV: 'negative',
      'hepatitis B': 'negative',
      'hepatitis C': 'negative',
    });
  });

  it('names the antibody class when the text gives the class its result', () => {
    expect(antibodies('Toxoplasma IgG was positive.')).toEqual({ 'Toxoplasma gondii IgG': 'positive' });
    expect(antibodies('Dengue IgM antibody was positive.')).toEqual({ 'dengue IgM': 'positive' });
    // the class written before the agent
    expect(antibodies('IgM antibodies to Mycoplasma were negative.')).toEqual({
      'Mycoplasma pneumoniae IgM': 'negative',
    });
    expect(antibodies('IgG against Toxoplasma was positive.')).toEqual({
      'Toxoplasma gondii IgG': 'positive',
    });
    // control: no class, the agent alone
    expect(antibodies('Toxoplasma antibodies were positive.')).toEqual({ 'Toxoplasma gondii': 'positive' });
  });

  it('reads a screen of several agents beside other tests of the same sentence', () => {
    expect(
      antibodies('Blood cultures and a virology screen for HIV and cytomegalovirus were all negative.'),
    ).toEqual({ HIV: 'negative', CMV: 'negative' });
  });

  it('does not read a nucleic-acid or antigen test, nor the agent named as a disease', () => {
    expect(antibodies('A swab PCR for SARS-CoV-2 came back negative.')).toEqual({});
    expect(antibodies('RT-PCR was positive for SARS-CoV-2.')).toEqual({});
    expect(antibodies('The dengue antigen (NS1) was positive.')).toEqual({});
    expect(antibodies('He had polymyositis concomitant with hepatitis B.')).toEqual({});
    expect(antibodies('She had chronic hepatitis C, treated in 2019, with a sustained response.')).toEqual(
      {},
    );
    // control: the test named after "of" is still read
    expect(antibodies('Tests showed the presence of HCV antibodies.')).toEqual({ 'hepatitis C': 'positive' });
  });

  it('reads the antibody to streptolysin O as a streptococcal serology', () => {
    expect(antibodies('Antistreptolysin O antibodies were positive.')).toEqual({
      'Streptococcus pyogenes': 'positive',
    });
  });

  it('does not read a status that describes the person as a test of the work-up', () => {
    expect(antibodies('A 44-year-old HIV-positive man was admitted with weakness.')).toEqual({});
    // control: the same words as a result of the patient
    expect(antibodies('He was HIV-positive.')).toEqual({ HIV: 'positive' });
  });

  it('gives every written form of an agent one canonical name', () => {
    expect(canonicalAntibody('HTLV-I')).toBe('HTLV-1');
    expect(canonicalAntibody('anti-HCV')).toBe('hepatitis C');
    expect(canonicalAntibody('Toxoplasma gondii IgM')).toBe('Toxoplasma gondii IgM');
    expect(canonicalAntibody('toxoplasma IgM antibodies')).toBe('Toxoplasma gondii IgM');
    expect(canonicalAntibody('VDRL')).toBe('Treponema pallidum');
    // a viral load is a lab, not a serology
    expect(canonicalAntibody('HIV viral load')).toBe('HIV viral load');
  });
});
