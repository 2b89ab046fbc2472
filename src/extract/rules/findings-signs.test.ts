/**
 * Signs and symptoms told in other words: skin signs by their definition and side words, symptoms in plain words, a
 * Gottron nodule, photosensitivity as a worsening in the sun, a rash in a photodistribution, dysphagia by its
 * symptom or its study, an interstitium named without the lung, and findings read wrong from other things. Each
 * with the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { findings, statedFindings } from '../__fixtures__/read-case.js';
import { extractCase } from '../extract.js';
import {
  findingLinesAfterTitle,
  findingsAfterTitle,
  labsAfterProximalWeakness,
  statedFindingsAfterRash,
} from './__fixtures__/helpers.js';

describe('fifteenth round: findings', () => {
  it('reads weakness of the cervical flexors as neck-flexor weakness, and not a cervical node', () => {
    expect(findings('She then developed cervical flexion weakness.')['neck-flexor-weakness']).toBe('present');
    expect(findings('She had cervical lymphadenopathy.')['neck-flexor-weakness']).toBeUndefined();
  });

  it("reads Gottron's papules run together as one word", () => {
    expect(findings('The hands showed Gottronpapules.')['gottron-papules']).toBe('present');
  });

  it('a sign the text says was not recorded is neither present nor absent', () => {
    const f = findings("The notes made no specific mention of Gottron's papules or a heliotrope rash.");
    expect(f['gottron-papules']).toBeUndefined();
    expect(f['heliotrope-rash']).toBeUndefined();
    // a plain denial still denies
    expect(findings('There was no heliotrope rash.')['heliotrope-rash']).toBe('absent');
  });
});

describe('symptoms in plain words, and the course after treatment', () => {
  it('"acute bilateral calf pain" is myalgia', () => {
    expect(findingsAfterTitle('She presented with acute bilateral calf pain after influenza.')).toEqual({
      myalgia: 'present',
    });
  });
  it('"difficulty with swallowing meat" is dysphagia', () => {
    expect(findingsAfterTitle('He reports difficulty with swallowing meat.')).toEqual({
      dysphagia: 'present',
    });
  });
  it('"three days after antibiotics were started he was asymptomatic" says nothing of the weakness at presentation', () => {
    expect(findingsAfterTitle('Three days after antibiotics were started he was asymptomatic.')).toEqual({});
  });
  it('control: "he was asymptomatic" at presentation is no weakness and no myalgia (inferred)', () => {
    expect(findingsAfterTitle('He was asymptomatic.')).toEqual({
      'proximal-weakness-upper': 'absent',
      'proximal-weakness-lower': 'absent',
      myalgia: 'absent',
    });
  });
  it('", associated with intermittent fever" after a denial is not denied', () => {
    expect(
      findingsAfterTitle('Pain was constant, no relieving factors, associated with intermittent fever.'),
    ).toMatchObject({
      fever: 'present',
    });
  });
  it('control: "no rash associated with fever" still denies the fever', () => {
    expect(findingsAfterTitle('There was no rash associated with fever.')).toMatchObject({ fever: 'absent' });
  });
});

describe('a Gottron nodule', () => {
  it('"a single Gottron’s nodule" is a raised lesion: Gottron papules', () => {
    expect(findingsAfterTitle('There was a single Gottron’s nodule over the index knuckle.')).toEqual({
      'gottron-papules': 'present',
    });
  });
});

describe('photosensitivity told as a worsening in the sun', () => {
  it('"the rash was not made worse by sun exposure" is no photosensitivity', () => {
    expect(findingsAfterTitle('The rash was not made worse by sun exposure.')).toEqual({
      'photosensitive-rash': 'absent',
    });
  });
  it('"made worse by sunlight" is photosensitivity', () => {
    expect(findingsAfterTitle('Her rash was made worse by sunlight.')).toEqual({
      'photosensitive-rash': 'present',
    });
  });
});

describe('findings in other words', () => {
  it('a limb joined before the neck flexors shares "strength … normal"', () => {
    expect(findingsAfterTitle('Arm and neck flexor power were normal.')).toEqual({
      'proximal-weakness-upper': 'absent',
      'neck-flexor-weakness': 'absent',
    });
  });
  it('"no skin signs of DM" and "no skin complaints" are no rash', () => {
    for (const text of ['There were no skin signs of DM.', 'She had no skin complaints.'])
      expect(findingsAfterTitle(text)).toEqual({
        'heliotrope-rash': 'absent',
        'gottron-papules': 'absent',
        'gottron-sign': 'absent',
      });
  });
  it('"quadricep", "Gotron" and intramuscular calcification', () => {
    expect(findingsAfterTitle('Strength was reduced in the deltoid and quadricep.')).toEqual({
      'proximal-weakness-upper': 'present',
      'proximal-weakness-lower': 'present',
    });
    expect(findingsAfterTitle('There were lesions compatible with Gotron papules.')).toEqual({
      'gottron-papules': 'uncertain',
    });
    expect(findingsAfterTitle('A radiograph showed intramuscular calcifications in both thighs.')).toEqual({
      calcinosis: 'present',
    });
  });
  it('a vignette that "comes for" its complaint keeps its present-tense examination', () => {
    const c = extractCase(
      'Case\n\nA 47-year-old woman comes for weakness. No rashes are found on examination.',
    ).case;
    expect(c.findings.find((f) => f.id === 'heliotrope-rash')?.status).toBe('absent');
  });
});

describe('skin signs by their definition, and side words', () => {
  it('a discolouration named another colour is no Gottron sign', () => {
    expect(
      findingsAfterTitle('There was a bluish-black discolouration on the neck, elbows and knees.'),
    ).toEqual({});
  });
  it('control: a violaceous discolouration over the elbows is', () => {
    expect(findingsAfterTitle('There was a violaceous discolouration over the elbows and knees.')).toEqual({
      'gottron-sign': 'present',
    });
  });
  it('when a sentence names both forms, the clause of the joints decides', () => {
    expect(
      findingsAfterTitle(
        'There were violaceous patches on the forehead, and flat-topped papules over the MCP joints.',
      ),
    ).toEqual({ 'gottron-papules': 'present' });
  });
  it('"symmetrically" after a joint complaint is not the weakness’s', () => {
    expect(
      findingsAfterTitle(
        'He had polyarthralgia of the upper and lower limbs symmetrically and proximal weakness of both girdles.',
      ),
    ).not.toHaveProperty('symmetric-weakness');
  });
  it('"erythematous and oedematous" around the eyes is a heliotrope rash with periorbital oedema', () => {
    expect(
      findingsAfterTitle('There was an erythematous and oedematous rash over the periorbital region.'),
    ).toEqual({
      'heliotrope-rash': 'present',
      'periorbital-oedema': 'present',
    });
  });
  it('a muscle named as the site of a study is not the weak region', () => {
    expect(
      findingsAfterTitle(
        'The diagnosis rested on the rash, the pattern of weakness and electromyography of the deltoid.',
      ),
    ).toEqual({});
  });
});

describe('a table pasted with pipes', () => {
  it('a row that names a finding is a row of the case’s table, not page furniture', () => {
    const c = extractCase(
      'Case\n\nA 63-year-old woman presented.\n| Feature | Finding |\n| Muscles | Symmetric proximal weakness |\n| Skin | Heliotrope rash |',
    ).case;
    expect(c.findings.map((f) => `${f.id}=${f.status}`)).toEqual(
      expect.arrayContaining(['heliotrope-rash=present', 'proximal-weakness-upper=present']),
    );
  });
  it('control: a navigation line stays page furniture', () => {
    const c = extractCase('Case\n\nHome | About | Contact\nA 63-year-old woman had a heliotrope rash.').case;
    expect(c.findings.map((f) => f.id)).toEqual(['heliotrope-rash']);
  });
});

describe('findings read from other wordings', () => {
  it('a weight gained, or lost on purpose, is no weight loss', () => {
    expect(findingLinesAfterTitle('Over the winter he had gained nearly 9 kg in weight.')).toEqual([]);
    expect(findingLinesAfterTitle('She reported a 15 kg intentional weight loss on a diet.')).toEqual([]);
  });
  it('control: a weight lost despite a good appetite stays the sign', () => {
    expect(findingLinesAfterTitle('Despite an increased appetite, she had a weight loss of 6 kg.')).toEqual([
      'weight-loss=present',
    ]);
  });
  it('"interstitial shadows" and "reticular shadows" on CT are interstitial lung disease', () => {
    expect(findingLinesAfterTitle('A chest CT showed reticular shadows at both bases.')).toEqual([
      'interstitial-lung-disease=present',
    ]);
  });
  it('"joint swellings" are arthritis', () => {
    expect(findingLinesAfterTitle('She described recurrent painful joint swellings of the wrists.')).toEqual([
      'arthritis=present',
    ]);
  });
  it('capillaroscopy’s dilated capillaries are periungual changes; a fundus’s are not', () => {
    expect(findingLinesAfterTitle('Capillaroscopy showed dilated capillaries and haemorrhages.')).toContain(
      'periungual-changes=present',
    );
    expect(findingLinesAfterTitle('Fundoscopy showed dilated capillaries.')).toEqual([]);
  });
  it('a manual muscle test’s bare grade ("MMT 3", "MMT of the iliopsoas was 2")', () => {
    expect(findingLinesAfterTitle('The deltoids scored MMT 3 on both sides.')).toContain(
      'proximal-weakness-upper=present',
    );
    expect(findingLinesAfterTitle('MMT of the iliopsoas was 2.')).toEqual([
      'proximal-weakness-lower=present',
    ]);
    expect(findingLinesAfterTitle('Deltoids and iliopsoas were MMT 5.')).toEqual([
      'proximal-weakness-upper=absent',
      'proximal-weakness-lower=absent',
    ]);
  });
  it('control: "MMT was performed on day 3" states no grade', () => {
    expect(findingLinesAfterTitle('MMT was performed on day 3.')).toEqual([]);
  });
  it('"can\'t" and "couldn\'t" state an inability like "cannot"', () => {
    expect(findingLinesAfterTitle("She can't climb the stairs at home.")).toEqual([
      'proximal-weakness-lower=present',
    ]);
    expect(findingLinesAfterTitle("He couldn't comb his hair.")).toEqual(['proximal-weakness-upper=present']);
    expect(findingLinesAfterTitle("She can't remember the date.")).toEqual([]);
  });
  it('"normal muscle tone, power, and reflexes": the power shares the list’s "normal"', () => {
    expect(findingLinesAfterTitle('Examination found normal muscle tone, power, and reflexes.')).toEqual([
      'proximal-weakness-upper=absent',
      'proximal-weakness-lower=absent',
    ]);
  });
  it('"both inferior proximal extremities" are the lower limbs only', () => {
    expect(findingLinesAfterTitle('There was weakness of both inferior proximal extremities.')).toEqual([
      'proximal-weakness-lower=present',
    ]);
  });
  it('"periungal erythema", as misspelt in print', () => {
    expect(findingLinesAfterTitle('She had periungal erythema and ragged cuticles.')).toEqual([
      'periungual-changes=present',
    ]);
  });
  it('"no dermatological manifestation" denies a rash', () => {
    expect(findingLinesAfterTitle('No dermatological manifestation was observed.')).toEqual([
      'heliotrope-rash=absent',
      'gottron-papules=absent',
      'gottron-sign=absent',
    ]);
  });
});

describe('an interstitium named without the lung', () => {
  const findings = (text: string) => extractCase(text).case.findings.map((f) => `${f.id}=${f.status}`);

  it('interstitial fibrosis of a muscle or a kidney biopsy is no interstitial lung disease', () => {
    const base = 'A 50-year-old woman had proximal weakness. ';
    expect(findings(base + 'The muscle biopsy showed perimysial and interstitial fibrosis.')).not.toContain(
      'interstitial-lung-disease=present',
    );
    expect(findings(base + 'Kidney biopsy showed interstitial fibrosis and tubular atrophy.')).not.toContain(
      'interstitial-lung-disease=present',
    );
  });

  it('control: interstitial fibrosis on chest imaging is', () => {
    expect(
      findings('A 50-year-old woman had proximal weakness. Chest CT showed interstitial fibrosis.'),
    ).toContain('interstitial-lung-disease=present');
  });

  it('"troponin 1" is the troponin I', () => {
    expect(labsAfterProximalWeakness('Troponin 1 level 4.2 ng/ml.')).toEqual(['troponin I 4.2 ng/mL']);
  });
});

describe('dysphagia by its symptom or its study', () => {
  it('reads "choked on liquids", "coughed when drinking water" and "cricopharyngeal dysfunction" as dysphagia', () => {
    for (const text of [
      'She choked on liquids.',
      'She coughed when drinking water.',
      'Videofluoroscopy showed cricopharyngeal dysfunction.',
    ])
      expect(statedFindingsAfterRash(text)).toEqual(['dysphagia:present']);
  });

  it('reads the denied symptom as no dysphagia', () => {
    expect(statedFindingsAfterRash('She denied choking on liquids.')).toEqual(['dysphagia:absent']);
  });
});

describe('a rash in a photodistribution', () => {
  it('reads "a violaceous rash in a photodistribution" and "a rash in a photodistributed pattern" as photosensitive', () => {
    expect(statedFindingsAfterRash('She had a violaceous rash in a photodistribution.')).toEqual([
      'photosensitive-rash:present',
    ]);
    expect(statedFindingsAfterRash('She had a rash in a photodistributed pattern.')).toEqual([
      'photosensitive-rash:present',
    ]);
  });

  it('leaves a poikiloderma in a photodistribution open, as the development gold does', () => {
    expect(statedFindingsAfterRash('She had poikiloderma in a photodistribution.')).toEqual([]);
  });
});

describe('findings read wrong from other things', () => {
  it('reads "not able to" an action of the girdles as weakness, never its absence', () => {
    expect(
      statedFindings('She was not able to raise either arm above her head, a sign of proximal weakness.'),
    ).toEqual(['proximal-weakness-upper:present']);
    expect(statedFindings('She was not able to climb stairs.')).toEqual(['proximal-weakness-lower:present']);
    // control
    expect(statedFindings('She was able to climb stairs.')).toEqual([]);
  });

  it('gives no myalgia for painful skin eruptions, no Gottron for pigment, no heliotrope for swollen eyelids', () => {
    expect(statedFindings('She had painful, red skin eruptions of the buttocks.')).toEqual([]);
    expect(statedFindings('She had hyperpigmentation of the knuckles and palmar creases.')).toEqual([]);
    expect(statedFindings('There was oedema of the eyelids and erythema of the chest and back.')).toEqual([
      'periorbital-oedema:present',
    ]);
    // controls
    expect(statedFindings('She had painful, swollen thighs.')).toEqual(['myalgia:present']);
    expect(statedFindings('There was violaceous oedema of the eyelids.')).toEqual([
      'heliotrope-rash:present',
      'periorbital-oedema:present',
    ]);
  });
});
