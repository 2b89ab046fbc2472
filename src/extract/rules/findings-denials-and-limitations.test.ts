/**
 * Denials and limitations of findings: others counted apart from the patient, an elliptical or backward denial,
 * grades whose regions follow them, "in keeping with", a long title, a limitation said with "hard" or "impossible",
 * dysphagia by an adjective, girdle pain by its place word, what the examiner "could" see, and a Gottron label
 * after its description. Each construction is written as a sentence of the project's own, beside the near control
 * that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { findingsAfterClinicVisit } from './__fixtures__/helpers.js';

describe('others counted apart from the patient ("we found 9 further people with …")', () => {
  it('reads the sentence as the others’, not the patient’s', () => {
    const f = findingsAfterClinicVisit(
      'He had Gottron papules. Searching two databases, we found 11 further people with the same antibody, ' +
        'who had mild or absent weakness and no interstitial lung disease.',
    );
    expect(f).toContain('gottron-papules:present');
    expect(f).not.toContain('interstitial-lung-disease:absent');
    expect(f).not.toContain('proximal-weakness-upper:absent');
    const g = findingsAfterClinicVisit(
      'We found nine more persons with this profile in the registry, none with dysphagia.',
    );
    expect(g).not.toContain('dysphagia:absent');
  });

  it('keeps what the authors found in their own patient', () => {
    expect(findingsAfterClinicVisit('We found no dysphagia and no interstitial lung disease.')).toEqual([
      'dysphagia:absent',
      'interstitial-lung-disease:absent',
    ]);
    expect(
      findingsAfterClinicVisit('We found 3 further papules over the elbows, and he had no dysphagia.'),
    ).toContain('dysphagia:absent');
  });
});

describe('an elliptical denial of a change ("… improved, but X did not")', () => {
  it('leaves what did not change present', () => {
    const f = findingsAfterClinicVisit('His skin cleared with prednisone, but his dysphagia did not.');
    expect(f).toContain('dysphagia:present');
    const g = findingsAfterClinicVisit(
      'The creatine kinase normalised, yet the drooping of his head did not; it was due to weakness.',
    );
    expect(g).not.toContain('proximal-weakness-upper:absent');
  });

  it('still denies what an earlier clause had ("…; she did not")', () => {
    expect(findingsAfterClinicVisit('Her brother had Raynaud phenomenon; he did not.')).toContain(
      'raynaud-phenomenon:absent',
    );
    expect(
      findingsAfterClinicVisit("Mechanic's hands were seen, whereas Gottron papules were not."),
    ).toContain('gottron-papules:absent');
  });
});

describe('a relative clause between commas before a backward denial', () => {
  it('keeps what the relative clause states', () => {
    const f = findingsAfterClinicVisit(
      'The creatine kinase normalised, yet his drooping head, which resulted from weakness of the proximal ' +
        'muscles, did not.',
    );
    expect(f).toContain('proximal-weakness-upper:present');
    expect(f).toContain('proximal-weakness-lower:present');
    expect(
      findingsAfterClinicVisit(
        'His thoracic CT, which showed interstitial lung disease, was otherwise unremarkable.',
      ),
    ).toContain('interstitial-lung-disease:present');
  });

  it('still denies the head of the clause', () => {
    expect(findingsAfterClinicVisit('Arthritis, which many such patients have, was absent.')).toContain(
      'arthritis:absent',
    );
  });
});

describe('a grade whose regions follow it, and a semicolon', () => {
  it('does not carry the grade into the next clause', () => {
    const f = findingsAfterClinicVisit(
      'Power was 4/5 for flexion and extension of the hips; the rest of the limb muscles and the neck ' +
        'muscles had normal strength.',
    );
    expect(f).toContain('proximal-weakness-lower:present');
    expect(f).not.toContain('neck-flexor-weakness:present');
    expect(f).toContain('neck-flexor-weakness:absent');
  });

  it('keeps a grade of the neck named in its own clause', () => {
    expect(findingsAfterClinicVisit('Power was 4/5 in the neck flexors and the hip flexors.')).toContain(
      'neck-flexor-weakness:present',
    );
  });
});

describe('the remaining muscles of two groups joined by "and"', () => {
  it('states both normal', () => {
    const f = findingsAfterClinicVisit('The remaining extremity muscles and the neck muscles were strong.');
    expect(f).toContain('neck-flexor-weakness:absent');
    expect(f).toContain('distal-weakness:absent');
  });

  it('does not reach a group with its own verb', () => {
    expect(
      findingsAfterClinicVisit('The remaining limb muscles were strong and the neck muscles were weak.'),
    ).not.toContain('neck-flexor-weakness:absent');
  });
});

describe('"in keeping with", said like "consistent with"', () => {
  it('states what the study shows', () => {
    expect(
      findingsAfterClinicVisit('Chest CT: changes in keeping with interstitial lung disease.'),
    ).toContain('interstitial-lung-disease:present');
  });

  it('leaves a real hedge open', () => {
    expect(
      findingsAfterClinicVisit('Chest CT: changes compatible with interstitial lung disease.'),
    ).toContain('interstitial-lung-disease:uncertain');
  });
});

describe('a title longer than 200 characters', () => {
  const title =
    'Anti-synthetase syndrome with a rapidly worsening interstitial lung disease in a young man of 23 years: ' +
    'what a diagnosis resting on a single weakly positive line blot without any confirmation by a second assay means';
  const under = (first: string) =>
    findingsAfterClinicVisit(
      'We describe a young man with fever. He was given prednisolone.',
      first + '\nJane Doe, John Roe\n\nAbstract\n',
    );
  it('is a title when it is the line’s one sentence without a full stop', () => {
    expect(title.length).toBeGreaterThan(200);
    expect(under(title)).toContain('interstitial-lung-disease:present');
  });

  it('is not when the first line is a long general sentence', () => {
    const general =
      'Interstitial lung disease is a frequent and serious complication of the anti-synthetase syndrome in young ' +
      'men, and what a weakly positive line blot means for the diagnosis is still discussed by many authors today.';
    expect(general.length).toBeGreaterThan(200);
    expect(under(general)).not.toContain('interstitial-lung-disease:present');
  });
});

describe('a limitation said with "hard" or "impossible" and its infinitive', () => {
  it('reads the activity as the weakness', () => {
    expect(findingsAfterClinicVisit('He found it very hard to get up from a low chair.')).toContain(
      'proximal-weakness-lower:present',
    );
    expect(
      findingsAfterClinicVisit('It had become impossible for her to lift her arms above her head.'),
    ).toContain('proximal-weakness-upper:present');
  });

  it('reads nothing from "hard" said of something else', () => {
    expect(findingsAfterClinicVisit('She found it hard to get a clear history from her family.')).toEqual([]);
    expect(findingsAfterClinicVisit('The nodules were hard to palpate over the thighs.')).toEqual([]);
  });

  it('reads a denied limitation as absent, not present', () => {
    const f = findingsAfterClinicVisit('She did not find it difficult to get out of a chair.');
    expect(f).toContain('proximal-weakness-lower:absent');
    expect(f).not.toContain('proximal-weakness-lower:present');
  });

  it('does not carry an inability of another clause onto the limitation', () => {
    const f = findingsAfterClinicVisit(
      'She could not stand up unaided and it was also difficult for her to raise both arms.',
    );
    expect(f).toContain('proximal-weakness-upper:present');
    expect(f).not.toContain('proximal-weakness-upper:absent');
  });
});

describe('dysphagia said with an adjective or shared by coordinated actions', () => {
  it('reads "dysphagic"', () => {
    expect(findingsAfterClinicVisit('By then he had become dysphagic.')).toContain('dysphagia:present');
    expect(findingsAfterClinicVisit('He was not dysphagic.')).toContain('dysphagia:absent');
  });

  it('reads the difficulty shared by the actions before "swallowing"', () => {
    expect(findingsAfterClinicVisit('She had no difficulty breathing or swallowing at that time.')).toContain(
      'dysphagia:absent',
    );
    expect(findingsAfterClinicVisit('He had trouble chewing, talking and swallowing.')).toContain(
      'dysphagia:present',
    );
  });

  it('does not share a difficulty across a contrast or into a clause of its own', () => {
    expect(findingsAfterClinicVisit('He had difficulty breathing but not swallowing.')).not.toContain(
      'dysphagia:present',
    );
    expect(findingsAfterClinicVisit('She had difficulty walking, and swallowing was normal.')).not.toContain(
      'dysphagia:present',
    );
  });
});

describe('pain of a girdle named by its place word', () => {
  it('reads the girdle’s muscles, not the pelvis', () => {
    expect(
      findingsAfterClinicVisit('He reported muscle weakness and pain of both the hip and shoulder girdles.'),
    ).toContain('myalgia:present');
  });

  it('keeps the pain of joints out', () => {
    expect(findingsAfterClinicVisit('He had pain in the hip and knee joints.')).not.toContain(
      'myalgia:present',
    );
  });
});

describe('"could be seen", "could be demonstrated": what the examiner was able to find', () => {
  it('is a report of the patient', () => {
    expect(
      findingsAfterClinicVisit('At the first visit, proximal myopathy could be shown clinically.'),
    ).toContain('proximal-weakness-upper:present');
    expect(
      findingsAfterClinicVisit(
        'Fine crackles could be heard at both bases and Gottron papules could be seen on the knuckles.',
      ),
    ).toContain('gottron-papules:present');
  });

  it('is not when it gives a frequency in patients, or a cause', () => {
    expect(
      findingsAfterClinicVisit('A heliotrope rash could be seen in up to 40% of adults with the disease.'),
    ).not.toContain('heliotrope-rash:present');
    expect(findingsAfterClinicVisit('Weakness could be caused by a steroid myopathy.')).toEqual([]);
  });
});

describe('oedema around the eyes without an article', () => {
  it('is periorbital oedema', () => {
    expect(findingsAfterClinicVisit('He had oedema around eyes and of both legs.')).toContain(
      'periorbital-oedema:present',
    );
  });

  it('is not when the eyes are not named', () => {
    expect(findingsAfterClinicVisit('He had oedema around both ankles.')).not.toContain(
      'periorbital-oedema:present',
    );
  });
});

describe('a Gottron label after the description it names', () => {
  it('reads the described form by its definition', () => {
    expect(findingsAfterClinicVisit("Skin: a papular erythema on the knuckles (Gottron's sign).")).toContain(
      'gottron-papules:present',
    );
    expect(
      findingsAfterClinicVisit("Flat red patches over the joints (Gottron's papules) were seen."),
    ).toContain('gottron-sign:present');
  });

  it('adds nothing when the description gives no form', () => {
    expect(findingsAfterClinicVisit("Skin: red lesions over the joints (Gottron's sign).")).not.toContain(
      'gottron-papules:present',
    );
  });
});

describe('a weakness whose verb of extent names the proximal muscles', () => {
  it('reads the proximal weakness', () => {
    const f = findingsAfterClinicVisit(
      'His weakness was symmetrical and involved the proximal muscle groups.',
    );
    expect(f).toContain('proximal-weakness-upper:present');
    expect(f).toContain('proximal-weakness-lower:present');
  });

  it('does not reach past a contrast', () => {
    expect(
      findingsAfterClinicVisit(
        'The weakness was mild and involved the distal muscles, whereas proximal strength was normal.',
      ),
    ).not.toContain('proximal-weakness-upper:present');
  });
});
