/**
 * Findings vocabulary completed from knowledge: written forms of the criteria findings (skin signs, Raynaud
 * phenomenon, swallowing and voice, lungs, joints, muscles and fever). Each form is read in a sentence of its own,
 * beside near controls where the same word in another sense reads nothing.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { statedFindings } from '../__fixtures__/read-case.js';

const CASE = 'Case presentation\n\nA 47-year-old woman was seen in clinic. ';
const findingsOf = (text: string) => statedFindings(CASE + text);

describe('skin signs', () => {
  it('Gottron eponym after the lesion, and without its apostrophe', () => {
    expect(findingsOf('Examination showed papules of Gottron over both hands.')).toContain(
      'gottron-papules:present',
    );
    expect(findingsOf('There was a Gottrons sign on the elbows.')).toContain('gottron-sign:present');
    expect(findingsOf('Examination showed the sign of Gottron.')).toContain('gottron-sign:present');
  });
  it('cuticle and nail-fold capillary terms', () => {
    for (const t of [
      'a ragged cuticle on each finger',
      'cuticular hypertrophy',
      'hypertrophic cuticles',
      'a Samitz sign',
      'nail-fold capillary changes',
      'nailfold capillary abnormalities',
      'nailfold capillary dropout',
      'periungual hyperaemia',
    ])
      expect(findingsOf(`Examination showed ${t}.`), t).toContain('periungual-changes:present');
  });
  it('bleeds of the nail fold named plainly (session 51)', () => {
    expect(findingsOf('Nail-fold bleeding was seen on three fingers.')).toContain(
      'periungual-changes:present',
    );
    expect(findingsOf('There were nail fold haemorrhages.')).toContain('periungual-changes:present');
    expect(findingsOf('No nailfold bleeding was found.')).toContain('periungual-changes:absent');
  });
  it('a bleeding gum is no nail-fold change (control)', () => {
    expect(findingsOf('She had bleeding of the gums.')).toEqual([]);
  });
  it('capillary dropout of the retina is not a nail-fold change (control)', () => {
    expect(findingsOf('Angiography of the retina showed capillary dropout.')).toEqual([]);
  });
  it('calcinosis named by its site, and calcific deposits of a tendon (control)', () => {
    expect(findingsOf('Radiographs showed subcutaneous calcific deposits in the forearms.')).toContain(
      'calcinosis:present',
    );
    expect(findingsOf('Examination showed cutaneous calcinosis.')).toContain('calcinosis:present');
    expect(findingsOf('Ultrasound showed calcific deposits in the supraspinatus tendon.')).toEqual([]);
  });
  it('circumorbital swelling and puffy eyes', () => {
    expect(findingsOf('Examination showed circumorbital oedema.')).toContain('periorbital-oedema:present');
    expect(findingsOf('She had woken with puffy eyes for a week.')).toContain('periorbital-oedema:present');
  });
  it('a photoaggravated rash', () => {
    expect(findingsOf('She had a photoaggravated rash on the forearms.')).toContain(
      'photosensitive-rash:present',
    );
    expect(findingsOf('The patient had a sun sensitive rash.')).toContain('photosensitive-rash:present');
  });
});

describe('Raynaud phenomenon spelt otherwise', () => {
  it('without the apostrophe, and misspelt Reynauds, Ranaud, Raynauld', () => {
    for (const t of [
      'Raynauds phenomenon',
      'Reynauds phenomenon',
      "Ranaud's phenomenon",
      'Raynauld phenomenon',
    ])
      expect(findingsOf(`The patient had ${t}.`), t).toContain('raynaud-phenomenon:present');
    expect(findingsOf('She denied Raynauds.')).toContain('raynaud-phenomenon:absent');
  });
  it('"RP" is relapsing polychondritis or rapid progression, not Raynaud (control)', () => {
    expect(findingsOf('He had been treated for relapsing polychondritis (RP).')).toEqual([]);
  });
});

describe('swallowing and voice', () => {
  it('food that sticks, a swallowing disorder by other nouns', () => {
    for (const t of [
      'She reported food sticking in her throat.',
      'He said food got stuck when he ate bread.',
      'The patient had a swallowing disorder.',
      'The patient had deglutition disorders.',
      'Videofluoroscopy showed pharyngeal dysmotility.',
      'She had regurgitation of fluids through the nose.',
    ])
      expect(findingsOf(t), t).toContain('dysphagia:present');
  });
  it('pain on swallowing and a needle aspiration are not dysphagia (control)', () => {
    expect(findingsOf('He had odynophagia from candida.')).toEqual([]);
    expect(findingsOf('A fine-needle aspiration of the node was done.')).toEqual([]);
  });
  it('hoarseness of the voice, a husky voice, aphonia', () => {
    expect(findingsOf('She noticed hoarseness of the voice.')).toContain('dysphonia:present');
    expect(findingsOf('The patient had a husky voice.')).toContain('dysphonia:present');
    expect(findingsOf('By the third week she had aphonia.')).toContain('dysphonia:present');
    expect(findingsOf('The patient had dysarthria.')).toEqual([]);
  });
});

describe('lungs', () => {
  it('older names and pattern names of ILD', () => {
    for (const t of [
      'fibrosing alveolitis',
      'fibrotic lung disease',
      'bibasal fibrosis',
      'interstitial lung changes',
      'BOOP',
      'an OP pattern on CT',
    ])
      expect(findingsOf(`The patient had ${t}.`), t).toContain('interstitial-lung-disease:present');
  });
  it('alveolitis of a tooth socket and a radiation pneumonitis are not ILD (control)', () => {
    expect(findingsOf('After the extraction she had alveolitis of the socket.')).toEqual([]);
    expect(findingsOf('He developed radiation pneumonitis.')).toEqual([]);
  });
});

describe('joints, muscles, fever', () => {
  it('painful, sore and aching joints', () => {
    for (const t of [
      'painful joints',
      'sore joints',
      'aching joints',
      'joint aches',
      'pain in several joints',
    ])
      expect(findingsOf(`The patient had ${t}.`), t).toContain('arthralgia:present');
    expect(findingsOf('She denied sore joints.')).toContain('arthralgia:absent');
  });
  it('monoarthritis; tenosynovitis is not arthritis (control)', () => {
    expect(findingsOf('Examination showed a monoarthritis of the left knee.')).toContain('arthritis:present');
    expect(findingsOf('Examination showed tenosynovitis of the wrist.')).toEqual([]);
  });
  it('myodynia', () => {
    expect(findingsOf('The patient had myodynia of the thighs.')).toContain('myalgia:present');
  });
  it("a raised body temperature, not a joint's warmth (control)", () => {
    expect(findingsOf('The patient had a raised body temperature.')).toContain('fever:present');
    expect(findingsOf('The skin over the knee had an elevated temperature.')).toEqual([]);
  });
});

describe('round 2: further forms', () => {
  it('a cough at meals and a swallow judged unsafe', () => {
    expect(findingsOf('She had been coughing during meals for a month.')).toContain('dysphagia:present');
    expect(findingsOf('The speech therapist found an unsafe swallow.')).toContain('dysphagia:present');
    expect(findingsOf('He reported a cough on swallowing thin fluids.')).toContain('dysphagia:present');
  });
  it('a raspy or croaky voice, loss of voice', () => {
    for (const t of ['a raspy voice', 'a croaky voice', 'loss of voice', 'a nasal quality of the voice'])
      expect(findingsOf(`The patient had ${t}.`), t).toContain('dysphonia:present');
  });
  it("nail-fold microhaemorrhages, Keining's sign, capillaroscopic changes", () => {
    for (const t of ['nailfold microhaemorrhages', "Keining's sign", 'capillaroscopic abnormalities'])
      expect(findingsOf(`Examination showed ${t}.`), t).toContain('periungual-changes:present');
  });
  it('calcinotic lesions and fascial calcification; an aorta calcified is not calcinosis (control)', () => {
    expect(findingsOf('Examination showed calcinotic lesions on both knees.')).toContain(
      'calcinosis:present',
    );
    expect(findingsOf('Radiographs showed fascial calcifications in the thighs.')).toContain(
      'calcinosis:present',
    );
    expect(findingsOf('CT showed calcification of the aorta.')).toEqual([]);
  });
  it('the lung interstitium in other nouns, and IPF', () => {
    for (const t of ['interstitial lung damage', 'pulmonary interstitial involvement', 'IPF'])
      expect(findingsOf(`The patient had ${t}.`), t).toContain('interstitial-lung-disease:present');
  });
  it('AIP (porphyria) and LIP (a lip) are not ILD (control)', () => {
    expect(findingsOf('She had been treated for AIP with haem arginate.')).toEqual([]);
    expect(findingsOf('The upper LIP was swollen after the fall.')).toEqual([]);
  });
  it('feeling feverish, pyrexic, PUO', () => {
    expect(findingsOf('She had felt feverish for a week.')).toContain('fever:present');
    expect(findingsOf('On arrival he was pyrexic.')).toContain('fever:present');
    expect(findingsOf('She was admitted with PUO.')).toContain('fever:present');
    expect(findingsOf('She denied feeling feverish.')).toContain('fever:absent');
  });
  it('a weight decrease in other nouns', () => {
    expect(findingsOf('She noted a decrease in body weight of 6 kg.')).toContain('weight-loss:present');
    expect(findingsOf('The patient reported loss of body weight.')).toContain('weight-loss:present');
  });
  it('polysynovitis and an inflammatory arthropathy; arthropathy alone is not arthritis (control)', () => {
    expect(findingsOf('Ultrasound showed polysynovitis of the hands.')).toContain('arthritis:present');
    expect(findingsOf('The patient had an inflammatory arthropathy.')).toContain('arthritis:present');
    expect(findingsOf('The patient had a neuropathic arthropathy of the ankle.')).toEqual([]);
  });
  it('articular pain', () => {
    expect(findingsOf('The patient had articular pain in the hands.')).toContain('arthralgia:present');
  });
  it('nocturnal diaphoresis and night-time sweating', () => {
    expect(findingsOf('He reported nocturnal diaphoresis.')).toContain('night-sweats:present');
    expect(findingsOf('He reported night-time sweating.')).toContain('night-sweats:present');
  });
});
