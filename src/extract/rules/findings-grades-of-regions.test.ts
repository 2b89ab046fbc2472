/**
 * Grades and regions of weakness: a proximal and a distal grade in two items of one sentence, grades told
 * "respectively", a stroke's weakness on one side, a muscle group named by the joint it moves, a difficulty in
 * swallowing with another preposition, a first sentence ranking a finding among causes of death, and a weakness the
 * sentence gives to another disease. Each construction is written as a sentence of the project's own, beside the
 * near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { statedFindings } from '../__fixtures__/read-case.js';

const CASE = 'Case presentation\n\nA 61-year-old woman was admitted for fatigue. ';
const findingsOf = (text: string, prefix = CASE) => statedFindings(prefix + text);

describe('a proximal grade and a distal grade in two items of one sentence', () => {
  it('gives each grade the region named before it, not the next item\'s "distal"', () => {
    const f = findingsOf('Proximal muscle strength was 3/5 and distal strength 5/5.');
    expect(f).toContain('proximal-weakness-upper:present');
    expect(f).toContain('proximal-weakness-lower:present');
    expect(f).toContain('distal-weakness:absent');
    expect(f).not.toContain('distal-weakness:present');
    const g = findingsOf('Proximal muscle strength was decreased (3/5), distal strength was normal.');
    expect(g).toContain('proximal-weakness-upper:present');
    expect(g).not.toContain('distal-weakness:present');
    const h = findingsOf('Distal strength was 4/5 and proximal strength 2/5.');
    expect(h).toContain('distal-weakness:present');
    expect(h).toContain('proximal-weakness-lower:present');
  });

  it('still reads a region written only after the grade', () => {
    // controls: the region after the grade is the grade's own when none stands before it
    const f = findingsOf('Power was 4/5 proximally and 5/5 distally.');
    expect(f).toContain('proximal-weakness-upper:present');
    expect(f).toContain('distal-weakness:absent');
    const g = findingsOf('Muscle strength: proximal 3/5, distal 4/5.');
    expect(g).toContain('proximal-weakness-lower:present');
    expect(g).toContain('distal-weakness:present');
  });
});

describe('grades of two regions told "respectively"', () => {
  it('gives the n-th grade to the n-th region', () => {
    const f = findingsOf('Proximal and distal strength were 4/5 and 5/5, respectively.');
    expect(f).toContain('proximal-weakness-upper:present');
    expect(f).toContain('distal-weakness:absent');
    expect(f).not.toContain('distal-weakness:present');
    const g = findingsOf('Distal and proximal muscle power were 5/5 and 3/5, respectively.');
    expect(g).toContain('proximal-weakness-lower:present');
    expect(g).not.toContain('distal-weakness:present');
  });

  it('leaves a sentence without "respectively" to the nearest word', () => {
    const f = findingsOf('Distal strength was 5/5; proximal strength was 4/5.');
    expect(f).toContain('proximal-weakness-upper:present');
    expect(f).toContain('distal-weakness:absent');
  });
});

describe("a stroke's weakness graded on the limbs of one side", () => {
  it('names no girdle', () => {
    const f = findingsOf(
      'An old infarct had left her with a right hemiparesis, power 3/5 in the right arm and leg.',
    );
    expect(f).not.toContain('proximal-weakness-upper:present');
    expect(f).not.toContain('proximal-weakness-lower:present');
    const g = findingsOf('On examination the left upper and lower limbs were graded 2/5 after his stroke.');
    expect(g).not.toContain('proximal-weakness-upper:present');
    expect(g).not.toContain('proximal-weakness-lower:present');
  });

  it('keeps a girdle muscle of one side, and both arms graded side by side', () => {
    // controls: a proximal muscle named, and a grade for each side
    expect(findingsOf('Power was 4/5 in the left deltoid.')).toContain('proximal-weakness-upper:present');
    expect(findingsOf('Power was 4/5 in the right arm and 4/5 in the left arm.')).toContain(
      'proximal-weakness-upper:present',
    );
    expect(findingsOf('Muscle strength was 4/5 in the upper limbs and 5/5 in the lower limbs.')).toContain(
      'proximal-weakness-upper:present',
    );
  });
});

describe('a muscle group named by the joint it moves (knee, elbow)', () => {
  it('is a proximal group, and the distal muscles after it keep their own grade', () => {
    const f = findingsOf('Knee extension was 3/5 and ankle dorsiflexion 5/5.');
    expect(f).toContain('proximal-weakness-lower:present');
    expect(f).toContain('distal-weakness:absent');
    expect(f).not.toContain('distal-weakness:present');
    const g = findingsOf('Elbow flexion 4/5, wrist extension 5/5.');
    expect(g).toContain('proximal-weakness-upper:present');
    expect(g).not.toContain('distal-weakness:present');
  });

  it('leaves the joints of a rash and the distal muscles alone', () => {
    // controls
    expect(findingsOf('Wrist extension was 4/5 on both sides.')).toContain('distal-weakness:present');
    const f = findingsOf('Violaceous papules were seen over the elbows and knees.');
    expect(f.filter((x) => x.includes('weakness'))).toEqual([]);
  });
});

describe('a difficulty in swallowing with another preposition', () => {
  it('is dysphagia', () => {
    expect(findingsOf('She had difficulties in swallowing since 2 months.')).toContain('dysphagia:present');
    expect(findingsOf('He reported difficulty of swallowing solids.')).toContain('dysphagia:present');
    expect(findingsOf('Over weeks, he had more trouble in swallowing liquids.')).toContain(
      'dysphagia:present',
    );
    expect(findingsOf('She found it difficult to swallow solid food.')).toContain('dysphagia:present');
  });

  it("denies it when denied, and a tablet's size is no dysphagia", () => {
    // controls
    expect(findingsOf('She had no difficulties in swallowing.')).toContain('dysphagia:absent');
    expect(findingsOf('The large tablets were difficult to swallow, so a syrup was given.')).not.toContain(
      'dysphagia:present',
    );
  });
});

describe('a first sentence ranking a finding among the causes of death (no title line)', () => {
  it('is a general statement, not the title', () => {
    const f = findingsOf(
      'Interstitial lung disease is the leading cause of death in dermatomyositis. Our patient, a man of 50, had ' +
        'a heliotrope rash.',
      '',
    );
    expect(f).not.toContain('interstitial-lung-disease:present');
    expect(f).toContain('heliotrope-rash:present');
  });

  it('keeps a title that names the patient', () => {
    // control: a title about the patient's own lung disease
    expect(
      findingsOf(
        'Interstitial lung disease as the leading cause of death in a man with dermatomyositis\n\nA 50-year-old man ' +
          'died of respiratory failure.',
        '',
      ),
    ).toContain('interstitial-lung-disease:present');
  });
});

describe('a weakness its sentence gives to another disease', () => {
  it('is not read as the myositis weakness', () => {
    const f = findingsOf('Weakness of both hip flexors was attributed to an L3-L4 radiculopathy on MRI.');
    expect(f.filter((x) => x.includes('weakness'))).toEqual([]);
    const g = findingsOf(
      'Over the following months she had proximal weakness from a steroid-induced myopathy.',
    );
    expect(g.filter((x) => x.includes('weakness'))).toEqual([]);
    const h = findingsOf('His shoulder girdle weakness was caused by a plexopathy after radiation.');
    expect(h.filter((x) => x.includes('weakness'))).toEqual([]);
  });

  it('keeps a weakness whose cause is denied, is the myositis, or is only its course', () => {
    // controls
    expect(
      findingsOf('The proximal weakness was not due to steroid myopathy, since CK rose again.'),
    ).toContain('proximal-weakness-upper:present');
    expect(findingsOf('Her proximal weakness improved due to the steroids.')).toContain(
      'proximal-weakness-lower:present',
    );
    expect(findingsOf('Proximal weakness from the myositis kept her from climbing stairs.')).toContain(
      'proximal-weakness-lower:present',
    );
    expect(findingsOf('She had proximal weakness; a stroke had been excluded by MRI.')).toContain(
      'proximal-weakness-upper:present',
    );
  });
});

describe('a grade "on the MRC scale" (session 51)', () => {
  it('reads "four on the MRC scale" and "4 on the Medical Research Council scale"', () => {
    expect(findingsOf('Strength in the hips and shoulders was four on the MRC scale.')).toEqual([
      'proximal-weakness-lower:present',
      'proximal-weakness-upper:present',
    ]);
    expect(findingsOf('Hip flexor power was 4 on the Medical Research Council scale.')).toEqual([
      'proximal-weakness-lower:present',
    ]);
  });
  it('control: a score on another scale is no grade', () => {
    expect(findingsOf('Her pain was four on the visual analogue scale.')).toEqual([]);
  });
});
