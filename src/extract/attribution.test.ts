import { describe, expect, it } from 'vitest';
import { analyse } from './document.js';
import { extractCase } from './extract.js';

/** Subject of each sentence, keyed by its first words. */
function subjects(text: string): [string, string][] {
  const doc = analyse(text);
  return doc.sentences.map((s) => [
    text.slice(s.start, Math.min(s.end, s.start + 24)),
    s.attribution.subject,
  ]);
}

describe('sentence attribution (whose finding is it)', () => {
  it('keeps a definitional opening out of the case and reads the patient after it', () => {
    const text =
      'Dermatomyositis is characterised by a heliotrope rash, Gottron papules and proximal weakness. ' +
      'A 61-year-old man came with dysphagia.';
    expect(subjects(text).map((x) => x[1])).toEqual(['general', 'patient']);
    const r = extractCase(text);
    expect(r.case.findings.map((f) => f.id)).toEqual(['dysphagia']);
    expect(r.notThePatient).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subject: 'general', kind: 'finding', value: 'heliotrope-rash' }),
        expect.objectContaining({ subject: 'general', kind: 'finding', value: 'gottron-papules' }),
      ]),
    );
  });

  it('reads a quantifier over a group of patients as a cohort figure, not "weakness of all four limbs"', () => {
    const text =
      'Results\n\n' +
      'All sera were positive for anti-Ku. ' +
      'Serum creatine kinase was elevated in all four (range 372-1556 U/L). ' +
      'No malignancy was identified in any patient. ' +
      'She had weakness of all four limbs.';
    expect(subjects(text).map((x) => x[1])).toEqual(['cohort', 'cohort', 'cohort', 'patient']);
    const r = extractCase(text);
    expect(r.case.antibodies ?? []).toEqual([]);
    expect((r.case.labs ?? []).map((l) => l.analyte)).not.toContain('CK');
  });

  it('reads an uncited "A 64-year-old man presented …" in an introduction as the case told on without a heading, and a cited case there as not the patient', () => {
    const text =
      'Weakness\n\nIntroduction\n\n' +
      'Inflammatory myopathies often cause dysphagia [1]. ' +
      'A 52-year-old woman was described with Raynaud phenomenon [2]. ' +
      'A 64-year-old man presented with two weeks of proximal muscle weakness. ' +
      'He also reported dysphagia to solids.';
    expect(
      subjects(text)
        .slice(-4)
        .map((x) => x[1]),
    ).toEqual(['general', 'other-patient', 'patient', 'patient']);
    const r = extractCase(text);
    expect(r.case.patient).toMatchObject({ age: 64, sex: 'male' });
    expect(r.case.findings.map((f) => f.id)).toEqual(
      expect.arrayContaining(['proximal-weakness-upper', 'proximal-weakness-lower', 'dysphagia']),
    );
    expect(r.case.findings.map((f) => f.id)).not.toContain('raynaud-phenomenon');
  });

  it('reads a present-tense vignette on while its narrative runs, and still keeps "these patients" general', () => {
    const text =
      'A 62-year-old woman is evaluated for a rash. Her only medication is a cream. ' +
      'Pink-violet macules are present on the eyelids. There are dilated periungual capillary loops on each finger. ' +
      'These patients often have dysphagia.';
    expect(subjects(text).map((x) => x[1])).toEqual(['patient', 'patient', 'patient', 'patient', 'general']);
    const ids = extractCase(text).case.findings.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['heliotrope-rash', 'periungual-changes']));
    expect(ids).not.toContain('dysphagia');
  });

  it('reads a recommendation about "a patient" and a present-tense frequency statement as general', () => {
    const text =
      'Myositis\n\nA 50-year-old man presented with weakness. ' +
      'Proximal weakness and dysphagia are common in inclusion body myositis. ' +
      'Mechanic hands in a patient with lung involvement should prompt antibody testing.';
    expect(
      subjects(text)
        .slice(1)
        .map((x) => x[1]),
    ).toEqual(['patient', 'general', 'general']);
    const ids = extractCase(text).case.findings.map((f) => f.id);
    expect(ids).not.toContain('dysphagia');
    expect(ids).not.toContain('mechanics-hands');
  });

  it('reads "X characterise Y", "are features of", "typical of" as general, and a previously reported case as not the patient', () => {
    const text =
      'Weakness and a rash\n\nCase presentation\n\n' +
      'Dysphagia and Raynaud phenomenon characterise the overlap syndromes. ' +
      'Proximal weakness and myalgia are features of many myopathies. ' +
      'A previously reported patient had dysphagia. ' +
      'A 47-year-old woman had a heliotrope rash.';
    expect(subjects(text).map((x) => x[1])).toEqual(['patient', 'general', 'general', 'general', 'patient']);
    expect(extractCase(text).case.findings.map((f) => f.id)).toEqual(['heliotrope-rash']);
  });

  it('reads present-tense statements about a disease, criteria or a named sign as general, in a case section too', () => {
    const text =
      'Weakness and a rash\n\nCase presentation\n\n' +
      'IMNM presents with severe proximal weakness. ' +
      'It manifests as dysphagia. ' +
      'Heliotrope rash is a violaceous erythema of the eyelids. ' +
      'In dermatomyositis, Gottron papules appear over the knuckles. ' +
      'Fever and arthritis are part of the antisynthetase syndrome. ' +
      'The rash is a violaceous erythema of the eyelids. ' +
      'A 52-year-old man had dysphagia.';
    expect(subjects(text).map((x) => x[1])).toEqual([
      'patient',
      'general',
      'general',
      'general',
      'general',
      'general',
      'patient',
      'patient',
    ]);
  });

  it('attributes cohort figures to a cohort, not to the patient', () => {
    const text =
      'Her weakness began in May.\nIn a registry of 500 patients with myositis, 9% had ovarian cancer.';
    expect(subjects(text).map((x) => x[1])).toEqual(['patient', 'cohort']);
    const r = extractCase(text);
    expect(r.case.cancers).toEqual([]);
    expect(r.notThePatient[0]).toMatchObject({ subject: 'cohort', kind: 'cancer' });
  });

  it('never reads a case cited in a discussion as the patient, but reads a sentence that refers to this patient', () => {
    const text =
      'Case report\nA 40-year-old woman had fever.\n\nDiscussion\nJones et al. described a 70-year-old man with lung adenocarcinoma.\nIn our patient the rash came first.';
    const r = extractCase(text);
    expect(subjects(text).map((x) => x[1])).toEqual(['patient', 'other-patient', 'patient']);
    expect(r.case.cancers).toEqual([]);
    expect(r.case.patient.age).toBe(40);
  });

  it('reads the title as the patient and skips author and citation lines', () => {
    const text =
      'Anti-NXP2 positive dermatomyositis revealing a gastric adenocarcinoma: a case report\n\nA. Smith, B. Jones, C. Lee\nJournal of Rare Cases (2021), doi: 10.0000/x\n\nAbstract\nA 66-year-old man developed proximal weakness.';
    expect(subjects(text).map((x) => x[1])).toEqual(['patient', 'meta', 'meta', 'patient']);
    const r = extractCase(text);
    expect(r.case.antibodies).toMatchObject([{ target: 'NXP2', result: 'positive' }]);
    expect(r.case.cancers[0]).toMatchObject({ histology: 'adenocarcinoma', site: 'stomach' });
  });

  it('skips an article-type label above the title and reads a title that reports a case', () => {
    const text =
      'Rare Cases 2021;4(2):10-12\n\nOriginal Article\nPolymyositis as the first sign of thymoma: report of a rare case and review of the literature\n\nAbstract\nA 58-year-old woman developed proximal weakness.';
    expect(subjects(text).map((x) => x[1])).toEqual(['meta', 'meta', 'patient', 'patient']);
    expect(extractCase(text).case.cancers[0]).toMatchObject({ histology: 'thymoma' });
  });

  it('reads a title run on into a Vancouver author line, and "a case report" in a title', () => {
    const text =
      'Polymyositis heralding Hodgkin lymphoma: a case report and review of literature\nSmith AB, Jones C\nDepartment of Medicine, City Hospital\n\nA 41-year-old man developed proximal weakness.';
    expect(subjects(text)[0]![1]).toBe('patient');
    expect(extractCase(text).case.cancers[0]).toMatchObject({ histology: 'hodgkin lymphoma' });
  });
  it('reads a title that joins a review of the literature to something else by "and" as the patient, but not a review or a series', () => {
    const title = (t: string) => subjects(`${t}\n\nSir,\nA 52-year-old man had dysphagia.`)[0]![1];
    expect(
      title(
        'Polymyositis with a gastric adenocarcinoma – a rare association and a short review of the literature',
      ),
    ).toBe('patient');
    expect(title('Polymyositis and gastric adenocarcinoma: a review of the literature')).not.toBe('patient');
    expect(
      title('Polymyositis with gastric adenocarcinoma: a case series and review of the literature'),
    ).not.toBe('patient');
  });
  it('reads blood indices and "volume" without a number as clinical, not as a statistic or a journal line', () => {
    const text =
      'Anaemia in a woman\n\nA woman was admitted. The blood count showed a mean corpuscular volume of 71 fL (normal, 80-100 fL).\nVolume 12, Issue 4';
    expect(subjects(text).map((x) => x[1])).toEqual(['patient', 'patient', 'patient', 'meta']);
    // the title's "Anaemia" is the patient's low haemoglobin (a title describes the patient)
    expect(extractCase(text).case.labs).toMatchObject([
      { analyte: 'haemoglobin', interpretation: 'low' },
      { analyte: 'MCV', value: 71, upperLimit: 100 },
    ]);
  });

  it('reads the lesson drawn from the case as general', () => {
    const text =
      'A 52-year-old woman had a heliotrope rash.\nThis case highlights that breast cancer must be sought in women with dermatomyositis.';
    const r = extractCase(text);
    expect(subjects(text).map((x) => x[1])).toEqual(['patient', 'general']);
    expect(r.case.cancers).toEqual([]);
  });

  it('keeps a relative named inside a patient sentence as a relative', () => {
    const r = extractCase('A 45-year-old woman with a heliotrope rash. Her mother had ovarian carcinoma.');
    expect(r.case.cancers).toEqual([]);
    expect(r.case.patient.familyHistoryOfCancer).toBe('yes');
    expect(r.notThePatient).toEqual([
      expect.objectContaining({ subject: 'relative', reason: 'experiencer', kind: 'cancer' }),
    ]);
  });

  it('reads a section of unknown role as the patient only while a patient narrative runs', () => {
    const text =
      'Abstract\nMyositis is a rare disease that can present with dysphagia.\nA 30-year-old woman had weakness. Serum CK was 4000 U/L.\nEarly treatment is essential.';
    expect(subjects(text).map((x) => x[1])).toEqual(['general', 'patient', 'patient', 'general']);
  });
});

describe('where the patient is told (facts read only from the case account)', () => {
  const article = (discussion: string, abstractCase = 'A 52-year-old woman had a rash on her eyelids.') =>
    'Rash and weakness: a case report\n\nAbstract\n\nBackground\n\n' +
    'Dermatomyositis is an inflammatory myopathy.\n\nCase presentation\n\n' +
    `${abstractCase}\n\nConclusions\n\nIn this case the dysphagia was the first sign.\n\n` +
    'Introduction\n\nMyositis has many causes.\n\nCase report\n\n' +
    'A 52-year-old woman came with proximal weakness of the arms and legs. CK was 4,200 U/L (normal < 170).\n\n' +
    `Discussion\n\n${discussion}\n`;

  it('does not read a discussion sentence about "our patient" for facts, nor the abstract\'s conclusions', () => {
    const r = extractCase(
      article('In our case, serology was positive for anti-TIF1γ and a muscle biopsy showed myositis.'),
    );
    expect(r.case.antibodies).toEqual([]);
    expect(r.case.muscleBiopsy).toBeUndefined();
    expect(r.case.findings.map((f) => f.id)).not.toContain('dysphagia');
    // the facts of the case report itself are read
    expect(r.case.findings.map((f) => f.id)).toEqual(
      expect.arrayContaining(['proximal-weakness-upper', 'proximal-weakness-lower']),
    );
  });

  it("reads the abstract's case presentation as the patient's", () => {
    const r = extractCase(article('Rashes vary.'));
    expect(r.case.findings.find((f) => f.id === 'heliotrope-rash')?.status).toBe('present');
  });

  it('reads "characteristic" in a past-tense report as the patient\'s, in the present tense as general', () => {
    const text =
      'Case presentation\n\nA 60-year-old man was seen. ' +
      'Based on the characteristic Gottron papules and symmetrical proximal weakness, dermatomyositis was diagnosed. ' +
      'Dysphagia is characteristic of the disease.';
    expect(subjects(text).map((x) => x[1])).toEqual(['patient', 'patient', 'general']);
  });

  it('reads "characterized by" in a past-tense report about the patient as hers, in the present tense as general', () => {
    const text =
      'Case presentation\n\nA 58-year-old woman was seen. ' +
      'She developed an illness two months earlier, characterized by fatigue and thigh pain. ' +
      'Presented a progressive illness which began 3 months earlier, characterized by weakness. ' +
      'Dermatomyositis is characterized by proximal weakness. ' +
      'Dermatomyositis, characterized by rash and weakness, was described in 1887.';
    expect(subjects(text).map((x) => x[1])).toEqual(['patient', 'patient', 'patient', 'general', 'general']);
  });

  it('reads "a series of investigations" as things done to the patient, not a case series', () => {
    const text = 'A man had weakness.\nAfter a series of investigations, he was diagnosed with lung cancer.';
    expect(subjects(text).map((x) => x[1])).toEqual(['patient', 'patient']);
    expect(subjects('A man had weakness.\nIn a series of 40 patients, 5 had lung cancer.').at(-1)?.[1]).toBe(
      'cohort',
    );
  });
});

describe('sentence attribution: fifth round (issue 12)', () => {
  it('reads "pathognomonic findings of …" in a past-tense report as this patient\'s signs', () => {
    const text =
      'A 47-year-old woman had a rash. Pathognomonic findings of heliotrope rash and Gottron papules suggested dermatomyositis.';
    expect(subjects(text).map((x) => x[1])).toEqual(['patient', 'patient']);
    const general = 'Gottron papules are considered pathognomonic of dermatomyositis.';
    expect(subjects(general).map((x) => x[1])).toEqual(['general']);
  });
  it('does not read a sex ratio as a person', () => {
    const text = 'Discussion\nThe female-to-male ratio is 2:1 in most series.';
    expect(subjects(text).map((x) => x[1])).toEqual(['general']);
  });
});

describe('sentence attribution: a reference marker in a case section (issue 12, sixth round)', () => {
  it("keeps a past-tense report with a citation marker the patient's; a present-tense claim stays general", () => {
    const text =
      'Anti-HMGCR myopathy: a case report\n\nCase presentation\n\nA 50-year-old woman had proximal weakness. ' +
      'Antinuclear antibodies and a myositis line blot [4] were negative. ' +
      'Anti-HMGCR antibodies are found in statin users [5].';
    expect(subjects(text).map((x) => x[1])).toEqual(['patient', 'patient', 'patient', 'general']);
    expect(subjects(text)[2]![0]).toMatch(/^Antinuclear/);
  });
});

describe('sentence attribution: a self-reference in brackets (issue 12, eighth round)', () => {
  it('keeps a definition with "(in this case, …)" general; a self-reference outside brackets stays the patient\'s', () => {
    const text =
      'Case presentation\n\nA 55-year-old woman had cracked fingertips and interstitial lung disease. ' +
      'Antisynthetase syndrome is characterised by an antisynthetase antibody (in this case, anti-EJ) with arthritis or Raynaud phenomenon. ' +
      'In this case, arthritis was absent.';
    expect(subjects(text).map((x) => x[1])).toEqual(['patient', 'general', 'patient']);
    const ids = extractCase(text).case.findings.map((f) => f.id);
    expect(ids).not.toContain('raynaud-phenomenon');
  });
});

describe('a heading alone on the first line (session 14)', () => {
  it('reads the line under a lone "Case report" heading as the case, not as a title', () => {
    const text = 'Case report\nDysphagia is a poor prognostic sign.\nShe had a heliotrope rash.';
    expect(subjects(text).map((x) => x[1])).toEqual(['general', 'patient']);
    expect(extractCase(text).case.findings.map((f) => f.id)).toEqual(['heliotrope-rash']);
    // the same text opened by "A case report" (a title line) was already read so
    expect(extractCase(text.replace('Case report', 'A case report')).case.findings.map((f) => f.id)).toEqual([
      'heliotrope-rash',
    ]);
    const lesson = 'Case presentation\nPhysicians should look for Gottron papules.\nShe had a rash.';
    expect(subjects(lesson)[0]![1]).toBe('general');
  });
  it('still reads "Case report: <title>" on the heading’s own line as the title', () => {
    const doc = analyse('Case report: dermatomyositis with dysphagia\nShe had Gottron papules.');
    expect(doc.sentences[0]!.attribution.reason).toBe('title');
  });
});

describe('a lesson verb whose object introduces the patient late in the sentence (session 43)', () => {
  it('reads the sentence as the case when the patient comes after two asides', () => {
    const t =
      'Myositis and a biologic\n\nThis report highlights the newer treatments of myositis, with a focus on one ' +
      'biologic drug, an interferon blocker given off label, in a 41 year-old woman with refractory dermatomyositis.';
    expect(subjects(t).map(([, who]) => who)).toEqual(['patient', 'patient']);
    expect(extractCase(t).case.patient).toMatchObject({ age: 41, sex: 'female' });
  });
  it('keeps a lesson that introduces no patient general (control)', () => {
    const t =
      'Myositis and a biologic\n\nA 50-year-old man had myositis. This report highlights that refractory myositis ' +
      'may respond to an interferon blocker given off label.';
    expect(subjects(t).map(([, who]) => who)).toEqual(['patient', 'patient', 'general']);
  });
});

describe('a person of another report, cited by "only one report from" or "has been reported in" (session 43)', () => {
  it('gives the cited woman her own cancer, not the patient', () => {
    const t =
      'A case of myositis\n\nThere is only one report from Korea of a woman who developed myositis with a ' +
      'relapse of cervical cancer. We report a patient with myositis; screening revealed an ovarian carcinoma.';
    expect(subjects(t).map(([, who]) => who)).toEqual(['patient', 'other-patient', 'patient']);
    expect(extractCase(t).case.cancers.map((c) => c.site)).toEqual(['ovary']);
  });
  it('reads "has been reported in a 60-year-old man" as another report', () => {
    const t = 'Myositis\n\nA similar course has been reported in a 60-year-old man with gastric cancer.';
    expect(subjects(t).map(([, who]) => who)).toEqual(['patient', 'other-patient']);
  });
  it('keeps the report of the own case (control)', () => {
    const t = 'Myositis\n\nWe report a 60-year-old man with gastric cancer and myositis.';
    expect(subjects(t).map(([, who]) => who)).toEqual(['patient', 'patient']);
  });
});

describe('a definition whose subject carries a gloss in brackets (session 43)', () => {
  it('reads "HTLV-1 (<its name in full>) is a retrovirus associated with … lymphoma" as general', () => {
    const t =
      'Myositis in a child\n\nThe HTLV-1 (a human virus, named in full in the paper) is a retrovirus tied to a ' +
      'myelopathy and an adult T-cell lymphoma. We report a 10-year-old girl with polymyositis.';
    expect(subjects(t).map(([, who]) => who)).toEqual(['patient', 'general', 'patient']);
    expect(extractCase(t).case.cancers).toEqual([]);
  });
  it('keeps a patient with a bracketed aside as the patient (control)', () => {
    const t = 'Myositis\n\nThe patient (a 50-year-old man) is weak in both thighs.';
    expect(subjects(t).map(([, who]) => who)).toEqual(['patient', 'patient']);
  });
});
