/**
 * Hedges, searches and plans state no fact: a cancer, a finding, an antibody, a lab or a drug only sought, feared,
 * asked about, suspected, queried, offered as one of two or planned, and a diagnosis still to exclude. Each with
 * the control that keeps a stated result.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { antibodies, antibodyLines, findings, labLines, labs, read } from '../__fixtures__/read-case.js';
import { extractCase } from '../extract.js';
import {
  cancerNames,
  cancerSitesAfterWeakThighs,
  findingsAfterWeakThighs,
  RASH_CASE,
  statedFindingsAfterRash,
} from './__fixtures__/helpers.js';
import { cancerTimesAfterWeakThighs as cancerTimesOf } from './__fixtures__/timing.js';

const document = (text: string) =>
  extractCase(`Clinic letter\n\nA 42-year-old woman presented with a rash.\n${text}`).case;

const OPENING = 'A 61-year-old woman came with weakness of the shoulders and hips for two months. ';

const cancersOf = (text: string) =>
  extractCase(OPENING + text).case.cancers.map((c) => c.site ?? c.histology);

describe('what was sought, feared or not assessed is not stated', () => {
  it('reads nothing present from a search, a worry, a "whether" or an examination not done', () => {
    for (const text of [
      'We looked for calcinosis.',
      'We looked for proximal muscle weakness.',
      'She was worried about developing dysphagia.',
      'Whether she had arthritis was unclear.',
      'Proximal muscle weakness was not assessed.',
    ])
      expect(Object.values(findings(text))).not.toContain('present');
  });

  it('still reads a search that found something, and a weakness that was assessed', () => {
    expect(antibodies('Search for ANA showed a speckled pattern at 1/640.')).toEqual({ ANA: 'positive' });
    expect(findings('Proximal muscle weakness was assessed as moderate.')).toMatchObject({
      'proximal-weakness-lower': 'present',
    });
  });
});

describe('a cancer that was only searched for', () => {
  it('gives the patient no cancer from a search or a marker test for it', () => {
    expect(read('We looked for gastric cancer.').cancers).toEqual([]);
    expect(read('Tumour markers for ovarian cancer were normal.').cancers).toEqual([]);
  });

  it('keeps the cancer a search found', () => {
    const c = read('A search for malignancy revealed a hepatocellular carcinoma.').cancers;
    expect(c.map((x) => x.histology)).toEqual(['hepatocellular carcinoma']);
  });
});

describe('hedges the extractor read as stated', () => {
  it('reads a term asked alone, "was not certain / unclear" and "would be expected" as not present', () => {
    expect(findings('Calcinosis?')).toEqual({ calcinosis: 'uncertain' });
    expect(findings('Arthritis was not certain.')).toEqual({ arthritis: 'uncertain' });
    expect(findings('It was unclear whether she had arthritis.')).toEqual({ arthritis: 'uncertain' });
    expect(Object.values(findings('Calcinosis would be expected in this disease.'))).not.toContain('present');
  });

  it('leaves the patient’s own statement after an unclear cause', () => {
    expect(findings('The cause was unclear, but she had arthritis.')).toEqual({ arthritis: 'present' });
  });
});

describe('an antibody asked about', () => {
  it('gives no result from a "whether" question', () => {
    expect(antibodies('Whether anti-MDA5 was present is unknown.')).toEqual({});
    expect(antibodies('Anti-MDA5 was positive; whether this explained the ulcers was unclear.')).toEqual({
      MDA5: 'positive',
    });
  });
});

describe('a lab spoken of as a possibility', () => {
  it('reads no result from "would support" or a "whether" question', () => {
    expect(labs('An elevated aldolase would support the diagnosis.')).toEqual([]);
    expect(labs('Whether aldolase was elevated is unknown.')).toEqual([]);
  });

  it('keeps the patient’s stated result', () => {
    expect(labs('An elevated aldolase supported the diagnosis.')).toEqual(['aldolase elevated']);
  });
});

describe('a short sentence that states no finding', () => {
  it('takes back what a pattern rule read in a question, an examination not done or a search', () => {
    expect(findings('Periorbital oedema?')).toEqual({ 'periorbital-oedema': 'uncertain' });
    expect(findings('Weakness of the shoulders was not assessed.')).toEqual({});
    expect(findings('We looked for skin ulceration.')).toEqual({});
  });

  it('keeps a question of why, and a longer sentence that also states a finding', () => {
    expect(findings('Why do her shoulders feel weak?')).toMatchObject({
      'proximal-weakness-upper': 'present',
    });
    expect(
      findings('Weakness of the shoulders was not assessed, but she had a heliotrope rash.'),
    ).toMatchObject({
      'heliotrope-rash': 'present',
    });
  });
});

describe('a drug that was not given', () => {
  const drugs = (text: string) => read(text).treatments.map((t) => t.drug);

  it('records no treatment a text says was considered, recommended, declined or never given', () => {
    expect(drugs('Methotrexate was considered but not started.')).toEqual([]);
    expect(drugs('IVIG may be considered if she worsens.')).toEqual([]);
    expect(drugs('Rituximab was declined.')).toEqual([]);
    expect(drugs('She had never received rituximab.')).toEqual([]);
    expect(drugs('We recommend the use of IVIG.')).toEqual([]);
  });

  it('keeps a drug given, also after a hedged diagnosis', () => {
    expect(drugs('She was suspected to have polymyositis and was treated with methylprednisolone.')).toEqual([
      'methylprednisolone',
    ]);
    expect(drugs('Methotrexate was stopped because of liver toxicity.')).toEqual(['methotrexate']);
  });
});

describe('a cancer searched for and not found, or named in a general clause', () => {
  it('"An occult lymphoma was sought but not found": no cancer', () => {
    expect(cancerNames('An occult lymphoma was sought but not found.')).toEqual([]);
  });
  it('control: "… was sought and found on PET-CT" is a cancer', () => {
    expect(
      cancerNames('She had a heliotrope rash. An occult lymphoma was sought and found on PET-CT.'),
    ).toEqual(['lymphoma']);
  });
  it('"She had a rash; ovarian cancer is common in such patients": no cancer, no finding from the general clause', () => {
    expect(cancerNames('She had a rash; ovarian cancer is common in such patients.')).toEqual([]);
    expect(findings('She had a rash; dysphagia is common in such patients.').dysphagia).toBeUndefined();
  });
  it('control: a semicolon list inside brackets stays one clause', () => {
    expect(
      findings(
        'She had typical symptoms (proximal weakness; dysphagia; a heliotrope rash) that are characteristic of dermatomyositis.',
      ),
    ).toMatchObject({ dysphagia: 'present', 'heliotrope-rash': 'present' });
  });
});

describe('a cancer or a finding only weighed or queried is not the patient’s', () => {
  it('"Differential diagnosis: lymphoma, interstitial lung disease" gives no cancer and an uncertain ILD', () => {
    const c = document('Differential diagnosis: lymphoma, interstitial lung disease.\nPlan: CT chest.');
    expect(c.cancers).toEqual([]);
    expect(c.findings.find((f) => f.id === 'interstitial-lung-disease')?.status).toBe('uncertain');
  });
  it('control: the case after a differential-diagnosis line is read as before', () => {
    const c = document('Differential diagnosis: lymphoma.\nShe had a heliotrope rash.');
    expect(c.findings.find((f) => f.id === 'heliotrope-rash')?.status).toBe('present');
  });
  it('"A CT raised the possibility of lymphoma": no cancer', () => {
    expect(cancerNames('A CT raised the possibility of lymphoma.')).toEqual([]);
  });
  it('the query mark of a clinic note: "? lymphoma.", "Lymphoma?", "CT chest: ?early ILD"', () => {
    expect(cancerNames('She had a rash. ? lymphoma.')).toEqual([]);
    expect(cancerNames('She had a rash. Lymphoma?')).toEqual([]);
    expect(findings('CT chest: ?early ILD.')['interstitial-lung-disease']).toBe('uncertain');
  });
  it('"Surveillance for ovarian cancer continues": no cancer; control: surveillance for its recurrence is a past cancer', () => {
    expect(cancerNames('Surveillance for ovarian cancer continues.')).toEqual([]);
    expect(cancerNames('Surveillance for recurrence of her breast cancer continues.')).toEqual(['breast']);
  });
});

describe('a suspected antibody result is no result', () => {
  it.each([
    'Anti-MDA5 was possibly positive.',
    'Anti-MDA5 positivity was suspected.',
    'Possible anti-MDA5 positivity.',
    '?anti-MDA5 positive.',
    'Anti-MDA5 positive (?).',
  ])('%s', (text) => {
    expect(antibodies(text).MDA5).toBeUndefined();
  });
  it('control: a hedge of the disease leaves the result ("Probable antisynthetase syndrome with anti-Jo-1 positivity")', () => {
    expect(antibodies('Probable antisynthetase syndrome with anti-Jo-1 positivity.')).toEqual({
      'Jo-1': 'positive',
    });
    expect(
      antibodies('Given suspected dermatomyositis, a myositis panel was sent, and anti-TIF1γ was positive.'),
    ).toEqual({ 'TIF1-gamma': 'positive' });
  });
  it('control: the result told after the suspicion is kept', () => {
    expect(antibodies('We suspected anti-HMGCR positivity, and the assay was positive.')).toEqual({
      HMGCR: 'positive',
    });
  });
  it('"Gottron papules (?)" is uncertain', () => {
    expect(findings('Gottron papules (?), heliotrope rash.')).toMatchObject({
      'gottron-papules': 'uncertain',
      'heliotrope-rash': 'present',
    });
  });
});

describe('a lab result only suspected, or a reference range, is no result', () => {
  it('"CK was possibly elevated", "?raised CK": no result', () => {
    expect(labs('CK was possibly elevated.')).toEqual([]);
    expect(labs('?raised CK.')).toEqual([]);
  });
  it('"CK normal range 30–200 U/L" is a reference, not a normal CK', () => {
    expect(labs('CK normal range 30–200 U/L.')).toEqual([]);
  });
  it('controls: "Elevated CK, possibly due to statins", "CK was in the normal range (150 U/L)"', () => {
    expect(labs('Elevated CK, possibly due to statins.')).toEqual(['CK elevated']);
    // (session 35: the value in brackets is read, as after "within the normal range"; it was "CK normal" before)
    expect(labs('CK was in the normal range (150 U/L).')).toEqual(['CK 150']);
  });
});

describe('a diagnosis offered as one of two, and a lesion "characterized as" a cancer', () => {
  it('records neither member of "either lung cancer or a mediastinal tumour"', () => {
    // (a lung cancer had been recorded)
    expect(
      cancerSitesAfterWeakThighs('CT showed a mass, either lung cancer or a mediastinal tumour.'),
    ).toEqual([]);
    // control: "either" that offers no alternative diagnosis
    expect(
      cancerSitesAfterWeakThighs(
        'CT showed a lung cancer, which had spread to either the liver or the bone.',
      ),
    ).toEqual(['lung/carcinoma']);
  });

  it('reads "the mass was characterized as adenocarcinoma" as the patient\'s, "DM is characterized by" as general', () => {
    // (the sentence had been set aside as a definition)
    expect(
      cancerSitesAfterWeakThighs('The lung mass was characterized as adenocarcinoma on biopsy.'),
    ).toEqual(['lung/adenocarcinoma']);
    expect(findingsAfterWeakThighs('Dermatomyositis is characterized by a heliotrope rash.')).not.toContain(
      'heliotrope-rash=present',
    );
  });
});

describe('a plan that opens the sentence does not reach the main clause', () => {
  it('"While awaiting the muscle biopsy, she developed dysphagia and her CK rose to 9,000 U/L" states both', () => {
    const c = extractCase(
      RASH_CASE + 'While awaiting the muscle biopsy, she developed dysphagia and her CK rose to 9,000 U/L.',
    ).case;
    expect(c.findings.filter((f) => f.id === 'dysphagia').map((f) => f.status)).toEqual(['present']);
    expect(c.labs.map((l) => `${l.analyte}=${l.value}`)).toEqual(['CK=9000']);
  });

  it('"While she was awaiting a muscle biopsy, a chest CT showed a lung adenocarcinoma" records the cancer', () => {
    expect(
      cancerTimesOf('While she was awaiting a muscle biopsy, a chest CT showed a lung adenocarcinoma.'),
    ).toEqual([['lung', 'after']]);
  });

  it('leaves a plan or a condition a prospect', () => {
    expect(statedFindingsAfterRash('If dysphagia develops, she will need a feeding tube.')).toEqual([]);
    expect(cancerTimesOf('A CT is planned to look for a lung adenocarcinoma.')).toEqual([]);
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

describe('a cancer named as the kind of a search', () => {
  it('gives no cancer for "a myeloma screen", "colorectal cancer screening" or "HCC surveillance"', () => {
    expect(cancerTimesOf('A myeloma screen was normal.')).toEqual([]);
    expect(cancerTimesOf('A colonoscopy for colorectal cancer screening was normal.')).toEqual([]);
    expect(cancerTimesOf('Liver ultrasound, done as HCC surveillance, showed no focal lesion.')).toEqual([]);
  });

  it('still reads the cancer such a search found', () => {
    // control
    expect(
      cancerTimesOf(
        'A colonoscopy for colorectal cancer screening showed an adenocarcinoma of the sigmoid colon.',
      ).map(([site]) => site),
    ).toEqual(['colon']);
  });
});

describe('session 39 — a diagnosis still to exclude, and a condition that opens with "If any"', () => {
  it.each([
    'A carcinoma of the breast would need to be excluded.',
    'Ovarian cancer had to be ruled out before immunosuppression.',
    'Lymphoma must be excluded in every such patient.',
    'A gastric carcinoma needs to be excluded.',
  ])('"%s" gives the patient no cancer', (sentence) => {
    expect(cancersOf(sentence)).toEqual([]);
  });

  it('a cancer that was to be excluded and then confirmed is hers (control)', () => {
    expect(
      cancersOf('Ovarian cancer, which had to be ruled out first, was confirmed on biopsy two weeks later.'),
    ).toHaveLength(1);
  });

  it('"If any anti-Jo-1 antibodies are detected, …" is a condition: no result', () => {
    expect(
      antibodyLines('If any anti-Jo-1 antibodies are detected, we will screen for lung disease.'),
    ).toEqual([]);
  });

  it('the aside ", if any," is no condition: the sentence keeps its result (control)', () => {
    expect(
      antibodyLines('Muscle pain, if any, was mild, and anti-Jo-1 antibodies were positive.'),
    ).toHaveLength(1);
  });
});

describe('session 39 — a denied low level', () => {
  it.each(['Her albumin was not low.', 'The CK was never decreased.'])(
    '"%s" gives no low reading',
    (sentence) => {
      expect(labLines(sentence)).toEqual([]);
    },
  );

  it('a low level stated plainly stays low (control)', () => {
    expect(labLines('Her albumin was low.')).toEqual(['albumin=low']);
  });
});
