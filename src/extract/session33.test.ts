/**
 * Readings fixed in session 33 (issue 12): constructions found by batteries of sentences of our own and in an
 * eleventh round of published case reports read outside the corpus, each written again in the repository's own
 * words, with the controls it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonthsFromMyositis, onsetMonthsBeforePresentation } from '../eval/score.js';
import { extractCase } from './extract.js';
import { readCount } from './numbers.js';

const CASE = 'Case presentation\n\nA 58-year-old woman presented with weakness of the thighs. ';
const cancerTimesOf = (text: string) => {
  const c = extractCase(CASE + text).case;
  return c.cancers.map((k) => [k.site, cancerMonthsFromMyositis(c, k) ?? k.relationToMyositis ?? null]);
};
const onsetOf = (text: string) => onsetMonthsBeforePresentation(extractCase(CASE + text).case);

describe('counts written as a ten and a unit, and halves written as a fraction', () => {
  it('reads "thirty-six", "twenty four", "ninety-two" and "3 1/2" whole', () => {
    expect(readCount('thirty-six')?.value).toBe(36);
    expect(readCount('Twenty four')?.value).toBe(24);
    expect(readCount('3 1/2')?.value).toBe(3.5);
    expect(readCount('sixty')?.value).toBe(60);
  });

  it('dates a cancer "thirty-six months after" the myositis at 36, not 6', () => {
    expect(
      cancerTimesOf(
        'Thirty-six months after the diagnosis of myositis, a carcinoma of the breast was found.',
      ),
    ).toEqual([['breast', 36]]);
    expect(
      cancerTimesOf('A gastric adenocarcinoma had been diagnosed twenty four months before the myositis.'),
    ).toEqual([['stomach', -24]]);
    expect(cancerTimesOf('A colonic adenocarcinoma had been resected 2 1/2 years earlier.')).toEqual([
      ['colon', -30],
    ]);
  });

  it('reads a "twenty-four-month" or "forty-five-day" history and "3 1/2 months before admission"', () => {
    expect(onsetOf('She gave a twenty-four-month history of weakness.')).toBe(24);
    expect(onsetOf('The weakness had started some 3 1/2 months before admission.')).toBe(3.5);
    expect(onsetOf('She described a forty-five-day history of weakness.')).toBeCloseTo(1.48, 1);
  });

  it('leaves the counts it read before as they were', () => {
    // controls: a plain ten, a unit alone, a date written 1/2
    expect(onsetOf('She gave a twenty-month history of weakness.')).toBe(20);
    expect(onsetOf('She gave a six-month history of weakness.')).toBe(6);
    expect(readCount('1/2')).toBeUndefined();
  });
});

const antibodiesOf = (text: string) =>
  extractCase(CASE + text)
    .case.antibodies.map((a) => `${a.target}=${a.result}`)
    .sort();

describe('an antibody set apart from a group by an exception that opens its clause', () => {
  it('gives the excepted member the opposite of the result stated for the rest', () => {
    expect(antibodiesOf('Apart from anti-Ro52, every antibody tested was negative.')).toEqual([
      'Ro52=positive',
    ]);
    expect(antibodiesOf('With the exception of anti-PL-12, the antibodies were all negative.')).toEqual([
      'PL-12=positive',
    ]);
    expect(antibodiesOf('All antibodies except anti-MDA5 were negative.')).toEqual(['MDA5=positive']);
    expect(antibodiesOf('Other than anti-SRP, her antibodies were negative.')).toEqual(['SRP=positive']);
  });

  it('keeps a result stated inside the exception, and the result before an exception that follows it', () => {
    expect(antibodiesOf('Except for a positive anti-HMGCR, the remaining serology was negative.')).toContain(
      'HMGCR=positive',
    );
    // controls: the exception after the group's result, read before this session
    expect(antibodiesOf('All myositis antibodies were negative except anti-Ro52.')).toEqual([
      'Ro52=positive',
      'myositis antibody panel=negative',
    ]);
    expect(antibodiesOf('Apart from the rash, anti-Jo-1 was negative.')).toEqual(['Jo-1=negative']);
  });
});

describe('a level or titre stated for one antibody beside another antibody’s result', () => {
  it('keeps "anti-MDA5 was 2,870 (normal < 32), and anti-TIF1-γ was negative" apart', () => {
    expect(
      antibodiesOf('Anti-MDA5 antibody was 2,870 (normal < 32), and anti-TIF1-γ antibody was negative.'),
    ).toEqual(['MDA5=positive', 'TIF1-gamma=negative']);
  });

  it('does not give "ANA was 1:320" the negative of the antibody before "and"', () => {
    expect(antibodiesOf('Anti-Jo-1 was negative and ANA was 1:320.')).toEqual([
      'ANA=positive',
      'Jo-1=negative',
    ]);
    // control: a list sharing one result after "and"
    expect(antibodiesOf('Anti-Jo-1 and anti-PL-7 were negative.')).toEqual([
      'Jo-1=negative',
      'PL-7=negative',
    ]);
  });
});

describe('a result noun denied after it', () => {
  it('reads "anti-MDA5 positivity was not detected" and "positivity for anti-Jo-1 was not found" as negative', () => {
    expect(antibodiesOf('Anti-MDA5 positivity was not detected.')).toEqual(['MDA5=negative']);
    expect(antibodiesOf('Positivity for anti-Jo-1 was not found.')).toEqual(['Jo-1=negative']);
    expect(antibodiesOf('Anti-NXP2 positivity was excluded by immunoblot.')).toEqual(['NXP2=negative']);
  });

  it('leaves a confirmed positivity positive', () => {
    expect(antibodiesOf('Anti-NXP2 positivity was confirmed by immunoblot.')).toEqual(['NXP2=positive']);
  });
});

describe('blot grades written with a digit', () => {
  it('gives each member its own grade: "TIF1-γ 3+, Ro52 2+, Jo-1 negative", "Jo-1 (3+), Ro-52 (1+)"', () => {
    expect(antibodiesOf('Myositis line blot: TIF1-γ 3+, Ro52 2+, Jo-1 negative.')).toEqual([
      'Jo-1=negative',
      'Ro52=positive',
      'TIF1-gamma=positive',
    ]);
    expect(antibodiesOf('Immunoblot: Jo-1 (3+), Ro-52 (1+), PL-7 (-).')).toEqual([
      'Jo-1=positive',
      'PL-7=negative',
      'Ro52=positive',
    ]);
  });
});

describe('antibody names written other ways', () => {
  it('reads anti-SMA, anti-liver/kidney microsomal, anti-ACh receptor, anti-polymerase III, PNMA2 and anti-GAD', () => {
    expect(antibodiesOf('ANA 1:160 speckled, anti-SMA negative.')).toEqual(['ANA=positive', 'ASMA=negative']);
    expect(antibodiesOf('Her anti-liver/kidney microsomal antibody was negative.')).toEqual(['LKM=negative']);
    expect(antibodiesOf('Anti-ACh receptor antibodies were positive.')).toEqual(['AChR=positive']);
    expect(antibodiesOf('Anti-polymerase III antibody was positive.')).toEqual([
      'RNA polymerase III=positive',
    ]);
    expect(antibodiesOf('Anti-PNMA2 antibodies were present.')).toEqual(['Ma2=positive']);
    expect(antibodiesOf('Anti-GAD antibodies were negative.')).toEqual(['GAD65=negative']);
  });

  it('reads no antibody from a bare "SMA" or "GAD"', () => {
    expect(antibodiesOf('SMA was excluded by genetic testing.')).toEqual([]);
    expect(antibodiesOf('She had a history of GAD treated with sertraline.')).toEqual([]);
  });
});

const labsOf = (text: string) =>
  extractCase(CASE + text).case.labs.map(
    (l) =>
      `${l.analyte}=${l.value ?? ''}${l.unit ? ` ${l.unit}` : ''}${l.interpretation ? ` ${l.interpretation}` : ''}`,
  );

describe('values of a list written with a thousands comma', () => {
  it('keeps "1,040, 658" two values: a comma group is not followed by a stray-space one', () => {
    expect(labsOf('Aldolase, KL-6 and LDH were all raised (11.0, 1,040, 658 U/L, respectively).')).toEqual([
      'aldolase=11 U/L elevated',
      'KL-6=1040 U/L elevated',
      'LDH=658 U/L elevated',
    ]);
  });

  it('still reads a stray space after a lone comma group before a unit ("1, 040 U/L")', () => {
    expect(labsOf('CK was 1, 040 U/L.')).toEqual(['CK=1040 U/L']);
  });
});

describe('a low complement before its fractions, beside an antibody’s reading', () => {
  it('reads "low levels of C3 and C4" as low, and leaves the "elevated" of the antibody after them to it', () => {
    expect(labsOf('She had low levels of C4 and C3.')).toEqual(['C4= low', 'C3= low']);
    expect(labsOf('She had low levels of C4 and C3, and raised anti-dsDNA antibodies.')).toEqual([
      'C4= low',
      'C3= low',
    ]);
    expect(labsOf('She had low C3 and C4 and a high anti-dsDNA titre.')).toEqual(['C3= low', 'C4= low']);
  });

  it('leaves the reading of lab lists as it was', () => {
    // controls
    expect(labsOf('Elevated CK and a high LDH were found.')).toEqual(['CK= elevated', 'LDH= elevated']);
    expect(labsOf('Low C3 and C4 levels and an elevated ESR were noted.')).toEqual([
      'C3= low',
      'C4= low',
      'ESR= elevated',
    ]);
  });
});

describe('the order of a cancer and the myositis told in other ways', () => {
  it('reads a cancer "diagnosed first" as before the myositis', () => {
    expect(cancerTimesOf('The lymphoma was diagnosed first and the myositis afterwards.')).toEqual([
      [undefined, 'before'],
    ]);
    expect(
      cancerTimesOf(
        'A small cell lung cancer was diagnosed first, and the weakness developed some time later.',
      ),
    ).toEqual([['lung', 'before']]);
  });

  it('reads the disease "in the course of" which the other arose, and "complicated by", as the first', () => {
    expect(cancerTimesOf('In the course of her myositis, a B-cell lymphoma developed.')).toEqual([
      [undefined, 'after'],
    ]);
    expect(cancerTimesOf('In the course of her breast cancer, dermatomyositis developed.')).toEqual([
      ['breast', 'before'],
    ]);
    expect(cancerTimesOf('Her dermatomyositis was later complicated by a non-Hodgkin lymphoma.')).toEqual([
      [undefined, 'after'],
    ]);
  });

  it('dates a cancer from "had been diagnosed with dermatomyositis for 7 years"', () => {
    expect(
      cancerTimesOf(
        'She had been diagnosed with dermatomyositis for 7 years and was then found to have a cholangiocarcinoma.',
      ),
    ).toEqual([['bile duct', 84]]);
  });

  it('counts from the diagnosis of antisynthetase syndrome, and reads "by more than a year"', () => {
    expect(
      cancerTimesOf(
        'An endometrial carcinoma was detected 14 months after the diagnosis of antisynthetase syndrome.',
      ),
    ).toEqual([['uterus', 14]]);
    expect(
      cancerTimesOf(
        'Dermatomyositis preceded the diagnosis of a gastric adenocarcinoma by more than a year.',
      ),
    ).toEqual([['stomach', 12]]);
  });

  it('reads "the interval between A and B was N months" in the order A, B', () => {
    expect(
      cancerTimesOf(
        'The interval between the diagnosis of breast cancer and the onset of dermatomyositis was 18 months.',
      ),
    ).toEqual([['breast', -18]]);
    expect(
      cancerTimesOf(
        'The interval between the diagnosis of dermatomyositis and the detection of gastric cancer was two years.',
      ),
    ).toEqual([['stomach', 24]]);
  });

  it('does not date a recurrent cancer by the interval of its recurrence', () => {
    expect(
      cancerTimesOf(
        'A recurrent liver carcinoma was proven 12 months after the diagnosis of dermatomyositis.',
      ),
    ).not.toContainEqual(['liver', 12]);
  });
});

describe('antibody results in the shapes of other fields’ reports', () => {
  it('reads the results of "negative results were obtained for" and "negative tests for", across a lab first', () => {
    expect(antibodiesOf('Negative results were obtained for ESR, RF and ANA.')).toEqual([
      'ANA=negative',
      'RF=negative',
    ]);
    expect(antibodiesOf('She had negative tests for ANA and ANCA.')).toEqual([
      'ANA=negative',
      'ANCA=negative',
    ]);
    // control: a reading before a lab is the lab's own
    expect(antibodiesOf('She had elevated CK and ANA.')).toEqual([]);
  });

  it('reads a level with "(index; normal <32)" against its cut-off', () => {
    expect(antibodiesOf('Serum anti-MDA5 antibody: 2,560 (index; normal <32).')).toEqual(['MDA5=positive']);
    expect(antibodiesOf('Anti-TIF1-γ antibody: 20 (index; cut-off 32).')).toEqual(['TIF1-gamma=negative']);
  });

  it('reads "anti-mitochondrial M2" as one name, so the 2 of M2 is no level', () => {
    expect(antibodiesOf('Anti-mitochondrial M2 antibody was positive (index 152; normal <7).')).toEqual([
      'AMA=positive',
    ]);
  });

  it('reads no anti-centromere result from an ANA’s centromere pattern', () => {
    expect(antibodiesOf('ANA was positive (1:1280, centromere pattern) and negative for AMA.')).toEqual([
      'AMA=negative',
      'ANA=positive',
    ]);
  });

  it('reads no result of an antibody said not to have been tested', () => {
    expect(antibodiesOf('She had a positive p-ANCA (PR3 and MPO not checked).')).toEqual(['p-ANCA=positive']);
    expect(antibodiesOf('Anti-HMGCR was not tested.')).toEqual([]);
    // control
    expect(antibodiesOf('Anti-HMGCR was not detected.')).toEqual(['HMGCR=negative']);
  });
});

describe('an onset told other ways, and durations that are not the onset', () => {
  it('does not take a cancer’s duration, or an interval to the cancer, as the symptoms’ onset', () => {
    expect(
      onsetOf('A known case of ovarian carcinoma for 3 years, she presented with weakness for 2 months.'),
    ).toBe(2);
    expect(onsetOf('She has had breast cancer for 2 years and reported weakness since 3 months.')).toBe(3);
    expect(
      onsetOf('The lung cancer was diagnosed after an interval of 2 years from the myositis.'),
    ).toBeUndefined();
  });

  it('reads "Symptom onset was 3 months before admission", "a 2-week onset of" and "the duration of symptoms … was"', () => {
    expect(onsetOf('Symptom onset was 3 months before admission.')).toBe(3);
    expect(onsetOf('She gave a 3-week onset of myalgia and thigh weakness.')).toBeCloseTo(0.69, 1);
    expect(onsetOf('The duration of symptoms before admission was 3 months.')).toBe(3);
  });

  it('leaves a complaint of another organ without an onset, as the gold of such texts does', () => {
    // control
    expect(onsetOf('She complained of a palpable breast lump for 4 months.')).toBeUndefined();
  });
});

describe('a cancer that imaging only suggested', () => {
  it('does not record "PET-CT suggested a recurrence of breast cancer" as a certain cancer', () => {
    expect(cancerTimesOf('PET-CT suggested a recurrence of breast cancer.')).toEqual([]);
  });

  it('keeps a cancer a biopsy confirmed', () => {
    // control
    expect(cancerTimesOf('A biopsy confirmed a recurrence of breast cancer.').length).toBe(1);
  });
});

describe('an ANA’s titre beside a reference label or a staining pattern, and results that changed', () => {
  it('reads "ANA 1:640 (negative < 1:80)" by its titre, and a pattern after the titre as positive', () => {
    expect(antibodiesOf('ANA 1:640 (negative < 1:80).')).toEqual(['ANA=positive']);
    expect(antibodiesOf('ANA 1:160 speckled, SMA negative.')).toEqual(['ANA=positive']);
    // control: a titre under the reference
    expect(antibodiesOf('ANA 1:40 (negative < 1:80).')).toEqual(['ANA=negative']);
  });

  it('keeps the later positive of "negative at presentation but positive at relapse"', () => {
    expect(antibodiesOf('Anti-Jo-1 was negative at presentation but positive at relapse.')).toEqual([
      'Jo-1=positive',
    ]);
    expect(antibodiesOf('Anti-HMGCR was negative at baseline but positive on follow-up.')).toEqual([
      'HMGCR=positive',
    ]);
    // control: two antibodies, each with its own result
    expect(antibodiesOf('Anti-Jo-1 was negative at presentation and anti-PL-7 was positive.')).toEqual([
      'Jo-1=negative',
      'PL-7=positive',
    ]);
  });
});

const limitsOf = (text: string) =>
  extractCase(CASE + text).case.labs.map((l) => `${l.analyte}=${l.value ?? ''}≤${l.upperLimit ?? '?'}`);

describe('reference ranges written other ways, and counts of the spinal fluid', () => {
  it('reads "(n.v. 24–195)" without ending the sentence at "n.v.", and full-width brackets', () => {
    expect(limitsOf('CK was 4,800 U/L (n.v. 24–195).')).toEqual(['CK=4800≤195']);
    expect(limitsOf('CK 2436 IU/L\uff08normal range 62–287\uff09.')).toEqual(['CK=2436≤287']);
  });

  it('does not read the spinal fluid’s cell counts as blood counts', () => {
    expect(labsOf('CSF protein was 0.6 g/L and CSF white cell count 12/µL.')).toEqual([
      'CSF protein=0.6 g/L',
    ]);
    expect(labsOf('In the cerebrospinal fluid there were 88% lymphocytes.')).toEqual([]);
    // control: a blood count in the same sentence as a CSF protein, after its own comma
    expect(labsOf('CSF protein was 0.6 g/L, and the WBC was 11.2 x10^9/L.')).toContain('WBC=11.2 10*9/L');
  });
});

describe('an invalid reference limit or dose', () => {
  it('drops the limit and keeps the value it belongs to', () => {
    const r = extractCase(CASE + 'ESR was 45 mm/h (normal 0-2000 mm/h).');
    expect(r.case.labs.map((l) => [l.analyte, l.value, l.upperLimit])).toEqual([['ESR', 45, undefined]]);
    expect(r.warnings.map((w) => w.code)).toContain('dropped-invalid');
  });
});

describe('cancers that are not the patient’s, and the times of another cancer or of a death', () => {
  it('reads no cancer that was searched for and not found, nor one that names a treatment', () => {
    expect(cancerTimesOf('We searched for an underlying gastric cancer, which was not found.')).toEqual([]);
    expect(cancerTimesOf('She received anti-myeloma chemotherapy with lenalidomide for her MGUS.')).toEqual(
      [],
    );
    expect(cancerTimesOf('She was given anti-lymphoma therapy.')).toEqual([]);
    // controls
    expect(cancerTimesOf('She had a gastric cancer, which was found at endoscopy.').length).toBe(1);
    expect(cancerTimesOf('She had multiple myeloma treated with anti-myeloma chemotherapy.').length).toBe(1);
  });

  it('does not date a cancer by the interval of a death', () => {
    expect(
      cancerTimesOf('A gastric cancer was found at diagnosis, and she died 4 months later.'),
    ).not.toContainEqual(['stomach', 4]);
    expect(
      cancerTimesOf(
        'A gastric cancer was found at the time of diagnosis, and she died of the cancer 3 years after the onset of dermatomyositis.',
      ),
    ).toEqual([['stomach', 0]]);
  });

  it('gives a relative time or a word of the past to the nearest of two cancers', () => {
    const two = cancerTimesOf(
      'She had been treated for breast carcinoma 10 years earlier, and staging now showed a small cell lung cancer.',
    );
    expect(two).toContainEqual(['breast', -120]);
    expect(two).not.toContainEqual(['lung', -120]);
    expect(two).not.toContainEqual(['lung', 'before']);
    expect(
      cancerTimesOf(
        'He had undergone prostatectomy for prostate cancer five years earlier; staging CT now revealed a pancreatic adenocarcinoma.',
      ),
    ).not.toContainEqual(['pancreas', -60]);
  });
});

describe('durations in two units, and dates written with slashes', () => {
  it('reads "1 year and 3 months" whole, for an onset and for a cancer', () => {
    expect(onsetOf('She reported weakness for 1 year and 3 months.')).toBe(15);
    expect(onsetOf('The weakness began one year and 3 months earlier.')).toBe(15);
    expect(
      cancerTimesOf(
        'One year and six months after the diagnosis of dermatomyositis, a lung adenocarcinoma was found.',
      ),
    ).toEqual([['lung', 18]]);
    expect(cancerTimesOf('A breast carcinoma had been resected one year and two months earlier.')).toEqual([
      ['breast', -14],
    ]);
    // controls
    expect(onsetOf('She reported weakness for 2 years.')).toBe(24);
    expect(onsetOf('She reported weakness for 3 months.')).toBe(3);
  });

  it('reads no "3/12" duration from a date "3/12/2015"', () => {
    expect(
      onsetOf('The breast cancer was diagnosed on 3/12/2015, and the myositis was diagnosed on 6/20/2019.'),
    ).toBeUndefined();
    // control: the fraction of a clinic note
    expect(onsetOf('3/12 hx of prox weakness.')).toBe(3);
  });
});

describe('a row label that carries an upper limit', () => {
  it('reads "KL-6 (<500 U/mL): 802" and "CK (<200 U/L): 4,500" with the limit, not the limit as the value', () => {
    expect(limitsOf('KL-6 (<500 U/mL): 802.')).toEqual(['KL-6=802≤500']);
    expect(limitsOf('CK (<200 U/L): 4,500.')).toEqual(['CK=4500≤200']);
  });
});

describe('a result elided after a contrast or "so was", and "however" as an aside', () => {
  it('reads "…, but anti-NXP2 was." as the opposite and "…, and so was anti-Ro52" as the same', () => {
    expect(antibodiesOf('Anti-Jo-1 was negative, but anti-NXP2 was.')).toEqual([
      'Jo-1=negative',
      'NXP2=positive',
    ]);
    expect(antibodiesOf('Anti-Jo-1 and anti-MDA5 were negative, whereas anti-TIF1γ was.')).toEqual([
      'Jo-1=negative',
      'MDA5=negative',
      'TIF1-gamma=positive',
    ]);
    expect(antibodiesOf('Anti-PL-7 was positive, and so was anti-Ro52.')).toEqual([
      'PL-7=positive',
      'Ro52=positive',
    ]);
  });

  it('reads past ", however," to the result', () => {
    expect(antibodiesOf('Anti-Jo-1 and anti-MDA5 were negative; anti-NXP2, however, was present.')).toEqual([
      'Jo-1=negative',
      'MDA5=negative',
      'NXP2=positive',
    ]);
  });

  it('reads VGKC, a RyR antibody after a label and the 52-kDa Ro antigen', () => {
    expect(antibodiesOf('Anti-VGKC antibodies were negative.')).toEqual(['VGKC=negative']);
    expect(antibodiesOf('RyR antibody: negative.')).toEqual(['ryanodine receptor=negative']);
    expect(antibodiesOf('She had antibodies against the 52-kDa Ro antigen.')).toEqual(['Ro52=positive']);
  });
});

describe('the onconeural names written bare', () => {
  it('reads Hu, Yo and Ri as members of an antibody list or after "against"', () => {
    expect(antibodiesOf('Onconeural antibodies (Hu, Yo, Ri, CV2, Ma2) were negative.')).toEqual([
      'CV2/CRMP5=negative',
      'Hu=negative',
      'Ma2=negative',
      'Ri=negative',
      'Yo=negative',
    ]);
    expect(antibodiesOf('Antibodies against Hu and SOX1 were detected.')).toEqual([
      'Hu=positive',
      'SOX1=positive',
    ]);
  });

  it('reads no antibody from a surname or an index', () => {
    expect(antibodiesOf('Hu and colleagues described a similar patient who was positive.')).toEqual([]);
    expect(antibodiesOf('The RI was 0.7 on Doppler and was positive.')).toEqual([]);
  });
});

describe('structured abstracts whose case is told under "Materials and methods/results" or "Setting"', () => {
  it('reads the case told under those labels as the case', () => {
    const a = extractCase(
      'Dermatomyositis and ovarian cancer\n\nPurpose: To report a rare association.\nMaterials and methods/results: A 57-year-old woman presented with a heliotrope rash. CK was 3,200 U/L. Anti-TIF1-gamma antibody was positive.\nConclusion: Screening matters.\n',
    ).case;
    expect([a.patient.age, a.labs.map((l) => l.value), a.antibodies.map((x) => x.target)]).toEqual([
      57,
      [3200],
      ['TIF1-gamma'],
    ]);
    const b = extractCase(
      'Paraneoplastic myositis\n\nObjective: To describe a rare case.\nSetting: A 64-year-old man had proximal weakness and dysphagia. CK was 5,000 U/L.\n',
    ).case;
    expect([b.patient.age, b.patient.sex, b.labs.map((l) => l.value)]).toEqual([64, 'male', [5000]]);
  });
});

describe('a cancer a biopsy proved', () => {
  it('reads "a hilar mass … proved on needle biopsy to be an adenocarcinoma of the lung"', () => {
    expect(
      cancerTimesOf('A right hilar mass proved on needle biopsy to be an adenocarcinoma of the lung.'),
    ).toEqual([['lung', null]]);
    // control: "to be" alone opens a prospect
    expect(cancerTimesOf('A biopsy is to be done to exclude a small cell lung carcinoma.')).toEqual([]);
  });
});

describe('more labels under which an abstract tells its case', () => {
  it('reads the case told under "Patient findings:", "Report:", "Case report and discussion:" and "Case series:"', () => {
    for (const label of ['Patient findings', 'Report', 'Case report and discussion', 'Case series']) {
      const c = extractCase(
        `Title of a paper\n\nIntroduction: Dermatomyositis is rare.\n${label}: A 60-year-old woman had a CK of 3,000 U/L.\n`,
      ).case;
      expect([label, c.patient.age, c.labs.length]).toEqual([label, 60, 1]);
    }
  });
});

describe('a plural noun beside one patient’s age', () => {
  it('reads the sex of "a 61-year old women" and "a men of 54 y.o."', () => {
    expect(extractCase('A 61-year old women came with a rash.').case.patient).toMatchObject({
      sex: 'female',
      age: 61,
    });
    expect(extractCase('A men of 54 y.o. presented with weakness.').case.patient).toMatchObject({
      sex: 'male',
      age: 54,
    });
  });
});

describe('calendar months written as numbers, a myositis ENA panel, and grams written "gms"', () => {
  it('dates a cancer from "2018-03 … 2019-01" and "03.2016 … 09.2017" in months', () => {
    expect(
      cancerTimesOf('A breast carcinoma was diagnosed in 2018-03 and dermatomyositis in 2019-01.'),
    ).toEqual([['breast', -10]]);
    expect(
      cancerTimesOf('A breast carcinoma was diagnosed in 03.2016 and dermatomyositis in 09.2017.'),
    ).toEqual([['breast', -18]]);
    // control: years alone
    expect(cancerTimesOf('A breast carcinoma was diagnosed in 2016 and dermatomyositis in 2018.')).toEqual([
      ['breast', -24],
    ]);
  });

  it('reads "Myositis ENA panel was negative" as the myositis panel, and "Hb 10.2 gms/dl" with its unit', () => {
    expect(antibodiesOf('Myositis ENA panel was negative.')).toEqual(['myositis antibody panel=negative']);
    expect(antibodiesOf('ENA panel was negative.')).toEqual(['ENA=negative']);
    expect(labsOf('Hb 10.2 gms/dl.')).toEqual(['haemoglobin=10.2 g/dL']);
  });
});

describe('a range of counts written in words', () => {
  it('reads "for three to four months" as the range’s middle, as "for 3 to 4 months" was', () => {
    expect(onsetOf('She had noticed the rash for three to four months.')).toBe(3.5);
    // control
    expect(onsetOf('She had noticed the rash for 3 to 4 months.')).toBe(3.5);
  });
});

describe('a concurrence cue of another clause', () => {
  it('does not read a cancer found "after 7 months", past a "but", as concurrent with the presentation', () => {
    expect(
      cancerTimesOf(
        'At presentation, imaging showed no sign of a tumour, but after 7 months she developed a groin lump that was a metastatic melanoma.',
      ),
    ).not.toContainEqual([undefined, 0]);
    // control
    expect(cancerTimesOf('At presentation, a CT showed a lung adenocarcinoma.')).toEqual([['lung', 0]]);
  });
});

describe('a half-year', () => {
  it('reads "a half-year history" as six months', () => {
    expect(onsetOf('She had a half-year history of weakness.')).toBe(6);
    // control
    expect(onsetOf('She had weakness for half a year.')).toBe(6);
  });
});

describe('a cancer the patient already had', () => {
  it('reads "in remission with ovarian cancer" and "already had small cell lung cancer" as before', () => {
    expect(cancerTimesOf('She was in remission with ovarian cancer.')).toEqual([['ovary', 'before']]);
    expect(
      cancerTimesOf(
        'She already had a small cell lung cancer and developed the weakness after her first chemotherapy.',
      ),
    ).toEqual([['lung', 'before']]);
  });
});

describe('a myositis that came some time into the treatment of a cancer', () => {
  it('dates the cancer before: "the rash appeared two years into her treatment for follicular lymphoma"', () => {
    expect(cancerTimesOf('The rash appeared two years into her treatment for follicular lymphoma.')).toEqual([
      [undefined, -24],
    ]);
    // control: a cancer found some time into the myositis's treatment
    expect(cancerTimesOf('Six months into treatment, a CT showed a lung adenocarcinoma.')).toEqual([
      ['lung', 6],
    ]);
  });
});

describe('a cancer diagnosed in the end, and the literature’s reports', () => {
  it('does not read "ultimately diagnosed with …, who presented initially with a rash" as a cancer carried before', () => {
    expect(
      cancerTimesOf(
        'A woman ultimately diagnosed with acute myeloid leukaemia, who presented initially with a malar rash, is described.',
      ),
    ).not.toContainEqual([undefined, 'before']);
    // control
    expect(cancerTimesOf('A 60-year-old woman diagnosed with breast cancer presented with a rash.')).toEqual([
      ['breast', 'before'],
    ]);
  });

  it('reads no cancer from a statement about the literature’s reports', () => {
    expect(
      cancerTimesOf('There are no prior reports of a lupus rash as the presenting sign of AML.'),
    ).toEqual([]);
  });
});

describe('a reference range on the next line, and the points of a score', () => {
  it('reads "AST was 597\\n(< 35) IU/L" as one AST with its limit', () => {
    expect(limitsOf('Her AST was 597\n(< 35) IU/L and ALT was 420 (< 40) IU/L.')).toEqual([
      'AST=597≤35',
      'ALT=420≤40',
    ]);
  });

  it('reads no value from the points of a score, "an elevated serum IgG level (+3)"', () => {
    expect(labsOf('She had an elevated serum IgG level (+3).')).toEqual(['IgG= elevated']);
  });
});

describe('results joined by "with", "seronegative for", and an exception with a degree', () => {
  it('keeps each antibody’s own result', () => {
    expect(antibodiesOf('Tests showed a positive anti-MDA5, with anti-Ro52 negative.')).toEqual([
      'MDA5=positive',
      'Ro52=negative',
    ]);
    expect(antibodiesOf('A positive anti-NXP2 with negative anti-TIF1-γ was found.')).toEqual([
      'NXP2=positive',
      'TIF1-gamma=negative',
    ]);
    expect(antibodiesOf('She was seropositive for anti-HMGCR and seronegative for anti-SRP.')).toEqual([
      'HMGCR=positive',
      'SRP=negative',
    ]);
  });

  it('gives a weakly positive exception its result and the rest after its comma theirs', () => {
    expect(
      antibodiesOf(
        'Apart from a weakly positive anti-Ro52, the wider panel (including NXP2 and MDA5) was negative.',
      ),
    ).toEqual(['MDA5=negative', 'NXP2=negative', 'Ro52=positive']);
    expect(antibodiesOf('Other than anti-PL-7, the myositis-specific antibodies were negative.')).toEqual([
      'PL-7=positive',
      'myositis antibody panel=negative',
    ]);
  });
});

describe('the myositis’s own age and diagnosis beside a cancer', () => {
  it('does not date a cancer by the age at which the myositis was diagnosed, nor call it a cancer before', () => {
    const c = cancerTimesOf(
      'She had been diagnosed with dermatomyositis at the age of 20 and was now found to have an ovarian cancer.',
    );
    expect(c).not.toContainEqual(['ovary', -456]);
    expect(c).not.toContainEqual(['ovary', 'before']);
    // control: each age in its own clause
    expect(cancerTimesOf('Breast cancer was diagnosed at age 50 and dermatomyositis at age 55.')).toEqual([
      ['breast', -60],
    ]);
  });

  it('reads "symptoms started 10 months back with fever and rash"', () => {
    expect(onsetOf('Symptoms started 10 months back with fever and rash.')).toBe(10);
  });
});

describe('a troponin limit below one, and index levels in a comma list', () => {
  it('reads "(reference < 0.014 ng/mL)" as 0.014, not 14', () => {
    expect(limitsOf('Troponin T was 0.45 ng/mL (reference < 0.014 ng/mL).')).toEqual([
      'troponin T=0.45≤0.014',
    ]);
  });

  it('gives each antibody of "Anti-MDA5 Ab 150 index (<32), anti-TIF1-γ Ab 3 index (<32)" its own result', () => {
    expect(antibodiesOf('Anti-MDA5 Ab 150 index (<32), anti-TIF1-γ Ab 3 index (<32).')).toEqual([
      'MDA5=positive',
      'TIF1-gamma=negative',
    ]);
  });
});

describe('a time that is the myositis’s own', () => {
  it('does not date a cancer by "diagnosed with dermatomyositis 7 years earlier and … then diagnosed with" it', () => {
    expect(
      cancerTimesOf(
        'She had been diagnosed with dermatomyositis 7 years earlier and was then diagnosed with a cholangiocarcinoma.',
      ),
    ).not.toContainEqual(['bile duct', -84]);
    // control
    expect(
      cancerTimesOf(
        'She had been treated for breast cancer 10 years earlier and now presented with dermatomyositis.',
      ),
    ).toEqual([['breast', -120]]);
  });
});

describe('a work-up called a study', () => {
  it('reads the case sentences "The study of myositis antibodies was positive for …" and "the study for occult neoplasia revealed …"', () => {
    expect(antibodiesOf('The study of myositis antibodies was positive for anti-TIF1γ.')).toEqual([
      'TIF1-gamma=positive',
    ]);
    expect(cancerTimesOf('The study for an occult neoplasia revealed a gastric adenocarcinoma.').length).toBe(
      1,
    );
    // control: a study of patients stays a cohort
    expect(antibodiesOf('In a study of 40 patients, anti-TIF1γ antibodies were found in 20.')).toEqual([]);
  });
});
