/**
 * Antibody names: targets written other ways (names with "anti" run on, spelled-out synthetases and antigens, ANCA
 * by its antigens and patterns, old and onconeural names, a name with its abbreviation), and words that look like
 * an antibody but are not one. Each with the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { antibodies, read } from '../__fixtures__/read-case.js';
import { extractCase } from '../extract.js';
import {
  antibodiesAfterProximalWeakness,
  antibodiesAfterTitle,
  antibodiesAfterWeakThighs,
  antibodiesWithTitresAfterTitle,
  cancerSitesAfterWeakThighs,
  PROXIMAL_WEAKNESS_OPENING,
  sortedAntibodiesAfterWeakThighs,
  WEAK_THIGHS_CASE,
} from './__fixtures__/helpers.js';

describe('fifteenth round: antibodies', () => {
  it('reads a name with "anti" written onto it', () => {
    expect(antibodies('The line blot was positive for antisignal recognition particle.')).toEqual({
      SRP: 'positive',
    });
    expect(antibodies('AntiJo-1 was negative.')).toEqual({ 'Jo-1': 'negative' });
    // words that only begin like it are not antibodies of the table
    expect(antibodies('Antinuclear antibodies were negative.')).toEqual({ ANA: 'negative' });
  });

  it('never reads TIF1β or TIF1α as TIF1γ, the cancer-associated antigen', () => {
    expect(antibodies('The immunoblot was positive for anti-TIF1β and negative for anti-TIF1γ.')).toEqual({
      'TIF1-beta': 'positive',
      'TIF1-gamma': 'negative',
    });
    expect(antibodies('Anti-TIF1α was weakly positive.')).toEqual({ 'TIF1-alpha': 'positive' });
    expect(antibodies('Anti-TIF1 was positive.')).toEqual({ 'TIF1-gamma': 'positive' });
  });

  it('knows the myasthenia and striational antibodies tested beside AChR', () => {
    expect(
      antibodies(
        'Antititin antibody was positive; antibodies to the acetylcholinesterase receptor, MuSK and LRP4 were negative.',
      ),
    ).toEqual({ titin: 'positive', AChR: 'negative', MuSK: 'negative', LRP4: 'negative' });
  });

  it('reads "polymyositis antibodies" as a group result, not one antibody', () => {
    const a = read('Rheumatoid factor and polymyositis antibodies were negative.').antibodies;
    expect(a.find((x) => x.target === 'myositis antibody panel')).toMatchObject({
      result: 'negative',
      panel: true,
    });
  });
});

describe('aminoacyl-tRNA synthetases spelled out', () => {
  it('"transfer RNA" spelled out names the synthetase', () => {
    expect(
      antibodiesWithTitresAfterTitle('Anti-alanyl transfer RNA synthetase antibody was positive.'),
    ).toEqual({
      'PL-12': 'positive',
    });
    expect(
      antibodiesWithTitresAfterTitle('Anti-threonyl-transfer RNA synthetase antibody was detected.'),
    ).toEqual({
      'PL-7': 'positive',
    });
  });
  it('the enzymes of the rarer antisynthetase antibodies', () => {
    expect(antibodiesWithTitresAfterTitle('Antibodies to phenylalanyl-tRNA synthetase were found.')).toEqual({
      Zo: 'positive',
    });
    expect(antibodiesWithTitresAfterTitle('Anti-asparaginyl-tRNA synthetase antibody was positive.')).toEqual(
      { KS: 'positive' },
    );
    expect(antibodiesWithTitresAfterTitle('Anti-tyrosyl-tRNA synthetase antibody was positive.')).toEqual({
      Ha: 'positive',
    });
  });
  it('the group written with "autoantibodies" or "panel"', () => {
    expect(antibodiesWithTitresAfterTitle('Anti-synthetase autoantibodies were negative.')).toEqual({
      'antisynthetase antibodies': 'negative',
    });
    expect(antibodiesWithTitresAfterTitle('The anti-synthetase antibody panel was negative.')).toEqual({
      'antisynthetase antibodies': 'negative',
    });
  });
  it('control: "phenylalanyl" is not read as "alanyl"', () => {
    expect(
      antibodiesWithTitresAfterTitle('Anti-phenylalanyl-tRNA synthetase antibody was positive.'),
    ).not.toHaveProperty('PL-12');
  });
});

describe('a shared "anti-" written as a dash is no sign', () => {
  it('control: "Anti-Jo-1, -PL-7, -EJ and -OJ antibodies were negative" keeps the list', () => {
    expect(antibodiesAfterTitle('Anti-Jo-1, -PL-7, -EJ and -OJ antibodies were negative.')).toEqual({
      'Jo-1': 'negative',
      'PL-7': 'negative',
      EJ: 'negative',
      OJ: 'negative',
    });
  });
});

describe('"anti-Jo" with its "-1" left off', () => {
  it('"her screen for anti-Jo antibodies was negative" is Jo-1 negative', () => {
    expect(antibodiesAfterTitle('Her screen for anti-Jo antibodies was negative.')).toEqual({
      'Jo-1': 'negative',
    });
  });
  it('control: "Jo" as a name is no antibody', () => {
    expect(antibodiesAfterTitle('Jo was seen by her general practitioner, and her rash was worse.')).toEqual(
      {},
    );
  });
});

describe('antibody names that are something else', () => {
  it('"Ku/ml" after a count is a unit, not anti-Ku', () => {
    expect(antibodiesAfterTitle('TC-14 Ku/ml with raised CRP.')).toEqual({});
  });
  it('control: anti-Ku stays an antibody', () => {
    expect(antibodiesAfterTitle('Anti-Ku antibodies were positive.')).toEqual({ Ku: 'positive' });
  });
  it('"IF" after a slash is immunofluorescence, not a condition over the rest of the list', () => {
    expect(antibodiesAfterTitle('Serology: ANA/IF positive, ENA SS-A/Ro.')).toEqual({
      ANA: 'positive',
      ENA: 'positive',
      'SSA/Ro': 'positive',
    });
  });
});

describe('ANCA by its antigens and patterns spelt out', () => {
  const antibodies = (text: string) =>
    extractCase(PROXIMAL_WEAKNESS_OPENING + text).case.antibodies.map((a) => `${a.target}=${a.result}`);

  it('reads anti-myeloperoxidase, anti-proteinase 3 and the perinuclear pattern written in full', () => {
    expect(
      antibodies('Anti-myeloperoxidase antibodies were positive and anti-proteinase 3 antibodies negative.'),
    ).toEqual(['p-ANCA=positive', 'c-ANCA=negative']);
    expect(antibodies('Serology detected perinuclear anti-neutrophil cytoplasmic antibodies.')).toEqual([
      'p-ANCA=positive',
    ]);
  });

  it('"myeloperoxidase-ANCA" and "proteinase 3-ANCA" name the patterns', () => {
    expect(antibodies('Myeloperoxidase-ANCA was positive; proteinase 3-ANCA was negative.')).toEqual([
      'p-ANCA=positive',
      'c-ANCA=negative',
    ]);
  });

  it('control: a myeloperoxidase stain of marrow blasts is no antibody', () => {
    expect(antibodies('The marrow blasts were positive on myeloperoxidase staining.')).toEqual([]);
  });
});

describe('a name and its abbreviation are one antibody', () => {
  it('"Antinuclear antibody (ANA) was 1/2560" keeps the titre', () => {
    const c = extractCase(
      PROXIMAL_WEAKNESS_OPENING + 'Antinuclear antibody (ANA) was 1/2560 with a homogeneous pattern.',
    ).case;
    expect(c.antibodies.map((a) => `${a.target}=${a.result} ${a.titre}`)).toEqual(['ANA=positive 1:2560']);
  });

  it('control: two antibodies sharing a result keep no titre each', () => {
    const c = extractCase(PROXIMAL_WEAKNESS_OPENING + 'ANA and anti-Ro were positive at 1:640.').case;
    expect(c.antibodies.map((a) => a.titre)).toEqual([undefined, undefined]);
  });
});

describe('the 52 kDa SSA antigen written around the SSA name', () => {
  it('is Ro52 alone, as "anti-SSA/Ro52" is', () => {
    // (each had given SSA/Ro and Ro52 both)
    for (const name of ['Anti-Ro/SSA 52 kDa', 'Anti-Ro52/SSA', 'Anti-SSA (Ro52)'])
      expect(antibodiesAfterProximalWeakness(`${name} was positive.`)).toEqual(['Ro52 positive']);
  });

  it('keeps the two apart when both are named', () => {
    expect(antibodiesAfterProximalWeakness('Anti-Ro/SSA and anti-Ro52 were positive.')).toEqual([
      'SSA/Ro positive',
      'Ro52 positive',
    ]);
  });
});

describe('an antibody noun joined to its antigen by a participle', () => {
  it('reads "antibodies directed against / targeting / specific for X" after a finding verb or "had"', () => {
    for (const [text, want] of [
      ['Her serology revealed antibodies directed against TIF1-γ.', ['TIF1-gamma=positive']],
      ['Immunoblotting identified autoantibodies specific for NXP2.', ['NXP2=positive']],
      ['She had autoantibodies targeting MDA5.', ['MDA5=positive']],
      ['Her serum contained antibodies directed against HMGCR.', ['HMGCR=positive']],
    ] as const)
      expect(antibodiesAfterWeakThighs(text)).toEqual(want);
  });

  it('reads the denied form as negative, as "no antibodies against" already was', () => {
    expect(antibodiesAfterWeakThighs('The blot revealed no antibodies directed against Jo-1.')).toEqual([
      'Jo-1=negative',
    ]);
    // control: the plain form it generalises
    expect(antibodiesAfterWeakThighs('There were no antibodies against Jo-1.')).toEqual(['Jo-1=negative']);
  });
});

describe('a result word that belongs to the antibody before it, and names of old', () => {
  it('"Anti-Jo1 ab neg, ANA 1:160" keeps the ANA\'s titre reading', () => {
    // (the ANA had taken the Jo-1's "neg")
    expect(antibodiesAfterWeakThighs('Anti-Jo1 ab neg, ANA 1:320.')).toEqual([
      'Jo-1=negative',
      'ANA=positive',
    ]);
    // control: a result word that heads the list still reads for each member
    expect(antibodiesAfterWeakThighs('Negative: anti-Jo-1, anti-PL-7.')).toEqual([
      'Jo-1=negative',
      'PL-7=negative',
    ]);
  });

  it('reads "anti Scleroderma 70" as Scl-70 and "antibody-negative" necrotising myopathy as a negative panel', () => {
    expect(antibodiesAfterWeakThighs('Anti Scleroderma 70 antibody was negative.')).toEqual([
      'Scl-70=negative',
    ]);
    expect(
      antibodiesAfterWeakThighs('She was diagnosed with antibody-negative necrotising myopathy.'),
    ).toEqual(['myositis antibody panel=negative']);
    // control: a named antibody before "antibody-negative" is that antibody's result, not a panel
    expect(
      antibodiesAfterWeakThighs('She was diagnosed with anti-SRP antibody-negative necrotising myopathy.'),
    ).not.toContain('myositis antibody panel=negative');
  });

  it('reads a hypernephroma as a renal cell carcinoma', () => {
    expect(cancerSitesAfterWeakThighs('A hypernephroma had been removed in 2009.')).toEqual([
      'kidney/renal cell carcinoma',
    ]);
  });
});

describe('two patterns of ANCA with the noun written once', () => {
  it('reads "c- and p-ANCA negative", "P- and C-ANCA", "c/p-ANCA" as both patterns', () => {
    expect(antibodiesAfterWeakThighs('C- and p-ANCA negative.')).toEqual([
      'p-ANCA=negative',
      'c-ANCA=negative',
    ]);
    expect(antibodiesAfterWeakThighs('P- and C-ANCA were negative.')).toEqual([
      'c-ANCA=negative',
      'p-ANCA=negative',
    ]);
    expect(antibodiesAfterWeakThighs('c/p-ANCA negative.')).toEqual(['p-ANCA=negative', 'c-ANCA=negative']);
  });

  it('gives the first pattern nothing when the second’s result was told before the pair', () => {
    expect(antibodiesAfterWeakThighs('p-ANCA was positive; c- and p-ANCA by ELISA were not done.')).toEqual([
      'p-ANCA=positive',
    ]);
    // control: both written in full, each with its own result
    expect(antibodiesAfterWeakThighs('c-ANCA was negative and p-ANCA positive.')).toEqual([
      'c-ANCA=negative',
      'p-ANCA=positive',
    ]);
  });
});

describe('antibody names written other ways', () => {
  it('reads anti-SMA, anti-liver/kidney microsomal, anti-ACh receptor, anti-polymerase III, PNMA2 and anti-GAD', () => {
    expect(sortedAntibodiesAfterWeakThighs('ANA 1:160 speckled, anti-SMA negative.')).toEqual([
      'ANA=positive',
      'ASMA=negative',
    ]);
    expect(
      sortedAntibodiesAfterWeakThighs('Her anti-liver/kidney microsomal antibody was negative.'),
    ).toEqual(['LKM=negative']);
    expect(sortedAntibodiesAfterWeakThighs('Anti-ACh receptor antibodies were positive.')).toEqual([
      'AChR=positive',
    ]);
    expect(sortedAntibodiesAfterWeakThighs('Anti-polymerase III antibody was positive.')).toEqual([
      'RNA polymerase III=positive',
    ]);
    expect(sortedAntibodiesAfterWeakThighs('Anti-PNMA2 antibodies were present.')).toEqual(['Ma2=positive']);
    expect(sortedAntibodiesAfterWeakThighs('Anti-GAD antibodies were negative.')).toEqual(['GAD65=negative']);
  });

  it('reads no antibody from a bare "SMA" or "GAD"', () => {
    expect(sortedAntibodiesAfterWeakThighs('SMA was excluded by genetic testing.')).toEqual([]);
    expect(sortedAntibodiesAfterWeakThighs('She had a history of GAD treated with sertraline.')).toEqual([]);
  });
});

describe('the onconeural names written bare', () => {
  it('reads Hu, Yo and Ri as members of an antibody list or after "against"', () => {
    expect(
      sortedAntibodiesAfterWeakThighs('Onconeural antibodies (Hu, Yo, Ri, CV2, Ma2) were negative.'),
    ).toEqual(['CV2/CRMP5=negative', 'Hu=negative', 'Ma2=negative', 'Ri=negative', 'Yo=negative']);
    expect(sortedAntibodiesAfterWeakThighs('Antibodies against Hu and SOX1 were detected.')).toEqual([
      'Hu=positive',
      'SOX1=positive',
    ]);
  });

  it('reads no antibody from a surname or an index', () => {
    expect(
      sortedAntibodiesAfterWeakThighs('Hu and colleagues described a similar patient who was positive.'),
    ).toEqual([]);
    expect(sortedAntibodiesAfterWeakThighs('The RI was 0.7 on Doppler and was positive.')).toEqual([]);
  });
});

describe('antibodies: a cut-off that names the antibody, plural channel names, bare lupus antigens', () => {
  it('reads "TPO Ab: 240 IU/mL (normal TPO Ab < 35 IU/mL)" positive', () => {
    expect(sortedAntibodiesAfterWeakThighs('TPO Ab: 240 IU/mL (normal TPO Ab < 35 IU/mL).')).toEqual([
      'TPO=positive',
    ]);
    // control: a name glossed in a bracket after a number is no cut-off
    expect(
      sortedAntibodiesAfterWeakThighs(
        'Labs showed positive anti-p155/140 antibodies, directed against transcription intermediary factor-1 (TIF-1).',
      ),
    ).toEqual(['TIF1-gamma=positive']);
  });

  it('reads antibodies to "voltage-gated calcium channels" as VGCC, not as a raised calcium', () => {
    const c = extractCase(
      WEAK_THIGHS_CASE + 'Antibodies against voltage-gated calcium channels of the P/Q type were raised.',
    ).case;
    expect(c.antibodies.map((a) => `${a.target}=${a.result}`)).toEqual(['VGCC=positive']);
    expect(c.labs).toEqual([]);
  });

  it('reads "Sm", "Ro" and "La" written bare in a list of antibodies', () => {
    expect(sortedAntibodiesAfterWeakThighs('Antibodies to ds-DNA, Sm, Ro and La were not present.')).toEqual([
      'La=negative',
      'SSA/Ro=negative',
      'Sm=negative',
      'dsDNA=negative',
    ]);
    // controls: the same letters outside a list of antibodies
    expect(sortedAntibodiesAfterWeakThighs('She had lived in La Paz. Dr Ro examined her.')).toEqual([]);
  });
});

describe('names and results joined by slashes', () => {
  it('gives each name the result in its place', () => {
    expect(sortedAntibodiesAfterWeakThighs('Anti-TIF1-γ/NXP2/SAE: positive/negative/negative.')).toEqual([
      'NXP2=negative',
      'SAE=negative',
      'TIF1-gamma=positive',
    ]);
    // controls: one result for a slashed pair, and a name written with a slash
    expect(sortedAntibodiesAfterWeakThighs('Anti-Jo-1/PL-7 were negative.')).toEqual([
      'Jo-1=negative',
      'PL-7=negative',
    ]);
    expect(sortedAntibodiesAfterWeakThighs('Anti-SSA/Ro antibodies were positive.')).toEqual([
      'SSA/Ro=positive',
    ]);
  });
});

describe('Mi-2 written with both its subunits; a chain of results over the years', () => {
  it('reads "Mi-2α/β −" as a negative Mi-2', () => {
    expect(sortedAntibodiesAfterWeakThighs('Mi-2α/β −, TIF1γ +++.')).toEqual([
      'Mi-2=negative',
      'TIF1-gamma=positive',
    ]);
    expect(sortedAntibodiesAfterWeakThighs('Anti-Mi-2α/β: negative.')).toEqual(['Mi-2=negative']);
  });

  it('keeps the last result of a chain', () => {
    expect(
      sortedAntibodiesAfterWeakThighs(
        'Anti-Ro52 was positive in 2020, negative in 2021 and positive again in 2023.',
      ),
    ).toEqual(['Ro52=positive']);
    expect(sortedAntibodiesAfterWeakThighs('Anti-Jo-1 was negative in 2018 and positive in 2020.')).toEqual([
      'Jo-1=positive',
    ]);
    // control
    expect(sortedAntibodiesAfterWeakThighs('Anti-Jo-1 was positive in 2019 and negative in 2022.')).toEqual([
      'Jo-1=negative',
    ]);
  });
});
