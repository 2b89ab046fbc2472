// Rules from the seventeenth, eighteenth and nineteenth rounds' development items (issue 12, session 19), one small
// synthetic test each, end to end through extractCase. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { antibodies, findings, labs, read } from './__fixtures__/read-case.js';

describe('seventeenth round: cancers and timing', () => {
  it('knows post-transplant lymphoproliferative disorder as a lymphoid neoplasm', () => {
    expect(
      read('A muscle biopsy showed post-transplant lymphoproliferative disorder.').cancers[0],
    ).toMatchObject({
      histology: 'post-transplant lymphoproliferative disorder',
    });
    expect(read('She was diagnosed with PTLD.').cancers).toHaveLength(1);
  });

  it('dates the onset from "N ago, she had …" and "until N months prior to admission when she had …"', () => {
    expect(read('Two years ago, she had a rash on her face.').dates?.symptomOnset).toMatchObject({
      offset: -2,
      unit: 'year',
    });
    expect(
      read('She was well until 10 months prior to admission when she had an itchy rash on the chest.').dates
        ?.symptomOnset,
    ).toMatchObject({ offset: -10, unit: 'month' });
    // a worsening two months ago is not the onset
    expect(
      read('Her weakness worsened two months ago to the point where she had difficulty rising from a chair.')
        .dates?.symptomOnset,
    ).toBeUndefined();
  });
});

describe('eighteenth round: weakness, hedges, panels and biopsy words', () => {
  it('reads "proximo-distal" weakness as proximal and distal, and calves named after the weakness as distal', () => {
    expect(findings('She had a symmetrical proximo-distal muscle weakness.')).toMatchObject({
      'proximal-weakness-upper': 'present',
      'proximal-weakness-lower': 'present',
      'distal-weakness': 'present',
    });
    expect(findings('He had weakness in his thighs and calves.')).toMatchObject({
      'proximal-weakness-lower': 'present',
      'distal-weakness': 'present',
    });
    // calf enlargement beside a proximal weakness is no distal weakness
    expect(findings('Calf hypertrophy was seen with proximal weakness.')['distal-weakness']).toBeUndefined();
  });

  it('hedges a sign written "X-like", only the word glued to it, and not a shape that names a sign', () => {
    expect(findings('He had dysphagia and Gottron papule-like rashes.')).toEqual({
      dysphagia: 'present',
      'gottron-papules': 'uncertain',
    });
    expect(findings('She had proximal weakness, like her brother.')).toMatchObject({
      'proximal-weakness-upper': 'present',
    });
    expect(findings('A shawl-like rash covered her upper back.')).toMatchObject({ 'shawl-sign': 'present' });
  });

  it('reads a "myositis dot" (dot blot) as the myositis panel', () => {
    expect(antibodies('ANA and myositis dot were negative.')).toEqual({
      ANA: 'negative',
      'myositis antibody panel': 'negative',
    });
  });

  it('reads "necrotic and regenerating" fibres and "inflammatory changes" on a muscle biopsy', () => {
    expect(
      read('A muscle biopsy showed necrotic and regenerating processes with mild inflammatory changes.')
        .muscleBiopsy?.features,
    ).toEqual({
      necrosis: 'present',
      regeneration: 'present',
      inflammatoryInfiltrate: 'present',
    });
  });
});

describe('nineteenth round', () => {
  it('reads the labs in a list after "negative for" as normal, not a lab that opens its own clause', () => {
    expect(labs('Her labs were negative for SSA, ANA, ESR, CRP, CK and aldolase.')).toEqual([
      'ESR normal',
      'CRP normal',
      'CK normal',
      'aldolase normal',
    ]);
    expect(labs('Serology was negative for HIV and CK was measured later.')).toEqual([]);
  });

  it('does not read a cytokeratin stain ("positivity for CK20") as creatine kinase', () => {
    expect(labs('The node held a carcinoma with dot-like positivity for CK20.')).toEqual([]);
    expect(labs('CK4500 on admission.')).toEqual(['CK 4500']);
  });

  it('does not read a recovery to normal strength as strength that was always normal', () => {
    expect(findings('Treatment gave a dramatic response with a return to normal strength.')).toEqual({});
    expect(findings('Muscle strength was normal.')).toMatchObject({ 'proximal-weakness-upper': 'absent' });
  });
});
