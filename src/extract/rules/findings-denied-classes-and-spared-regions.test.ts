/**
 * Findings under a denied class and spared regions: a denial that names a class of findings and lists it after a
 * colon, a denial bounded by "until", a sign the examiner could not assess, a definition after a short label, a
 * region stated spared by a participle, weakness and myalgia in other words, papules named in another sentence, and
 * pain joined to the weakness. Each construction is written as a sentence of the project's own, beside the near
 * control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { statedFindings } from '../__fixtures__/read-case.js';

const CASE = 'Case presentation\n\nA 58-year-old man was seen in clinic. ';
const findingsOf = (text: string, prefix = CASE) => statedFindings(prefix + text);

describe('a denial that names a class of findings and lists it after a colon', () => {
  it('denies each item after "complaints:" and after ", namely:"', () => {
    const f = findingsOf(
      'He had no further complaints: chills, Raynaud phenomenon, sore joints or loss of weight.',
    );
    expect(f).toContain('raynaud-phenomenon:absent');
    expect(f).toContain('weight-loss:absent');
    expect(f).not.toContain('raynaud-phenomenon:present');
    const g = findingsOf(
      'Asked about systemic features, namely: temperature spikes and rash, he said he had none of them.',
    );
    expect(g).not.toContain('fever:present');
    const h = findingsOf(
      'She reported no associated symptoms, namely: fever, Raynaud phenomenon or loss of weight.',
    );
    expect(h).toEqual(
      expect.arrayContaining(['fever:absent', 'raynaud-phenomenon:absent', 'weight-loss:absent']),
    );
  });

  it('denies the items after "i.e." as after "namely"', () => {
    const f = findingsOf(
      'The man denied any constitutional symptoms, i.e. fever or weight loss, over that year.',
    );
    expect(f).toEqual(expect.arrayContaining(['fever:absent', 'weight-loss:absent']));
  });

  it('keeps a colon that opens a new statement a stop', () => {
    // control: the denial names no class; what follows the colon is stated
    const f = findingsOf('The rash was not itchy: he had a fever and had lost weight.');
    expect(f).toContain('fever:present');
    expect(f).toContain('weight-loss:present');
  });
});

describe('a denial bounded by "until"', () => {
  it('reads the finding present once the denial ends at a past time', () => {
    expect(findingsOf('He had denied any trouble swallowing until three weeks before this visit.')).toContain(
      'dysphagia:present',
    );
    expect(findingsOf('Dysphagia was absent until last month, when meat started to stick.')).toContain(
      'dysphagia:present',
    );
  });

  it('keeps the denial when "until" reaches the end of the story or the absence lasts', () => {
    expect(findingsOf('He had no dysphagia until now.')).toContain('dysphagia:absent');
    expect(findingsOf('He remained without dysphagia until the last follow-up visit.')).toContain(
      'dysphagia:absent',
    );
    expect(findingsOf('He denied dysphagia and was followed until March.')).toContain('dysphagia:absent');
  });

  it('reads "never developed" after the sign as its denial', () => {
    expect(findingsOf('Over two years of follow-up dysphagia never developed.')).toContain(
      'dysphagia:absent',
    );
  });
});

describe('a sign the examiner could not assess', () => {
  it('reads nothing from a Gowers manoeuvre that could not be tested', () => {
    const f = findingsOf('At nine months of age the Gowers manoeuvre could not be tested.');
    expect(f).not.toContain('proximal-weakness-lower:present');
    expect(f).not.toContain('proximal-weakness-lower:absent');
    // control: a Gowers sign looked for and not seen is absent
    expect(findingsOf('A Gowers sign could not be observed on repeated attempts.')).toContain(
      'proximal-weakness-lower:absent',
    );
  });
});

describe('a definition after a short label', () => {
  it('sets a labelled definition of the disease apart from the patient', () => {
    const f = findingsOf(
      'His muscle power was normal throughout. By way of background: dermatomyositis is a myopathy where the proximal muscles weaken alongside a rash.',
    );
    expect(f).toContain('proximal-weakness-upper:absent');
    expect(f).not.toContain('proximal-weakness-upper:present');
    // control: a labelled statement about the patient's weakness stays his
    const g = findingsOf('Muscles: weakness is a leading complaint, mostly of the hips and shoulders.');
    expect(g).toContain('proximal-weakness-lower:present');
  });
});

describe('a region stated spared by a participle without a verb', () => {
  it('reads the proximal muscles spared, not weak', () => {
    const f = findingsOf('His weakness was in the hands and feet, with the proximal muscles quite spared.');
    expect(f).not.toContain('proximal-weakness-upper:present');
    expect(f).toContain('proximal-weakness-upper:absent');
    expect(f).toContain('proximal-weakness-lower:absent');
    const g = findingsOf('The weakness was distal; proximal strength preserved on both sides.');
    expect(g).not.toContain('proximal-weakness-lower:present');
  });

  it('reads the distal muscles spared after a proximal weakness', () => {
    const f = findingsOf('He had weakness proximally in all four limbs, the distal groups being unaffected.');
    expect(f).toContain('distal-weakness:absent');
    expect(f).toContain('proximal-weakness-upper:present');
  });

  it('keeps a region that is not spared, or is the object of the weakness', () => {
    const f = findingsOf('The weakness was distal, the proximal muscles not spared either.');
    expect(f).not.toContain('proximal-weakness-upper:absent');
    const g = findingsOf('He had proximal weakness, distal muscles unaffected.');
    expect(g).toContain('proximal-weakness-upper:present');
    expect(g).toContain('distal-weakness:absent');
  });
});

describe('proximal weakness and myalgia told in other words', () => {
  it('reads the limb that a verb of involvement gives the weakness, past the usual reach', () => {
    const f = findingsOf(
      'He noticed a weakness that came on slowly over many months and in the end affected mostly his shoulders.',
    );
    expect(f).toContain('proximal-weakness-upper:present');
    // control: the verb of another sign, after a semicolon, gives the weakness nothing
    const g = findingsOf(
      'He noticed weakness of the fingers; over many months, a scaly eruption involved his shoulders.',
    );
    expect(g).not.toContain('proximal-weakness-upper:present');
  });

  it('reads the region across an adverb set off by commas', () => {
    const f = findingsOf(
      'At the bedside he was weak, bilaterally, in the proximal muscle groups of arms and legs.',
    );
    expect(f).toEqual(
      expect.arrayContaining(['proximal-weakness-upper:present', 'proximal-weakness-lower:present']),
    );
  });

  it('compares grades written before their regions', () => {
    const f = findingsOf(
      'Power measured 3/5 in the proximal groups of his legs and 5/5 in the distal groups.',
    );
    expect(f).toContain('proximal-weaker-than-distal-legs:present');
    // controls: equal grades, and overlapping ranges, compare nothing
    expect(
      findingsOf('Power measured 4/5 in the proximal groups of his legs and 4/5 in the distal groups.'),
    ).not.toContain('proximal-weaker-than-distal-legs:present');
    expect(
      findingsOf('Power measured 2-3/5 in the proximal groups of his legs and 3-4/5 in the distal groups.'),
    ).not.toContain('proximal-weaker-than-distal-legs:present');
  });

  it('reads a pain joined to a weakness of named muscles as myalgia', () => {
    expect(
      findingsOf(
        'Questioned further, he described pain and weakness of his neck flexors and of the thigh muscles.',
      ),
    ).toContain('myalgia:present');
    // control: a pain and weakness of the joints first named is not the muscles'
    expect(
      findingsOf(
        'Questioned further, he described pain and weakness in the joints of his wrists and in his muscles.',
      ),
    ).not.toContain('myalgia:present');
  });
});

describe('papules of the back of the hands named Gottron papules in another sentence', () => {
  it('drops the open sign once the papules are stated', () => {
    const text =
      'On both hands, violet papules were scattered over the dorsum of the hand. We took these papules for Gottron papules.';
    const f = findingsOf(text);
    expect(f).toContain('gottron-papules:present');
    expect(f).not.toContain('gottron-sign:uncertain');
    // control: without the naming sentence both stay open
    const g = findingsOf('On both hands, violet papules were scattered over the dorsum of the hand.');
    expect(g).toEqual(expect.arrayContaining(['gottron-papules:uncertain', 'gottron-sign:uncertain']));
  });
});

describe('a pain joined to the weakness of whole limbs', () => {
  it('reads myalgia from the pain of both weak limbs', () => {
    expect(
      findingsOf('For a month he had suffered pain and worsening weakness of both thighs and legs.'),
    ).toContain('myalgia:present');
    expect(findingsOf('Over six weeks he developed arm pain and weakness on both sides.')).toContain(
      'myalgia:present',
    );
  });

  it('leaves the pain of one weak limb open', () => {
    // control: one side named is as likely a local cause
    expect(findingsOf('Since the accident he had pain and weakness of his right leg.')).not.toContain(
      'myalgia:present',
    );
  });
});
