/**
 * Describe blocks that each test several field groups at once (findings, labs, antibodies, cancers, onset, the
 * patient), from batches of development constructions; they stay whole here because a describe block moves as one.
 * Each construction has its control.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { antibodies, findings, labs, read, statedFindings } from '../__fixtures__/read-case.js';
import { extractCase } from '../extract.js';
import {
  antibodiesAfterWeakThighs,
  antibodiesWithTitresAfterTitle,
  antibodyLinesAfterTitle,
  cancerHistologiesAfterWeakThighs,
  cancerOrdersAfterHeading,
  cancerSitesAfterWeakThighs,
  findingLinesAfterTitle,
  labReadingsAfterWeakThighs,
  labsAfterTitle,
  labsAfterWeakThighs,
  onsetOfTitledText,
  readAfterTitle,
  sortedAntibodiesAfterWeakThighs,
  sortedLabsAfterWeakThighs,
  statedFindingsAfterRash,
  WEAK_THIGHS_CASE,
} from './__fixtures__/helpers.js';
import {
  cancerTimesAfterWeakThighs as cancerTimesOf,
  cancersAfterHeading as cancersOf,
  onsetAfterHeading,
  onsetAfterWeakThighs,
} from './__fixtures__/timing.js';

describe('sixteenth round', () => {
  const smoking = (text: string) => read(text).patient.smoking;

  it('reads a denied smoker as a never-smoker, and leaves a denied current smoker unstated', () => {
    expect(smoking('She denied being a smoker.')).toBe('never');
    expect(smoking('He is a smoker.')).toBe('current');
    expect(smoking('She is not a current smoker.')).toBeUndefined();
  });

  it('reads "low" right before a lab name, not when it is denied', () => {
    expect(labs('The work-up showed a positive ANA and low C3.')).toEqual(['C3 low']);
    expect(labs('There was no low platelet count.')).toEqual([]);
  });

  it('reads a value after "was unchanged", and not a number of hours as a value', () => {
    expect(labs('Her CK was unchanged (1,870 iu/l).')).toEqual(['CK 1870']);
    expect(labs('CK fell from 9,400 U/L to 4,100 U/L within 36 h of stopping the drug.')).toEqual([
      'CK 9400',
      'CK 4100',
    ]);
  });

  it('keeps the two ANCA patterns apart, and knows VGCC antibodies', () => {
    expect(antibodies('c-ANCA was negative and p-ANCA was positive.')).toEqual({
      'c-ANCA': 'negative',
      'p-ANCA': 'positive',
    });
    expect(antibodies('P/Q-type VGCC antibodies were positive.')).toEqual({ VGCC: 'positive' });
  });

  it('reads "renal cell cancer" as a renal cell carcinoma of the kidney', () => {
    expect(read('Years before, a renal cell cancer had been resected.').cancers[0]).toMatchObject({
      histology: 'renal cell carcinoma',
      site: 'kidney',
    });
  });
});

describe('seventeenth round: cancers and timing', () => {
  it('knows post-transplant lymphoproliferative disorder as a lymphoid neoplasm', () => {
    expect(
      read('A muscle biopsy showed post-transplant lymphoproliferative disorder.').cancers[0],
    ).toMatchObject({
      histology: 'post-transplant lymphoproliferative disorder',
    });
    expect(read('She was diagnosed with PTLD.').cancers).toHaveLength(1);
  });

  it('dates the onset from "N ago, she had …" and "until N months prior to admission when she had …"', () => {
    expect(read('Two years ago, she had a rash on her face.').dates?.symptomOnset).toMatchObject({
      offset: -2,
      unit: 'year',
    });
    expect(
      read('She was well until 10 months prior to admission when she had an itchy rash on the chest.').dates
        ?.symptomOnset,
    ).toMatchObject({ offset: -10, unit: 'month' });
    // a worsening two months ago is not the onset
    expect(
      read('Her weakness worsened two months ago, so far that she had difficulty rising from a chair.').dates
        ?.symptomOnset,
    ).toBeUndefined();
  });
});

describe('eighteenth round: weakness, hedges, panels and biopsy words', () => {
  it('reads "proximo-distal" weakness as proximal and distal, and calves named after the weakness as distal', () => {
    expect(findings('She had a symmetrical proximo-distal muscle weakness.')).toMatchObject({
      'proximal-weakness-upper': 'present',
      'proximal-weakness-lower': 'present',
      'distal-weakness': 'present',
    });
    expect(findings('He had weakness in his thighs and calves.')).toMatchObject({
      'proximal-weakness-lower': 'present',
      'distal-weakness': 'present',
    });
    // calf enlargement beside a proximal weakness is no distal weakness
    expect(findings('Calf hypertrophy was seen with proximal weakness.')['distal-weakness']).toBeUndefined();
  });

  it('hedges a sign written "X-like", only the word glued to it, and not a shape that names a sign', () => {
    expect(findings('He had dysphagia and Gottron papule-like rashes.')).toEqual({
      dysphagia: 'present',
      'gottron-papules': 'uncertain',
    });
    expect(findings('She had proximal weakness, like her brother.')).toMatchObject({
      'proximal-weakness-upper': 'present',
    });
    expect(findings('A shawl-like rash covered her upper back.')).toMatchObject({ 'shawl-sign': 'present' });
  });

  it('reads a "myositis dot" (dot blot) as the myositis panel', () => {
    expect(antibodies('ANA and myositis dot were negative.')).toEqual({
      ANA: 'negative',
      'myositis antibody panel': 'negative',
    });
  });

  it('reads "necrotic and regenerating" fibres and "inflammatory changes" on a muscle biopsy', () => {
    expect(
      read('A muscle biopsy showed necrotic and regenerating fibres with slight inflammatory changes.')
        .muscleBiopsy?.features,
    ).toEqual({
      necrosis: 'present',
      regeneration: 'present',
      inflammatoryInfiltrate: 'present',
    });
  });
});

describe('nineteenth round', () => {
  it('reads the labs in a list after "negative for" as normal, not a lab that opens its own clause', () => {
    expect(labs('Her labs were negative for SSA, ANA, ESR, CRP, CK and aldolase.')).toEqual([
      'ESR normal',
      'CRP normal',
      'CK normal',
      'aldolase normal',
    ]);
    expect(labs('Serology was negative for HIV and CK was measured later.')).toEqual([]);
  });

  it('does not read a cytokeratin stain ("positivity for CK20") as creatine kinase', () => {
    expect(labs('The node held a carcinoma with dot-like positivity for CK20.')).toEqual([]);
    expect(labs('CK4500 on admission.')).toEqual(['CK 4500']);
  });

  it('does not read a recovery to normal strength as strength that was always normal', () => {
    expect(findings('Treatment gave a dramatic response with a return to normal strength.')).toEqual({});
    expect(findings('Muscle strength was normal.')).toMatchObject({ 'proximal-weakness-upper': 'absent' });
  });
});

describe('a fourth round: records, general associations, names, table rows', () => {
  const doc = (text: string) => extractCase(text).case;
  it('"Home medications include …" is the patient’s record, and the lab panel after it is read', () => {
    const c = doc(
      'A 61-year-old woman was admitted with weakness. Home medications include amlodipine and simvastatin.\n\nAST 940 U/L, ALT 310 U/L.',
    );
    expect(c.labs.map((l) => `${l.analyte} ${l.value}`)).toEqual(['AST 940', 'ALT 310']);
  });
  it('control: "Symptoms include …" on a page about the disease stays general', () => {
    expect(
      doc('Dermatomyositis overview\n\nSymptoms include proximal weakness and a violaceous rash.').findings,
    ).toEqual([]);
  });
  it('an antibody’s associations told in the present tense are not the patient’s results', () => {
    const c = readAfterTitle(
      'Lately, anti-NXP2 antibodies were recognised as myositis-specific, and are closely associated with calcinosis but not with interstitial lung disease.',
    );
    expect(c.antibodies).toEqual([]);
    expect(c.findings.map((f) => f.id)).not.toContain('interstitial-lung-disease');
  });
  it('control: a result in the sentence keeps it the patient’s', () => {
    expect(
      antibodiesWithTitresAfterTitle(
        'Anti-TIF1-gamma antibodies, which are associated with cancer, were strongly positive.',
      ),
    ).toEqual({ 'TIF1-gamma': 'positive' });
  });
  it('"We describe a subtype of dermatomyositis associated with anti-MDA5" is about the subtype', () => {
    expect(
      antibodiesWithTitresAfterTitle(
        'We describe a subtype of dermatomyositis associated with anti-MDA5 antibodies.',
      ),
    ).toEqual({});
  });
  it('control: "Here we report a woman with anti-MDA5 antibody-associated dermatomyositis" is the patient’s', () => {
    expect(
      antibodiesWithTitresAfterTitle(
        'Here we report a woman with anti-MDA5 antibody-associated dermatomyositis.',
      ),
    ).toEqual({
      MDA5: 'positive',
    });
  });
  it('an antibody naming the patient’s lung disease is positive', () => {
    expect(
      antibodiesWithTitresAfterTitle(
        'She had anti-MDA5-associated interstitial pneumonia that progressed quickly.',
      ),
    ).toEqual({
      MDA5: 'positive',
    });
    expect(antibodiesWithTitresAfterTitle('He had anti-Jo-1-associated ILD.')).toEqual({
      'Jo-1': 'positive',
    });
  });
  it('control: the lung disease named by the antibody as a subject in the present tense is general', () => {
    expect(antibodiesWithTitresAfterTitle('Anti-MDA5-associated ILD is often rapidly progressive.')).toEqual(
      {},
    );
  });
  it('names spelled out: ribonucleoprotein, Sjögren’s syndrome A', () => {
    expect(antibodiesWithTitresAfterTitle('Anti-U1-ribonucleoprotein antibodies were negative.')).toEqual({
      'U1-RNP': 'negative',
    });
    expect(antibodiesWithTitresAfterTitle('Anti-Sjögren’s syndrome-A antibodies were negative.')).toEqual({
      'SSA/Ro': 'negative',
    });
  });
  it('a table row "ANA | Negative |" with its closing bar', () => {
    expect(antibodiesWithTitresAfterTitle('ANA | Negative |')).toEqual({ ANA: 'negative' });
    expect(antibodiesWithTitresAfterTitle('Anti-SRP antibody | positive |')).toEqual({ SRP: 'positive' });
  });
  it('control: a bar-separated line with no result is page furniture', () => {
    const c = readAfterTitle('Home | Dermatomyositis | Contact |');
    expect([...c.antibodies, ...c.labs, ...c.findings]).toEqual([]);
  });
  it('an apposition between the analyte and its value', () => {
    expect(
      readAfterTitle('Ferritin, a marker of disease activity, was 2,140 ng/mL.').labs.map((l) => l.value),
    ).toEqual([2140]);
  });
  it('"CK on discharge was 71 U/L"', () => {
    expect(readAfterTitle('CK on discharge was 71 U/L.').labs.map((l) => `${l.analyte} ${l.value}`)).toEqual([
      'CK 71',
    ]);
  });
  it('a duration of poikiloderma or of a dermatitis is the onset', () => {
    const onsetOf = (t: string) =>
      extractCase(`Myositis: a case report\n\nA 61-year-old man. ${t}`).case.dates?.symptomOnset;
    expect(onsetOf('He had itchy poikiloderma over the trunk of 2 years’ duration.')).toEqual({
      relativeTo: 'presentation',
      offset: -2,
      unit: 'year',
    });
    expect(onsetOf('He came with a 6-month history of dermatitis over the knuckles.')).toEqual({
      relativeTo: 'presentation',
      offset: -6,
      unit: 'month',
    });
  });
  it('"symptoms initiated around N months back" is the onset', () => {
    expect(
      extractCase(
        'Myositis: a case report\n\nA 50-year-old man. His symptoms initiated around 5 months back.',
      ).case.dates?.symptomOnset,
    ).toEqual({ relativeTo: 'presentation', offset: -5, unit: 'month' });
  });
  it('"polyarthralgia" and "painful ulcers on her hands"', () => {
    const ids = readAfterTitle('She had polyarthralgia and painful ulcers on her hands.').findings.map(
      (f) => `${f.id}:${f.status}`,
    );
    expect(ids).toEqual(expect.arrayContaining(['arthralgia:present', 'skin-ulceration:present']));
  });
});

describe('a fifth round: another illness’s duration, drugs named like analytes, quiz options', () => {
  const onsetOf = (t: string) => extractCase(`Myositis: a case report\n\n${t}`).case.dates?.symptomOnset;
  it('"a man with psoriasis for 25 years presented with a rash for 10 days": the onset is the rash’s', () => {
    expect(
      onsetOf('A 66-year-old man with psoriasis for 25 years presented with a rash for the past 10 days.'),
    ).toEqual({ relativeTo: 'presentation', offset: -10, unit: 'day' });
  });
  it('control: a rash for 3 months is the onset', () => {
    expect(onsetOf('A 66-year-old man had a rash for 3 months.')).toEqual({
      relativeTo: 'presentation',
      offset: -3,
      unit: 'month',
    });
  });
  it('"thyroxine replacement", "urea cream": drugs, not raised levels', () => {
    const l = readAfterTitle(
      'After a raised CK, thyroxine replacement was begun; a 10% urea cream increased the itch.',
    ).labs;
    expect(l.map((x) => `${x.analyte} ${x.interpretation}`)).toEqual(['CK elevated']);
  });
  it('"creatine phosphokinase-MB isoenzyme" is CK-MB, not total CK', () => {
    expect(
      readAfterTitle('There was a lasting rise of creatine phosphokinase-MB isoenzyme.').labs.map(
        (x) => x.analyte,
      ),
    ).toEqual(['CK-MB']);
  });
  it('the lettered options of a quiz question are not the patient’s', () => {
    const c = extractCase(
      'Image quiz\n\nA 58-year-old man has a swollen calf. What is the diagnosis?\nA. Neurogenic hypertrophy\nB. Marginal zone lymphoma\nC. Focal myositis',
    ).case;
    expect(c.cancers).toEqual([]);
  });
  it('control: a cancer of the case itself stays', () => {
    expect(
      readAfterTitle('A lymphoma was found. A. The patient was then treated.').cancers.map(
        (k) => k.histology,
      ),
    ).toEqual(['lymphoma']);
  });
});

describe('third batch: clauses, families, study variables, checkpoint intervals', () => {
  it('an analyte with its own copula takes its own reading ("CRP was elevated and albumin was decreased")', () => {
    const c = readAfterTitle('CRP was elevated and albumin was decreased.');
    expect(c.labs.map((l) => `${l.analyte} ${l.interpretation}`)).toEqual(['CRP elevated', 'albumin low']);
  });
  it('"positive for ANA, but also anticentromere antibodies, and negative for …": the list after "but also" is positive', () => {
    expect(
      antibodyLinesAfterTitle(
        'She is positive for ANA, but also anticentromere antibodies, and negative for other antibodies.',
      ),
    ).toEqual(['ANA=positive', 'centromere=positive']);
  });
  it('an enzyme named after a cancer is no cancer ("anaplastic lymphoma kinase")', () => {
    expect(readAfterTitle('ALK (anaplastic lymphoma kinase) was tested on the biopsy.').cancers).toEqual([]);
  });
  it('"arthromyalgia" is muscle pain; "proximal muscle deficiency" is weakness', () => {
    expect(findingLinesAfterTitle('She complained of arthromyalgia.')).toEqual(['myalgia=present']);
    expect(findingLinesAfterTitle('He had proximal muscle deficiency.')).toEqual([
      'proximal-weakness-upper=present',
      'proximal-weakness-lower=present',
    ]);
    expect(findingLinesAfterTitle('Vitamin D deficiency was found.')).toEqual([]);
  });
  it('a denial reaches across a long list of short bare items', () => {
    expect(
      findingLinesAfterTitle(
        'He had no cough, night pain, visual change, tingling, bladder trouble, fevers, chest pain, sweats, hair loss, mouth ulcers, myalgia or joint pain.',
      ),
    ).toEqual(['fever=absent', 'myalgia=absent', 'arthralgia=absent']);
  });
  it('"… colon cancer in her grandfather" is the family’s', () => {
    const c = readAfterTitle('She reports no family history apart from colon cancer in her grandfather.');
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
    expect(labsAfterTitle('Further studies include CK 900 U/L and a negative myositis panel.')).toEqual([
      'CK 900 U/L',
    ]);
  });
  it('a study’s variable assessed is no finding ("The occurrence of … ILD was recorded")', () => {
    expect(
      findingLinesAfterTitle('The occurrence of cancer and interstitial lung disease was recorded.'),
    ).toEqual([]);
    expect(findingLinesAfterTitle('The presence of interstitial lung disease was confirmed by CT.')).toEqual([
      'interstitial-lung-disease=present',
    ]);
  });
  it('a hedge on the diagnosis in the main clause leaves a fronted time clause’s signs present', () => {
    expect(
      findingLinesAfterTitle('Following the onset of proximal weakness, myositis was suspected.'),
    ).toEqual(['proximal-weakness-upper=present', 'proximal-weakness-lower=present']);
  });
  it('the CK isoenzymes are analytes of their own, and a total CK beside them keeps its value', () => {
    expect(labsAfterTitle('Lab: CK 153, CK-MM 94, CK-BB 0.')).toEqual(['CK 153', 'CK-MM 94', 'CK-BB 0']);
    expect(labsAfterTitle('Serum CK-MB was 30 U/L.')).toEqual(['CK-MB 30 U/L']);
  });
  it('an age written "52-year" without "old" after a label, and never an onset', () => {
    const c = extractCase('Myositis: a case report\n\nPatient: 52-year lady with weakness.').case;
    expect(c.patient.age).toBe(52);
    expect(onsetOfTitledText('A 41-year gentleman with weakness was seen.')).toBeNull();
  });
  it('a duration of the sentence takes its symptom from its own clause between semicolons', () => {
    expect(
      onsetOfTitledText(
        'A 50-year-old man was seen. About 6 weeks of thigh aching and weakness; weight loss over the past year.',
      ),
    ).toBe('-6 week');
  });
  it('"White blood count: 14,200", "no swallowing symptoms"', () => {
    expect(labsAfterTitle('White blood count: 14,200.')).toEqual(['WBC 14200']);
    expect(findingLinesAfterTitle('No swallowing symptoms.')).toEqual(['dysphagia=absent']);
  });
});

describe('fourth batch: colons after a denial, relatives by side, smoking histories, units', () => {
  it('"did not have:" keeps the denial over the list after the colon', () => {
    expect(
      findingLinesAfterTitle(
        'However, he did not have: muscle weakness, trouble swallowing, swollen joints.',
      ),
    ).toEqual([
      'proximal-weakness-upper=absent',
      'proximal-weakness-lower=absent',
      'dysphagia=absent',
      'arthritis=absent',
    ]);
  });
  it('"… in her paternal aunt" is the family’s', () => {
    expect(
      readAfterTitle('No family history apart from a breast cancer in her paternal aunt.').cancers,
    ).toEqual([]);
  });
  it('"never used tobacco" is a never-smoker; a "remote" smoking history a former one', () => {
    expect(readAfterTitle('She never used tobacco.').patient.smoking).toBe('never');
    expect(readAfterTitle('He had a remote 30-pack-year history of cigarette smoking.').patient.smoking).toBe(
      'former',
    );
  });
  it('"unit/L" is U/L', () => {
    expect(labsAfterTitle('Creatine kinase was 4480 unit/L.')).toEqual(['CK 4480 U/L']);
  });
});

describe('fifth batch: arms as the means, bare nouns before modals, trailing risks, glued headings', () => {
  it('"without pushing with his arms": the arms are the means, not weak', () => {
    expect(findingLinesAfterTitle('He could not rise from sitting without pushing with his arms.')).toEqual([
      'proximal-weakness-lower=present',
    ]);
  });
  it('"Patient may report …" is any patient', () => {
    expect(findingLinesAfterTitle('Patient may report trouble combing hair or rising from a chair.')).toEqual(
      [],
    );
    expect(findingLinesAfterTitle('Patient was unable to rise from a chair.')).toEqual([
      'proximal-weakness-lower=present',
    ]);
  });
  it('"…, which predisposes to ILD" says what the antibody goes with', () => {
    const c = readAfterTitle('Her anti-MDA5 was positive, which predisposes to ILD.');
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
    expect(labsAfterTitle('Her free thyroxine (T4) was 0.6 ng/dL.')).toEqual(['free T4 0.6 ng/dL']);
  });
  it('… and a more specific gloss is kept ("brain natriuretic peptide (NT-pro BNP)")', () => {
    expect(labsAfterTitle('Brain natriuretic peptide (NT-pro BNP) was 240 pmol/L.')).toEqual([
      'NT-proBNP 240 pmol/L',
    ]);
  });
  it('a urine ion is not the serum one', () => {
    expect(labsAfterTitle('Urinary potassium was 31 mmol/L.')).toEqual(['urine potassium 31 mmol/L']);
  });
  it('"calcium ionized" and "the sedimentation (… mm/hr)"', () => {
    expect(labsAfterTitle('Calcium ionized 3.2 mg/dL.')).toEqual(['ionised calcium 3.2 mg/dL']);
    expect(labsAfterTitle('The sedimentation (44 mm/hr) was raised.')).toEqual(['ESR 44 mm/h']);
  });
  it('"denied weight changes" is no weight loss; "weight changes" stated is no sign', () => {
    expect(findingLinesAfterTitle('He denied weight changes or fevers.')).toEqual([
      'fever=absent',
      'weight-loss=absent',
    ]);
    expect(findingLinesAfterTitle('She reported weight changes.')).toEqual([]);
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
    expect(findingLinesAfterTitle('In general, fever is uncommon in myositis.')).toEqual([]);
  });
  it('"Anti-PL-7 myofasciitis" names the antibody by the disease', () => {
    const c = extractCase('Anti-PL-7 myofasciitis\n\nCase: A 50-year-old man had myalgia.').case;
    expect(c.antibodies.map((a) => `${a.target}=${a.result}`)).toEqual(['PL-7=positive']);
  });
  it('"thyroid peroxidise antibodies"', () => {
    expect(antibodyLinesAfterTitle('She had positive thyroid peroxidise antibodies.')).toEqual([
      'TPO=positive',
    ]);
  });
});

describe('smoking, a treatment without effect, and two more cancer names', () => {
  it('"an ex-cigarette smoker" smoked before', () => {
    expect(
      extractCase('A 58-year-old man, an ex-cigarette smoker, presented with weakness.').case.patient.smoking,
    ).toBe('former');
  });

  it('"no effect on skin lesions" denies no sign of the skin', () => {
    // (the heliotrope rash and Gottron's papules and sign had been read absent)
    const f = extractCase(
      'A 58-year-old man with dermatomyositis was treated with prednisone. There was no effect on skin lesions.',
    ).case.findings;
    expect(f.filter((x) => x.status === 'absent')).toEqual([]);
    // control: lesions denied outright are absent
    expect(
      extractCase('A 58-year-old man had no skin lesions.').case.findings.some((x) => x.status === 'absent'),
    ).toBe(true);
  });

  it('"the uterine cervix" is the cervix; "glucagonoma" is a tumour of the pancreas', () => {
    const sites = (t: string) =>
      cancersOf(`A 57-year-old woman presented with dermatomyositis. ${t}`).map((k) => k.site);
    expect(sites('Biopsy showed adenocarcinoma of the uterine cervix.')).toEqual(['cervix']);
    expect(sites('CT showed a pancreatic mass; biopsy confirmed glucagonoma.')).toEqual(['pancreas']);
  });
});

describe('salts, falls and a malignant word that is no cancer', () => {
  it('reads no serum sodium from "valproate sodium" or "heparin sodium"', () => {
    // (both had been read as the serum sodium)
    expect(labsAfterWeakThighs('Valproate sodium level was 96 µg/mL.')).toEqual([]);
    expect(labsAfterWeakThighs('Heparin sodium 5000 units was given; serum sodium was 131 mmol/L.')).toEqual([
      'sodium:131 mmol/L',
    ]);
  });

  it('reads no low value from "reduced by roughly half"', () => {
    expect(labsAfterWeakThighs('CA 15-3 was reduced by roughly half.')).toEqual([]);
    // control
    expect(labsAfterWeakThighs('Albumin was decreased (28 g/L).')).toEqual(['albumin:28 g/L low']);
  });

  it('reads no family cancer history from "malignant hyperthermia"', () => {
    const family = (text: string) => extractCase(WEAK_THIGHS_CASE + text).case.patient.familyHistoryOfCancer;
    expect(family('Her family history was negative for malignant hyperthermia.')).toBeUndefined();
    expect(family('Her family history was negative for malignant disease.')).toBe('no');
  });
});

describe('a fourth batch: denials over a list, a later rise, a planned operation, a tumour unknown before', () => {
  it('reads no raised potassium from "No hyperthermia, increased serum potassium level, or arrhythmia was observed"', () => {
    // (potassium had been read raised)
    expect(
      labsAfterWeakThighs('No hyperthermia, increased serum potassium level, or arrhythmia was observed.'),
    ).not.toContain('potassium: elevated');
    // control: an item of its own after a denied one
    expect(labsAfterWeakThighs('She had no fever, elevated CK and a rash.')).toEqual(['CK: elevated']);
  });

  it('keeps the value after "but rose to"', () => {
    expect(
      labsAfterWeakThighs('CK was 5,100 U/L on admission but rose to 23,400 U/L after 12 hours.'),
    ).toEqual(['CK:5100 U/L', 'CK:23400 U/L']);
  });

  it('keeps the cancer an operation is planned for, and a tumour "previously unknown" as found now', () => {
    expect(
      cancerSitesAfterWeakThighs('He was listed for a prostatectomy for prostate adenocarcinoma.'),
    ).toEqual(['prostate/adenocarcinoma']);
    // control: a cancer only looked for
    expect(cancerSitesAfterWeakThighs('He was screened to rule out prostate cancer.')).toEqual([]);
    expect(
      cancerOrdersAfterHeading(
        'A 66-year-old man presented with dermatomyositis. CT revealed a previously undiagnosed renal cell carcinoma.',
      ),
    ).toEqual(['after']);
    expect(
      cancerOrdersAfterHeading(
        'A 66-year-old man presented with dermatomyositis. He had previously been treated for renal cell carcinoma.',
      ),
    ).toEqual(['before']);
  });

  it('reads "a negative serum ANA, a raised eosinophil count" as a negative ANA', () => {
    // (the next item's "elevated" had made it positive)
    expect(
      antibodiesAfterWeakThighs(
        'Tests showed a negative serum antinuclear antibody, a raised eosinophil count.',
      ),
    ).toEqual(['ANA=negative']);
  });
});

describe('rarer antibodies, a participle of a find, and an onset told in the past perfect', () => {
  it('knows anti-NOR90, anti-RuvBL1/2 and anti-eIF2B', () => {
    // (no result had been read: the names were unknown)
    expect(antibodiesAfterWeakThighs('Anti-NOR90 was positive.')).toEqual(['NOR90=positive']);
    expect(antibodiesAfterWeakThighs('Anti-RuvBL1/2 antibodies were positive.')).toEqual([
      'RuvBL1/2=positive',
    ]);
    expect(antibodiesAfterWeakThighs('Anti-eIF2B antibodies were found.')).toEqual(['eIF2B=positive']);
  });

  it('reads "further testing was sought demonstrating anti-X" as positive', () => {
    expect(
      antibodiesAfterWeakThighs('A line blot was then run, demonstrating anti-PL-7 autoantibodies.'),
    ).toEqual(['PL-7=positive']);
    // control: a denial after the participle
    expect(antibodiesAfterWeakThighs('A repeat blot was done, showing no anti-Jo-1 antibodies.')).toEqual([
      'Jo-1=negative',
    ]);
  });

  it('dates the onset by "weakness that had begun in March 2019"', () => {
    // (no onset had been read; "began" was)
    expect(
      onsetAfterHeading(
        'A 52-year-old woman presented in June 2019 with weakness that had begun in March 2019.',
      ),
    ).toBeCloseTo(3, 0);
  });
});

describe('a fifth batch: the neck is not the cervix, a TNM stage is not a thyroxine, a previous smoker', () => {
  it('gives no cervix to "a cervical tumor at C1–C2", and keeps it for a cervical carcinoma', () => {
    // (a carcinoma of the uterine cervix had been read)
    expect(cancerSitesAfterWeakThighs('MRI showed a cervical tumor at C1–C2.')).toEqual([]);
    expect(cancerSitesAfterWeakThighs('Biopsy showed a cervical carcinoma.')).toEqual(['cervix/carcinoma']);
  });

  it('reads no thyroxine from the stage "T4aN1bM1"', () => {
    // (a T4 of 1 had been read)
    expect(labsAfterWeakThighs('The tumour was staged T4aN1bM1.')).toEqual([]);
    // control
    expect(labsAfterWeakThighs('T4 was 140 nmol/L.')).toEqual(['T4:140 nmol/L']);
  });

  it('reads "a previous smoker" as former, and knows anti-PLA2R and "hypercortisolaemia"', () => {
    expect(extractCase(WEAK_THIGHS_CASE + 'She was a previous smoker.').case.patient.smoking).toBe('former');
    expect(antibodiesAfterWeakThighs('Anti-PLA2R antibodies were negative.')).toEqual(['PLA2R=negative']);
    expect(labsAfterWeakThighs('She had hypercortisolaemia.')).toEqual(['cortisol: elevated']);
  });
});

describe('three more readings of the tenth round', () => {
  it('"could not rise from a chair with her arms folded" gives no weakness of the arms', () => {
    expect(statedFindingsAfterRash('She could not rise from a chair with her arms folded.')).toEqual([
      'proximal-weakness-lower:present',
    ]);
    // control: the arms named as what is weak
    expect(statedFindingsAfterRash('She could not lift her arms.')).toEqual([
      'proximal-weakness-upper:present',
    ]);
  });

  it('"Hip flexion was weak whereas neck flexion was normal" gives no weakness of the neck', () => {
    expect(
      statedFindingsAfterRash('Hip flexion was weak (MRC 3/5) whereas neck flexion was normal.'),
    ).toEqual(['proximal-weakness-lower:present']);
    expect(statedFindingsAfterRash('Neck flexion was weak.')).toEqual(['neck-flexor-weakness:present']);
  });

  it('"treated for Hodgkin lymphoma in childhood" is a cancer before the myositis', () => {
    expect(cancerTimesOf('She was treated for Hodgkin lymphoma in childhood.')).toEqual([
      [undefined, 'before'],
    ]);
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
    expect(sortedAntibodiesAfterWeakThighs('Myositis ENA panel was negative.')).toEqual([
      'myositis antibody panel=negative',
    ]);
    expect(sortedAntibodiesAfterWeakThighs('ENA panel was negative.')).toEqual(['ENA=negative']);
    expect(labReadingsAfterWeakThighs('Hb 10.2 gms/dl.')).toEqual(['haemoglobin=10.2 g/dL']);
  });
});

describe('more things that are not what they seem', () => {
  it('reads "peri-" as the eyelids only in "peri-orbital"', () => {
    expect(statedFindings('There was a peri-oral erythematous rash.')).toEqual([]);
    expect(statedFindings('She had an erythematous rash with peri-vascular infiltrates on biopsy.')).toEqual(
      [],
    );
    // control
    expect(statedFindings('There was a peri-orbital erythematous rash.')).toEqual([
      'heliotrope-rash:present',
    ]);
  });

  it('reads no T3 from a pathological stage', () => {
    expect(sortedLabsAfterWeakThighs('Histology showed a p-T3 (52 mm in diameter) tumour.')).toEqual([]);
    // control
    expect(sortedLabsAfterWeakThighs('T3 was 1.2 nmol/L.')).toEqual(['T3=1.2 nmol/L']);
  });

  it('gives no cancer for tumour infiltration, cancer cachexia or an intraepithelial neoplasia', () => {
    expect(
      cancerHistologiesAfterWeakThighs(
        'She underwent resection of the descending colon because of tumour infiltration from a gastric carcinoma.',
      ),
    ).toEqual(['carcinoma@stomach']);
    expect(
      cancerHistologiesAfterWeakThighs('The rash faded, but he died from cancer cachexia five months on.'),
    ).toEqual([]);
    expect(
      cancerHistologiesAfterWeakThighs(
        'A cervical biopsy showed cervical intraepithelial neoplasia grade 3.',
      ),
    ).toEqual([]);
  });

  it('takes no onset from how long a sign lasted before it resolved', () => {
    expect(
      onsetAfterWeakThighs('After chemoradiotherapy, her rash persisted for two months before resolving.'),
    ).toBeUndefined();
    // control
    expect(onsetAfterWeakThighs('Her rash had been present for two months before admission.')).toBe(2);
  });

  it('dates a cancer after the myositis when the weakness came before its first symptoms', () => {
    expect(
      cancerTimesOf('Her weakness had begun 2 months before the first symptoms of her lung cancer.'),
    ).toEqual([['lung', 2]]);
    // control: the myositis's own first symptoms as the anchor
    expect(
      cancerTimesOf('A breast carcinoma was found 3 months after the first symptoms of dermatomyositis.'),
    ).toEqual([['breast', 3]]);
  });
});
