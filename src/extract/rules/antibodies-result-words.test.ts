/**
 * The words that make an antibody result the patient's, and which result it is: the current result after a change,
 * an antibody the patient developed or had, a disease named by its antibody only compared with, a result confirmed,
 * a denial that opens the clause, a result noun denied after it, reports of other fields, and a seronegative
 * disease with the antibodies it lacks. Each with the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { antibodies } from '../__fixtures__/read-case.js';
import { extractCase } from '../extract.js';
import {
  antibodiesAfterTitle,
  antibodyLinesAfterTitle,
  PROXIMAL_WEAKNESS_OPENING,
  sortedAntibodiesAfterWeakThighs,
} from './__fixtures__/helpers.js';

describe('seventeenth round: antibodies', () => {
  it('reads "the presence of" an antibody as positive, not a search for its presence', () => {
    expect(antibodies('The diagnosis rested on the presence of an anti-Jo-1 antibody.')).toEqual({
      'Jo-1': 'positive',
    });
    expect(antibodies('A search for the presence of antisynthetase autoantibodies was made.')).toEqual({});
  });

  it('reads "a positive / negative test for" a group and its bracketed member', () => {
    expect(
      antibodies('There was a positive test for the myositis-specific autoantibodies (anti-Mi-2).'),
    ).toEqual({
      'Mi-2': 'positive',
    });
    expect(antibodies('Serology gave a negative test for anti-PL-7.')).toEqual({ 'PL-7': 'negative' });
  });

  it('reads an antibody at the end of a list of labs with their bracketed values', () => {
    expect(
      antibodies(
        'Tests revealed a raised troponin (900 ng/L), creatine kinase (8,000 U/L), and AChR antibodies.',
      ),
    ).toEqual({ AChR: 'positive' });
  });

  it('does not read striated muscle tissue or the antisynthetase syndrome as an antibody result', () => {
    expect(antibodies('The biopsy showed striated muscle necrosis.')).toEqual({});
    expect(antibodies('Anti-striated muscle antibodies were positive.')).toEqual({
      'striated muscle': 'positive',
    });
    expect(antibodies('An antisynthetase antibody syndrome was ruled out.')).toEqual({});
  });
});

describe('the current result of an antibody', () => {
  it('takes the result after "now", "turning" or a suspicion’s "but"', () => {
    expect(antibodies('Previously positive for anti-Jo-1, he was now negative.')).toEqual({
      'Jo-1': 'negative',
    });
    expect(antibodies('Formerly anti-SRP positive, she is now seronegative.')).toEqual({ SRP: 'negative' });
    expect(antibodies('ANA had been negative for years before turning positive.')).toEqual({
      ANA: 'positive',
    });
    expect(antibodies('We suspected anti-NXP2 positivity, but the assay was negative.')).toEqual({
      NXP2: 'negative',
    });
  });

  it('keeps the result when nothing later changes it', () => {
    expect(antibodies('Anti-Jo-1 was positive and he is now on prednisone.')).toEqual({ 'Jo-1': 'positive' });
    expect(antibodies('We suspected anti-NXP2 positivity, and the assay was positive.')).toEqual({
      NXP2: 'positive',
    });
  });
});

describe('an antibody the patient developed is positive', () => {
  it('"She later developed anti-HMGCR antibodies"', () => {
    expect(antibodies('She later developed anti-HMGCR antibodies.')).toEqual({ HMGCR: 'positive' });
  });
  it('"… the weakness returned with the development of anti-HMGCR antibodies"', () => {
    expect(
      antibodies('A year later the weakness returned with the development of anti-HMGCR antibodies.'),
    ).toEqual({ HMGCR: 'positive' });
  });
  it('a later positive outranks the earlier negative', () => {
    expect(
      antibodies('Anti-HMGCR antibody was negative. A year later, she developed anti-HMGCR antibodies.'),
    ).toEqual({ HMGCR: 'positive' });
  });
  it('control: "She never developed anti-HMGCR antibodies" is not positive', () => {
    expect(antibodies('She never developed anti-HMGCR antibodies.').HMGCR).not.toBe('positive');
  });
});

describe('an antibody the patient had keeps its result when a later clause reports another test', () => {
  it('"She had anti-Jo-1 antibodies and CK was normal": anti-Jo-1 positive', () => {
    expect(antibodies('She had anti-Jo-1 antibodies and CK was normal.')).toEqual({ 'Jo-1': 'positive' });
  });
  it('"She had anti-Jo-1 and CK was normal": anti-Jo-1 positive', () => {
    expect(antibodies('She had anti-Jo-1 and CK was normal.')).toEqual({ 'Jo-1': 'positive' });
  });
  it('"She had anti-MDA5 antibodies and the chest radiograph was normal": anti-MDA5 positive', () => {
    expect(antibodies('She had anti-MDA5 antibodies and the chest radiograph was normal.')).toEqual({
      MDA5: 'positive',
    });
  });
  it('control: "She had anti-Jo-1 antibodies checked and they were negative"', () => {
    expect(antibodies('She had anti-Jo-1 antibodies checked and they were negative.')).toEqual({
      'Jo-1': 'negative',
    });
  });
  it('control: "She had ANA and ENA tested and the results were negative"', () => {
    expect(antibodies('She had ANA and ENA tested and the results were negative.')).toEqual({
      ANA: 'negative',
      ENA: 'negative',
    });
  });
  it('control: "… antibodies, both negative"', () => {
    expect(antibodies('She had anti-Jo-1 antibodies and anti-PL-7 antibodies, both negative.')).toEqual({
      'Jo-1': 'negative',
      'PL-7': 'negative',
    });
  });
});

describe('a disease named by its antibody that the case is only compared with', () => {
  it('"similar to anti-Jo-1-associated myositis, despite negative anti-Jo-1" is Jo-1 negative', () => {
    expect(
      antibodiesAfterTitle(
        'Her course was similar to anti-Jo-1-associated myositis, despite negative anti-Jo-1 antibodies.',
      ),
    ).toEqual({ 'Jo-1': 'negative' });
  });
  it('"resembling that of anti-MDA5 dermatomyositis" gives no result', () => {
    expect(
      antibodiesAfterTitle('The skin picture was resembling that of anti-MDA5 dermatomyositis.'),
    ).toEqual({});
  });
  it('control: the diagnosed disease named by its antibody is still a positive result', () => {
    expect(antibodiesAfterTitle('She was diagnosed with anti-MDA5-associated dermatomyositis.')).toEqual({
      MDA5: 'positive',
    });
  });
});

describe('an antibody that confirmed the diagnosis', () => {
  it('"Anti-HMGCR antibodies confirmed the diagnosis" is HMGCR positive', () => {
    expect(antibodiesAfterTitle('Anti-HMGCR antibodies confirmed the diagnosis.')).toEqual({
      HMGCR: 'positive',
    });
  });
  it('control: "a negative anti-Jo-1 was confirmed" stays negative', () => {
    expect(antibodiesAfterTitle('A negative anti-Jo-1 was confirmed.')).toEqual({ 'Jo-1': 'negative' });
  });
});

describe('antibodies in other wordings', () => {
  it('a negative list reaches its result across further tests coordinated after it', () => {
    expect(
      antibodyLinesAfterTitle(
        'Anti-Jo-1, PL-7 and HMGCR, a genetic myopathy panel and tests for two dystrophies were negative.',
      ),
    ).toEqual(['Jo-1=negative', 'PL-7=negative', 'HMGCR=negative']);
  });
  it('control: a clause of its own among them keeps the list apart', () => {
    expect(
      antibodyLinesAfterTitle(
        'Anti-Jo-1 was sent, and the CT which showed ground glass and a test for the virus were negative.',
      ),
    ).toEqual([]);
  });
  it('"myositis panels" (plural) is the panel', () => {
    expect(antibodyLinesAfterTitle('Her ANA, ANCA and the myositis panels came back negative.')).toEqual([
      'ANA=negative',
      'ANCA=negative',
      'myositis antibody panel=negative',
    ]);
  });
  it('"contained an autoantibody to …" names the antibody by its antigen', () => {
    expect(
      antibodyLinesAfterTitle('Her serum contained an autoantibody to histidyl-tRNA synthetase.'),
    ).toEqual(['Jo-1=positive']);
  });
  it('"other autoantibodies to ARS and SRP" names the antisynthetase group by its abbreviation', () => {
    expect(
      antibodyLinesAfterTitle('Assays for autoantibodies to ARS and to SRP came back negative.'),
    ).toEqual(['antisynthetase antibodies=negative', 'SRP=negative']);
  });
  it('"autoantibodies to AChR and MuSK" are those two, not a screen besides', () => {
    expect(antibodyLinesAfterTitle('Autoantibodies to AChR and MuSK were negative.')).toEqual([
      'AChR=negative',
      'MuSK=negative',
    ]);
  });
});

describe('a denial that opens the clause of an antibody', () => {
  const antibodies = (text: string) =>
    extractCase(PROXIMAL_WEAKNESS_OPENING + text).case.antibodies.map((a) => `${a.target}=${a.result}`);

  it('"No (significantly) raised titres of anti-Ro antibodies were detected" is negative', () => {
    expect(
      antibodies('No significantly raised titres of anti-Ro and anti-La antibodies were detected.'),
    ).toEqual(['SSA/Ro=negative', 'La=negative']);
    expect(antibodies('No raised titre of anti-Jo-1 antibodies was detected.')).toEqual(['Jo-1=negative']);
  });

  it('controls: the same predicate without the denial is positive', () => {
    expect(antibodies('Raised titres of anti-Ro antibodies were detected.')).toEqual(['SSA/Ro=positive']);
  });
});

describe('a result noun denied after it', () => {
  it('reads "anti-MDA5 positivity was not detected" and "positivity for anti-Jo-1 was not found" as negative', () => {
    expect(sortedAntibodiesAfterWeakThighs('Anti-MDA5 positivity was not detected.')).toEqual([
      'MDA5=negative',
    ]);
    expect(sortedAntibodiesAfterWeakThighs('Positivity for anti-Jo-1 was not found.')).toEqual([
      'Jo-1=negative',
    ]);
    expect(sortedAntibodiesAfterWeakThighs('Anti-NXP2 positivity was excluded by immunoblot.')).toEqual([
      'NXP2=negative',
    ]);
  });

  it('leaves a confirmed positivity positive', () => {
    expect(sortedAntibodiesAfterWeakThighs('Anti-NXP2 positivity was confirmed by immunoblot.')).toEqual([
      'NXP2=positive',
    ]);
  });
});

describe('antibody results in the shapes of other fields’ reports', () => {
  it('reads the results of "negative results were obtained for" and "negative tests for", across a lab first', () => {
    expect(sortedAntibodiesAfterWeakThighs('Negative results were obtained for ESR, RF and ANA.')).toEqual([
      'ANA=negative',
      'RF=negative',
    ]);
    expect(sortedAntibodiesAfterWeakThighs('She had negative tests for ANA and ANCA.')).toEqual([
      'ANA=negative',
      'ANCA=negative',
    ]);
    // control: a reading before a lab is the lab's own
    expect(sortedAntibodiesAfterWeakThighs('She had elevated CK and ANA.')).toEqual([]);
  });

  it('reads a level with "(index; normal <32)" against its cut-off', () => {
    expect(sortedAntibodiesAfterWeakThighs('Serum anti-MDA5 antibody: 2,560 (index; normal <32).')).toEqual([
      'MDA5=positive',
    ]);
    expect(sortedAntibodiesAfterWeakThighs('Anti-TIF1-γ antibody: 20 (index; cut-off 32).')).toEqual([
      'TIF1-gamma=negative',
    ]);
  });

  it('reads "anti-mitochondrial M2" as one name, so the 2 of M2 is no level', () => {
    expect(
      sortedAntibodiesAfterWeakThighs('Anti-mitochondrial M2 antibody was positive (index 152; normal <7).'),
    ).toEqual(['AMA=positive']);
  });

  it('reads no anti-centromere result from an ANA’s centromere pattern', () => {
    expect(
      sortedAntibodiesAfterWeakThighs('ANA was positive (1:1280, centromere pattern) and negative for AMA.'),
    ).toEqual(['AMA=negative', 'ANA=positive']);
  });

  it('reads no result of an antibody said not to have been tested', () => {
    expect(sortedAntibodiesAfterWeakThighs('She had a positive p-ANCA (PR3 and MPO not checked).')).toEqual([
      'p-ANCA=positive',
    ]);
    expect(sortedAntibodiesAfterWeakThighs('Anti-HMGCR was not tested.')).toEqual([]);
    // control
    expect(sortedAntibodiesAfterWeakThighs('Anti-HMGCR was not detected.')).toEqual(['HMGCR=negative']);
  });
});

describe('a seronegative disease with the antibodies it lacks in brackets', () => {
  it('reads the bracketed antibodies as negative', () => {
    expect(
      sortedAntibodiesAfterWeakThighs('She had seronegative (Jo-1, MDA5, TIF1-γ) dermatomyositis.'),
    ).toEqual(['Jo-1=negative', 'MDA5=negative', 'TIF1-gamma=negative']);
    // control
    expect(sortedAntibodiesAfterWeakThighs('She had anti-MDA5 dermatomyositis.')).toEqual(['MDA5=positive']);
  });
});

describe('a weak positive its authors set aside', () => {
  it('reads it as equivocal', () => {
    expect(
      sortedAntibodiesAfterWeakThighs(
        'Anti-SRP was weakly positive, which we regarded as a false-positive result.',
      ),
    ).toEqual(['SRP=equivocal']);
    expect(
      sortedAntibodiesAfterWeakThighs(
        'Anti-PL-7 was weakly positive, a finding of uncertain clinical significance.',
      ),
    ).toEqual(['PL-7=equivocal']);
    // control: a word of another clause
    expect(
      sortedAntibodiesAfterWeakThighs('Anti-Ro52 was positive, and CT showed nonspecific changes.'),
    ).toEqual(['Ro52=positive']);
  });
});
