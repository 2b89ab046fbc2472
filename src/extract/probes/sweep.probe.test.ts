/**
 * Template sweep (issue 12, session 20): every criteria finding, antibody, lab and cancer crossed with sentence
 * templates of one kind — a denial, a statement about others, a hedge or a question, a general statement — and
 * checked for the one error that matters most: the opposite reading, or a fact given to the patient that the text
 * does not give her. A miss (no reading) is allowed here; the probe tables test recall.
 *
 * The first sweep (session 20) found 25 templates read the wrong way round or given to the patient, among them
 * "Dysphagia was never present", "Fever has not been observed" and "CK was above the upper limit of normal" (read
 * normal); each is fixed and stays in the sweep. One template family is still read as the patient's and runs as a
 * known gap: "Treatment of X is difficult" (a present-tense statement with no general cue; a rule for it would
 * also take "Swallowing is difficult", the patient's complaint).
 *
 * Every template and term is written for this file. Each sentence follows "A 40-year-old woman was seen in
 * clinic." (the read-case fixture), so that it stands inside a patient's narrative, where a general sentence is
 * hardest to tell apart.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';
import { antibodies, findings, read } from '../__fixtures__/read-case.js';

type Template = (term: string, singular: boolean) => string;

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const bare = (s: string) => s.replace(/^an? /, '');
const be = (singular: boolean) => (singular ? 'was' : 'were');

/** Finding terms: the phrase, its id, and whether it takes a singular verb. */
const FINDINGS: readonly (readonly [string, string, boolean])[] = [
  ['a heliotrope rash', 'heliotrope-rash', true],
  ['Gottron papules', 'gottron-papules', false],
  ["Gottron's sign", 'gottron-sign', true],
  ['a shawl sign', 'shawl-sign', true],
  ['a V sign', 'v-sign', true],
  ["mechanic's hands", 'mechanics-hands', false],
  ['dysphagia', 'dysphagia', true],
  ['fever', 'fever', true],
  ['Raynaud phenomenon', 'raynaud-phenomenon', true],
  ['interstitial lung disease', 'interstitial-lung-disease', true],
  ['arthritis', 'arthritis', true],
  ['calcinosis', 'calcinosis', true],
  ['periorbital oedema', 'periorbital-oedema', true],
  ['skin ulceration', 'skin-ulceration', true],
  ['neck flexor weakness', 'neck-flexor-weakness', true],
  ['proximal weakness of the legs', 'proximal-weakness-lower', true],
  ['weakness of the shoulders', 'proximal-weakness-upper', true],
];

/** Denials: the finding is absent, or not read; never present. */
const DENIALS: readonly Template[] = [
  (t) => `There was no ${bare(t)}.`,
  (t) => `No ${bare(t)} was seen.`,
  (t, sg) => `${cap(bare(t))} ${be(sg)} not present.`,
  (t, sg) => `${cap(bare(t))} ${be(sg)} absent.`,
  (t, sg) => `${cap(bare(t))} ${be(sg)} never present.`,
  (t) => `There was never any ${bare(t)}.`,
  (t) => `She denied ${bare(t)}.`,
  (t, sg) => `${cap(bare(t))} ${be(sg)} not observed.`,
  (t) => `There was no evidence of ${bare(t)}.`,
  (t) => `She did not have ${t}.`,
  (t) => `Examination was negative for ${bare(t)}.`,
  (t, sg) => `${cap(bare(t))} ${sg ? 'has' : 'have'} not been observed.`,
  (t, sg) => `${cap(bare(t))} ${be(sg)} not found.`,
  (t) => `${cap(bare(t))}: none.`,
  (t) => `${cap(bare(t))} – no.`,
  (t) => `Without ${bare(t)}.`,
  (t) => `At no point did she have ${t}.`,
  (t) => `She never developed ${t}.`,
  (t) => `${cap(bare(t))} was ruled out.`,
  (t) => `She was free of ${bare(t)}.`,
  // session 21: clinic-note answers
  (t) => `${cap(bare(t))} -.`,
  (t) => `${cap(bare(t))} – denies.`,
  (t) => `${cap(bare(t))}: ✗`,
];

/** About others, sought, feared, hedged, asked or general: never the patient's present finding. */
const NOT_STATED: readonly Template[] = [
  (t) => `Her mother had ${t}.`,
  (t) => `${cap(bare(t))} is common in dermatomyositis.`,
  (t) => `${cap(bare(t))} occurs in 30% of patients with dermatomyositis.`,
  (t) => `Patients with anti-MDA5 antibodies often develop ${bare(t)}.`,
  (t) => `${cap(bare(t))} has been reported in association with malignancy.`,
  (t) => `The differential diagnosis included ${bare(t)}.`,
  (t) => `We looked for ${bare(t)}.`,
  (t) => `To rule out ${bare(t)}, a CT scan was ordered.`,
  (t) => `If ${bare(t)} develops, she should return.`,
  (t) => `In a series of 50 patients, 20 had ${bare(t)}.`,
  (t) => `She was worried about developing ${bare(t)}.`,
  (t) => `${cap(bare(t))} was not assessed.`,
  (t) => `Whether she had ${bare(t)} was unclear.`,
  (t) => `Possible ${bare(t)}.`,
  (t) => `${cap(bare(t))} was suspected.`,
  (t) => `${cap(bare(t))} could not be excluded.`,
  (t) => `${cap(bare(t))}?`,
  (t) => `${cap(bare(t))} was not certain.`,
  (t) => `${cap(bare(t))} would be expected in this disease.`,
  (t) => `Typical manifestations, including ${bare(t)}, were first described by Unverricht.`,
  (t) => `The diagnosis rests on ${bare(t)} and raised muscle enzymes.`,
  (t) => `Dermatomyositis typically presents with ${bare(t)}.`,
  (t) => `Classic features include ${bare(t)}.`,
  // session 21
  (t) => `${cap(bare(t))}: not assessed.`,
  (t) => `${cap(bare(t))} (?)`,
  (t) => `?${bare(t)}.`,
  (t) => `Differential diagnosis: ${bare(t)}, sarcoidosis.`,
];

/** Known gaps of the sweep (run as `it.fails`: the day one passes, the sweep says so). */
const NOT_STATED_GAPS: readonly Template[] = [(t) => `Treatment of ${bare(t)} is difficult.`];

describe('sweep: finding denials are never read present', () => {
  for (const [term, id, singular] of FINDINGS)
    it(id, () => {
      const wrong = DENIALS.map((d) => d(term, singular)).filter((text) => findings(text)[id] === 'present');
      expect(wrong).toEqual([]);
    });
});

describe('sweep: what is not stated of the patient is never read present', () => {
  for (const [term, id, singular] of FINDINGS)
    it(id, () => {
      const wrong = NOT_STATED.map((d) => d(term, singular)).filter((text) =>
        Object.values(findings(text)).includes('present'),
      );
      expect(wrong).toEqual([]);
    });
  it.fails('known gap: "Treatment of X is difficult" is read as the patient’s', () => {
    const wrong = NOT_STATED_GAPS.map((d) => d('calcinosis', true)).filter((text) =>
      Object.values(findings(text)).includes('present'),
    );
    expect(wrong).toEqual([]);
  });
});

/**
 * Two clauses (session 21): the patient has the finding, and a later clause denies or normalises something else;
 * the finding stays present ("She had proximal weakness and anti-Jo-1 was negative" was read absent).
 */
const TWO_CLAUSES: readonly ((t: string) => string)[] = [
  (t) => `She had ${t} and anti-Jo-1 was negative.`,
  (t) => `She had ${t}, and the ANA was negative.`,
  (t) => `She had ${t} but CK was normal.`,
  (t) => `She developed ${t} and the myositis panel was negative.`,
  (t) => `She presented with ${t} and her CK was normal.`,
  (t) => `She complained of ${t} but denied weight loss.`,
  (t) => `Examination revealed ${t} and muscle strength was normal.`,
  (t) => `She had ${t}, and malignancy was ruled out.`,
  (t) => `She had ${t}; anti-MDA5 is common in such patients.`,
];

describe('sweep: a finding the patient had stays present beside a later clause of another fact', () => {
  for (const [term, id] of FINDINGS)
    it(id, () => {
      const wrong = TWO_CLAUSES.map((d) => d(term)).filter((text) => findings(text)[id] !== 'present');
      expect(wrong).toEqual([]);
    });
});

/** Antibodies: the name, its target. */
const ANTIBODIES: readonly (readonly [string, string])[] = [
  ['anti-Jo-1', 'Jo-1'],
  ['anti-MDA5', 'MDA5'],
  ['anti-TIF1γ', 'TIF1-gamma'],
  ['anti-NXP2', 'NXP2'],
  ['anti-SRP', 'SRP'],
  ['anti-HMGCR', 'HMGCR'],
  ['anti-Mi-2', 'Mi-2'],
  ['anti-SAE', 'SAE'],
  ['ANA', 'ANA'],
  ['anti-PL-7', 'PL-7'],
];
const AB_NEGATIVE: readonly ((a: string) => string)[] = [
  (a) => `${cap(a)} antibodies were not detected.`,
  (a) => `${cap(a)} was negative.`,
  (a) => `${cap(a)} has not been detected.`,
  (a) => `She tested negative for ${a}.`,
  (a) => `No ${a} antibodies were found.`,
  (a) => `${cap(a)}: negative.`,
  (a) => `${cap(a)} (-).`,
  (a) => `${cap(a)} was never positive.`,
  (a) => `${cap(a)} was no longer positive.`,
  (a) => `The myositis panel, including ${a}, was negative.`,
  (a) => `${cap(a)} came back negative.`,
  (a) => `There were no ${a} antibodies.`,
];
const AB_POSITIVE: readonly ((a: string) => string)[] = [
  (a) => `${cap(a)} was positive.`,
  (a) => `${cap(a)} antibodies were detected.`,
  (a) => `She was positive for ${a}.`,
  (a) => `${cap(a)} (+).`,
  (a) => `${cap(a)} was not negative.`,
  (a) => `She had ${a} antibodies.`,
  (a) => `The myositis panel was positive for ${a}.`,
  // session 21: a later clause with its own subject reports another test
  (a) => `She had ${a} antibodies and CK was normal.`,
  (a) => `She had ${a} and the chest X-ray was normal.`,
  (a) => `She later developed ${a} antibodies.`,
];
const AB_NOT_STATED: readonly ((a: string) => string)[] = [
  (a) => `${cap(a)} antibodies are associated with cancer.`,
  (a) => `${cap(a)} is found in 20% of adults with dermatomyositis.`,
  (a) => `Patients with ${a} antibodies often have a poor prognosis.`,
  (a) => `Testing for ${a} is recommended in all adults.`,
  (a) => `${cap(a)} is pending.`,
  (a) => `${cap(a)} was not tested.`,
  (a) => `Her sister was ${a} positive.`,
  (a) => `The presence of ${a} should prompt a search for malignancy.`,
  (a) => `If ${a} is positive, cancer screening should be intensified.`,
  (a) => `Whether ${a} was present is unknown.`,
  // session 21: a suspected result
  (a) => `${cap(a)} was possibly positive.`,
  (a) => `${cap(a)} positivity was suspected.`,
  (a) => `Possible ${a} positivity.`,
  (a) => `${cap(a)} positive (?).`,
];

describe('sweep: antibody results are never read the wrong way round or from others', () => {
  for (const [name, target] of ANTIBODIES)
    it(target, () => {
      const wrong = [
        ...AB_NEGATIVE.map((t) => t(name)).filter((text) => antibodies(text)[target] === 'positive'),
        ...AB_POSITIVE.map((t) => t(name)).filter((text) => antibodies(text)[target] === 'negative'),
        ...AB_NOT_STATED.map((t) => t(name)).filter((text) => Object.keys(antibodies(text)).length > 0),
      ];
      expect(wrong).toEqual([]);
    });
});

const LABS = ['CK', 'aldolase', 'LDH', 'AST', 'ALT', 'CRP', 'ferritin', 'myoglobin'];
const LAB_NORMAL: readonly ((a: string) => string)[] = [
  (a) => `${a} was normal.`,
  (a) => `${a} was not elevated.`,
  (a) => `${a} was within normal limits.`,
  (a) => `There was no elevation of ${a}.`,
  (a) => `${a} was never elevated.`,
  (a) => `${a} was within the reference range.`,
];
const LAB_HIGH: readonly ((a: string) => string)[] = [
  (a) => `${a} was elevated.`,
  (a) => `${a} was markedly increased.`,
  (a) => `Elevated ${a} was noted.`,
  (a) => `${a} was above the upper limit of normal.`,
  (a) => `${a} was not normal.`,
  (a) => `She had a raised ${a}.`,
];
const LAB_NOT_STATED: readonly ((a: string) => string)[] = [
  (a) => `${a} is usually elevated in dermatomyositis.`,
  (a) => `A ${a} above 10,000 U/L suggests a necrotising myopathy.`,
  (a) => `${a} should be monitored monthly.`,
  (a) => `${a} was not measured.`,
  (a) => `Her brother's ${a} was 900 U/L.`,
  (a) => `If ${a} rises, the dose will be increased.`,
  (a) => `An elevated ${a} would support the diagnosis.`,
  (a) => `Whether ${a} was elevated is unknown.`,
  // session 21
  (a) => `${a} was possibly elevated.`,
  (a) => `?raised ${a}.`,
  (a) => `${a} normal range 30–200 U/L.`,
];
const interpretations = (text: string, analyte: string) =>
  read(text)
    .labs.filter((l) => l.analyte === analyte)
    .map((l) => l.interpretation);

describe('sweep: lab interpretations are never the wrong way round or from others', () => {
  for (const analyte of LABS)
    it(analyte, () => {
      const wrong = [
        ...LAB_NORMAL.map((t) => t(analyte)).filter((text) =>
          interpretations(text, analyte).some((i) => i !== 'normal'),
        ),
        ...LAB_HIGH.map((t) => t(analyte)).filter((text) =>
          interpretations(text, analyte).includes('normal'),
        ),
        ...LAB_NOT_STATED.map((t) => t(analyte)).filter((text) => read(text).labs.length > 0),
      ];
      expect(wrong).toEqual([]);
    });
});

const CANCERS = [
  'breast cancer',
  'ovarian cancer',
  'lung adenocarcinoma',
  'gastric cancer',
  'nasopharyngeal carcinoma',
  'lymphoma',
];
const NO_CANCER: readonly ((c: string) => string)[] = [
  (c) => `There was no evidence of ${c}.`,
  (c) => `Her mother had ${c}.`,
  (c) => `Family history: ${c} in her sister.`,
  (c) => `A CT was performed to exclude ${c}.`,
  (c) => `She had no history of ${c}.`,
  (c) => `Tumour markers for ${c} were normal.`,
  (c) => `No ${c} was detected on PET-CT.`,
  (c) => `${cap(c)} has been reported in 10% of such patients.`,
  (c) => `Patients with anti-TIF1γ antibodies are at risk of ${c}.`,
  (c) => `We looked for ${c}.`,
  (c) => `${cap(c)} has not been detected.`,
  // session 21
  (c) => `She had a rash; ${c} is common in such patients.`,
  (c) => `FHx: ${c} (mother).`,
  (c) => `An occult ${c} was sought but not found.`,
  (c) => `Her mother had ${c} and she had a heliotrope rash.`,
  (c) => `She had a rash, and ${c} was ruled out.`,
  (c) => `She had a rash; screening for ${c} was negative.`,
  (c) => `A CT raised the possibility of ${c}.`,
  (c) => `She had a rash. ${cap(c)}?`,
  (c) => `She had a rash. ? ${c}.`,
  (c) => `Surveillance for ${c} continues.`,
];

describe('sweep: no cancer is given to the patient that the text does not give her', () => {
  for (const cancer of CANCERS)
    it(cancer, () => {
      expect(NO_CANCER.map((t) => t(cancer)).filter((text) => read(text).cancers.length > 0)).toEqual([]);
    });
});

/** A cancer's order against the myositis: its stated relation, else the sign of its dated offset. */
const orderOf = (c: { relationToMyositis?: string; diagnosisDate?: string | { offset: number } }): string => {
  if (c.relationToMyositis) return c.relationToMyositis;
  const d = c.diagnosisDate;
  if (d === undefined || typeof d === 'string') return 'none';
  return d.offset < 0 ? 'before' : d.offset > 0 ? 'after' : 'concurrent';
};
const W = 'A 58-year-old woman';
const ORDER: readonly (readonly [(c: string) => string, 'before' | 'after'])[] = [
  [(c) => `${W} was diagnosed with ${c} two years before the onset of dermatomyositis.`, 'before'],
  [(c) => `${W} developed dermatomyositis. Two years later, ${c} was found.`, 'after'],
  [(c) => `${W} had dermatomyositis that preceded the diagnosis of ${c} by six months.`, 'after'],
  [(c) => `${W} developed dermatomyositis three years after treatment for ${c}.`, 'before'],
  [(c) => `${W} with a history of ${c} presented with dermatomyositis.`, 'before'],
  [(c) => `${W} had dermatomyositis that antedated her ${c} by 8 months.`, 'after'],
  [(c) => `${W} presented with dermatomyositis, which was followed by ${c} a year later.`, 'after'],
  [(c) => `${W} had ${c}, which was followed by dermatomyositis a year later.`, 'before'],
  [(c) => `${W} developed dermatomyositis, and ${c} was diagnosed three years later.`, 'after'],
  [(c) => `${W} presented with dermatomyositis; ${c} followed 10 months later.`, 'after'],
  [(c) => `${W}, in remission from ${c} for 5 years, developed dermatomyositis.`, 'before'],
  [(c) => `${W} developed dermatomyositis; a recurrence of her ${c} was found 3 months later.`, 'before'],
];

describe('sweep: a cancer’s order against the myositis is never read the wrong way round', () => {
  for (const cancer of CANCERS.slice(0, 4))
    it(cancer, () => {
      const wrong = ORDER.filter(([t, want]) =>
        extractCase(t(cancer)).case.cancers.some(
          (c) => orderOf(c) === (want === 'before' ? 'after' : 'before'),
        ),
      ).map(([t]) => t(cancer));
      expect(wrong).toEqual([]);
    });
});
