/**
 * One describe block of probes on published cases outside the corpus, across every field group (findings, labs,
 * onset, cancer timing, sex, groups, several patients, structured-abstract labels), written again as the project's
 * own sentences; it stays whole because its nested blocks belong to it. Each construction has its control.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractionWarningText } from '../../render/text/extraction.js';
import { extractCase, patientsDescribed } from '../extract.js';
import { findingsAfterTitle, readAfterTitle } from './__fixtures__/helpers.js';

/** Each lab as "analyte comparator value unit" or "analyte interpretation". */
const readings = (text: string) =>
  readAfterTitle(text).labs.map((l) =>
    l.value === undefined
      ? `${l.analyte} ${l.interpretation}`
      : `${l.analyte} ${l.comparator ?? ''}${l.value} ${l.unit}`,
  );

/** The onset as "offset unit" (relative to the presentation), or undefined. */
const onset = (text: string) => {
  const o = extractCase(text).case.dates?.symptomOnset;
  return o && typeof o !== 'string' ? `${o.offset} ${o.unit}` : o;
};

/** The cancers as "site relation offset unit". */
const cancerTiming = (text: string) =>
  readAfterTitle(text).cancers.map((k) => {
    const d = k.diagnosisDate;
    return [
      k.site ?? k.histology,
      k.relationToMyositis ?? null,
      d && typeof d !== 'string' ? `${d.offset} ${d.unit}` : null,
    ];
  });

describe('probes of session 23 on published cases outside the corpus', () => {
  describe('a denial that opens brackets ends at their close', () => {
    it('"a rash (no weakness) and dysphagia": the dysphagia is present, the weakness absent', () => {
      expect(findingsAfterTitle('She had a rash (no weakness) and dysphagia.')).toEqual({
        'proximal-weakness-upper': 'absent',
        'proximal-weakness-lower': 'absent',
        dysphagia: 'present',
      });
    });
    it('"(without weakness) … photosensitive": the photosensitivity after the brackets is present', () => {
      expect(findingsAfterTitle('The first rash (without weakness) was photosensitive.')).toMatchObject({
        'photosensitive-rash': 'present',
      });
    });
    it('control: "no rash (heliotrope or Gottron) and no dysphagia" keeps every denial', () => {
      expect(findingsAfterTitle('She had no rash (heliotrope or Gottron) and no dysphagia.')).toMatchObject({
        'heliotrope-rash': 'absent',
        dysphagia: 'absent',
      });
    });
  });

  describe('a side word of another organ is not a symmetric weakness', () => {
    it('"bilateral ptosis, dysphagia and proximal weakness"', () => {
      expect(
        findingsAfterTitle('She had bilateral ptosis, dysphagia and proximal weakness.'),
      ).not.toHaveProperty('symmetric-weakness');
    });
    it('"bilateral pulmonary infiltrates and proximal weakness"', () => {
      expect(
        findingsAfterTitle('He had bilateral pulmonary infiltrates and proximal weakness.'),
      ).not.toHaveProperty('symmetric-weakness');
    });
    it('control: "bilateral proximal weakness and ptosis" is symmetric', () => {
      expect(findingsAfterTitle('She had bilateral proximal weakness and ptosis.')).toMatchObject({
        'symmetric-weakness': 'present',
      });
    });
  });

  describe('a weakness felt in an activity', () => {
    it('"weakness when climbing stairs" is a lower-girdle weakness', () => {
      expect(findingsAfterTitle('He noticed weakness when climbing stairs.')).toEqual({
        'proximal-weakness-lower': 'present',
      });
    });
    it('"weakness on standing up from a chair" is a lower-girdle weakness', () => {
      expect(findingsAfterTitle('She had weakness on standing up from a chair.')).toEqual({
        'proximal-weakness-lower': 'present',
      });
    });
    it('control: "weakness when she was tired" names no girdle', () => {
      expect(findingsAfterTitle('She felt weakness when she was tired.')).toEqual({});
    });
  });

  describe('lab readings', () => {
    it('an adverb of degree before the reading keeps the value ("greatly elevated at", "massively raised to")', () => {
      expect(readings('Her TSH was greatly elevated at 150 mIU/L.')).toEqual(['TSH 150 m[IU]/L']);
      expect(readings('CK was massively raised to 5000 U/L.')).toEqual(['CK 5000 U/L']);
    });
    it('"undetectable at <2 pmol/L" is a value under the floor', () => {
      expect(readings('Free T4 was undetectable at <2 pmol/L.')).toEqual(['free T4 <2 pmol/L']);
    });
    it('a bare T3 beside its value is the total triiodothyronine', () => {
      expect(readings('T3 was 1.9 pmol/L and free T3 3.1 pmol/L.')).toEqual([
        'T3 1.9 pmol/L',
        'free T3 3.1 pmol/L',
      ]);
    });
    it('a tumour’s T stage is no thyroid reading, even beside an interpretation word', () => {
      expect(readings('Pathology showed a T3 N0 adenocarcinoma, T3 stage, with elevated CEA.')).toEqual([
        'CEA elevated',
      ]);
      expect(readings('The tumour was T4 with elevated CEA.')).toEqual(['CEA elevated']);
    });
    it('a condition word that is a reading only beside its value gives none alone', () => {
      expect(readings('She had elevated CK and hypogammaglobulinemia.')).toEqual(['CK elevated']);
      expect(readings('Hypogammaglobulinemia (4.4 g/L) was found.')).toEqual(['gammaglobulin 4.4 g/L']);
    });
  });

  describe('symptom onset', () => {
    it('the duration of a treatment is not the onset', () => {
      expect(
        onset('A 50-year-old woman was seen. A 5-day course of IVIG improved her weakness.'),
      ).toBeUndefined();
      expect(
        onset(
          'A 50-year-old woman was seen. Two weeks of high-dose steroids failed to improve her dysphagia.',
        ),
      ).toBeUndefined();
      expect(
        onset(
          'A 50-year-old woman was seen. Her myopathy got better after she was given 5 days of intravenous immunoglobulin.',
        ),
      ).toBeUndefined();
    });
    it('control: "3 months of weakness" is the onset', () => {
      expect(onset('A 50-year-old woman reported 3 months of weakness.')).toBe('-3 month');
    });
    it('an age is not a duration ("at the age of 47 years" gave an onset 47 years back)', () => {
      // session 29: the age at the first symptom beside the present age gives their interval (timing4's probe
      // family), never the age itself as a duration
      expect(onset('A 50-year-old woman developed weakness at the age of 47 years.')).toBe('-3 year');
    });
    it('control: "weakness of 3 years\' duration" is the onset', () => {
      expect(onset("A 50-year-old woman had weakness of 3 years' duration.")).toBe('-3 year');
    });
  });

  describe('cancer timing', () => {
    it('"N years before consultation" dates the cancer before the presentation', () => {
      expect(
        cancerTiming(
          'She presented with dermatomyositis. She had been diagnosed with bladder cancer 3 years before consultation.',
        ),
      ).toEqual([['bladder', null, '-3 year']]);
    });
    it('"DM as the presenting feature of breast cancer" puts the cancer after the myositis', () => {
      expect(
        cancerTiming('We describe dermatomyositis as the presenting feature of a gastric adenocarcinoma.'),
      ).toEqual([['stomach', 'after', null]]);
    });
  });

  describe('sex from a subject pronoun after a fronted phrase without a comma', () => {
    const sex = (text: string) =>
      extractCase(`Myositis: a case report\n\nA 45-year-old patient was referred. ${text}`).case.patient.sex;
    it('"On examination she had …", "In 2019 he noticed …"', () => {
      expect(sex('On inspection she showed a heliotrope rash.')).toBe('female');
      expect(sex('In 2019 he noticed a rash.')).toBe('male');
    });
    it('control: a pronoun after a relative named in the sentence gives nothing', () => {
      expect(sex('Her mother said he had a rash.')).toBe('unknown');
    });
  });

  describe('group statistics and rankings are not the patient’s', () => {
    it('a sentence with a p-value', () => {
      expect(
        findingsAfterTitle('They had fewer lung and joint problems and less dysphagia (P<0.05).'),
      ).toEqual({});
    });
    it('features counted over one group size ("(9/14) … (8/14)")', () => {
      expect(findingsAfterTitle('Rash (9/14) and V-sign (8/14) were seen.')).toEqual({});
    });
    it('"more common in the … subgroup", "the most common …"', () => {
      expect(
        findingsAfterTitle('Dysphagia and the V-sign were more common in the anti-TIF1γ subgroup.'),
      ).toEqual({});
      expect(
        findingsAfterTitle('The most common initial presentation was difficulty climbing stairs.'),
      ).toEqual({});
      expect(
        cancerTiming('Breast and ovarian cancers were the most common cancers, followed by lymphoma.'),
      ).toEqual([]);
    });
    it('control: strength grades out of 5 in brackets are the patient’s', () => {
      expect(
        findingsAfterTitle('Strength was 4/5 (deltoids) and 4/5 (hip flexors), with a V-sign.'),
      ).toMatchObject({
        'v-sign': 'present',
        'proximal-weakness-upper': 'present',
      });
    });
  });

  it('a letter on another article: the cited title is not the patient’s', () => {
    expect(
      findingsAfterTitle('We read with interest the report entitled Gottron papules revisited.'),
    ).toEqual({});
  });

  describe('a myositis that began during the cancer’s treatment, told in the next sentence', () => {
    it('"… given chemotherapy. During treatment he developed …" puts the cancer before', () => {
      expect(
        cancerTiming(
          'He was diagnosed with lymphoma and given chemotherapy. During treatment he developed proximal weakness and a heliotrope rash.',
        ),
      ).toEqual([['lymphoma', 'before', null]]);
    });
    it('"While he was under treatment, he developed myositis" puts the cancer before', () => {
      expect(
        cancerTiming(
          'He was diagnosed with lymphoma and treated with chemotherapy. While he was under treatment, he developed myositis of the thighs.',
        ),
      ).toEqual([['lymphoma', 'before', null]]);
    });
    it('control: "during treatment with prednisone" is the myositis’s own treatment', () => {
      expect(
        cancerTiming(
          'CT showed lung cancer. During treatment with prednisone he developed a heliotrope rash.',
        )[0]?.[1],
      ).not.toBe('before');
    });
  });

  describe('smaller readings of the probes', () => {
    it('"a non-smoking history" is a never-smoker', () => {
      expect(readAfterTitle('She had a non-smoking history.').patient.smoking).toBe('never');
    });
    it('"non-HDL cholesterol" is its own analyte, not HDL', () => {
      expect(readings('Non-HDL cholesterol was 5.0 mmol/L and HDL 1.1 mmol/L.')).toEqual([
        'non-HDL cholesterol 5 mmol/L',
        'HDL cholesterol 1.1 mmol/L',
      ]);
    });
    it('an EMG "consistent with dermatomyositis" / "typical of DM" is myopathic', () => {
      expect(readAfterTitle('EMG was consistent with dermatomyositis.').emg?.interpretation).toBe(
        'myopathic',
      );
      expect(readAfterTitle('Electromyography showed findings typical of DM.').emg?.interpretation).toBe(
        'myopathic',
      );
    });
    it('control: a myositis named in another clause does not make the EMG myopathic', () => {
      expect(readAfterTitle('EMG was normal; the biopsy showed dermatomyositis.').emg?.interpretation).toBe(
        'normal',
      );
      expect(readAfterTitle('EMG was not consistent with polymyositis.').emg?.interpretation).not.toBe(
        'myopathic',
      );
    });
  });

  describe('a patch is a large macule', () => {
    it('"violaceous patches over the extensor elbows and knees" is a Gottron sign', () => {
      expect(findingsAfterTitle('She had violaceous patches over the extensor elbows and knees.')).toEqual({
        'gottron-sign': 'present',
      });
    });
    it('control: patches on the cheeks are no Gottron lesion', () => {
      expect(findingsAfterTitle('She had erythematous patches on the cheeks.')).toEqual({});
    });
  });

  it('the cholesterol to HDL ratio is one reading, without a unit', () => {
    expect(
      readAfterTitle('The total cholesterol to HDL ratio was raised at 5.24.').labs.map((l) => [
        l.analyte,
        l.value,
        l.unit,
      ]),
    ).toEqual([['cholesterol/HDL ratio', 5.24, undefined]]);
  });

  describe('a text about several patients is read as one case, with a warning', () => {
    it('numbered case labels', () => {
      const r = extractCase(
        'Two cases of myositis\n\nCase 1\nA 70-year-old man had anti-SRP antibodies.\n\nCase 2\nA 61-year-old woman had weakness.',
      );
      const w = r.warnings.find((x) => x.code === 'several-patients');
      expect(w?.count).toBe(2);
      expect(extractionWarningText(w!)).toMatch(/2 patients.*one case/);
    });
    it('Roman case labels ("Case I … Case II")', () => {
      expect(
        patientsDescribed(
          'Case I\nA 60-year-old woman had a rash.\n\nCase II\nA 50-year-old man had weakness.',
        ),
      ).toBe(2);
    });
    it('"we report two patients", "this report describes 3 cases", "the second patient"', () => {
      expect(patientsDescribed('We report two patients with anti-MDA5 dermatomyositis.')).toBe(2);
      expect(patientsDescribed('This report describes 3 cases of anti-SRP myopathy.')).toBe(3);
      expect(patientsDescribed('The second patient was a 40-year-old woman.')).toBe(2);
    });
    it('control: one patient, "a second case" of the literature, a case-report heading, "the patient 1 year later"', () => {
      expect(
        patientsDescribed('A 50-year-old woman. Patient education was given. The patient had a rash.'),
      ).toBe(1);
      expect(patientsDescribed('We present a second case supporting this view.')).toBe(1);
      expect(patientsDescribed('Case report: dermatomyositis in a woman aged 45.')).toBe(1);
      expect(patientsDescribed('The patient 1 year later had a rash. Case 1 of our clinic.')).toBe(1);
      expect(
        extractCase('A 50-year-old woman had a heliotrope rash.').warnings.map((w) => w.code),
      ).not.toContain('several-patients');
    });
  });

  describe('a history of a cancer is no onset', () => {
    it('"a 2-year history of breast cancer and a 2-month history of rash and weakness" → 2 months', () => {
      expect(
        onset(
          'A 60-year-old woman with a 2-year history of breast cancer and a 2-month history of rash and weakness was admitted.',
        ),
      ).toBe('-2 month');
    });
    it('control: "a 3-month history of cancer-associated dermatomyositis" is the myositis’s', () => {
      expect(onset('She had a 3-month history of cancer-associated dermatomyositis.')).toBe('-3 month');
    });
  });

  it('"non-" before an analyte the table does not hold as a whole gives no lab, and a warning with its span', () => {
    const r = extractCase(
      'Myositis: a case report\n\nA 58-year-old woman was seen. Her non-LDL cholesterol came back high at 4.6 mmol/L.',
    );
    expect(r.case.labs).toEqual([]);
    expect(r.warnings.map((w) => [w.code, w.kind])).toContainEqual(['unplaced', 'unknown-analyte']);
  });

  describe('structured-abstract labels printed without a colon', () => {
    const abstract =
      'Background Anti-TIF1γ antibody positive dermatomyositis (TIF1γ-DM) carries a higher cancer risk.\n' +
      'Objectives We aimed to compare cancer-associated TIF1γ-DM with TIF1γ-DM without cancer.\n' +
      'Methods We reviewed the records of patients treated between 2010 and 2020.\n';
    it('"Background …", "Objectives …" open the background: its general sentences give no result', () => {
      expect(extractCase(abstract).case.antibodies).toEqual([]);
    });
    it('control: a single capitalised word opening a line is no label', () => {
      expect(
        extractCase(
          'Myositis: a case\n\nResults Anti-TIF1γ antibody was positive in this 70-year-old woman.',
        ).case.antibodies.map((a) => a.result),
      ).toEqual(['positive']);
    });
  });

  it('a comparison of groups by a test ("significantly older than") is a cohort’s', () => {
    expect(
      extractCase(
        'A case of myositis.\n\nCA-DM was significantly older than non-cancer DM and showed dysphagia.\n',
      ).case.findings,
    ).toEqual([]);
  });

  it('"it is (only) related to" a cancer, in the present tense, is general', () => {
    expect(
      cancerTiming('On histology, it is mainly related to undifferentiated nasopharyngeal carcinoma.'),
    ).toEqual([]);
  });
});
