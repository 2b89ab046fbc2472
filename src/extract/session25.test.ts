/**
 * Readings fixed in session 25 (issue 12): constructions of published text outside the corpus, each written here
 * as a sentence of this file, with a control the fix must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase, patientsDescribed } from './extract.js';

/** The case read after a title and a neutral opening sentence (no sentence under test is the title). */
const read = (text: string) =>
  extractCase(`Myositis: a case report\n\nA 58-year-old patient was seen in clinic. ${text}`).case;

/** Each lab as "analyte comparator+value unit". */
const labs = (text: string) =>
  read(text).labs.map((l) => `${l.analyte} ${l.comparator ?? ''}${l.value ?? ''} ${l.unit ?? ''}`.trim());

/** Each cancer as "histology relation offset unit". */
const cancers = (text: string) =>
  read(text).cancers.map((k) => {
    const d = typeof k.diagnosisDate === 'object' ? k.diagnosisDate : undefined;
    return [k.histology ?? k.site, d?.offset ?? '', d?.unit ?? ''].join(' ').trim();
  });

/** Each lab as "analyte interpretation" (the reading without a value). */
const readings = (text: string) => read(text).labs.map((l) => `${l.analyte} ${l.interpretation ?? l.value}`);

/** Antibody target → result. */
const antibodies = (text: string) =>
  Object.fromEntries(read(text).antibodies.map((a) => [a.target, a.result] as const));

/** Each cancer's order against the myositis ("before", "after", "concurrent"; a dated one by its sign). */
const order = (text: string) =>
  read(text).cancers.map((k) => {
    const d = typeof k.diagnosisDate === 'object' ? k.diagnosisDate : undefined;
    if (d) return d.offset < 0 ? 'before' : d.offset > 0 ? 'after' : 'concurrent';
    return k.relationToMyositis ?? 'open';
  });

/** The symptom onset as "offset unit" (months or years before the presentation), or null. */
const onset = (text: string) => {
  const o = read(text).dates?.symptomOnset;
  return typeof o === 'object' ? `${o.offset} ${o.unit}` : null;
};

/** Finding id → status. */
const findings = (text: string) =>
  Object.fromEntries(read(text).findings.map((f) => [f.id, f.status] as const));

/** The case's EMG reading and muscle-biopsy conclusion. */
const studies = (text: string) => {
  const c = read(text);
  return { emg: c.emg?.interpretation, biopsy: c.muscleBiopsy?.conclusion };
};

describe('older names and offered readings', () => {
  it('"Rose-Waaler" is a rheumatoid factor', () => {
    expect(antibodies('The Rose-Waaler test was positive at 1/256.')).toEqual({ RF: 'positive' });
  });
  it('"normal or low CK" states no reading', () => {
    expect(readings('Others had normal or low creatine kinase, and her CK was 90 U/L.')).toEqual(['CK 90']);
  });
  it('"thymoma-associated antibodies" name no thymoma', () => {
    expect(cancers('Thymoma-associated antibodies were found, but CT showed no thymoma.')).toEqual([]);
  });
  it('control: "ovarian cancer-associated dermatomyositis" names the patient’s cancer', () => {
    expect(read('She had ovarian cancer-associated dermatomyositis.').cancers.map((k) => k.site)).toEqual([
      'ovary',
    ]);
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
    expect(findings('Gottron sign and papules were seen over both hands.')).toEqual({
      'gottron-sign': 'present',
      'gottron-papules': 'present',
    });
  });
  it('tumour markers spelled "CA-199" and "CA12-5"', () => {
    expect(labs('Serum CA-199 was 310 U/mL and CA12-5 was 95 U/mL.')).toEqual([
      'CA 19-9 310 U/mL',
      'CA-125 95 U/mL',
    ]);
  });
  it('"the myositis was accompanied by <cancer>" is concurrent', () => {
    expect(order('The myositis was accompanied by a metastatic gastric adenocarcinoma.')).toEqual([
      'concurrent',
    ]);
  });
  it('"tumour-infiltrating lymphocytes" name no tumour', () => {
    expect(
      cancers('Tumour-infiltrating T cells were PD-1 positive, unlike the skin-infiltrating T cells.'),
    ).toEqual([]);
  });
  it('"positive results on ANA testing"', () => {
    expect(antibodies('Her GP had found positive results on ANA screening.')).toEqual({
      ANA: 'positive',
    });
  });
  it('the antibody named after ", which was" is the one found', () => {
    expect(antibodies('A single myositis antibody came back positive, which was anti-NXP2.')).toEqual({
      NXP2: 'positive',
    });
  });
  it('antibodies written with "-Ab" in brackets after "several antibodies"', () => {
    expect(antibodies('Serology showed several antibodies (AChR-Ab, titin-Ab, RyR-Ab).')).toEqual({
      AChR: 'positive',
      titin: 'positive',
      'ryanodine receptor': 'positive',
    });
  });
  it('"In only 1 case (Case 1), …" is one member of a group', () => {
    expect(antibodies('In only 1 case (Case 1), anti-Mi-2 was detected.')).toEqual({});
  });
  it('a figure legend in the present tense shows the patient', () => {
    const c = extractCase(
      'Case\n\nA 61-year-old woman was seen.\nFigure 2. Violaceous papules, characteristic of DM, are seen over the knuckles.',
    ).case;
    expect(c.findings.find((f) => f.id === 'gottron-papules')?.status).toBe('present');
  });
  it('ulcers placed on a skin site, and swelling over the eyes', () => {
    expect(findings('Multiple ulcers appeared on her neck and groin.')).toEqual({
      'skin-ulceration': 'present',
    });
    expect(findings('There was swelling over the eyes.')).toEqual({ 'periorbital-oedema': 'present' });
  });
  it('control: oral ulcers are not skin ulcers', () => {
    expect(findings('He had oral ulcers on the palate.')).toEqual({});
  });
});

describe('the fifth round: markers, blots, asides and units', () => {
  it('"anti-HMG-CoA" without "reductase" is anti-HMGCR', () => {
    expect(antibodies('She tested positive for anti-HMG-CoA antibodies.')).toEqual({ HMGCR: 'positive' });
  });
  it('control: the enzyme named for a statin is no antibody', () => {
    expect(antibodies('She took an HMG-CoA reductase inhibitor.')).toEqual({});
  });
  it('a study after "and" with its own verb is out of the reach of a denial before it', () => {
    expect(
      studies('The scan showed no evidence of a tumour and EMG studies were not supportive of myasthenia.')
        .emg,
    ).toBe('unknown');
    expect(
      read('The scan showed no evidence of a tumour and EMG studies were unremarkable.').emg?.performed,
    ).toBe('done');
  });
  it('"short, small polyphasic motor unit potentials" are myopathic', () => {
    expect(studies('EMG showed fibrillations and short, small polyphasic motor unit potentials.').emg).toBe(
      'myopathic',
    );
  });
  it('"(normally < 40)" is an upper limit', () => {
    const [l] = read('Troponin I was 2,900 ng/L (normally < 40).').labs;
    expect([l?.value, l?.upperLimit]).toEqual([2900, 40]);
  });
  it('a participle aside between a lab and its value', () => {
    expect(labs('CK, measured a week after admission, was 812 U/L.')).toEqual(['CK 812 U/L']);
  });
  it('blood counts "× 10^9" without the litre', () => {
    expect(labs('Neutrophils 14.2 × 10^9 (2-7.5), platelets 388 × 10^9 (140-400).')).toEqual([
      'neutrophils 14.2 10*9/L',
      'platelets 388 10*9/L',
    ]);
  });
  it('PR3 and MPO named bare', () => {
    expect(antibodies('Serology was negative for PR3, MPO and anticardiolipin antibodies.')).toEqual({
      'c-ANCA': 'negative',
      'p-ANCA': 'negative',
      anticardiolipin: 'negative',
    });
  });
  it('"painless" of another lesion is no denial of muscle pain', () => {
    expect(findings('He had hip-girdle weakness and painless nodules in both groins.')).not.toHaveProperty(
      'myalgia',
    );
  });
  it('a pet is no PET scan', () => {
    expect(read('She had exposure to pet birds and rodents.').investigations).toEqual([]);
  });
  it('an antibody after an aside of how the sample was taken', () => {
    expect(
      antibodies(
        'Anti-TIF1-γ antibody, measured in serum stored at the first visit to our hospital, was positive.',
      ),
    ).toEqual({ 'TIF1-gamma': 'positive' });
  });
  it('a blot band graded "(±)" is equivocal', () => {
    expect(antibodies('Anti-SAE1 (±), anti-PL-12 (−).')).toEqual({ SAE: 'equivocal', 'PL-12': 'negative' });
  });
  it('"SCC" with a value is the tumour marker, not a squamous cell carcinoma', () => {
    const c = read('Tumour markers: CEA 4.1 ng/mL, SCC 3.2 ng/mL.');
    expect([c.labs.map((l) => l.analyte), c.cancers]).toEqual([['CEA', 'SCC antigen'], []]);
  });
  it('control: a squamous cell carcinoma on biopsy', () => {
    expect(cancers('Biopsy of the lung mass showed SCC.')).toEqual(['squamous cell carcinoma']);
  });
});

describe('the fifth round, continued', () => {
  it('antibodies that confirmed a diagnosis were found', () => {
    expect(antibodies('The diagnosis was confirmed by anti-HMGCR antibodies.')).toEqual({
      HMGCR: 'positive',
    });
    expect(antibodies('The diagnosis was not confirmed by anti-Jo-1 antibodies.')).toEqual({});
  });
  it('"periorbital oedema and erythema" is a heliotrope rash too', () => {
    expect(findings('She had periorbital oedema and erythema.')).toEqual({
      'heliotrope-rash': 'present',
      'periorbital-oedema': 'present',
    });
  });
  it('"endomysial and perimysial inflammatory infiltrates" give both items; "regenerated fibers"', () => {
    expect(
      read('Muscle biopsy revealed endomysial and perimysial inflammatory infiltrates.').muscleBiopsy
        ?.features,
    ).toEqual({ endomysialInfiltrate: 'present', perimysialPerivascularInfiltrate: 'present' });
    expect(
      read('Muscle biopsy showed a perimysial inflammatory cell infiltrate and regenerated fibers.')
        .muscleBiopsy?.features,
    ).toEqual({ perimysialPerivascularInfiltrate: 'present', regeneration: 'present' });
  });
  it('inverse Gottron papules on the palms are not Gottron papules', () => {
    expect(
      findings('There were no Gottron papules, but inverse Gottron papules were seen on the palms.'),
    ).toEqual({
      'gottron-papules': 'absent',
    });
  });
  it('a checkpoint inhibitor "started" for the cancer, and an interval counted from its first dose', () => {
    expect(
      order(
        'A woman with metastatic melanoma began nivolumab; ten days after the first dose she became weak.',
      ),
    ).toEqual(['before']);
  });
  it('short synthetase names in a list after other antibodies', () => {
    expect(antibodies('Anti-PL-12, EJ and KS antibodies were not found.')).toMatchObject({
      KS: 'negative',
    });
    expect(antibodies('KS was positive.')).toEqual({});
  });
});

describe('the sixth round: regional journals, images and quizzes', () => {
  it('a cancer whose name implies its site is not merged into a cancer of another site', () => {
    expect(
      cancers('A breast carcinoma had been treated in 2012. Later a small cell lung cancer was found.'),
    ).toEqual(['carcinoma', 'small cell carcinoma']);
  });
  it('a find of now ends the reach of "a history of"', () => {
    expect(
      order(
        'He had a history of prostate cancer and was found to have a small cell lung carcinoma, at the time of his myositis diagnosis.',
      ),
    ).toEqual(['before', 'concurrent']);
  });
  it('how long the patient had lived somewhere is no onset', () => {
    expect(
      onset(
        'A 52-year-old man, who had lived in Portugal for the last four years, presented with five days of leg weakness.',
      ),
    ).toBe('-5 day');
  });
  it('eyelids a redness spared are no heliotrope rash', () => {
    expect(findings('Her facial redness spared the eyelids.')).toEqual({});
  });
  it('dysphagia, weight loss and signs written in other words', () => {
    expect(findings('She had difficulty in breathing and swallowing.')).toEqual({ dysphagia: 'present' });
    expect(findings('He lost his appetite and weight.')).toEqual({ 'weight-loss': 'present' });
    expect(findings('She had Reynaud phenomenon and a mechanics hand.')).toEqual({
      'mechanics-hands': 'present',
      'raynaud-phenomenon': 'present',
    });
  });
  it('South Asian units: "gm%", "mg%" and lakhs per cubic millimetre', () => {
    expect(labs('Hb 11.2 gm%, platelets 2.4 lakh/cumm, S. creatinine 0.8 mg%.')).toEqual([
      'haemoglobin 11.2 g/dL',
      'platelets 2.4 10*5/uL',
      'creatinine 0.8 mg/dL',
    ]);
  });
});

describe('the sixth round, continued', () => {
  it('a clause with its own possessive subject after "and" is out of a denial’s reach', () => {
    expect(
      findings('The patient lacks signs of neuropathy and his proximal weakness favours myositis.'),
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
    expect(findings('A violaceous rash covered her upper chest in a V shape.')).toEqual({
      'v-sign': 'present',
    });
    expect(findings('Her nail folds were red and puffy.')).toEqual({ 'periungual-changes': 'present' });
  });
});

describe('the sixth round, last', () => {
  it('the patient’s own "she developed" ends an earlier denial', () => {
    expect(
      findings(
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
    expect(findings('There was photo distributed erythema on the arms.')).toEqual({
      'photosensitive-rash': 'present',
    });
  });
});
