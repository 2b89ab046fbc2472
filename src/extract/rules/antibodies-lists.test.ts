/**
 * Antibody results in lists: a result word before or after a list, groups and their members, signs glued to a name,
 * an excepted member with its own result, an elided result after a contrast, results given by a pronoun or a
 * labelled list, and a level or titre of one member. Each with the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { antibodies, antibodyLines } from '../__fixtures__/read-case.js';
import { extractCase } from '../extract.js';
import {
  antibodiesAfterProximalWeakness,
  antibodiesAfterTitle,
  antibodiesAfterWeakThighs,
  antibodiesWithTitresAfterTitle,
  sortedAntibodiesAfterWeakThighs,
  statedFindingsAfterRash,
  WEAK_THIGHS_AND_ARMS_CASE,
} from './__fixtures__/helpers.js';

/** Each antibody as "target=result". */
const antibodiesOf = (text: string) => antibodyLines(WEAK_THIGHS_AND_ARMS_CASE + text);

describe('a result word before attributive words reaches the antibodies after them', () => {
  it('"negative for the previously identified antisynthetase autoantibodies" is a negative group, not a positive', () => {
    expect(
      antibodiesWithTitresAfterTitle(
        'Her serum was negative for the previously identified antisynthetase autoantibodies.',
      ),
    ).toEqual({ 'antisynthetase antibodies': 'negative' });
  });
  it('"negative for the known myositis-specific antibodies" is a negative myositis panel', () => {
    expect(
      antibodiesWithTitresAfterTitle('The assay was negative for the known myositis-specific antibodies.'),
    ).toEqual({
      'myositis antibody panel': 'negative',
    });
  });
  it('control: "serology identified anti-Jo-1 antibodies" is a positive anti-Jo-1', () => {
    expect(antibodiesWithTitresAfterTitle('Serology identified anti-Jo-1 antibodies.')).toEqual({
      'Jo-1': 'positive',
    });
  });
});

describe('a sign glued before an antibody’s name in a list of results', () => {
  it('"+ANA; -anti-Jo-1" reads each sign', () => {
    expect(antibodiesAfterTitle('Serology: +ANA; -anti-Jo-1.')).toEqual({
      ANA: 'positive',
      'Jo-1': 'negative',
    });
  });
  it('"-ANA, -anti-Jo-1": each member of a comma list has its own sign', () => {
    expect(antibodiesAfterTitle('Serology: -ANA, -anti-Jo-1.')).toEqual({
      ANA: 'negative',
      'Jo-1': 'negative',
    });
  });
  it('control: a dash between clauses is no sign ("a rash - ANA was positive")', () => {
    expect(antibodiesAfterTitle('She had a rash - ANA was positive.')).toEqual({ ANA: 'positive' });
  });
});

describe('antibody results in lists and brackets', () => {
  it('a level below a number right after the name is negative, whatever the list’s last result', () => {
    expect(antibodiesAfterTitle('Serology: anti-Sm <0.5, anti-RNP <0.4, CCP >300.')).toEqual({
      Sm: 'negative',
      'U1-RNP': 'negative',
      CCP: 'positive',
    });
  });
  it('control: a level below a number after another test is not the antibody’s', () => {
    expect(antibodiesAfterTitle('Anti-Jo-1 was positive, TSH <0.01.')).toEqual({ 'Jo-1': 'positive' });
  });
  it('the members of a serology in brackets take its result', () => {
    expect(antibodiesAfterTitle('She had positive serology (ANA and anti-dsDNA).')).toEqual({
      ANA: 'positive',
      dsDNA: 'positive',
    });
    expect(antibodiesAfterTitle('Serology was positive (ANA and anti-Sm).')).toEqual({
      ANA: 'positive',
      Sm: 'positive',
    });
  });
  it('"anti-topoisomerase" without the "I", and "anti-aminoacyl synthetase" without the tRNA', () => {
    expect(antibodiesAfterTitle('Anti-centromere and anti-topoisomerase antibodies were negative.')).toEqual({
      centromere: 'negative',
      'Scl-70': 'negative',
    });
    expect(antibodiesAfterTitle('An anti-aminoacyl synthetase (ARS) antibody was detected.')).toEqual({
      'antisynthetase antibodies': 'positive',
    });
  });
});

describe('a group of antibodies carried by the patient', () => {
  const antibodies = (text: string) =>
    extractCase(text).case.antibodies.map((a) => `${a.target}=${a.result}`);

  it('"a man with anti-synthetase antibodies presented …" records the group as positive, like "anti-Jo-1 antibodies"', () => {
    expect(
      antibodies("A 63-year-old man with antisynthetase autoantibodies presented with mechanic's hands."),
    ).toEqual(['antisynthetase antibodies=positive']);
    expect(
      antibodies("A 63-year-old man with anti-PL-12 antibodies presented with mechanic's hands."),
    ).toEqual(['PL-12=positive']);
  });

  it('controls: a test for the group, and patients in general, give no result', () => {
    expect(antibodies('A 63-year-old man was tested for antisynthetase autoantibodies.')).toEqual([]);
    expect(
      antibodies('Patients with antisynthetase autoantibodies often have interstitial lung disease.'),
    ).toEqual([]);
  });
});

describe('a group of antibodies named after an antibody outside it', () => {
  it('keeps the group\'s result beside ANA ("positive for ANA and antisynthetase antibodies")', () => {
    expect(
      antibodiesAfterProximalWeakness('She tested positive for ANA and antisynthetase antibodies.'),
    ).toEqual(['ANA positive', 'antisynthetase antibodies positive']);
  });

  it('drops the group when its own member is the positive result it names', () => {
    // control: the member given is the group's test result, so the group is not kept as a result of its own
    expect(
      antibodiesAfterProximalWeakness('Antisynthetase antibody testing was positive for anti-PL-7.'),
    ).toEqual(['PL-7 positive']);
  });
});

describe('a sign glued after each antibody of a list', () => {
  it('is each antibody\'s own result ("ANA+, ANCA-, RF+")', () => {
    // (the list had shared one sign: "ANCA-" read positive, "ANA-, ANCA-, RF-" read nothing)
    expect(antibodiesAfterProximalWeakness('Serology: ANA+, ANCA-, RF+.')).toEqual([
      'ANA positive',
      'ANCA negative',
      'RF positive',
    ]);
    expect(antibodiesAfterProximalWeakness('Serology: ANA-, ANCA-, RF-.')).toEqual([
      'ANA negative',
      'ANCA negative',
      'RF negative',
    ]);
  });

  it('never takes the hyphen of a compound word for a sign', () => {
    expect(antibodiesAfterProximalWeakness('ANA-positive and anti-Jo-1 negative.')).toEqual([
      'ANA positive',
      'Jo-1 negative',
    ]);
  });
});

describe('a negative stated before a list and a later member with a level of its own', () => {
  it('gives that member no result ("negative ANA, RF 51")', () => {
    // (the RF had been read negative; its level may be above the assay's cut-off)
    expect(antibodiesAfterProximalWeakness('Labs: negative ANA, RF 51.')).toEqual(['ANA negative']);
    // controls: a member without a level shares the negative, a positive is shared with a level
    expect(antibodiesAfterProximalWeakness('Labs: negative ANA, RF and anti-CCP.')).toEqual([
      'ANA negative',
      'RF negative',
      'CCP negative',
    ]);
    expect(antibodiesAfterProximalWeakness('Positive ANA, RF 120 IU/mL and anti-CCP.')).toContain(
      'RF positive',
    );
  });
});

describe('a titre right after the first member of a list under a stated result', () => {
  it('keeps the list together ("Positive ANA 1:320, anti-Jo-1 and anti-Ro52")', () => {
    // (the members after the titre had lost their result)
    expect(antibodiesAfterProximalWeakness('Positive ANA 1:320, anti-Jo-1 and anti-Ro52.')).toEqual([
      'ANA positive',
      'Jo-1 positive',
      'Ro52 positive',
    ]);
  });

  it('keeps a titred ANA apart from the negatives told after it', () => {
    // control: "were negative" after the list is the result of the members after the titre only
    expect(antibodiesAfterProximalWeakness('ANA 1:80, anti-dsDNA and anti-Sm were negative.')).toEqual([
      'ANA equivocal',
      'dsDNA negative',
      'Sm negative',
    ]);
  });
});

describe('a level in brackets between the last antibody of a list and its noun', () => {
  it('"she had anti-Ro/SSA (95 U/mL) and anti-La/SSB (60 U/mL) antibodies" reads both positive', () => {
    expect(
      antibodiesAfterWeakThighs('She had anti-Ro/SSA (95 U/mL) and anti-La/SSB (60 U/mL) antibodies.'),
    ).toEqual(['SSA/Ro=positive', 'La=positive']);
  });

  it('leaves a bracket with a result word of its own to that result', () => {
    // control: "(negative)" is the second antibody's own result, not a level
    expect(
      antibodiesAfterWeakThighs('She had anti-Ro/SSA (95 U/mL) and anti-La/SSB (negative) antibodies.'),
    ).toContain('La=negative');
  });
});

describe('a result’s strength and the rest of a panel', () => {
  it('"The blot showed weak anti-Ro52 and was otherwise negative" is Ro52 positive and no word of the muscles', () => {
    expect(antibodiesAfterWeakThighs('The blot showed weak anti-Ro52 and was otherwise negative.')).toEqual([
      'Ro52=positive',
    ]);
    expect(statedFindingsAfterRash('The blot showed weak anti-Ro52 and was otherwise negative.')).toEqual([]);
    expect(antibodiesAfterWeakThighs('The blot showed anti-Ro52 and was otherwise negative.')).toEqual([
      'Ro52=positive',
    ]);
  });

  it('reads no result for an antibody that no verb of finding names before "otherwise negative"', () => {
    expect(antibodiesAfterWeakThighs('Anti-Ro52 was otherwise negative.')).toEqual([]);
  });
});

describe('"as was" after a lab’s result', () => {
  it('"Creatine kinase was normal, as was the extended myositis antibody panel" is a negative panel', () => {
    expect(
      antibodiesAfterWeakThighs('Creatine kinase was normal, as was the extended myositis antibody panel.'),
    ).toEqual(['myositis antibody panel=negative']);
    expect(antibodiesAfterWeakThighs('The CK was normal, as was the ANA.')).toEqual(['ANA=negative']);
  });

  it('keeps the result of an antibody before "as were" (read before this session)', () => {
    expect(antibodiesAfterWeakThighs('ANA was negative, as were anti-dsDNA and anti-Sm.')).toEqual([
      'ANA=negative',
      'dsDNA=negative',
      'Sm=negative',
    ]);
  });
});

describe('an antibody set apart from a group by an exception that opens its clause', () => {
  it('gives the excepted member the opposite of the result stated for the rest', () => {
    expect(
      sortedAntibodiesAfterWeakThighs('Apart from anti-Ro52, every antibody tested was negative.'),
    ).toEqual(['Ro52=positive']);
    expect(
      sortedAntibodiesAfterWeakThighs('With the exception of anti-PL-12, the antibodies were all negative.'),
    ).toEqual(['PL-12=positive']);
    expect(sortedAntibodiesAfterWeakThighs('All antibodies except anti-MDA5 were negative.')).toEqual([
      'MDA5=positive',
    ]);
    expect(sortedAntibodiesAfterWeakThighs('Other than anti-SRP, her antibodies were negative.')).toEqual([
      'SRP=positive',
    ]);
  });

  it('keeps a result stated inside the exception, and the result before an exception that follows it', () => {
    expect(
      sortedAntibodiesAfterWeakThighs(
        'Except for a positive anti-HMGCR, the remaining serology was negative.',
      ),
    ).toContain('HMGCR=positive');
    // controls: the exception after the group's result, read before this session
    expect(
      sortedAntibodiesAfterWeakThighs('All myositis antibodies were negative except anti-Ro52.'),
    ).toEqual(['Ro52=positive', 'myositis antibody panel=negative']);
    expect(sortedAntibodiesAfterWeakThighs('Apart from the rash, anti-Jo-1 was negative.')).toEqual([
      'Jo-1=negative',
    ]);
  });
});

describe('a result elided after a contrast or "so was", and "however" as an aside', () => {
  it('reads "…, but anti-NXP2 was." as the opposite and "…, and so was anti-Ro52" as the same', () => {
    expect(sortedAntibodiesAfterWeakThighs('Anti-Jo-1 was negative, but anti-NXP2 was.')).toEqual([
      'Jo-1=negative',
      'NXP2=positive',
    ]);
    expect(
      sortedAntibodiesAfterWeakThighs('Anti-Jo-1 and anti-MDA5 were negative, whereas anti-TIF1γ was.'),
    ).toEqual(['Jo-1=negative', 'MDA5=negative', 'TIF1-gamma=positive']);
    expect(sortedAntibodiesAfterWeakThighs('Anti-PL-7 was positive, and so was anti-Ro52.')).toEqual([
      'PL-7=positive',
      'Ro52=positive',
    ]);
  });

  it('reads past ", however," to the result', () => {
    expect(
      sortedAntibodiesAfterWeakThighs(
        'Anti-Jo-1 and anti-MDA5 were negative; anti-NXP2, however, was present.',
      ),
    ).toEqual(['Jo-1=negative', 'MDA5=negative', 'NXP2=positive']);
  });

  it('reads VGKC, a RyR antibody after a label and the 52-kDa Ro antigen', () => {
    expect(sortedAntibodiesAfterWeakThighs('Anti-VGKC antibodies were negative.')).toEqual(['VGKC=negative']);
    expect(sortedAntibodiesAfterWeakThighs('RyR antibody: negative.')).toEqual([
      'ryanodine receptor=negative',
    ]);
    expect(sortedAntibodiesAfterWeakThighs('She had antibodies against the 52-kDa Ro antigen.')).toEqual([
      'Ro52=positive',
    ]);
  });
});

describe('results joined by "with", "seronegative for", and an exception with a degree', () => {
  it('keeps each antibody’s own result', () => {
    expect(
      sortedAntibodiesAfterWeakThighs('Tests showed a positive anti-MDA5, with anti-Ro52 negative.'),
    ).toEqual(['MDA5=positive', 'Ro52=negative']);
    expect(
      sortedAntibodiesAfterWeakThighs('A positive anti-NXP2 with negative anti-TIF1-γ was found.'),
    ).toEqual(['NXP2=positive', 'TIF1-gamma=negative']);
    expect(
      sortedAntibodiesAfterWeakThighs('She was seropositive for anti-HMGCR and seronegative for anti-SRP.'),
    ).toEqual(['HMGCR=positive', 'SRP=negative']);
  });

  it('gives a weakly positive exception its result and the rest after its comma theirs', () => {
    expect(
      sortedAntibodiesAfterWeakThighs(
        'Apart from a weakly positive anti-Ro52, the wider panel (including NXP2 and MDA5) was negative.',
      ),
    ).toEqual(['MDA5=negative', 'NXP2=negative', 'Ro52=positive']);
    expect(
      sortedAntibodiesAfterWeakThighs(
        'Other than anti-PL-7, the myositis-specific antibodies were negative.',
      ),
    ).toEqual(['PL-7=positive', 'myositis antibody panel=negative']);
  });
});

describe('antibodies: levels in a list, a panel and what it tested, results told first', () => {
  it('reads each level of a list against its own cut-off', () => {
    expect(sortedAntibodiesAfterWeakThighs('Anti-MDA5 450 (< 32), anti-TIF1-γ 5 (< 32).')).toEqual([
      'MDA5=positive',
      'TIF1-gamma=negative',
    ]);
    expect(sortedAntibodiesAfterWeakThighs('Anti-HMGCR 156 CU (< 20), anti-SRP negative.')).toEqual([
      'HMGCR=positive',
      'SRP=negative',
    ]);
    expect(
      sortedAntibodiesAfterWeakThighs(
        'Anti-Jo-1 0.3 (< 1.0), anti-PL-7 3.6 (< 1.0), anti-PL-12 0.2 (< 1.0).',
      ),
    ).toEqual(['Jo-1=negative', 'PL-12=negative', 'PL-7=positive']);
  });

  it('reads a method before the cut-off in its bracket', () => {
    expect(sortedAntibodiesAfterWeakThighs('Anti-HMGCR 12 CU (ELISA; positive ≥ 20 CU).')).toEqual([
      'HMGCR=negative',
    ]);
    expect(sortedAntibodiesAfterWeakThighs('Anti-HMGCR 212 CU (ELISA; positive ≥ 20 CU).')).toEqual([
      'HMGCR=positive',
    ]);
  });

  it('gives a positive panel to the panel, not to each antigen it tested', () => {
    expect(
      sortedAntibodiesAfterWeakThighs('The myositis panel (Jo-1, PL-7, PL-12, EJ, OJ) was positive.'),
    ).toEqual(['myositis antibody panel=positive']);
    expect(
      sortedAntibodiesAfterWeakThighs(
        'The ENA panel (SSA, SSB, Sm, RNP, Scl-70, Jo-1) was positive for SSA and SSB.',
      ),
    ).toEqual(['ENA=positive', 'La=positive', 'SSA/Ro=positive']);
    // controls: a negative panel is negative for each antigen it names; one antigen alone names the positive one
    expect(sortedAntibodiesAfterWeakThighs('The ENA panel (SSA, SSB, Sm) was negative.')).toEqual([
      'ENA=negative',
      'La=negative',
      'SSA/Ro=negative',
      'Sm=negative',
    ]);
    expect(
      sortedAntibodiesAfterWeakThighs(
        'Screening gave a positive result for myositis-specific antibodies (anti-Mi-2).',
      ),
    ).toEqual(['Mi-2=positive']);
  });

  it('reads "Not detected were …" negative', () => {
    expect(sortedAntibodiesAfterWeakThighs('Not detected were anti-SRP and anti-HMGCR.')).toEqual([
      'HMGCR=negative',
      'SRP=negative',
    ]);
    // control
    expect(sortedAntibodiesAfterWeakThighs('Detected were anti-SRP and anti-Ro52.')).toEqual([
      'Ro52=positive',
      'SRP=positive',
    ]);
  });
});

describe('results given by a pronoun after the antibodies', () => {
  it('reads "these antibodies were not detected" and "Both were negative" for the antibodies left without one', () => {
    expect(
      sortedAntibodiesAfterWeakThighs(
        'We tested for anti-TIF1-gamma and anti-NXP2 antibodies; these antibodies were not detected.',
      ),
    ).toEqual(['NXP2=negative', 'TIF1-gamma=negative']);
    expect(
      sortedAntibodiesAfterWeakThighs('Anti-TIF1-γ and anti-NXP2 were tested. Both were negative.'),
    ).toEqual(['NXP2=negative', 'TIF1-gamma=negative']);
    expect(
      sortedAntibodiesAfterWeakThighs('Anti-TIF1-γ and anti-NXP2 were tested. Neither was present.'),
    ).toEqual(['NXP2=negative', 'TIF1-gamma=negative']);
    expect(
      sortedAntibodiesAfterWeakThighs(
        'Anti-Jo-1, anti-PL-7 and anti-PL-12 were checked. All three were positive.',
      ),
    ).toEqual(['Jo-1=positive', 'PL-12=positive', 'PL-7=positive']);
  });

  it('gives nothing when the next sentence tells something else', () => {
    // control
    expect(sortedAntibodiesAfterWeakThighs('Anti-Jo-1 was tested. The CK was 4000 U/L.')).toEqual([]);
  });
});

describe('a labelled list of results', () => {
  it('reads a label of several words that ends in its result', () => {
    expect(sortedAntibodiesAfterWeakThighs('Positive results: anti-PL-7, anti-Ro52.')).toEqual([
      'PL-7=positive',
      'Ro52=positive',
    ]);
    expect(
      sortedAntibodiesAfterWeakThighs('The following antibodies were positive: anti-PL-7 and anti-Ro52.'),
    ).toEqual(['PL-7=positive', 'Ro52=positive']);
    expect(sortedAntibodiesAfterWeakThighs('Antibodies detected: anti-PL-7, anti-Ro52.')).toEqual([
      'PL-7=positive',
      'Ro52=positive',
    ]);
  });

  it('leaves a label with no result, and results after each name, as they were', () => {
    // controls
    expect(sortedAntibodiesAfterWeakThighs('Tested: anti-Jo-1, anti-PL-7.')).toEqual([]);
    expect(
      sortedAntibodiesAfterWeakThighs('Myositis panel: anti-PL-7 positive, anti-Jo-1 negative.'),
    ).toEqual(['Jo-1=negative', 'PL-7=positive']);
  });
});

describe('an excepted antibody with its own result', () => {
  it('keeps the result stated for it in a relative clause or a bracketed grade', () => {
    expect(
      sortedAntibodiesAfterWeakThighs(
        'Apart from anti-SRP, which was positive, all antibodies were negative.',
      ),
    ).toEqual(['SRP=positive']);
    expect(
      sortedAntibodiesAfterWeakThighs('Except for anti-PL-12 (++), the myositis blot was negative.'),
    ).toContain('PL-12=positive');
    expect(
      sortedAntibodiesAfterWeakThighs('With the exception of anti-Mi-2 (+++), all bands were negative.'),
    ).toEqual(['Mi-2=positive']);
  });

  it('reads "other than" after a denial, and "aside from", as the one antibody found', () => {
    expect(sortedAntibodiesAfterWeakThighs('No myositis antibody other than anti-NXP2 was found.')).toContain(
      'NXP2=positive',
    );
    expect(
      sortedAntibodiesAfterWeakThighs('No antibodies other than anti-Ro52 were detected in the serum.'),
    ).toEqual(['Ro52=positive']);
    expect(
      sortedAntibodiesAfterWeakThighs(
        'Aside from a strongly positive anti-HMGCR, the serology was unremarkable.',
      ),
    ).toEqual(['HMGCR=positive']);
  });

  it('leaves the exceptions read before alone', () => {
    // controls
    expect(sortedAntibodiesAfterWeakThighs('Apart from anti-SRP, all antibodies were negative.')).toEqual([
      'SRP=positive',
    ]);
    expect(sortedAntibodiesAfterWeakThighs('All antibodies except anti-MDA5 were negative.')).toEqual([
      'MDA5=positive',
    ]);
    expect(
      sortedAntibodiesAfterWeakThighs('Anti-Jo-1 was negative, and no other antibody was found.'),
    ).toEqual(['Jo-1=negative']);
  });
});

describe('antibodies added by "as well as" after a result', () => {
  it('gives them the result of the clause before', () => {
    expect(
      sortedAntibodiesAfterWeakThighs(
        'Anti-Jo-1 and anti-PL-7 were negative, as well as anti-NXP2, anti-SAE and anti-MDA5.',
      ),
    ).toEqual(['Jo-1=negative', 'MDA5=negative', 'NXP2=negative', 'PL-7=negative', 'SAE=negative']);
    expect(sortedAntibodiesAfterWeakThighs('ANA was positive, as well as anti-Ro52.')).toEqual([
      'ANA=positive',
      'Ro52=positive',
    ]);
  });
});

describe('a result stated before a list, then a member with a predicate of its own', () => {
  it('ends the list at the member that has its own copula and result', () => {
    expect(
      antibodiesOf(
        'He tested weakly positive for rheumatoid factor, the lupus anticoagulant was borderline.',
      ),
    ).toEqual(['RF=positive', 'lupus anticoagulant=equivocal']);
    expect(antibodiesOf('Serology was positive for anti-PL-7, the ANA was negative.')).toEqual([
      'ANA=negative',
      'PL-7=positive',
    ]);
    expect(antibodiesOf('He was positive for anti-SRP, and anti-Ro52 was negative on repeat.')).toEqual([
      'Ro52=negative',
      'SRP=positive',
    ]);
  });

  it('keeps a plain list under one result, and a list with one shared verb after it', () => {
    // controls
    expect(antibodiesOf('He was positive for rheumatoid factor, lupus anticoagulant and ANCA.')).toEqual([
      'ANCA=positive',
      'RF=positive',
      'lupus anticoagulant=positive',
    ]);
    expect(antibodiesOf('Positive ANA, anti-PL-7 and anti-Ro52 were noted on the blot.')).toEqual([
      'ANA=positive',
      'PL-7=positive',
      'Ro52=positive',
    ]);
  });
});

describe('a list of mixed tests that shares one result word (session 45)', () => {
  it('reaches the antibodies across an organ’s tests and a lab named with its specimen', () => {
    expect(antibodies('ANA and thyroid function were normal.')).toEqual({ ANA: 'negative' });
    expect(antibodies('Tumour markers, anti-CCP and liver function tests were normal.')).toEqual({
      CCP: 'negative',
    });
    expect(
      antibodies('Anti-CCP, rheumatoid factor, renal function and serum sodium were all normal.'),
    ).toEqual({
      CCP: 'negative',
      RF: 'negative',
    });
  });

  it('leaves the result word before an organ’s tests to those tests', () => {
    expect(
      antibodies('There was an increase of thyroperoxidase antibody and normal thyroid function.'),
    ).toEqual({
      TPO: 'positive',
    });
  });
});
