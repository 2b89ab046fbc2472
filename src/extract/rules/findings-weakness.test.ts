/**
 * Weakness and strength: limbs listed or qualified far from the weakness word, grades and normal statements of the
 * other muscles, weakness named by an activity or by the muscles of a limb, distal muscles graded normal beside a
 * proximal weakness, and the skin, lung and other statements read beside it. Each with the control it must leave
 * alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { statedFindings } from '../__fixtures__/read-case.js';
import {
  findingsAfterTitle,
  readAfterTitle,
  statedFindingsAfterRash,
  statedFindingsAfterWeakThighs,
} from './__fixtures__/helpers.js';

const CASE = 'Case presentation\n\nA 52-year-old woman was seen in clinic. ';
const findingsOf = (text: string, prefix = CASE) => statedFindings(prefix + text);

describe('unspecified proximal weakness with an activity as its example', () => {
  const girdles = (text: string) =>
    readAfterTitle(text)
      .findings.filter((f) => f.id.startsWith('proximal-weakness'))
      .map((f) => `${f.id}:${f.status}`);
  it('"proximal muscle weakness, with difficulty climbing stairs" is both girdles', () => {
    expect(girdles('She had proximal muscle weakness, with trouble climbing stairs.')).toEqual([
      'proximal-weakness-upper:present',
      'proximal-weakness-lower:present',
    ]);
  });
  it('control: "proximal weakness of the legs" is the lower girdle only', () => {
    expect(girdles('She had proximal weakness of the legs.')).toEqual(['proximal-weakness-lower:present']);
  });
});

describe('weakness and strength in sentence shapes of published text', () => {
  it('"limb girdle muscle pain and weakness": the girdle word qualifies the second noun too', () => {
    expect(findingsAfterTitle('She had a year of limb girdle muscle pain and weakness.')).toMatchObject({
      'proximal-weakness-upper': 'present',
      'proximal-weakness-lower': 'present',
      myalgia: 'present',
    });
  });
  it('control: a named girdle is one girdle, not both', () => {
    expect(findingsAfterTitle('He had pelvic girdle pain and weakness.')).not.toHaveProperty(
      'proximal-weakness-upper',
    );
  });
  it('"without the use of his arms" is the means of rising, not a denial of the hair-combing after it', () => {
    expect(
      findingsAfterTitle(
        'He could not get up from a low chair without the use of his arms and had trouble combing his hair.',
      ),
    ).toMatchObject({ 'proximal-weakness-upper': 'present', 'proximal-weakness-lower': 'present' });
  });
  it('control: "without" before a finding still denies it', () => {
    expect(findingsAfterTitle('She had a heliotrope rash without dysphagia.')).toMatchObject({
      dysphagia: 'absent',
    });
  });
  it('"strength in his distal extremities was intact": distal weakness absent', () => {
    expect(findingsAfterTitle('Strength in his distal extremities was intact.')).toEqual({
      'distal-weakness': 'absent',
    });
  });
  it('control: "strength in his distal extremities was reduced" is no normal strength', () => {
    expect(findingsAfterTitle('Strength in his distal extremities was reduced.')).not.toMatchObject({
      'distal-weakness': 'absent',
    });
  });
});

describe('denied weakness of a region', () => {
  it('"the proximal muscles were not weak": both girdles absent, not present', () => {
    expect(findingsAfterTitle('On examination the proximal muscles were not weak.')).toEqual({
      'proximal-weakness-upper': 'absent',
      'proximal-weakness-lower': 'absent',
    });
  });
  it('"the shoulder muscles were not weak": the upper girdle absent', () => {
    expect(findingsAfterTitle('On examination the shoulder muscles were not weak.')).toEqual({
      'proximal-weakness-upper': 'absent',
    });
  });
  it('"denies weakness in the hands" says nothing of the girdles', () => {
    expect(findingsAfterTitle('She denies weakness in the hands.')).toEqual({});
    expect(findingsAfterTitle('There was no weakness of the feet or ankles.')).toEqual({});
  });
  it('control: "no weakness" alone is both girdles absent (conventions)', () => {
    expect(findingsAfterTitle('She had no weakness.')).toEqual({
      'proximal-weakness-upper': 'absent',
      'proximal-weakness-lower': 'absent',
    });
  });
  it('control: "the proximal muscles were weak" is present', () => {
    expect(findingsAfterTitle('Her proximal muscles were weak.')).toMatchObject({
      'proximal-weakness-upper': 'present',
    });
  });
});

describe('limbs as a means and weight loss as a product', () => {
  it('"could not stand … without the aid of her arms" gives no weakness of the arms', () => {
    expect(
      statedFindingsAfterRash('She was unable to get up from a low chair without the aid of her arms.'),
    ).toEqual(['proximal-weakness-lower:present']);
  });

  it('"denied taking weight loss supplements" says nothing of weight loss; "denied weight loss" does', () => {
    expect(statedFindingsAfterRash('She denied taking weight loss supplements or herbal remedies.')).toEqual(
      [],
    );
    expect(statedFindingsAfterRash('She denied weight loss.')).toEqual(['weight-loss:absent']);
  });
});

describe('the neck flexors joined first to a limb’s normal strength', () => {
  it('"Neck flexor and upper limb strength were normal" states both normal', () => {
    expect(statedFindingsAfterRash('Neck flexor and upper limb strength were normal.')).toEqual([
      'proximal-weakness-upper:absent',
      'neck-flexor-weakness:absent',
    ]);
    // control: the other order, read since session 25
    expect(statedFindingsAfterRash('Arm and neck flexor power were normal.')).toEqual([
      'proximal-weakness-upper:absent',
      'neck-flexor-weakness:absent',
    ]);
  });
});

describe('distal muscles graded 5/5 in a sentence of proximal weakness', () => {
  it('reads the distal muscles as normal', () => {
    expect(statedFindingsAfterWeakThighs('She had proximal weakness; distal strength was 5/5.')).toContain(
      'distal-weakness:absent',
    );
    expect(
      statedFindingsAfterWeakThighs('She had proximal limb weakness (MMT: proximal 4/5, distal 5/5).'),
    ).toContain('distal-weakness:absent');
  });

  it('still reads a distal grade below 5 as weak', () => {
    // control
    expect(statedFindingsAfterWeakThighs('She had weakness, proximal 3/5 and distal 4/5.')).toContain(
      'distal-weakness:present',
    );
  });
});

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
