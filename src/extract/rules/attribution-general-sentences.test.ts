/**
 * Statements about a disease in general, or about any patient, give this patient nothing: asides on what a result
 * goes with, the usual picture of a disease, advice for any patient, signs named as a class, definitions, the
 * history of medicine, and negated abilities that are the patient's. Each with the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { findings } from '../__fixtures__/read-case.js';
import { analyse } from '../document.js';
import { extractCase } from '../extract.js';
import {
  antibodiesAfterTitle,
  cancerOffsetsAfterTitle,
  findingLinesAfterTitle,
  findingsAfterTitle,
  labsAfterProximalWeakness,
  PROXIMAL_WEAKNESS_OPENING,
  readAfterTitle,
  readingsOrValuesAfterTitle,
  sortedAntibodiesAfterWeakThighs,
  sortedLabsAfterWeakThighs,
} from './__fixtures__/helpers.js';
import { cancerLinesAfterWeakThighs as cancersOf } from './__fixtures__/timing.js';

describe('history of medicine and how a diagnosis is made in general', () => {
  it('gives the patient nothing from "first described by" or "the diagnosis rests on"', () => {
    expect(
      findings('Typical signs, including shawl sign and V sign, were first described by Unverricht.'),
    ).toEqual({});
    expect(findings('The diagnosis rests on calcinosis, arthritis and raised muscle enzymes.')).toEqual({});
  });

  it('keeps this patient’s diagnosis "was based on" her signs', () => {
    expect(findings('The diagnosis was based on a heliotrope rash and arthritis.')).toEqual({
      'heliotrope-rash': 'present',
      arthritis: 'present',
    });
  });
});

describe('a closing relative clause of what a finding is associated with', () => {
  it('"… was positive, which is associated with calcinosis": the result kept, the association general', () => {
    const c = readAfterTitle('Anti-NXP2 antibody was positive, which is associated with calcinosis.');
    expect(c.antibodies.map((a) => `${a.target}:${a.result}`)).toEqual(['NXP2:positive']);
    expect(c.findings.map((f) => f.id)).not.toContain('calcinosis');
  });
  it('"She had calcinosis, which is associated with anti-NXP2 antibodies": no antibody result', () => {
    const c = readAfterTitle('She had calcinosis, which is associated with anti-NXP2 antibodies.');
    expect(c.antibodies).toEqual([]);
    expect(c.findings.map((f) => `${f.id}:${f.status}`)).toContain('calcinosis:present');
  });
  it('control: a closing "which" clause that reports the patient stays the patient’s', () => {
    const c = readAfterTitle('She had calcinosis, which was removed surgically.');
    expect(c.findings.map((f) => `${f.id}:${f.status}`)).toContain('calcinosis:present');
  });
});

describe('an aside on what a result goes with in general is not the patient’s finding', () => {
  it('", which are associated with interstitial lung disease," inside a report of the antibody', () => {
    const c = readAfterTitle(
      'Her anti-MDA5 antibodies, which are associated with interstitial lung disease, were positive.',
    );
    expect(
      findingsAfterTitle(
        'Her anti-MDA5 antibodies, which are associated with interstitial lung disease, were positive.',
      ),
    ).toEqual({});
    expect(c.antibodies.map((a) => [a.target, a.result])).toEqual([['MDA5', 'positive']]);
  });
  it('", which is strongly linked to dysphagia," with an adverb', () => {
    expect(
      findingsAfterTitle('Anti-TIF1γ antibody, which is strongly linked to dysphagia, was detected.'),
    ).toEqual({});
  });
  it('control: the patient’s own finding before a relative clause on its prognosis is kept', () => {
    expect(
      findingsAfterTitle(
        'She had interstitial lung disease, which is associated with a poor outcome, and a heliotrope rash.',
      ),
    ).toMatchObject({ 'interstitial-lung-disease': 'present' });
  });
  it('control: "which was associated with dysphagia" (past, the patient’s course) is kept', () => {
    expect(
      findingsAfterTitle('She had a severe relapse, which was associated with dysphagia.'),
    ).toMatchObject({
      dysphagia: 'present',
    });
  });
});

describe('signs named as a class are a statement about disease', () => {
  const whole = (text: string) => extractCase(`Benign acute myositis of childhood\n\n${text}`).case;
  it('"Muscle pain and trouble walking are symptoms of …" gives the patient nothing', () => {
    expect(
      whole(
        'Muscle pain and trouble walking are symptoms of both mild and serious conditions. We report a 7-year-old boy.',
      ).findings,
    ).toEqual([]);
  });
  it('"Rash and weakness are common features of dermatomyositis" likewise', () => {
    expect(
      whole('Rash and weakness are common features of dermatomyositis. We report a 7-year-old boy.').findings,
    ).toEqual([]);
  });
  it('control: "Her symptoms are calf pain and a limp" is the patient’s', () => {
    expect(
      whole('A 7-year-old boy was seen. His symptoms are calf pain and a limp.').findings.map((f) => f.id),
    ).toEqual(['myalgia']);
  });
});

describe('whose facts they are: groups, any patient, definitions and the usual picture', () => {
  it('one patient counted in a group is not the patient of the report', () => {
    expect(
      cancerOffsetsAfterTitle(
        'We reviewed 14 patients with dermatomyositis. One patient had a laryngeal carcinoma.',
      ),
    ).toEqual([]);
    expect(antibodiesAfterTitle('Anti-PL-12 was positive in one patient.')).toEqual({});
  });
  it('"in a patient presenting with …" in the present tense is any patient', () => {
    expect(
      findingsAfterTitle(
        'In a patient who has proximal weakness and a rash, a muscle biopsy is usually done.',
      ),
    ).toEqual({});
  });
  it('control: "in a patient" told in the past keeps the report', () => {
    expect(
      findingsAfterTitle('In a patient with a heliotrope rash, we found proximal weakness.'),
    ).toMatchObject({
      'heliotrope-rash': 'present',
    });
  });
  it('"X means …" is a definition', () => {
    expect(findingsAfterTitle('Fibromyalgia means pain of the fibrous tissues and muscles.')).toEqual({});
  });
  it('a comparison with the usual picture of the disease gives the patient only her own clause', () => {
    expect(
      readingsOrValuesAfterTitle(
        'Compared with the typical presentation of myositis showing raised CK, AST and LDH, her CK was normal.',
      ),
    ).toEqual(['CK normal']);
    expect(
      readingsOrValuesAfterTitle(
        'Unlike the usual picture of myositis with raised CK and aldolase, her CK was normal.',
      ),
    ).toEqual(['CK normal']);
  });
  it('what an antibody goes with, in a relative clause without its comma, is general', () => {
    const c = readAfterTitle(
      'Here MDA5 was positive which is an antibody which is associated with fast lung disease and a low CK.',
    );
    expect([c.antibodies.map((a) => `${a.target} ${a.result}`), c.labs]).toEqual([['MDA5 positive'], []]);
  });
});

describe('whose statement it is', () => {
  it('"Affected patients are generally over 50 …, with proximal and distal weakness" is about the disease', () => {
    expect(
      findingLinesAfterTitle(
        'Affected people are generally older than 50, with weakness of both proximal and distal muscles, often asymmetric.',
      ),
    ).toEqual([]);
  });
  it('"We review this subtype and recommend ferritin testing in patients with fever" is advice', () => {
    const c = readAfterTitle(
      'We review this subtype and recommend ferritin and anti-MDA5 testing in patients with fever.',
    );
    expect([...c.labs, ...c.antibodies]).toEqual([]);
  });
  it('an antigen’s older name ("melanoma-associated gene 5") names no cancer', () => {
    expect(readAfterTitle('The target was first called melanoma-associated gene 5.').cancers).toEqual([]);
  });
});

describe("a negated ability is the patient's, not a statement about a disease", () => {
  const attribution = (text: string) =>
    analyse(`Clinic note\n\n58yoF seen today. ${text}`).sentences.map((s) => s.attribution.subject);

  it.each([
    "Now proximal weakness - can't rise from a chair without using her arms.",
    'She could not climb stairs and had a heliotrope rash.',
    'Heliotrope rash and calcinosis could not be identified on examination.',
  ])('%s', (sentence) => {
    expect(attribution(sentence).at(-1)).toBe('patient');
  });

  it('a modal that speaks of a disease stays general', () => {
    expect(attribution('Dermatomyositis can cause dysphagia and weight loss.').at(-1)).toBe('general');
  });
});

describe('the usual picture of a disease set against this case', () => {
  it('"Unlike classic polymyositis with raised LDH and aldolase, in this case …" gives the patient only what follows', () => {
    const c = extractCase(
      PROXIMAL_WEAKNESS_OPENING +
        'Unlike classic polymyositis with raised LDH and aldolase, in this case only the CK was raised.',
    ).case;
    expect(c.labs.map((l) => `${l.analyte} ${l.interpretation}`)).toEqual(['CK elevated']);
  });

  it('"Compared with the usual course … showing raised CPK and LDH, the first sign in our patient was …" likewise', () => {
    const c = extractCase(
      PROXIMAL_WEAKNESS_OPENING +
        'Compared with the usual course of polymyositis showing raised CPK and LDH levels, the first sign in our patient was a raised ALT of 160 U/L.',
    ).case;
    expect(c.labs.map((l) => l.analyte)).toEqual(['ALT']);
  });

  it('control: a frame closed by the patient\'s own clause keeps her result ("…, her LDH was 900 U/L")', () => {
    const c = extractCase(
      PROXIMAL_WEAKNESS_OPENING + 'Compared with the typical picture, her LDH was raised at 900 U/L.',
    ).case;
    expect(c.labs.map((l) => `${l.analyte} ${l.value}`)).toEqual(['LDH 900']);
  });
});

describe("the authors' advice for any patient is not this patient's result", () => {
  it('"… suggest considering DM in patients presenting with a markedly raised ferritin" gives no ferritin', () => {
    const text =
      PROXIMAL_WEAKNESS_OPENING +
      'We review this presentation and suggest that dermatomyositis be considered in patients presenting with fever and a markedly raised ferritin.';
    expect(extractCase(text).case.labs.map((l) => l.analyte)).not.toContain('ferritin');
  });

  it("control: the authors' statement about their own patient's ferritin keeps it", () => {
    expect(
      labsAfterProximalWeakness('We suggest that her ferritin of 9000 ng/mL pointed to anti-MDA5 disease.'),
    ).toContain('ferritin 9000 ng/mL');
  });
});

describe('statements about the disease in general inside a patient sentence', () => {
  it('reads nothing from an aside about the disease in general', () => {
    expect(
      sortedLabsAfterWeakThighs(
        'CK, which is often normal in anti-MDA5 dermatomyositis, was elevated in our patient.',
      ),
    ).toEqual(['CK=elevated']);
    expect(
      sortedAntibodiesAfterWeakThighs(
        'CK, which is often normal in anti-MDA5 dermatomyositis, was elevated in our patient.',
      ),
    ).toEqual([]);
    expect(sortedLabsAfterWeakThighs('CK, typically normal in CADM, was raised (540 U/L).')).toEqual([
      'CK=540 U/L',
    ]);
    expect(
      sortedLabsAfterWeakThighs('Aldolase, which may be elevated when CK is normal, was 5.1 U/L.'),
    ).toEqual(['aldolase=5.1 U/L']);
    expect(
      sortedLabsAfterWeakThighs('CK and LDH, which are often raised in myositis, were 4500 and 600 U/L.'),
    ).toEqual(['CK=4500 U/L', 'LDH=600 U/L']);
  });

  it("keeps an aside of the patient's own history in the past tense", () => {
    // control
    expect(sortedLabsAfterWeakThighs('Her CK, which had been elevated a year earlier, was 98 U/L.')).toEqual([
      'CK=98 U/L',
    ]);
  });

  it('reads "no previous report", "few reports" as the literature', () => {
    expect(
      sortedAntibodiesAfterWeakThighs('No previous report has described anti-HMGCR myopathy with thymoma.'),
    ).toEqual([]);
    expect(cancersOf('No previous report has described anti-HMGCR myopathy with thymoma.')).toEqual([]);
    expect(
      sortedAntibodiesAfterWeakThighs('There are few reports of anti-Ku myositis associated with cancer.'),
    ).toEqual([]);
  });
});

describe('a general aside inside a sentence that reports the patient’s sign (session 51)', () => {
  it('an apposition opened by the adjective itself: "…, pathognomonic of DM, were not seen" is the patient’s denial', () => {
    expect(findings('Gottron papules, pathognomonic of DM, were not seen.')).toEqual({
      'gottron-papules': 'absent',
    });
  });
  it('a relative clause closing the sentence: "There were no Gottron papules, which are typical of DM."', () => {
    expect(findings('There were no Gottron papules, which are typical of DM.')).toEqual({
      'gottron-papules': 'absent',
    });
  });
  it('control: the same apposition in a present-tense sentence stays a statement about the disease', () => {
    expect(findings('Gottron papules, pathognomonic of DM, are seen over the knuckles.')).toEqual({});
  });
  it('control: a general cue after the aside still counts ("… was described by Smith et al.")', () => {
    expect(findings('Heliotrope rash, pathognomonic of DM, was described by Smith et al.')).toEqual({});
  });
});
