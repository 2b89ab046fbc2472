/**
 * Describe blocks that each test several field groups at once, from constructions of published abstracts, posters
 * and journal pages written again in the project's words; they stay whole here because a describe block moves as
 * one. Each construction has its control.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase, patientsDescribed } from '../extract.js';
import {
  antibodiesAfterTitle,
  cancerOffsetsAfterTitle,
  cancerOrdersAfterTitle,
  findingsAfterTitle,
  labsAfterTitle,
  onsetAfterTitle,
  readAfterTitle,
  readingsAfterTitle,
  readingsOrValuesAfterTitle,
  studiesAfterTitle,
  upperLimitsAfterTitle,
} from './__fixtures__/helpers.js';

describe('round five: a failed treatment, a denied form, limits and units', () => {
  it('"after a lack of response to methotrexate, with worsening weakness" denies nothing', () => {
    expect(
      findingsAfterTitle(
        'She was referred after a lack of response to methotrexate, with progressive proximal muscle weakness.',
      ),
    ).toEqual({ 'proximal-weakness-upper': 'present', 'proximal-weakness-lower': 'present' });
  });
  it('control: "a lack of muscle weakness" still denies it', () => {
    expect(findingsAfterTitle('There was a lack of muscle weakness.')).toMatchObject({
      'proximal-weakness-upper': 'absent',
    });
  });
  it('"no rapidly progressive interstitial lung disease" leaves the lung disease open', () => {
    expect(findingsAfterTitle('She had no rapidly progressive interstitial lung disease.')).toEqual({});
    expect(findingsAfterTitle('She had no interstitial lung disease.')).toEqual({
      'interstitial-lung-disease': 'absent',
    });
  });
  it('"[upper limit of normal (ULN)=190 U/L]" is the CK’s upper limit', () => {
    expect(upperLimitsAfterTitle('Her CK was 5120 U/L [upper limit of normal (ULN)=190 U/L].')).toEqual([
      'CK 5120 (ULN 190)',
    ]);
  });
  it('"7.6gr/dl": grams written "gr"', () => {
    expect(labsAfterTitle('Haemoglobin 7.6gr/dl.')).toEqual(['haemoglobin 7.6 g/dL']);
  });
  it('"anaemia (haemoglobin 9.3 g/dL)" keeps the low reading beside the value', () => {
    expect(
      readAfterTitle('Tests revealed anaemia (haemoglobin 9.3 g/dL).').labs.map((l) => l.interpretation),
    ).toEqual(['low']);
  });
});

describe('round six: poster headings and plain names', () => {
  it('"Case Information:" after an introduction opens the case', () => {
    const c = extractCase(
      'Antisynthetase syndrome: a poster\n\nIntroduction: The syndrome is rare. Case Information: A 50 year-old man was febrile with arthralgia. His CPK was 900 U/L.',
    ).case;
    expect(c.patient).toMatchObject({ age: 50, sex: 'male' });
    expect(c.labs.map((l) => l.value)).toEqual([900]);
  });
  it('"lactic acid dehydrogenase" is LDH, and the CK after it in the list is kept', () => {
    expect(
      readingsAfterTitle(
        'Labs showed raised ESR, CRP, lactic acid dehydrogenase, and creatine phosphokinase.',
      ),
    ).toEqual(['ESR elevated', 'CRP elevated', 'LDH elevated', 'CK elevated']);
  });
  it('"reticular interstitial disease" on a chest film is interstitial lung disease', () => {
    expect(findingsAfterTitle('A chest film showed reticular interstitial disease.')).toEqual({
      'interstitial-lung-disease': 'present',
    });
  });
  it('"ulcerating skin lesions" are skin ulceration', () => {
    expect(findingsAfterTitle('He had ulcerating skin lesions over both elbows.')).toEqual({
      'skin-ulceration': 'present',
    });
  });
});

describe('round seven: a side word of another sign, a result noun before the antibody', () => {
  it('"bilateral lower extremity oedema and proximal muscle weakness" is no symmetric weakness', () => {
    expect(
      findingsAfterTitle('She had bilateral lower extremity edema and proximal muscle weakness.'),
    ).not.toHaveProperty('symmetric-weakness');
  });
  it('control: "bilateral lower extremity weakness" is symmetric', () => {
    expect(findingsAfterTitle('She had bilateral lower extremity weakness.')).toMatchObject({
      'symmetric-weakness': 'present',
    });
  });
  it('"the panel returned positive findings of anti-PL-7" is PL-7 positive', () => {
    expect(
      antibodiesAfterTitle('The myositis panel returned positive findings of anti-PL-7 antibody.'),
    ).toEqual({
      'PL-7': 'positive',
    });
  });
  it('"positive results for anti-Jo-1 and anti-Ro52"', () => {
    expect(antibodiesAfterTitle('The panel showed positive results for anti-Jo-1 and anti-Ro52.')).toEqual({
      'Jo-1': 'positive',
      Ro52: 'positive',
    });
  });
});

describe('round eight: older abstracts', () => {
  it('"1.5 x 10(9)/L": the power of ten in brackets', () => {
    expect(labsAfterTitle('Neutrophils were 12.4 x 10(9)/L.')).toEqual(['neutrophils 12.4 10*9/L']);
  });
  it('"difficulty in deglutition" is dysphagia', () => {
    expect(findingsAfterTitle('He had difficulty in deglutition for a week.')).toEqual({
      dysphagia: 'present',
    });
  });
  it('"adenocarcinomas in both ovaries" at post-mortem is a cancer (the plural gave none)', () => {
    expect(
      extractCase(
        'Dermatomyositis and ovarian cancer\n\nA 71-year-old woman with dermatomyositis died; a post-mortem examination showed adenocarcinomas in both ovaries.',
      ).case.cancers.map((c) => [c.histology, c.site]),
    ).toEqual([['adenocarcinoma', 'ovary']]);
  });
  it('"two of her sisters had died of Hodgkin’s disease" is the sisters’ cancer, not the patient’s', () => {
    const c = readAfterTitle('She had polymyositis. Two of her sisters had died of Hodgkin’s disease.');
    expect(c.cancers).toEqual([]);
    expect(c.patient.familyHistoryOfCancer).toBe('yes');
  });
  it('a title that counts its cases ("…: report of two cases") tells several patients', () => {
    expect(
      patientsDescribed('Thymoma and polymyositis: report of two cases\n\nA 40-year-old woman had weakness.'),
    ).toBe(2);
    expect(patientsDescribed('Dermatomyositis and cancer: three cases\n\nThe first was a man.')).toBe(3);
  });
  it('control: a one-line text has no title to count from', () => {
    expect(
      patientsDescribed('A 54-year-old man had a rash. Three cases of this kind were reported before.'),
    ).toBe(1);
  });
});

describe('round nine: dermatology and European abstracts', () => {
  it('"the arms had normal power; the legs showed proximal weakness": the arms are not weak', () => {
    expect(
      findingsAfterTitle('The arms had normal power; the legs showed bilateral proximal weakness.'),
    ).toMatchObject({
      'proximal-weakness-upper': 'absent',
      'proximal-weakness-lower': 'present',
    });
  });
  it('"anti-NPX2" (letters swapped) is NXP2', () => {
    expect(antibodiesAfterTitle('She had dermatomyositis with anti-NPX2 antibodies.')).toEqual({
      NXP2: 'positive',
    });
  });
  it('"autoimmune antibody tests were negative" is a negative screen', () => {
    expect(antibodiesAfterTitle('Autoimmune antibody tests were negative.')).toEqual({
      'autoantibody screen': 'negative',
    });
  });
  it('"a shave biopsy … showed vacuolar interface change" is a skin biopsy', () => {
    expect(
      readAfterTitle('A shave biopsy of a scaly plaque on the back showed vacuolar interface change.')
        .skinBiopsy,
    ).toMatchObject({
      performed: 'done',
      conclusion: 'interface-dermatitis',
    });
  });
  it('a definition whose relative clause names "a patient" gives this patient nothing', () => {
    expect(
      extractCase(
        'Bullous dermatomyositis\n\nBullous dermatomyositis is an uncommon illness marked by girdle weakness and skin blisters which appear in a patient with a tumour. We report a 60-year-old woman.',
      ).case.findings,
    ).toEqual([]);
  });
});

describe('round eleven: ages, spellings and a virus’s DNA', () => {
  const age = (text: string) => extractCase(`Juvenile dermatomyositis\n\n${text}`).case.patient.age;
  it('"a 2 years and 11 months old girl" is 2 (was read as 0)', () => {
    expect(age('A 2 years and 11 months old girl was seen.')).toBe(2);
  });
  it('"a 3.4-year-old girl" and "age 14.6 years" are completed years', () => {
    expect(age('A 3.4-year-old girl was seen.')).toBe(3);
    expect(age('A girl age 14.6 years was seen.')).toBe(14);
  });
  it('"HMGCoA reductase antibodies" and "anti-PM75"', () => {
    expect(antibodiesAfterTitle('HMGCoA reductase antibodies were positive.')).toEqual({ HMGCR: 'positive' });
    expect(antibodiesAfterTitle('The extended panel was positive for anti-PM75.')).toEqual({
      'PM-Scl': 'positive',
    });
  });
  it('"CMV-DNA copy number was increased" is no anti-dsDNA', () => {
    expect(antibodiesAfterTitle('Her cytomegalovirus (CMV)-DNA load had risen.')).toEqual({});
  });
  it('control: "negative ANA, DNA and ENA" keeps the DNA antibody', () => {
    expect(antibodiesAfterTitle('Serology showed negative ANA, DNA and ENA.')).toMatchObject({
      dsDNA: 'negative',
    });
  });
  it('"aspartate transferase" is AST', () => {
    expect(labsAfterTitle('Aspartate transferase was 120 U/L.')).toEqual(['AST 120 U/L']);
  });
  it('"given without improvement in muscle weakness" denies no weakness', () => {
    expect(
      findingsAfterTitle('Plasma exchange was given without improvement in muscle weakness.'),
    ).not.toMatchObject({
      'proximal-weakness-upper': 'absent',
    });
  });
});

describe('older names and offered readings', () => {
  it('"Rose-Waaler" is a rheumatoid factor', () => {
    expect(antibodiesAfterTitle('The Rose-Waaler test was positive at 1/256.')).toEqual({ RF: 'positive' });
  });
  it('"normal or low CK" states no reading', () => {
    expect(
      readingsOrValuesAfterTitle('Others had normal or low creatine kinase, and her CK was 90 U/L.'),
    ).toEqual(['CK 90']);
  });
  it('"thymoma-associated antibodies" name no thymoma', () => {
    expect(
      cancerOffsetsAfterTitle('Thymoma-associated antibodies were found, but CT showed no thymoma.'),
    ).toEqual([]);
  });
  it('control: "ovarian cancer-associated dermatomyositis" names the patient’s cancer', () => {
    expect(
      readAfterTitle('She had ovarian cancer-associated dermatomyositis.').cancers.map((k) => k.site),
    ).toEqual(['ovary']);
  });
});

describe('more constructions of the fourth round', () => {
  it('"HER-2" is a receptor, not a pronoun', () => {
    const c = extractCase(
      'Gastric cancer: a case report\n\nA patient with gastric cancer was referred. HER-2 was positive and HER-2 directed therapy began. HER-2 was rechecked.',
    ).case;
    expect(c.patient.sex).toBe('unknown');
  });
  it('"Gottron sign and papules"', () => {
    expect(findingsAfterTitle('Gottron sign and papules were seen over both hands.')).toEqual({
      'gottron-sign': 'present',
      'gottron-papules': 'present',
    });
  });
  it('tumour markers spelled "CA-199" and "CA12-5"', () => {
    expect(labsAfterTitle('Serum CA-199 was 310 U/mL and CA12-5 was 95 U/mL.')).toEqual([
      'CA 19-9 310 U/mL',
      'CA-125 95 U/mL',
    ]);
  });
  it('"the myositis was accompanied by <cancer>" is concurrent', () => {
    expect(
      cancerOrdersAfterTitle('The myositis was accompanied by a metastatic gastric adenocarcinoma.'),
    ).toEqual(['concurrent']);
  });
  it('"tumour-infiltrating lymphocytes" name no tumour', () => {
    expect(
      cancerOffsetsAfterTitle(
        'Tumour-infiltrating T cells were PD-1 positive, unlike the skin-infiltrating T cells.',
      ),
    ).toEqual([]);
  });
  it('"positive results on ANA testing"', () => {
    expect(antibodiesAfterTitle('Her GP had found positive results on ANA screening.')).toEqual({
      ANA: 'positive',
    });
  });
  it('the antibody named after ", which was" is the one found', () => {
    expect(
      antibodiesAfterTitle('A single myositis antibody came back positive, which was anti-NXP2.'),
    ).toEqual({
      NXP2: 'positive',
    });
  });
  it('antibodies written with "-Ab" in brackets after "several antibodies"', () => {
    expect(antibodiesAfterTitle('Serology showed several antibodies (AChR-Ab, titin-Ab, RyR-Ab).')).toEqual({
      AChR: 'positive',
      titin: 'positive',
      'ryanodine receptor': 'positive',
    });
  });
  it('"In only 1 case (Case 1), …" is one member of a group', () => {
    expect(antibodiesAfterTitle('In only 1 case (Case 1), anti-Mi-2 was detected.')).toEqual({});
  });
  it('a figure legend in the present tense shows the patient', () => {
    const c = extractCase(
      'Case\n\nA 61-year-old woman was seen.\nFigure 2. Violaceous papules, characteristic of DM, are seen over the knuckles.',
    ).case;
    expect(c.findings.find((f) => f.id === 'gottron-papules')?.status).toBe('present');
  });
  it('ulcers placed on a skin site, and swelling over the eyes', () => {
    expect(findingsAfterTitle('Multiple ulcers appeared on her neck and groin.')).toEqual({
      'skin-ulceration': 'present',
    });
    expect(findingsAfterTitle('There was swelling over the eyes.')).toEqual({
      'periorbital-oedema': 'present',
    });
  });
  it('control: oral ulcers are not skin ulcers', () => {
    expect(findingsAfterTitle('He had oral ulcers on the palate.')).toEqual({});
  });
});

describe('the fifth round: markers, blots, asides and units', () => {
  it('"anti-HMG-CoA" without "reductase" is anti-HMGCR', () => {
    expect(antibodiesAfterTitle('She tested positive for anti-HMG-CoA antibodies.')).toEqual({
      HMGCR: 'positive',
    });
  });
  it('control: the enzyme named for a statin is no antibody', () => {
    expect(antibodiesAfterTitle('She took an HMG-CoA reductase inhibitor.')).toEqual({});
  });
  it('a study after "and" with its own verb is out of the reach of a denial before it', () => {
    expect(
      studiesAfterTitle(
        'The scan showed no evidence of a tumour and EMG studies were not supportive of myasthenia.',
      ).emg,
    ).toBe('unknown');
    expect(
      readAfterTitle('The scan showed no evidence of a tumour and EMG studies were unremarkable.').emg
        ?.performed,
    ).toBe('done');
  });
  it('"short, small polyphasic motor unit potentials" are myopathic', () => {
    expect(
      studiesAfterTitle('EMG showed fibrillations and short, small polyphasic motor unit potentials.').emg,
    ).toBe('myopathic');
  });
  it('"(normally < 40)" is an upper limit', () => {
    const [l] = readAfterTitle('Troponin I was 2,900 ng/L (normally < 40).').labs;
    expect([l?.value, l?.upperLimit]).toEqual([2900, 40]);
  });
  it('a participle aside between a lab and its value', () => {
    expect(labsAfterTitle('CK, measured a week after admission, was 812 U/L.')).toEqual(['CK 812 U/L']);
  });
  it('blood counts "× 10^9" without the litre', () => {
    expect(labsAfterTitle('Neutrophils 14.2 × 10^9 (2-7.5), platelets 388 × 10^9 (140-400).')).toEqual([
      'neutrophils 14.2 10*9/L',
      'platelets 388 10*9/L',
    ]);
  });
  it('PR3 and MPO named bare', () => {
    expect(
      antibodiesAfterTitle('Serology was negative for PR3, MPO and anticardiolipin antibodies.'),
    ).toEqual({
      'c-ANCA': 'negative',
      'p-ANCA': 'negative',
      anticardiolipin: 'negative',
    });
  });
  it('"painless" of another lesion is no denial of muscle pain', () => {
    expect(
      findingsAfterTitle('He had hip-girdle weakness and painless nodules in both groins.'),
    ).not.toHaveProperty('myalgia');
  });
  it('a pet is no PET scan', () => {
    expect(readAfterTitle('She had exposure to pet birds and rodents.').investigations).toEqual([]);
  });
  it('an antibody after an aside of how the sample was taken', () => {
    expect(
      antibodiesAfterTitle(
        'Anti-TIF1-γ antibody, measured in serum stored at the first visit to our hospital, was positive.',
      ),
    ).toEqual({ 'TIF1-gamma': 'positive' });
  });
  it('a blot band graded "(±)" is equivocal', () => {
    expect(antibodiesAfterTitle('Anti-SAE1 (±), anti-PL-12 (−).')).toEqual({
      SAE: 'equivocal',
      'PL-12': 'negative',
    });
  });
  it('"SCC" with a value is the tumour marker, not a squamous cell carcinoma', () => {
    const c = readAfterTitle('Tumour markers: CEA 4.1 ng/mL, SCC 3.2 ng/mL.');
    expect([c.labs.map((l) => l.analyte), c.cancers]).toEqual([['CEA', 'SCC antigen'], []]);
  });
  it('control: a squamous cell carcinoma on biopsy', () => {
    expect(cancerOffsetsAfterTitle('Biopsy of the lung mass showed SCC.')).toEqual([
      'squamous cell carcinoma',
    ]);
  });
});

describe('the fifth round, continued', () => {
  it('antibodies that confirmed a diagnosis were found', () => {
    expect(antibodiesAfterTitle('The diagnosis was confirmed by anti-HMGCR antibodies.')).toEqual({
      HMGCR: 'positive',
    });
    expect(antibodiesAfterTitle('The diagnosis was not confirmed by anti-Jo-1 antibodies.')).toEqual({});
  });
  it('"periorbital oedema and erythema" is a heliotrope rash too', () => {
    expect(findingsAfterTitle('She had periorbital oedema and erythema.')).toEqual({
      'heliotrope-rash': 'present',
      'periorbital-oedema': 'present',
    });
  });
  it('"endomysial and perimysial inflammatory infiltrates" give both items; "regenerated fibers"', () => {
    expect(
      readAfterTitle('Muscle biopsy revealed endomysial and perimysial inflammatory infiltrates.')
        .muscleBiopsy?.features,
    ).toEqual({ endomysialInfiltrate: 'present', perimysialPerivascularInfiltrate: 'present' });
    expect(
      readAfterTitle('Muscle biopsy showed a perimysial inflammatory cell infiltrate and regenerated fibers.')
        .muscleBiopsy?.features,
    ).toEqual({ perimysialPerivascularInfiltrate: 'present', regeneration: 'present' });
  });
  it('inverse Gottron papules on the palms are not Gottron papules', () => {
    expect(
      findingsAfterTitle(
        'There were no Gottron papules, but inverse Gottron papules were seen on the palms.',
      ),
    ).toEqual({
      'gottron-papules': 'absent',
    });
  });
  it('a checkpoint inhibitor "started" for the cancer, and an interval counted from its first dose', () => {
    expect(
      cancerOrdersAfterTitle(
        'A woman with metastatic melanoma began nivolumab; ten days after the first dose she became weak.',
      ),
    ).toEqual(['before']);
  });
  it('short synthetase names in a list after other antibodies', () => {
    expect(antibodiesAfterTitle('Anti-PL-12, EJ and KS antibodies were not found.')).toMatchObject({
      KS: 'negative',
    });
    expect(antibodiesAfterTitle('KS was positive.')).toEqual({});
  });
});

describe('the sixth round: regional journals, images and quizzes', () => {
  it('a cancer whose name implies its site is not merged into a cancer of another site', () => {
    expect(
      cancerOffsetsAfterTitle(
        'A breast carcinoma had been treated in 2012. Later a small cell lung cancer was found.',
      ),
    ).toEqual(['carcinoma', 'small cell carcinoma']);
  });
  it('a find of now ends the reach of "a history of"', () => {
    expect(
      cancerOrdersAfterTitle(
        'He had a history of prostate cancer and was found to have a small cell lung carcinoma, at the time of his myositis diagnosis.',
      ),
    ).toEqual(['before', 'concurrent']);
  });
  it('how long the patient had lived somewhere is no onset', () => {
    expect(
      onsetAfterTitle(
        'A 52-year-old man, who had lived in Portugal for the last four years, presented with five days of leg weakness.',
      ),
    ).toBe('-5 day');
  });
  it('eyelids a redness spared are no heliotrope rash', () => {
    expect(findingsAfterTitle('Her facial redness spared the eyelids.')).toEqual({});
  });
  it('dysphagia, weight loss and signs written in other words', () => {
    expect(findingsAfterTitle('She had difficulty in breathing and swallowing.')).toEqual({
      dysphagia: 'present',
    });
    expect(findingsAfterTitle('He lost his appetite and weight.')).toEqual({ 'weight-loss': 'present' });
    expect(findingsAfterTitle('She had Reynaud phenomenon and a mechanics hand.')).toEqual({
      'mechanics-hands': 'present',
      'raynaud-phenomenon': 'present',
    });
  });
  it('South Asian units: "gm%", "mg%" and lakhs per cubic millimetre', () => {
    expect(labsAfterTitle('Hb 11.2 gm%, platelets 2.4 lakh/cumm, S. creatinine 0.8 mg%.')).toEqual([
      'haemoglobin 11.2 g/dL',
      'platelets 2.4 10*5/uL',
      'creatinine 0.8 mg/dL',
    ]);
  });
});

describe('the sixth round, continued', () => {
  it('a clause with its own possessive subject after "and" is out of a denial’s reach', () => {
    expect(
      findingsAfterTitle('The patient lacks signs of neuropathy and his proximal weakness favours myositis.'),
    ).toMatchObject({
      'proximal-weakness-upper': 'present',
      'proximal-weakness-lower': 'present',
    });
  });
  it('"aged about 55 years"', () => {
    expect(
      extractCase('Case\n\nA farmer, aged about 55 years, presented with weakness.').case.patient.age,
    ).toBe(55);
  });
  it('a rash on the chest "in a V shape", and red nail folds', () => {
    expect(findingsAfterTitle('A violaceous rash covered her upper chest in a V shape.')).toEqual({
      'v-sign': 'present',
    });
    expect(findingsAfterTitle('Her nail folds were red and puffy.')).toEqual({
      'periungual-changes': 'present',
    });
  });
});

describe('the sixth round, last', () => {
  it('the patient’s own "she developed" ends an earlier denial', () => {
    expect(
      findingsAfterTitle(
        'Though at the start there was no muscle weakness, within ten days she developed proximal weakness.',
      ),
    ).toEqual({ 'proximal-weakness-upper': 'present', 'proximal-weakness-lower': 'present' });
  });
  it('"this study deals with two cases"', () => {
    expect(
      patientsDescribed('Necrotising myositis\n\nThis study deals with two cases of anti-SRP disease.'),
    ).toBe(2);
  });
  it('"photo distributed erythema"', () => {
    expect(findingsAfterTitle('There was photo distributed erythema on the arms.')).toEqual({
      'photosensitive-rash': 'present',
    });
  });
});
