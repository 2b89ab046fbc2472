/**
 * Findings a sign's definition or the text does not support: a rash around the eyes whose colour is not given,
 * redness of the lid margins, hyperkeratotic papules on the back of the fingers, a first sentence that states a
 * finding's role in a disease, and a distal weakness of another disease or only compared with the proximal one.
 * Each construction is written as a sentence of the project's own, beside the near control that must keep its
 * reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { statedFindings } from '../__fixtures__/read-case.js';

const CASE = 'Case presentation\n\nA 57-year-old woman was seen in our clinic. ';
const findingsOf = (text: string, prefix = CASE) => statedFindings(prefix + text);

describe('a rash around the eyes whose colour is not given', () => {
  it('leaves the heliotrope rash open', () => {
    for (const t of [
      'She noticed a rash around her eyes three weeks before the weakness.',
      'Examination found a scaly periorbital rash and 4/5 power at the hips.',
      'He complained of an itchy periocular eruption.',
    ]) {
      const f = findingsOf(t);
      expect(f).toContain('heliotrope-rash:uncertain');
      expect(f).not.toContain('heliotrope-rash:present');
    }
  });

  it('keeps a coloured rash there, an uncoloured rash of the eyelids, and a denial', () => {
    // controls
    expect(findingsOf('She noticed a dusky violet rash around her eyes.')).toContain(
      'heliotrope-rash:present',
    );
    expect(findingsOf('Examination found a reddish periorbital eruption.')).toContain(
      'heliotrope-rash:present',
    );
    // the eyelids themselves keep the corpus decision (real-026)
    expect(findingsOf('He had a rash on both upper eyelids.')).toContain('heliotrope-rash:present');
    expect(findingsOf('There was no periorbital rash.')).toContain('heliotrope-rash:absent');
  });

  it('reads a definite rash there by the colour the case gives it elsewhere', () => {
    const f = findingsOf(
      'A violaceous rash covered her cheeks and upper chest. The rash around her eyes faded with treatment.',
    );
    expect(f).toContain('heliotrope-rash:present');
    // control: no colour anywhere
    const g = findingsOf(
      'A rash covered her cheeks and upper chest. The rash around her eyes faded with treatment.',
    );
    expect(g).not.toContain('heliotrope-rash:present');
  });
});

describe('redness of the lid margins (blepharitis)', () => {
  it('is no heliotrope rash', () => {
    expect(
      findingsOf('The ophthalmologist noted redness of the eyelid margins (blepharitis).'),
    ).not.toContain('heliotrope-rash:present');
    expect(findingsOf('Both eyelids were red and crusted, in keeping with blepharitis.')).not.toContain(
      'heliotrope-rash:present',
    );
  });

  it('leaves a coloured eyelid rash told apart from a blepharitis elsewhere', () => {
    // control
    expect(
      findingsOf(
        'Her upper eyelids had a lilac rash; the lower lids later showed a mild blepharitis as well.',
      ),
    ).toContain('heliotrope-rash:present');
  });
});

describe('hyperkeratotic papules on the back of the fingers', () => {
  it("are no mechanic's hands", () => {
    for (const t of [
      'Thick hyperkeratotic papules were seen on the dorsal fingers.',
      'There were rough, hyperkeratotic plaques over the back of the fingers.',
      'Fissured papules sat over the interphalangeal joints of her fingers.',
    ])
      expect(findingsOf(t)).not.toContain('mechanics-hands:present');
  });

  it("keeps mechanic's hands on the sides and palms of the fingers", () => {
    // controls
    expect(findingsOf('The radial sides of both index fingers were hyperkeratotic and cracked.')).toContain(
      'mechanics-hands:present',
    );
    expect(
      findingsOf(
        'Cracked hyperkeratosis ran along the lateral fingers, with flat-topped papules on the knuckles.',
      ),
    ).toContain('mechanics-hands:present');
    expect(findingsOf('Her palms and fingertips showed fissured, hyperkeratotic skin.')).toContain(
      'mechanics-hands:present',
    );
  });
});

describe('a first sentence that states the role of a finding in a disease (no title line)', () => {
  it('is a general statement, not the title', () => {
    for (const first of [
      'Dysphagia is the main cause of aspiration in DM.',
      'Dysphagia is an important predictor of a poor outcome in dermatomyositis.',
      'Periorbital oedema is an under-recognised manifestation of dermatomyositis.',
      'Interstitial lung disease remains the main determinant of prognosis in DM.',
    ]) {
      const f = findingsOf(`${first}\nA 66-year-old man was admitted with fatigue; his CK was 3100 U/L.`, '');
      expect(f.filter((x) => x.endsWith(':present'))).toEqual([]);
    }
  });

  it('keeps a title that names the patient or reports a case', () => {
    // controls
    expect(
      findingsOf('Dysphagia as the presenting feature of dermatomyositis in an elderly man\nHe was 81.', ''),
    ).toContain('dysphagia:present');
    expect(
      findingsOf(
        'Dysphagia is the presenting manifestation of dermatomyositis in a 66-year-old man\nHe was admitted.',
        '',
      ),
    ).toContain('dysphagia:present');
    expect(
      findingsOf('Severe calcinosis complicating juvenile dermatomyositis\nA girl of 12 was seen.', ''),
    ).toContain('calcinosis:present');
  });
});

describe('a distal weakness of another disease, or only compared with the proximal one', () => {
  it('reads no distal weakness from a carpal tunnel syndrome', () => {
    expect(findingsOf('Weak grip on the right was due to a carpal tunnel syndrome.')).not.toContain(
      'distal-weakness:present',
    );
  });

  it('leaves the distal muscles unknown when they are only the weaker term of a comparison', () => {
    for (const t of [
      'Weakness: proximal > distal, both sides alike.',
      'She had a symmetric proximal greater than distal weakness of the legs.',
      'Strength was reduced in all limbs, proximal more than distal.',
    ]) {
      const f = findingsOf(t);
      expect(f).toContain('proximal-weaker-than-distal-legs:present');
      expect(f).not.toContain('distal-weakness:present');
    }
  });

  it('gives the grade after a comparison to the site named with it, not to the compared muscles', () => {
    const f = findingsOf('Weakness proximal > distal, 4/5 at the hips and 5/5 at the ankles.');
    expect(f).toContain('proximal-weakness-lower:present');
    expect(f).not.toContain('distal-weakness:present');
    // control: the distal muscles' own grade right after them
    expect(findingsOf('Strength: proximal 3/5 > distal 4/5.')).toContain('distal-weakness:present');
  });

  it('keeps a distal weakness stated or graded', () => {
    // controls
    expect(findingsOf('Proximal and distal weakness were found, proximal > distal.')).toContain(
      'distal-weakness:present',
    );
    expect(findingsOf('The proximal muscles were weaker than the distal, which were graded 4/5.')).toContain(
      'distal-weakness:present',
    );
    expect(findingsOf('Her distal weakness was not due to a neuropathy.')).toContain(
      'distal-weakness:present',
    );
  });
});
