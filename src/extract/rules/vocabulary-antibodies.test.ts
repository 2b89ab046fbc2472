/**
 * Antibody vocabulary completed from knowledge: written forms of autoantibody targets (synthetase short forms,
 * older antigen names, lupus, neural, coeliac, gastric and thyroid antibodies) and the result words of autoantibody
 * tests. Each form is read in a sentence of its own, beside near controls where the word states no result, another
 * thing or the opposite result.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { antibodyLines } from '../__fixtures__/read-case.js';
import { canonicalAntibody } from '../../core/names.js';

const OPEN = 'Case presentation\n\nA 61-year-old man was admitted with proximal weakness. ';
const read = (text: string) => antibodyLines(OPEN + text);

const HELIOTROPE_OPENING =
  'Case presentation\n\nA 63-year-old woman was admitted with proximal weakness and a heliotrope rash. ';

const resultsAfterHeliotropeRash = (text: string) => antibodyLines(HELIOTROPE_OPENING + text);

describe('myositis-specific antigens under other names', () => {
  it('the synthetases by their three-letter enzyme names', () => {
    expect(read('Anti-HisRS and anti-ThrRS antibodies were both detected.')).toEqual([
      'Jo-1=positive',
      'PL-7=positive',
    ]);
    expect(read('AlaRS, GlyRS and IleRS antibodies were not found.')).toEqual([
      'EJ=negative',
      'OJ=negative',
      'PL-12=negative',
    ]);
    expect(read('Anti-AsnRS, anti-PheRS and anti-TyrRS were negative.')).toEqual([
      'Ha=negative',
      'KS=negative',
      'Zo=negative',
    ]);
    expect(read('An anti-YRS antibody was identified.')).toEqual(['Ha=positive']);
  });
  it('"yrs" alone is years (control)', () => {
    expect(read('She had been weak for 3 yrs; the rash was positive for Gottron papules.')).toEqual([]);
  });
  it('older and subunit names: SRP54, Mup44, anti-200/100, SUMO-activating enzyme, CHD4', () => {
    expect(read('Anti-SRP54 antibodies were strongly positive.')).toEqual(['SRP=positive']);
    expect(read('Anti-Mup44 antibodies were present.')).toEqual(['cN1A=positive']);
    expect(read('Anti-200/100 antibodies were positive.')).toEqual(['HMGCR=positive']);
    expect(read('Antibodies to SUMO-activating enzyme were positive.')).toEqual(['SAE=positive']);
    expect(read('Anti-CHD4 was positive.')).toEqual(['Mi-2=positive']);
  });
  it('gene symbols of the antigens alone read nothing (control)', () => {
    expect(read('CHD4 sequencing was negative.')).toEqual([]);
    expect(read('Genetic testing for FHL1 was negative.')).toEqual([]);
    expect(read('SMN1 deletion testing was negative.')).toEqual([]);
    expect(read('Anti-FHL1 antibodies were positive.')).toEqual(['FHL1=positive']);
  });
});

describe('overlap and lupus antigens', () => {
  it('U3-snRNP is fibrillarin, not U1-RNP; U1-70k is U1-RNP', () => {
    expect(read('Anti-U3-snRNP antibody was positive.')).toEqual(['fibrillarin=positive']);
    expect(read('Anti-U1-snRNP antibody was positive.')).toEqual(['U1-RNP=positive']);
    expect(read('Anti-U1-70k antibodies were positive.')).toEqual(['U1-RNP=positive']);
  });
  it('topo I, CENP-A, RNA Pol III, Rpp25, EXOSC10, the 60-kDa Ro antigen', () => {
    expect(read('Anti-topo I antibodies were positive.')).toEqual(['Scl-70=positive']);
    expect(read('Anti-CENP-A was positive.')).toEqual(['centromere=positive']);
    expect(read('Anti-RNA Pol III antibodies were negative.')).toEqual(['RNA polymerase III=negative']);
    expect(read('Anti-Rpp25 antibodies were detected.')).toEqual(['Th/To=positive']);
    expect(read('Anti-EXOSC10 antibodies were positive.')).toEqual(['PM-Scl=positive']);
    expect(read('Antibodies to the 60-kDa Ro antigen were positive.')).toEqual(['Ro60=positive']);
  });
  it('"topo I" as a drug class reads nothing (control)', () => {
    expect(read('Topo I inhibitors had been given for the cancer.')).toEqual([]);
  });
  it('ssDNA apart from dsDNA; ribosomal P; nucleosome; native DNA', () => {
    expect(read('ssDNA and dsDNA antibodies were both positive.')).toEqual([
      'dsDNA=positive',
      'ssDNA=positive',
    ]);
    expect(read('Anti-ribosomal P antibodies were positive.')).toEqual(['ribosomal P=positive']);
    expect(read('Antinucleosome antibodies were negative.')).toEqual(['nucleosome=negative']);
    expect(read('Anti-native DNA was negative.')).toEqual(['dsDNA=negative']);
  });
  it('"anti-P", "nDNA", "chromatin", C1q and PCNA alone read nothing (control)', () => {
    expect(read('Anti-P antibodies were positive.')).toEqual([]);
    expect(read('nDNA sequencing was negative.')).toEqual([]);
    expect(read('The nuclear chromatin was positive.')).toEqual([]);
    expect(read('Serum C1q was low.')).toEqual([]);
    expect(read('PCNA staining was positive in the tumour cells.')).toEqual([]);
    expect(read('Anti-C1q and anti-PCNA antibodies were negative.')).toEqual([
      'C1q=negative',
      'PCNA=negative',
    ]);
  });
  it('plural or other names of RF, lupus anticoagulant, β2GP1, classic ANCA', () => {
    expect(read('Rheumatoid factors were negative.')).toEqual(['RF=negative']);
    expect(read('The lupus anticoagulants were negative.')).toEqual(['lupus anticoagulant=negative']);
    expect(read('Anti-β2GP1 was negative.')).toEqual(['beta2-glycoprotein I=negative']);
    expect(read('Classic ANCA was positive.')).toEqual(['c-ANCA=positive']);
  });
});

describe('neuromuscular and neural antibodies', () => {
  it('the ganglionic and N-type antigens apart from the muscle AChR and the P/Q-type VGCC', () => {
    expect(read('Ganglionic AChR antibodies were positive.')).toEqual(['ganglionic AChR=positive']);
    expect(read('AChR antibodies were positive.')).toEqual(['AChR=positive']);
    expect(read('N-type VGCC antibodies were positive.')).toEqual(['N-type VGCC=positive']);
    expect(read('P/Q-type VGCC antibodies were positive.')).toEqual(['VGCC=positive']);
  });
  it('Tr, PCA-2, ANNA-3, Zic4, AMPAR, GABA-BR, DPPX, mGluR1, GlyR, Kv1.4, anti-Ta', () => {
    expect(read('Anti-Tr antibodies were positive.')).toEqual(['Tr=positive']);
    expect(read('Tr/DNER antibodies were negative.')).toEqual(['Tr=negative']);
    expect(read('PCA-2 was positive.')).toEqual(['PCA-2=positive']);
    expect(read('ANNA-3 was negative.')).toEqual(['ANNA-3=negative']);
    expect(read('Anti-Zic4 antibodies were positive.')).toEqual(['Zic4=positive']);
    expect(read('AMPA receptor antibodies were negative.')).toEqual(['AMPAR=negative']);
    expect(read('Anti-GABA-B receptor antibodies were positive.')).toEqual(['GABA-BR=positive']);
    expect(read('DPPX antibodies were negative.')).toEqual(['DPPX=negative']);
    expect(read('Anti-mGluR1 was negative.')).toEqual(['mGluR1=negative']);
    expect(read('Glycine receptor antibodies were positive.')).toEqual(['GlyR=positive']);
    expect(read('Anti-Kv1.4 antibodies were positive.')).toEqual(['Kv1.4=positive']);
    expect(read('Anti-Ta antibodies were positive.')).toEqual(['Ma2=positive']);
  });
  it('keys the paraneoplastic criteria list', () => {
    expect(canonicalAntibody('anti-Tr')).toBe('Tr');
    expect(canonicalAntibody('TRAb')).toBe('TSH receptor');
    expect(canonicalAntibody('anti-GABA-B receptor antibodies')).toBe('GABA-BR');
  });
  it('a receptor agonist, a bare "TA" / "TR", a gene symbol or a disease reads nothing (control)', () => {
    expect(read('The GABA-B receptor agonist baclofen was positive for spasticity.')).toEqual([]);
    expect(read('The TA was positive.')).toEqual([]);
    expect(read('The TR was normal.')).toEqual([]);
    expect(read('ZIC4 was positive.')).toEqual([]);
    expect(read('Anti-GABA-B receptor encephalitis was suspected, and ANA was negative.')).toEqual([
      'ANA=negative',
    ]);
  });
  it('AQP4, MOG, GQ1b, GM1, MAG with their antibody words', () => {
    expect(read('AQP4-IgG and MOG-IgG were negative.')).toEqual(['AQP4=negative', 'MOG=negative']);
    expect(read('Anti-GQ1b antibodies were positive.')).toEqual(['GQ1b=positive']);
    expect(read('Anti-GM1 and anti-MAG antibodies were negative.')).toEqual(['GM1=negative', 'MAG=negative']);
  });
  it('a stain, a magnesium or a gangliosidosis reads nothing (control)', () => {
    expect(read('AQP4 staining was preserved.')).toEqual([]);
    expect(read('Serum Mg and MAG were negative.')).toEqual([]);
    expect(read('GM1 gangliosidosis was excluded; the enzyme was negative.')).toEqual([]);
  });
});

describe('organ-specific antibodies', () => {
  it('coeliac, gastric and thyroid antibodies', () => {
    expect(read('Tissue transglutaminase IgA was negative.')).toEqual(['tTG=negative']);
    expect(read('Anti-endomysial and anti-gliadin antibodies were negative.')).toEqual([
      'endomysial=negative',
      'gliadin=negative',
    ]);
    expect(read('Parietal cell antibodies and intrinsic factor antibodies were positive.')).toEqual([
      'intrinsic factor=positive',
      'parietal cell=positive',
    ]);
    expect(read('Thyroid microsomal antibodies were positive.')).toEqual(['TPO=positive']);
    expect(read('TBII was positive.')).toEqual(['TSH receptor=positive']);
    expect(read('Anti-F-actin antibodies were positive.')).toEqual(['ASMA=positive']);
    expect(read('Anti-GM-CSF autoantibodies were positive.')).toEqual(['GM-CSF=positive']);
  });
  it('an endomysial infiltrate, an EMA stain, a factor level or a drug reads nothing (control)', () => {
    expect(read('Muscle biopsy showed endomysial inflammation; EMA staining was positive.')).toEqual([]);
    expect(read('The intrinsic factor was low.')).toEqual([]);
    expect(read('GM-CSF was given and the neutrophil count was positive.')).toEqual([]);
  });
});

describe('second pass: spelled-out and numbered forms', () => {
  it('DNA topoisomerase 1 is Scl-70, not dsDNA', () => {
    expect(read('Antibodies to DNA topoisomerase 1 were positive.')).toEqual(['Scl-70=positive']);
  });
  it('the PM/Scl complex spelled out with "anti"; the overlap disease reads nothing (control)', () => {
    expect(read('Anti-polymyositis/scleroderma antibodies were positive.')).toEqual(['PM-Scl=positive']);
    expect(read('A polymyositis/scleroderma overlap was diagnosed; anti-Jo-1 was negative.')).toEqual([
      'Jo-1=negative',
    ]);
  });
  it('numbered neural antibodies without "type", TRAbs, a calcium channel written "Ca"', () => {
    expect(read('Antineuronal nuclear antibody 1 was negative.')).toEqual(['Hu=negative']);
    expect(read('Anti-Purkinje cell antibody type 2 was positive.')).toEqual(['PCA-2=positive']);
    expect(read('TRAbs were raised.')).toEqual(['TSH receptor=positive']);
    expect(read('Voltage-gated Ca channel antibodies were positive.')).toEqual(['VGCC=positive']);
  });
});

describe('negative results in other written forms', () => {
  it('reads "undetected", "nondetectable" and "unreactive" as negative', () => {
    expect(resultsAfterHeliotropeRash('Anti-PL-7 antibodies were undetected.')).toEqual(['PL-7=negative']);
    expect(resultsAfterHeliotropeRash('Anti-SRP antibody: nondetectable.')).toEqual(['SRP=negative']);
    expect(resultsAfterHeliotropeRash('Anti-HMGCR was unreactive on the line blot.')).toEqual([
      'HMGCR=negative',
    ]);
  });

  it('reads "non reactive" and "non detected" written apart as negative, never positive', () => {
    expect(resultsAfterHeliotropeRash('Anti-Mi-2: non reactive.')).toEqual(['Mi-2=negative']);
    expect(resultsAfterHeliotropeRash('Anti-NXP2: non detected.')).toEqual(['NXP2=negative']);
    // near control: the joined and hyphenated forms keep their reading
    expect(resultsAfterHeliotropeRash('Anti-Mi-2: non-reactive.')).toEqual(['Mi-2=negative']);
    expect(resultsAfterHeliotropeRash('Anti-Mi-2: reactive.')).toEqual(['Mi-2=positive']);
  });
});

describe('seropositivity and seronegativity as nouns of a result', () => {
  it('reads the noun after the name', () => {
    expect(resultsAfterHeliotropeRash('Anti-MDA5 seropositivity was noted on admission.')).toEqual([
      'MDA5=positive',
    ]);
    expect(resultsAfterHeliotropeRash('Anti-TIF1-γ seronegativity was confirmed twice.')).toEqual([
      'TIF1-gamma=negative',
    ]);
  });

  it('reads a denied seropositivity as negative, and a statement about it as no result', () => {
    expect(resultsAfterHeliotropeRash('Anti-MDA5 seropositivity was not detected.')).toEqual([
      'MDA5=negative',
    ]);
    expect(resultsAfterHeliotropeRash('Seropositivity for anti-MDA5 was not found.')).toEqual([
      'MDA5=negative',
    ]);
    expect(
      resultsAfterHeliotropeRash('Anti-MDA5 seropositivity is a marker of rapidly progressive lung disease.'),
    ).toEqual([]);
  });
});

describe('an inconclusive result is neither side of the cut-off', () => {
  it('reads "inconclusive" as equivocal', () => {
    expect(resultsAfterHeliotropeRash('Anti-SAE1 was inconclusive on the immunoblot.')).toEqual([
      'SAE=equivocal',
    ]);
    expect(resultsAfterHeliotropeRash('Anti-SAE1: inconclusive.')).toEqual(['SAE=equivocal']);
  });
});

describe('verbs that report a finding on the left of the antibody', () => {
  it('reads the British "harbour" forms as positive, and their denial as negative', () => {
    expect(resultsAfterHeliotropeRash('Her serum harboured anti-NXP2 antibodies.')).toEqual([
      'NXP2=positive',
    ]);
    expect(resultsAfterHeliotropeRash('She was shown to harbour anti-PL-12 antibodies.')).toEqual([
      'PL-12=positive',
    ]);
    expect(resultsAfterHeliotropeRash('She did not harbour anti-PL-12 antibodies.')).toEqual([
      'PL-12=negative',
    ]);
  });

  it('reads "uncovered", "unveiled" and "yielded" as positive, and "did not uncover" as negative', () => {
    expect(resultsAfterHeliotropeRash('Extended serology uncovered anti-SAE1 antibodies.')).toEqual([
      'SAE=positive',
    ]);
    expect(resultsAfterHeliotropeRash('The second immunoblot unveiled anti-OJ antibodies.')).toEqual([
      'OJ=positive',
    ]);
    expect(resultsAfterHeliotropeRash('The line blot yielded anti-EJ antibodies.')).toEqual(['EJ=positive']);
    expect(resultsAfterHeliotropeRash('Extended serology did not uncover anti-SAE1 antibodies.')).toEqual([
      'SAE=negative',
    ]);
  });

  it('reads "seropositivity for" as positive', () => {
    expect(resultsAfterHeliotropeRash('Seropositivity for anti-HMGCR was documented.')).toEqual([
      'HMGCR=positive',
    ]);
  });

  it('reads nothing where the verb reports something other than an antibody', () => {
    expect(
      resultsAfterHeliotropeRash('The tumour harboured a KRAS mutation and anti-Jo-1 testing was requested.'),
    ).toEqual([]);
  });
});

describe('a low titre is still a found antibody', () => {
  it('reads "low titre" and "low-titre" before the name as positive', () => {
    expect(resultsAfterHeliotropeRash('She had low titre anti-Ro52 antibodies.')).toEqual(['Ro52=positive']);
    expect(resultsAfterHeliotropeRash('Serology showed low-titre anti-Ro52 antibodies.')).toEqual([
      'Ro52=positive',
    ]);
  });

  it('keeps the result stated after the name, and reads no result from a low level of something else', () => {
    expect(resultsAfterHeliotropeRash('Low-titre anti-Ro52 was negative on repeat testing.')).toEqual([
      'Ro52=negative',
    ]);
    expect(
      resultsAfterHeliotropeRash('She had low complement levels and anti-Ro52 testing was sent.'),
    ).toEqual([]);
  });
});
