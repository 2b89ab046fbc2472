/**
 * Readings fixed in session 26 (issue 12): constructions of published text outside the corpus and of the
 * development half, each written here as a sentence of this file, with a control the fix must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

/** The case read after a title and a neutral opening sentence (no sentence under test is the title). */
const read = (text: string) =>
  extractCase(`Myositis: a case report\n\nA 58-year-old patient was seen in clinic. ${text}`).case;

/** Each lab as "analyte comparator+value unit". */
const labs = (text: string) =>
  read(text).labs.map((l) => `${l.analyte} ${l.comparator ?? ''}${l.value ?? ''} ${l.unit ?? ''}`.trim());

/** The onset, as "offset unit", read from a text with a title. */
const onset = (text: string) => {
  const o = extractCase(`Myositis: a case report\n\n${text}`).case.dates?.symptomOnset;
  return o && typeof o === 'object' && 'offset' in o ? `${o.offset} ${o.unit}` : null;
};

/** Each finding as "id=status". */
const findings = (text: string) => read(text).findings.map((f) => `${f.id}=${f.status}`);
/** Each antibody as "target=result". */
const antibodies = (text: string) => read(text).antibodies.map((a) => `${a.target}=${a.result}`);

describe('third batch: clauses, families, study variables, checkpoint intervals', () => {
  it('an analyte with its own copula takes its own reading ("CRP was elevated and albumin was decreased")', () => {
    const c = read('CRP was elevated and albumin was decreased.');
    expect(c.labs.map((l) => `${l.analyte} ${l.interpretation}`)).toEqual(['CRP elevated', 'albumin low']);
  });
  it('"positive for ANA, but also anticentromere antibodies, and negative for …": the list after "but also" is positive', () => {
    expect(
      antibodies(
        'She is positive for ANA, but also anticentromere antibodies, and negative for other antibodies.',
      ),
    ).toEqual(['ANA=positive', 'centromere=positive']);
  });
  it('an enzyme named after a cancer is no cancer ("anaplastic lymphoma kinase")', () => {
    expect(read('ALK (anaplastic lymphoma kinase) was tested on the biopsy.').cancers).toEqual([]);
  });
  it('"arthromyalgia" is muscle pain; "proximal muscle deficiency" is weakness', () => {
    expect(findings('She complained of arthromyalgia.')).toEqual(['myalgia=present']);
    expect(findings('He had proximal muscle deficiency.')).toEqual([
      'proximal-weakness-upper=present',
      'proximal-weakness-lower=present',
    ]);
    expect(findings('Vitamin D deficiency was found.')).toEqual([]);
  });
  it('a denial reaches across a long list of short bare items', () => {
    expect(
      findings(
        'He had no cough, night pain, visual change, tingling, bladder trouble, fevers, chest pain, sweats, hair loss, mouth ulcers, myalgia or joint pain.',
      ),
    ).toEqual(['fever=absent', 'myalgia=absent', 'arthralgia=absent']);
  });
  it('"… colon cancer in her grandfather" is the family’s', () => {
    const c = read('She reports no family history apart from colon cancer in her grandfather.');
    expect(c.cancers).toEqual([]);
    expect(c.patient.familyHistoryOfCancer).toBe('yes');
  });
  it('a meeting abstract’s "Design/Methods:" tells the case', () => {
    const c = extractCase(
      'Ocular myositis on nivolumab\n\nObjective: To describe a case. Background: Checkpoint inhibitors cause myositis. Design/Methods: A 64-year-old woman developed ptosis and proximal weakness three weeks after nivolumab for renal cell carcinoma. Conclusions: Myositis can follow nivolumab.',
    ).case;
    expect(c.patient).toMatchObject({ sex: 'female', age: 64 });
    expect(c.cancers.map((k) => [k.histology, k.relationToMyositis, k.diagnosisDate])).toEqual([
      ['renal cell carcinoma', 'before', undefined],
    ]);
  });
  it('"Further studies include CK 900 U/L and a negative myositis panel" is the patient’s record', () => {
    expect(labs('Further studies include CK 900 U/L and a negative myositis panel.')).toEqual(['CK 900 U/L']);
  });
  it('a study’s variable assessed is no finding ("The occurrence of … ILD was recorded")', () => {
    expect(findings('The occurrence of cancer and interstitial lung disease was recorded.')).toEqual([]);
    expect(findings('The presence of interstitial lung disease was confirmed by CT.')).toEqual([
      'interstitial-lung-disease=present',
    ]);
  });
  it('a hedge on the diagnosis in the main clause leaves a fronted time clause’s signs present', () => {
    expect(findings('Following the onset of proximal weakness, myositis was suspected.')).toEqual([
      'proximal-weakness-upper=present',
      'proximal-weakness-lower=present',
    ]);
  });
  it('the CK isoenzymes are analytes of their own, and a total CK beside them keeps its value', () => {
    expect(labs('Lab: CK 153, CK-MM 94, CK-BB 0.')).toEqual(['CK 153', 'CK-MM 94', 'CK-BB 0']);
    expect(labs('Serum CK-MB was 30 U/L.')).toEqual(['CK-MB 30 U/L']);
  });
  it('an age written "52-year" without "old" after a label, and never an onset', () => {
    const c = extractCase('Myositis: a case report\n\nPatient: 52-year lady with weakness.').case;
    expect(c.patient.age).toBe(52);
    expect(onset('A 41-year gentleman with weakness was seen.')).toBeNull();
  });
  it('a duration of the sentence takes its symptom from its own clause between semicolons', () => {
    expect(
      onset(
        'A 50-year-old man was seen. About 6 weeks of thigh aching and weakness; weight loss over the past year.',
      ),
    ).toBe('-6 week');
  });
  it('"White blood count: 14,200", "no swallowing symptoms"', () => {
    expect(labs('White blood count: 14,200.')).toEqual(['WBC 14200']);
    expect(findings('No swallowing symptoms.')).toEqual(['dysphagia=absent']);
  });
});

describe('fourth batch: colons after a denial, relatives by side, smoking histories, units', () => {
  it('"did not have:" keeps the denial over the list after the colon', () => {
    expect(
      findings('However, he did not have: muscle weakness, trouble swallowing, swollen joints.'),
    ).toEqual([
      'proximal-weakness-upper=absent',
      'proximal-weakness-lower=absent',
      'dysphagia=absent',
      'arthritis=absent',
    ]);
  });
  it('"… in her paternal aunt" is the family’s', () => {
    expect(read('No family history apart from a breast cancer in her paternal aunt.').cancers).toEqual([]);
  });
  it('"never used tobacco" is a never-smoker; a "remote" smoking history a former one', () => {
    expect(read('She never used tobacco.').patient.smoking).toBe('never');
    expect(read('He had a remote 30-pack-year history of cigarette smoking.').patient.smoking).toBe('former');
  });
  it('"unit/L" is U/L', () => {
    expect(labs('Creatine kinase was 4480 unit/L.')).toEqual(['CK 4480 U/L']);
  });
});

describe('fifth batch: arms as the means, bare nouns before modals, trailing risks, glued headings', () => {
  it('"without pushing with his arms": the arms are the means, not weak', () => {
    expect(findings('He could not rise from sitting without pushing with his arms.')).toEqual([
      'proximal-weakness-lower=present',
    ]);
  });
  it('"Patient may report …" is any patient', () => {
    expect(findings('Patient may report trouble combing hair or rising from a chair.')).toEqual([]);
    expect(findings('Patient was unable to rise from a chair.')).toEqual(['proximal-weakness-lower=present']);
  });
  it('"…, which predisposes to ILD" says what the antibody goes with', () => {
    const c = read('Her anti-MDA5 was positive, which predisposes to ILD.');
    expect(c.antibodies.map((a) => `${a.target}=${a.result}`)).toEqual(['MDA5=positive']);
    expect(c.findings).toEqual([]);
  });
  it('a heading glued to the full stop before it ("follow-up.DISCUSSION:") still opens the discussion', () => {
    const c = extractCase(
      'Anti-MDA5 DM\n\nCase: A 50-year-old woman had a rash. She went home to follow-up.DISCUSSION: This subtype presents with skin ulcers and arthritis.',
    ).case;
    expect(c.findings.map((f) => f.id)).not.toContain('arthritis');
  });
});

describe('sixth batch: glosses in brackets, urine ions, inverted names, weight changes denied', () => {
  it('a name glossed by a less specific abbreviation stays the name ("free thyroxine (T4)")', () => {
    expect(labs('Her free thyroxine (T4) was 0.6 ng/dL.')).toEqual(['free T4 0.6 ng/dL']);
  });
  it('… and a more specific gloss is kept ("brain natriuretic peptide (NT-pro BNP)")', () => {
    expect(labs('Brain natriuretic peptide (NT-pro BNP) was 240 pmol/L.')).toEqual(['NT-proBNP 240 pmol/L']);
  });
  it('a urine ion is not the serum one', () => {
    expect(labs('Urinary potassium was 31 mmol/L.')).toEqual(['urine potassium 31 mmol/L']);
  });
  it('"calcium ionized" and "the sedimentation (… mm/hr)"', () => {
    expect(labs('Calcium ionized 3.2 mg/dL.')).toEqual(['ionised calcium 3.2 mg/dL']);
    expect(labs('The sedimentation (44 mm/hr) was raised.')).toEqual(['ESR 44 mm/h']);
  });
  it('"denied weight changes" is no weight loss; "weight changes" stated is no sign', () => {
    expect(findings('He denied weight changes or fevers.')).toEqual(['fever=absent', 'weight-loss=absent']);
    expect(findings('She reported weight changes.')).toEqual([]);
  });
});

describe('seventh batch: "in general condition", myofasciitis, a misspelt peroxidase', () => {
  it('"deterioration in general condition" is no general statement', () => {
    const c = extractCase(
      'Myositis: a case\n\nCase presentation\n\nA 60-year-old man was admitted. Fever with deterioration in general condition was reported.',
    ).case;
    expect(c.findings.map((f) => `${f.id}=${f.status}`)).toEqual(['fever=present']);
  });
  it('control: "In general, …" stays general', () => {
    expect(findings('In general, fever is uncommon in myositis.')).toEqual([]);
  });
  it('"Anti-PL-7 myofasciitis" names the antibody by the disease', () => {
    const c = extractCase('Anti-PL-7 myofasciitis\n\nCase: A 50-year-old man had myalgia.').case;
    expect(c.antibodies.map((a) => `${a.target}=${a.result}`)).toEqual(['PL-7=positive']);
  });
  it('"thyroid peroxidise antibodies"', () => {
    expect(antibodies('She had positive thyroid peroxidise antibodies.')).toEqual(['TPO=positive']);
  });
});
