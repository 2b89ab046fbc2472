/**
 * Findings readings fixed in session 38 (findings, first half): constructions the extractor read only in the wording
 * its rules were written from — a list of limbs with "of" repeated, a comparison of the weakness's clause far from
 * it, a grade for "all other groups" written before the grade, a grip "was normal", a post-positive "proximal and
 * distal", a skin eruption denied, a chest CT clear with its result first, a conclusion after ", so", a reason
 * phrase opening the sentence, joints "painful and swollen", a weight "down" by an amount, the form of a lesion of
 * the elbows in its own clause, and the V region of the neck — each with a near control that keeps its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { statedFindings } from './__fixtures__/read-case.js';

const CASE = 'Case presentation\n\nA 52-year-old woman was seen in clinic. ';
const findingsOf = (text: string, prefix = CASE) => statedFindings(prefix + text);

describe('weakness of limbs listed or qualified far from the weakness word', () => {
  it('reads the second limb of a list that repeats "of"', () => {
    const f = findingsOf('Strength was reduced in the proximal groups of both her arms and of her legs.');
    expect(f).toContain('proximal-weakness-upper:present');
    expect(f).toContain('proximal-weakness-lower:present');
    // control: a limb in a clause of its own is not the weakness's
    const g = findingsOf(
      'Strength was reduced in the proximal groups of both her arms, with bruising over the skin of her legs.',
    );
    expect(g).toContain('proximal-weakness-upper:present');
    expect(g).not.toContain('proximal-weakness-lower:present');
  });

  it('reads the girdles from a comparison that closes the weakness clause', () => {
    const f = findingsOf(
      'Examination found weakness of both legs and both arms that was clearly worse proximally than distally.',
    );
    expect(f).toContain('proximal-weakness-upper:present');
    expect(f).toContain('proximal-weakness-lower:present');
    const g = findingsOf(
      'She felt weak overall, clearly worse proximally than distally in her upper and her lower limbs.',
    );
    expect(g).toContain('proximal-weakness-lower:present');
    // control: a comparison of another sign after a semicolon gives the legs nothing
    const h = findingsOf(
      'Examination found weakness of both arms; the sensory loss in the legs was worse proximally than distally.',
    );
    expect(h).not.toContain('proximal-weakness-lower:present');
  });

  it('reads "proximal and distal" written after the limbs', () => {
    const f = findingsOf('There was weakness of his left arm and left leg, proximal as well as distal.');
    expect(f).toContain('proximal-weakness-upper:present');
    expect(f).toContain('proximal-weakness-lower:present');
    expect(f).toContain('distal-weakness:present');
    // control: the pair closes another sign's clause
    const g = findingsOf(
      'There was weakness of his left arm and numbness of both legs, proximal as well as distal.',
    );
    expect(g).not.toContain('distal-weakness:present');
    expect(g).not.toContain('proximal-weakness-lower:present');
  });

  it('gives a site to a weakness coordinated with wasting before it', () => {
    expect(findingsOf('She had weakness and wasting of the thighs.')).toContain(
      'proximal-weakness-lower:present',
    );
    // control: the wasting of a site of its own
    expect(findingsOf('She had weakness of the arms and wasting of the thighs.')).not.toContain(
      'proximal-weakness-lower:present',
    );
  });
});

describe('grades and normal statements of the other muscles', () => {
  it('reads a full grade for "all other groups" written before it', () => {
    const f = findingsOf('Knee extension was 4/5 on the left, and all other muscle groups were 5/5.');
    expect(f).toContain('proximal-weakness-lower:present');
    expect(f).toContain('proximal-weakness-upper:absent');
    // control: the other knee is one muscle group, not the rest of the body
    const g = findingsOf('Knee extension was 4/5 on the left, and the other knee was 5/5.');
    expect(g).not.toContain('proximal-weakness-upper:absent');
  });

  it('reads a grip that "was normal"', () => {
    const f = findingsOf('Hip flexion was 4/5 bilaterally, and his grip was normal.');
    expect(f).toContain('finger-flexor-weakness:absent');
    expect(f).not.toContain('distal-weakness:absent');
    // control: a weak grip
    expect(findingsOf('On review her grip was weak.')).not.toContain('finger-flexor-weakness:absent');
  });

  it('reads a grade of "the distal" groups with the article', () => {
    const f = findingsOf(
      'All limbs were weak, with power of 2/5 in the proximal and 4/5 in the distal groups.',
    );
    expect(f).toContain('distal-weakness:present');
    // control: a full distal grade
    const g = findingsOf(
      'All limbs were weak, with power of 2/5 in the proximal and 5/5 in the distal groups.',
    );
    expect(g).not.toContain('distal-weakness:present');
  });
});

describe('skin and lung statements', () => {
  it('reads a denied skin eruption as no rash', () => {
    const f = findingsOf('She reported no skin eruption at any time.');
    expect(f).toContain('heliotrope-rash:absent');
    expect(f).toContain('gottron-papules:absent');
    // control: an eruption that is there
    expect(findingsOf('A cutaneous eruption appeared on her shins.')).not.toContain('heliotrope-rash:absent');
  });

  it('reads a chest CT clear with its result written first', () => {
    expect(findingsOf('No abnormality was noted on a computed tomography of the thorax.')).toContain(
      'interstitial-lung-disease:absent',
    );
    // control: a CT of another region
    expect(findingsOf('No abnormality was noted on a computed tomography of the brain.')).not.toContain(
      'interstitial-lung-disease:absent',
    );
  });

  it('does not let a conclusion after ", so" hedge the observation before it', () => {
    const f = findingsOf('Her upper eyelids were puffy and purple, so dermatomyositis was suspected.');
    expect(f).toContain('heliotrope-rash:present');
    // control: the sign itself suspected stays uncertain
    expect(findingsOf('On review a heliotrope rash was suspected.')).toContain('heliotrope-rash:uncertain');
  });

  it('takes the form of an elbow lesion from its own clause', () => {
    const f = findingsOf(
      'The rash of her cheeks was red and macular, and a scaly eruption lay over both elbows.',
    );
    expect(f).not.toContain('gottron-sign:present');
    // control: the elbow lesion's own form
    const g = findingsOf(
      'The rash of her cheeks was red and macular, and violet papules lay over both elbows.',
    );
    expect(g).toContain('gottron-papules:present');
  });

  it('reads redness of the V region of the neck', () => {
    expect(findingsOf('Redness covered the V region of his neck.')).toContain('v-sign:present');
    // controls: a V region of an antibody, a V region stated spared
    expect(findingsOf('Sequencing of the V region of the heavy chain was done.')).not.toContain(
      'v-sign:present',
    );
    expect(findingsOf('A rash was seen on her cheeks; the V region of her neck was spared.')).not.toContain(
      'v-sign:present',
    );
  });
});

describe('other findings in other wordings', () => {
  it('keeps a fever stated in a reason phrase that opens the sentence', () => {
    expect(
      findingsOf('In light of her fever and the weight loss, an infection could not be excluded.'),
    ).toContain('fever:present');
    // control: the fever itself not excluded
    expect(findingsOf('In light of the scan, fever could not be excluded.')).toContain('fever:uncertain');
  });

  it('reads joints "painful and swollen" as arthritis', () => {
    expect(findingsOf('The knees on both sides were painful and swollen.')).toContain('arthritis:present');
    // control: painful joints and swelling elsewhere
    expect(findingsOf('The joints were painful, and her ankles were swollen.')).not.toContain(
      'arthritis:present',
    );
  });

  it('reads a weight "down" by an amount', () => {
    expect(findingsOf('Weight down by 9 kg since spring.')).toContain('weight-loss:present');
    // controls: a dose brought down, a weight that rose
    expect(findingsOf('The dose was brought down by 5 mg.')).not.toContain('weight-loss:present');
    expect(findingsOf('Her weight went up by 3 kg.')).not.toContain('weight-loss:present');
  });
});
