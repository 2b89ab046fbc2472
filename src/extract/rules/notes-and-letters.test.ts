/**
 * Clinic notes and letters in their own register: text typed without capitals, cases and letters told in the
 * present tense, "y/o" and "58/F", a note's history, examination line and dated lab value, and weakness as a note
 * writes it. Each with the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../document.js';
import { extractCase } from '../extract.js';
import {
  antibodyLinesAfterTitle,
  labsAfterTitle,
  readAfterTitle,
  readClinicNote,
} from './__fixtures__/helpers.js';

const weakness = (text: string) =>
  readClinicNote(text)
    .findings.filter((f) => f.id.startsWith('proximal-weakness'))
    .map((f) => `${f.id}=${f.status}${f.inferred ? ' (inferred)' : ''}`);

describe('a note typed without capitals', () => {
  it('lower-case acronyms of analytes beside a value and its unit', () => {
    expect(labsAfterTitle('labs today: ck 4520 u/l, ldh 612 u/l, crp 3.4 mg/dl, esr 48 mm/h.')).toEqual([
      'CK 4520 U/L',
      'LDH 612 U/L',
      'CRP 3.4 mg/dL',
      'ESR 48 mm/h',
    ]);
    expect(labsAfterTitle('her ck was 4520 u/l.')).toEqual(['CK 4520 U/L']);
    expect(labsAfterTitle('wbc 11.3 x10^9/l, plt 410 k/ul')).toEqual([
      'WBC 11.3 10*9/L',
      'platelets 410 10*3/uL',
    ]);
  });
  it('control: a lower-case acronym without a value and a unit stays a word', () => {
    expect(labsAfterTitle('pt 58 yo f with rash and weakness.')).toEqual([]);
    expect(labsAfterTitle('alt 97')).toEqual([]);
  });
  it('lower-case acronyms of antibodies beside a result', () => {
    expect(antibodyLinesAfterTitle('serology showed positive ana and anti-nxp2 antibodies.')).toEqual([
      'ANA=positive',
      'NXP2=positive',
    ]);
    expect(antibodyLinesAfterTitle('anca neg.')).toEqual(['ANCA=negative']);
  });
  it('control: a name that spells an acronym, without a result, is a name', () => {
    expect(antibodyLinesAfterTitle('her daughter ana drove her to the clinic.')).toEqual([]);
  });
});

describe('a case told in the present tense', () => {
  it('an examination that shows the typical eruption, while the narrative runs, is this patient’s', () => {
    const c = extractCase(
      'Dermatomyositis in an older woman\n\nAn 84-year-old woman was referred for a rash and weak thighs. ' +
        'Clinical examination shows the characteristic eruption of dermatomyositis with a heliotrope rash and ' +
        'Gottron papules. Electromyography shows a myopathic pattern.',
    ).case;
    expect(c.findings.map((f) => `${f.id}=${f.status}`)).toEqual(
      expect.arrayContaining(['heliotrope-rash=present', 'gottron-papules=present']),
    );
  });
  it('an aside in brackets does not make the examination general', () => {
    const c = extractCase(
      'A case\n\nA 70-year-old man was admitted with weakness. Physical examination reveals Gottron papules and ' +
        'nailfold changes (includes ragged cuticles) with weakness of the deltoids.',
    ).case;
    expect(c.findings.map((f) => f.id)).toContain('gottron-papules');
  });
  it('control: a study named in a general statement of the disease stays general', () => {
    const c = extractCase(
      'Dermatomyositis\n\nDermatomyositis is an inflammatory myopathy. Muscle biopsy typically shows perifascicular ' +
        'atrophy, and the examination shows a heliotrope rash in most patients.',
    ).case;
    expect(c.findings.map((f) => f.id)).not.toContain('heliotrope-rash');
  });
  it('a vignette that opens an introduction in the present tense with the person’s age', () => {
    const c = extractCase(
      'Polymyositis or rhabdomyolysis?\n\nIntroduction\n\nA raised CK has many causes. A 58-year-old man ' +
        'presents with three weeks of progressive weakness of the thighs and difficulty climbing stairs.',
    ).case;
    expect(c.patient).toMatchObject({ sex: 'male', age: 58 });
  });
  it('control: "A patient presents with …" in an introduction is any patient', () => {
    const c = extractCase(
      'Weakness\n\nIntroduction\n\nA raised CK has many causes. A patient presents with weakness of the thighs ' +
        'in most of them.',
    ).case;
    expect(c.findings.map((f) => f.id)).not.toContain('proximal-weakness-lower');
  });
});

describe('the clinic note’s "y/o" and a find told in the present tense', () => {
  it('"Patient: 52 y/o man" introduces the patient of a note whose findings follow', () => {
    const c = extractCase(
      'Multidisciplinary meeting\n\nPatient: 52 y/o man\nQuestion: screening for occult malignancy\n\nSummary: ' +
        'trouble getting up from a squat. Examination showed Gottron papules and a heliotrope rash. Positive for ' +
        'anti-TIF1-gamma.\nNo tumour was seen on PET-CT.\n\nDiscussion: In a cohort of 500 patients with ' +
        'dermatomyositis, 15% had a cancer.',
    ).case;
    expect(c.antibodies.map((a) => `${a.target}=${a.result}`)).toEqual(['TIF1-gamma=positive']);
    expect(c.findings.map((f) => f.id)).toContain('proximal-weakness-lower');
  });
  it('"screening reveals" a cancer after the myositis was presented', () => {
    const c = extractCase(
      'Referral\n\nPlease see a lady in her sixties with a 6-month history of weakness of the shoulders and hips ' +
        'and a heliotrope rash. Subsequent screening reveals an invasive ductal carcinoma of the right breast.',
    ).case;
    expect(c.cancers[0]?.relationToMyositis).toBe('after');
  });
  it('control: a myositis "that shows" a neoplasm beside it finds nothing', () => {
    const c = extractCase(
      'A case\n\nHere is a dermatomyositis that shows an endometrial carcinoma at its side.',
    ).case;
    expect(c.cancers[0]?.relationToMyositis).not.toBe('after');
  });
});

describe('a letter in the present tense: results, presentations and finds', () => {
  it('"Serology reveals … myositis antibodies": a list of two after the colon', () => {
    expect(
      antibodyLinesAfterTitle('Serology reveals a raised CK and myositis antibodies: anti-EJ and anti-Mi-2.'),
    ).toEqual(['EJ=positive', 'Mi-2=positive']);
  });
  it('"a man with lung cancer who is admitted for …" carried the cancer before', () => {
    const c = readAfterTitle(
      'We present a 71-year-old man with small cell lung cancer who is admitted for weakness of the thighs.',
    );
    expect(c.cancers[0]?.relationToMyositis).toBe('before');
  });
  it('"three months after the onset of the rash, she presents with …" dates the onset', () => {
    const o = extractCase(
      'A case\n\nA 44-year-old woman noticed a rash. Three months after the onset of the rash, she presents with ' +
        'weakness of the thighs.',
    ).case.dates?.symptomOnset;
    expect(o).toMatchObject({ offset: -3, unit: 'month' });
  });
});

describe('a note without capitals: acronyms it defines, and antibodies after "anti-"', () => {
  it('"creatine kinase (ck)" defines the acronym, read with its value and again later', () => {
    expect(labsAfterTitle('on admission her creatine kinase (ck) was high at 5124 u/l.')).toEqual([
      'CK 5124 U/L',
    ]);
    expect(
      labsAfterTitle('raised enzymes: creatine kinase (ck, 3,118 iu/l) and aldolase (87.6 u/ml).'),
    ).toEqual(['CK 3118 [IU]/L', 'aldolase 87.6 U/mL']);
    expect(
      readAfterTitle(
        'lactate dehydrogenase (ldh) was measured on admission. on day 5 the ldh had risen, to 912 u/l.',
      ).labs.map((l) => `${l.analyte} ${l.value ?? ''}`),
    ).toContain('LDH 912');
  });
  it('two-letter antibodies after "anti-" in lower case', () => {
    expect(antibodyLinesAfterTitle('anti-oj, anti-ej and anti-ku: negative on the line blot.')).toEqual([
      'OJ=negative',
      'EJ=negative',
      'Ku=negative',
    ]);
  });
  it('control: a lower-case word in brackets that is no analyte defines nothing', () => {
    expect(labsAfterTitle('she walks (slowly) and her gait is (mostly) steady.')).toEqual([]);
  });
});

describe('sentences of a note typed without capitals', () => {
  const note =
    'seen today with her daughter. she has had weakness for approx. two months. no rash. no fever. ck was 3400 ' +
    'u/l. she is otherwise well. her mother had breast cancer. we will review her in two weeks with the ct.';
  const sentences = (text: string) => analyse(text).sentences.map((x) => text.slice(x.start, x.end));
  it('a full stop before a lower-case word ends the sentence; an abbreviation before it does not', () => {
    expect(sentences(note)).toEqual([
      'seen today with her daughter.',
      'she has had weakness for approx. two months.',
      'no rash.',
      'no fever.',
      'ck was 3400 u/l.',
      'she is otherwise well.',
      'her mother had breast cancer.',
      'we will review her in two weeks with the ct.',
    ]);
  });
  it('so each sentence is read apart: the denials are the patient’s, the cancer the mother’s', () => {
    const c = extractCase(note).case;
    expect(c.findings.map((f) => `${f.id}=${f.status}`)).toEqual(
      expect.arrayContaining(['heliotrope-rash=absent', 'fever=absent']),
    );
    expect(c.cancers).toEqual([]);
    expect(c.dates?.symptomOnset).toMatchObject({ offset: -2, unit: 'month' });
  });
  it('control: in a text with capitals, "no." after a short word runs on as before', () => {
    expect(sentences('She was seen. Her CK was 3400 u/l. no rash was seen.')).toEqual([
      'She was seen.',
      'Her CK was 3400 u/l. no rash was seen.',
    ]);
  });
});

describe('weakness in a note', () => {
  it("a limb between the region and its weakness keeps the region the weakness's, after a rash", () => {
    expect(weakness('She has a rash and proximal lower extremity weakness.')).toEqual([
      'proximal-weakness-lower=present',
    ]);
    // control: a rash's site is not the weakness's region
    expect(weakness('She had a rash on the lower limbs and proximal weakness.')).toEqual([
      'proximal-weakness-upper=present (inferred)',
      'proximal-weakness-lower=present (inferred)',
    ]);
  });

  it('two coordinated regions of one weakness, after another symptom', () => {
    expect(weakness('Leg oedema with proximal upper and lower limb weakness.')).toEqual([
      'proximal-weakness-upper=present',
      'proximal-weakness-lower=present',
    ]);
  });

  it('"weakness climbing stairs": the activity right after the weakness', () => {
    expect(weakness('Calls with new weakness climbing stairs.')).toEqual(['proximal-weakness-lower=present']);
    expect(weakness('She reported weakness walking long distances.')).toEqual([]);
  });
});

describe("a note's history", () => {
  it('"Reports 3 months of …" is the duration of the symptoms', () => {
    expect(
      readClinicNote('Reports 3 months of proximal weakness. Dysphagia to solids for 1 month.').dates,
    ).toEqual({
      symptomOnset: { relativeTo: 'presentation', offset: -3, unit: 'month' },
    });
  });

  it('a past-history label inside a line makes its cancer a past one', () => {
    const c = extractCase(
      'Onc consult\n\n58-year-old F, PMHx: L breast cancer (IDC), on anastrozole.\nNow: rash.',
    ).case;
    expect(c.cancers.map((k) => [k.site, k.relationToMyositis])).toEqual([['breast', 'before']]);
    // control: a sentence end between the label and the cancer
    const d = extractCase(
      'Note\n\nA 56-year-old man with rash. Workup, PMH: nil. CT showed lung cancer.',
    ).case;
    // (found by the work-up: after, not a past cancer)
    expect(d.cancers.map((k) => k.relationToMyositis)).toEqual(['after']);
  });
});

describe("a note's examination line", () => {
  const findings = (text: string) => readClinicNote(text).findings.map((f) => `${f.id}=${f.status}`);

  it('a finding after a comma with its own "present" or "+" is out of an earlier denial', () => {
    expect(findings("Exam: no heliotrope rash, Gottron's papules present.")).toEqual([
      'heliotrope-rash=absent',
      'gottron-papules=present',
    ]);
    expect(findings("Exam: no heliotrope rash, Gottron's papules +.")).toEqual([
      'heliotrope-rash=absent',
      'gottron-papules=present',
    ]);
  });

  it('controls: a list the denial distributes over stays denied', () => {
    expect(findings("No heliotrope rash or Gottron's papules present.")).toEqual([
      'heliotrope-rash=absent',
      'gottron-papules=absent',
    ]);
    expect(findings("No heliotrope rash, Gottron's papules or calcinosis present.")).toEqual([
      'heliotrope-rash=absent',
      'gottron-papules=absent',
      'calcinosis=absent',
    ]);
  });

  it('"(+)" and "(-)" opening the items of a line', () => {
    expect(findings("Exam: (+) Gottron's papules, (-) heliotrope rash.")).toEqual([
      'heliotrope-rash=absent',
      'gottron-papules=present',
    ]);
  });
});

describe('"58/F" opening a note', () => {
  it.each([
    ['Clinic note\n\nPt: 58/F. Rash.', { sex: 'female', age: 58 }],
    ['Clinic note\n\n58/M, rash and weakness.', { sex: 'male', age: 58 }],
  ])('%s', (text, patient) => {
    expect(extractCase(text).case.patient).toEqual(patient);
  });

  it('control: a fraction inside a sentence is not an age', () => {
    expect(extractCase('Clinic note\n\nPower 4/5 in deltoids. Ratio 3/F.').case.patient.age).toBeUndefined();
  });
});

describe("a note's dated lab value", () => {
  it.each([
    ['CK yesterday 3,100.', 3100],
    ['CA-125 last mo 210 (prev 12).', 210],
  ])('%s', (text, value) => {
    expect(readClinicNote(text).labs[0]?.value).toBe(value);
  });
});
