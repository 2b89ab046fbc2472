/**
 * Sentences that report several tests at once: antibodies beside labs and other antibodies, each with its own
 * result word, titre or value, and a general clause or a denial that must not reach a neighbour's reading. Each
 * construction is written as a sentence of the project's own, beside the near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';

const OPEN = 'A woman of 61 came to clinic with weak upper arms and thighs.\n';

const abs = (text: string) =>
  extractCase(OPEN + text)
    .case.antibodies.map(
      (a) => `${a.target}=${a.result}${a.panel ? ' (panel)' : ''}${a.titre ? ' ' + a.titre : ''}`,
    )
    .sort();

const labs = (text: string) =>
  extractCase(OPEN + text)
    .case.labs.map((l) => `${l.analyte}=${l.value ?? ''}${l.interpretation ? `[${l.interpretation}]` : ''}`)
    .sort();

describe("a result word before a neighbour's name is the neighbour's", () => {
  it('keeps the result word before the antibody when the next item opens with its own word', () => {
    expect(abs('There was a positive anti-PL-7 and normal TSH, whereas anti-SAE was negative.')).toEqual([
      'PL-7=positive',
      'SAE=negative',
    ]);
    expect(abs('Testing showed a CK of 4,500 U/L, positive anti-SRP and a normal TSH.')).toEqual([
      'SRP=positive',
    ]);
    expect(abs('Autoantibody testing revealed anti-NXP2, anti-PL-7 and a normal CK.')).toEqual([
      'NXP2=positive',
      'PL-7=positive',
    ]);
    expect(abs('Negative anti-Jo-1, high LDH and negative anti-SAE were found.')).toEqual([
      'Jo-1=negative',
      'SAE=negative',
    ]);
  });
  it('passes over such items to a shared verb of noting, and keeps a result word over a verb of recording', () => {
    expect(abs('Anti-HMGCR antibodies, normal CK and negative ANA were noted.')).toEqual([
      'ANA=negative',
      'HMGCR=positive',
    ]);
    expect(abs('Negative anti-SRP and aldolase of 22 U/L were documented.')).toEqual(['SRP=negative']);
    expect(abs('Negative antibodies against HMGCR were found.')).toEqual(['HMGCR=negative']);
  });
  it('still reads a list that shares its result, and a result word after its own name (controls)', () => {
    expect(abs('Anti-Mi-2 and anti-PL-12 were negative.')).toEqual(['Mi-2=negative', 'PL-12=negative']);
    expect(abs('Anti-SRP positive, CK normal.')).toEqual(['SRP=positive']);
    expect(abs('Positive anti-SRP and normal TSH were found.')).toEqual(['SRP=positive']);
  });
  it('lets a list with no result stated elsewhere take the word after its joint (session 42 bound)', () => {
    // nothing before the list and no shared verb after it: the bands of a blot listed with one grade
    expect(abs('Myositis line blot: anti-NXP2 and strongly positive anti-Ro52.')).toEqual([
      'NXP2=positive',
      'Ro52=positive',
    ]);
  });
});

describe('a titre in brackets between a result word and its "for"', () => {
  it('reads the antibody after "for", and leaves the titre with the antibody before the result word', () => {
    expect(abs('ANA positive (1:640) for anti-Ro52 and negative anti-NXP2.')).toEqual([
      'ANA=positive 1:640',
      'NXP2=negative',
      'Ro52=positive',
    ]);
  });
  it('keeps a titre after a result word of the antibody itself (control)', () => {
    expect(abs('ANA was positive (1:320).')).toEqual(['ANA=positive 1:320']);
  });
});

describe('members with predicates of their own', () => {
  it('ends a list at a copula after a member', () => {
    expect(abs('Anti-Mi-2 antibody was requested and anti-PL-12 was negative.')).toEqual(['PL-12=negative']);
    expect(abs('Anti-Ro52 antibodies were requested and anti-SRP was negative.')).toEqual(['SRP=negative']);
  });
  it('ends a list at a comma when the first member has its result word before it and the next its own after', () => {
    expect(abs('Besides a positive anti-HMGCR, anti-PM-Scl was negative.')).toEqual([
      'HMGCR=positive',
      'PM-Scl=negative',
    ]);
    expect(abs('She tested positive for anti-NXP2, with ANA negative and a CK of 4,500 U/L.')).toEqual([
      'ANA=negative',
      'NXP2=positive',
    ]);
    expect(abs('She tested positive for antibodies against HMGCR, with ANA negative.')).toEqual([
      'ANA=negative',
      'HMGCR=positive',
    ]);
  });
  it('keeps a list under one result word before it (controls)', () => {
    expect(abs('Negative ANA, anti-Jo-1 and anti-PL-7.')).toEqual([
      'ANA=negative',
      'Jo-1=negative',
      'PL-7=negative',
    ]);
    expect(abs('She tested positive for anti-NXP2 and ANA.')).toEqual(['ANA=positive', 'NXP2=positive']);
  });
  it("reads a result word glued to the name with a hyphen as that name's own", () => {
    expect(abs('She was anti-HMGCR-positive and anti-SRP-negative.')).toEqual([
      'HMGCR=positive',
      'SRP=negative',
    ]);
    expect(abs('Anti-Ku and anti-Scl-70 were negative.')).toEqual(['Ku=negative', 'Scl-70=negative']);
  });
});

describe("a general clause beside the patient's", () => {
  it("reads nothing from a clause of what a test usually shows, before the patient's possessive", () => {
    expect(abs('Anti-Jo-1 is often positive in this syndrome; her anti-Jo-1 was negative.')).toEqual([
      'Jo-1=negative',
    ]);
    expect(
      abs('Anti-Mi-2 antibody is usually positive in this syndrome, while her anti-PL-12 was negative.'),
    ).toEqual(['PL-12=negative']);
    expect(labs('CK is usually normal in this syndrome, while her aldolase was raised.')).toEqual([
      'aldolase=[elevated]',
    ]);
  });
  it("reads a relative's clause as no one's, and the patient's past tense as hers (controls)", () => {
    expect(abs("Anti-Jo-1 is often positive in this syndrome; her mother's anti-Jo-1 was positive.")).toEqual(
      [],
    );
    expect(abs('Anti-Jo-1 was positive, while her CK was normal.')).toEqual(['Jo-1=positive']);
    expect(labs('Anti-Jo-1 was positive, while her CK was normal.')).toEqual(['CK=[normal]']);
  });
});

describe("an antibody's denial does not reach a lab's reading", () => {
  it('keeps a raised lab before "and" and an antibody with a verb of its own', () => {
    expect(labs('CK was not measured, but aldolase was raised and anti-Jo-1 was negative.')).toEqual([
      'aldolase=[elevated]',
    ]);
    expect(
      labs('Anti-Ku antibodies were negative, while CK was elevated, and anti-PL-7 was negative.'),
    ).toEqual(['CK=[elevated]']);
  });
  it('keeps a raised lab inside an exception that opens the sentence', () => {
    expect(labs('Apart from a raised CK, anti-SAE and anti-NXP2 were negative.')).toEqual(['CK=[elevated]']);
    expect(
      labs('Except for an elevated CRP, laboratory tests including CK and anti-Ro52 antibodies were normal.'),
    ).toEqual(['CK=[normal]', 'CRP=[elevated]']);
  });
  it('still reads a denied rise as normal (controls)', () => {
    expect(labs('Aldolase was not raised and anti-Jo-1 was negative.')).toEqual(['aldolase=[normal]']);
    expect(labs('There was no raised CK, and anti-SAE was negative.')).toEqual(['CK=[normal]']);
  });
});
