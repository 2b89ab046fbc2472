/**
 * How far a findings construction reaches: hedges after a reason clause or a ", so", a weakness distribution read
 * only from the weakness clause, normal strength read only where it is stated, skin and joints said of another
 * subject, and a denial bounded in time. Each over-reading is pinned with a near control that keeps its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { statedFindings } from '../__fixtures__/read-case.js';

const CASE = 'Case presentation\n\nA 61-year-old man attended the clinic. ';
const findingsOf = (text: string) => statedFindings(CASE + text);

describe('hedges after a reason clause or a ", so" that does not conclude', () => {
  it('lets a hedge reach a list that began after the reason clause', () => {
    const f = findingsOf(
      'In view of his smoking, ILD, a bronchiectasis and cardiac failure were all suspected.',
    );
    expect(f).not.toContain('interstitial-lung-disease:present');
    const g = findingsOf(
      'Owing to his rash, Gottron papules, a lupus rash and a psoriasis were all suspected.',
    );
    expect(g).not.toContain('gottron-papules:present');
    // control: the reason clause's own facts, a list of its own closed before the main clause's list
    const h = findingsOf(
      'Since he had a cough, dysphagia and fatigue, myositis and lymphoma were suspected.',
    );
    expect(h).toContain('dysphagia:present');
    const k = findingsOf('In view of the fever and the cough, pneumonia could not be excluded.');
    expect(k).toContain('fever:present');
  });

  it('keeps the hedge past ", so" before an adjective and past a parenthetical ", therefore,"', () => {
    const f = findingsOf('Gottron papules, so characteristic of this myopathy, were suspected.');
    expect(f).toContain('gottron-papules:uncertain');
    const g = findingsOf('A heliotrope rash was, therefore, suspected by the team.');
    expect(g).toContain('heliotrope-rash:uncertain');
    // control: a conclusion after ", so" hedges only itself
    const h = findingsOf('He reported dysphagia for solids, so an oesophageal cancer was suspected.');
    expect(h).toContain('dysphagia:present');
  });
});

describe('weakness distribution read only from the weakness clause', () => {
  it('does not take another sign\'s "proximally than distally" for the weakness', () => {
    const f = findingsOf(
      'Grip weakness was present and the oedema of his legs was worse proximally than distally.',
    );
    expect(f).not.toContain('proximal-weakness-lower:present');
    const g = findingsOf('He had weakness of all four limbs, not more marked proximally than distally.');
    expect(g).not.toContain('proximal-weakness-lower:present');
    // control: the weakness's own comparison, far from the limbs
    const h = findingsOf(
      'He had weakness of the muscles of his arms and of his legs, clearly more marked proximally than distally.',
    );
    expect(h).toContain('proximal-weakness-lower:present');
  });

  it('does not read the girdles or their predominance from another sign after a denied weakness', () => {
    const f = findingsOf('He denied any weakness, but the ache in his legs was more prominent proximally.');
    expect(f).not.toContain('proximal-weakness-lower:present');
    const g = findingsOf(
      'No weakness was found, though the cramps were worse proximally than distally in his legs.',
    );
    expect(g).not.toContain('proximal-weaker-than-distal-legs:present');
    // control: the weakness's own comparison
    const h = findingsOf('His legs were weak, and the weakness was worse proximally than distally.');
    expect(h).toContain('proximal-weaker-than-distal-legs:present');
  });

  it('does not take "proximal and distal" that qualifies joints or a distal part', () => {
    const f = findingsOf(
      'He had weakness of finger flexion at the interphalangeal joints, proximal and distal.',
    );
    expect(f).not.toContain('proximal-weakness-upper:present');
    expect(f).not.toContain('proximal-weakness-lower:present');
    const g = findingsOf('Weakness of his toes, both proximal and distal.');
    expect(g).not.toContain('proximal-weakness-upper:present');
    // control: the pair after whole limbs
    const h = findingsOf('He had weakness of the right arm and the right leg, proximal and distal.');
    expect(h).toContain('proximal-weakness-lower:present');
  });

  it("shares a joined symptom's site only with a weakness of no site of its own", () => {
    const f = findingsOf('Grip weakness and aching in both thighs were reported.');
    expect(f).not.toContain('proximal-weakness-lower:present');
    const g = findingsOf('He described ankle weakness and stiffness of the hips.');
    expect(g).not.toContain('proximal-weakness-lower:present');
    // control
    const h = findingsOf('He described progressive weakness and wasting of both thighs.');
    expect(h).toContain('proximal-weakness-lower:present');
  });

  it('does not list a limb that opens a clause of its own', () => {
    const f = findingsOf(
      'Strength was reduced in the proximal muscles of his arms, and in both legs the ankle pulses were faint.',
    );
    expect(f).not.toContain('proximal-weakness-lower:absent');
    expect(f).not.toContain('proximal-weakness-lower:present');
    // control
    const g = findingsOf('Strength was reduced in the proximal muscles of his arms and of his legs.');
    expect(g).toContain('proximal-weakness-lower:present');
  });
});

describe('normal strength read only where it is stated', () => {
  it('does not give a rest grade to the girdles when it is limited or excepted', () => {
    const f = findingsOf('Neck flexion was 3/5, all the other muscle groups of the hands were 5/5.');
    expect(f).not.toContain('proximal-weakness-upper:absent');
    const g = findingsOf('Deltoids were 4/5, the other muscle groups were 5/5 except the hip flexors.');
    expect(g).not.toContain('proximal-weakness-lower:absent');
    // control
    const h = findingsOf('Deltoids were 4/5, the other muscle groups were 5/5.');
    expect(h).toContain('proximal-weakness-lower:absent');
  });

  it('does not read a grip normal at one time or on one side as no finger flexor weakness', () => {
    expect(findingsOf('Grip was normal at first but weakened later.')).not.toContain(
      'finger-flexor-weakness:absent',
    );
    expect(findingsOf('Grip was normal on the right side.')).not.toContain('finger-flexor-weakness:absent');
    // control
    expect(findingsOf('His shoulders were weak; grip was intact.')).toContain(
      'finger-flexor-weakness:absent',
    );
  });
});

describe('skin and joints', () => {
  it('reads the V region as a V-sign only when it is the site of a rash', () => {
    expect(findingsOf('The rash spared the V region of his neck.')).not.toContain('v-sign:present');
    expect(findingsOf('Erythema of the cheeks; the V region of the chest was normal.')).not.toContain(
      'v-sign:present',
    );
    // control
    expect(findingsOf('There was violaceous erythema over the V region of his chest.')).toContain(
      'v-sign:present',
    );
  });

  it('ends a swelling said of its subject at its clause', () => {
    expect(findingsOf('His calves were painful and swollen, and his knees were normal.')).not.toContain(
      'arthritis:present',
    );
    // control
    expect(findingsOf('His wrists were painful and swollen.')).toContain('arthritis:present');
  });

  it('does not read a joint that only places another swollen subject as arthritis', () => {
    expect(findingsOf('The skin over his right knee was painful and swollen.')).not.toContain(
      'arthritis:present',
    );
    expect(findingsOf('The tissue around both ankles was swollen.')).not.toContain('arthritis:present');
    // control
    expect(findingsOf('Both his right knee and his wrists were swollen.')).toContain('arthritis:present');
  });
});

describe('a denial bounded in time ("no X until T, when Y …")', () => {
  it('leaves the sign of the later clause out of the denial', () => {
    expect(
      findingsOf('She had no rash until the autumn, when Gottron papules formed over her knuckles.'),
    ).toContain('gottron-papules:present');
    expect(findingsOf('There was no skin change until May, when a heliotrope rash came up.')).toContain(
      'heliotrope-rash:present',
    );
  });
  it('keeps a denial that no "until" bounds', () => {
    expect(findingsOf('She had no rash, and Gottron papules were absent on admission.')).toContain(
      'gottron-papules:absent',
    );
    expect(findingsOf('No heliotrope rash or Gottron papules were seen when she was admitted.')).toContain(
      'gottron-papules:absent',
    );
  });
});
