/**
 * Findings readings fixed in session 38 (findings, third part): constructions that only the original wording of a
 * development text reached, found by re-telling the texts in other words — an order, a scope, a list or a clause
 * rather than one more phrase. Each sentence is the project's own, with the near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { statedFindings } from './__fixtures__/read-case.js';

const CASE = 'Case presentation\n\nA 58-year-old man came to the clinic. ';
const findingsOf = (text: string, prefix = CASE) => statedFindings(prefix + text);

describe('others counted apart from the patient ("we found 9 further people with …")', () => {
  it('reads the sentence as the others’, not the patient’s', () => {
    const f = findingsOf(
      'He had Gottron papules. Searching two databases, we found 11 further people with the same antibody, ' +
        'who had mild or absent weakness and no interstitial lung disease.',
    );
    expect(f).toContain('gottron-papules:present');
    expect(f).not.toContain('interstitial-lung-disease:absent');
    expect(f).not.toContain('proximal-weakness-upper:absent');
    const g = findingsOf(
      'We found nine more persons with this profile in the registry, none with dysphagia.',
    );
    expect(g).not.toContain('dysphagia:absent');
  });

  it('keeps what the authors found in their own patient', () => {
    expect(findingsOf('We found no dysphagia and no interstitial lung disease.')).toEqual([
      'dysphagia:absent',
      'interstitial-lung-disease:absent',
    ]);
    expect(findingsOf('We found 3 further papules over the elbows, and he had no dysphagia.')).toContain(
      'dysphagia:absent',
    );
  });
});

describe('an elliptical denial of a change ("… improved, but X did not")', () => {
  it('leaves what did not change present', () => {
    const f = findingsOf('His skin cleared with prednisone, but his dysphagia did not.');
    expect(f).toContain('dysphagia:present');
    const g = findingsOf(
      'The creatine kinase normalised, yet the drooping of his head did not; it was due to weakness.',
    );
    expect(g).not.toContain('proximal-weakness-upper:absent');
  });

  it('still denies what an earlier clause had ("…; she did not")', () => {
    expect(findingsOf('Her brother had Raynaud phenomenon; he did not.')).toContain(
      'raynaud-phenomenon:absent',
    );
    expect(findingsOf("Mechanic's hands were seen, whereas Gottron papules were not.")).toContain(
      'gottron-papules:absent',
    );
  });
});

describe('a relative clause between commas before a backward denial', () => {
  it('keeps what the relative clause states', () => {
    const f = findingsOf(
      'The creatine kinase normalised, yet his drooping head, which resulted from weakness of the proximal ' +
        'muscles, did not.',
    );
    expect(f).toContain('proximal-weakness-upper:present');
    expect(f).toContain('proximal-weakness-lower:present');
    expect(
      findingsOf('His thoracic CT, which showed interstitial lung disease, was otherwise unremarkable.'),
    ).toContain('interstitial-lung-disease:present');
  });

  it('still denies the head of the clause', () => {
    expect(findingsOf('Arthritis, which many such patients have, was absent.')).toContain('arthritis:absent');
  });
});

describe('a grade whose regions follow it, and a semicolon', () => {
  it('does not carry the grade into the next clause', () => {
    const f = findingsOf(
      'Power was 4/5 for flexion and extension of the hips; the rest of the limb muscles and the neck ' +
        'muscles had normal strength.',
    );
    expect(f).toContain('proximal-weakness-lower:present');
    expect(f).not.toContain('neck-flexor-weakness:present');
    expect(f).toContain('neck-flexor-weakness:absent');
  });

  it('keeps a grade of the neck named in its own clause', () => {
    expect(findingsOf('Power was 4/5 in the neck flexors and the hip flexors.')).toContain(
      'neck-flexor-weakness:present',
    );
  });
});

describe('the remaining muscles of two groups joined by "and"', () => {
  it('states both normal', () => {
    const f = findingsOf('The remaining extremity muscles and the neck muscles were strong.');
    expect(f).toContain('neck-flexor-weakness:absent');
    expect(f).toContain('distal-weakness:absent');
  });

  it('does not reach a group with its own verb', () => {
    expect(
      findingsOf('The remaining limb muscles were strong and the neck muscles were weak.'),
    ).not.toContain('neck-flexor-weakness:absent');
  });
});

describe('"in keeping with", said like "consistent with"', () => {
  it('states what the study shows', () => {
    expect(findingsOf('Chest CT: changes in keeping with interstitial lung disease.')).toContain(
      'interstitial-lung-disease:present',
    );
  });

  it('leaves a real hedge open', () => {
    expect(findingsOf('Chest CT: changes compatible with interstitial lung disease.')).toContain(
      'interstitial-lung-disease:uncertain',
    );
  });
});

describe('a title longer than 200 characters', () => {
  const title =
    'Anti-synthetase syndrome with a rapidly worsening interstitial lung disease in a young man of 23 years: ' +
    'what a diagnosis resting on a single weakly positive line blot without any confirmation by a second assay means';
  const under = (first: string) =>
    findingsOf(
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
    expect(findingsOf('He found it very hard to get up from a low chair.')).toContain(
      'proximal-weakness-lower:present',
    );
    expect(findingsOf('It had become impossible for her to lift her arms above her head.')).toContain(
      'proximal-weakness-upper:present',
    );
  });

  it('reads nothing from "hard" said of something else', () => {
    expect(findingsOf('She found it hard to get a clear history from her family.')).toEqual([]);
    expect(findingsOf('The nodules were hard to palpate over the thighs.')).toEqual([]);
  });

  it('reads a denied limitation as absent, not present', () => {
    const f = findingsOf('She did not find it difficult to get out of a chair.');
    expect(f).toContain('proximal-weakness-lower:absent');
    expect(f).not.toContain('proximal-weakness-lower:present');
  });

  it('does not carry an inability of another clause onto the limitation', () => {
    const f = findingsOf(
      'She could not stand up unaided and it was also difficult for her to raise both arms.',
    );
    expect(f).toContain('proximal-weakness-upper:present');
    expect(f).not.toContain('proximal-weakness-upper:absent');
  });
});

describe('dysphagia said with an adjective or shared by coordinated actions', () => {
  it('reads "dysphagic"', () => {
    expect(findingsOf('By then he had become dysphagic.')).toContain('dysphagia:present');
    expect(findingsOf('He was not dysphagic.')).toContain('dysphagia:absent');
  });

  it('reads the difficulty shared by the actions before "swallowing"', () => {
    expect(findingsOf('She had no difficulty breathing or swallowing at that time.')).toContain(
      'dysphagia:absent',
    );
    expect(findingsOf('He had trouble chewing, talking and swallowing.')).toContain('dysphagia:present');
  });

  it('does not share a difficulty across a contrast or into a clause of its own', () => {
    expect(findingsOf('He had difficulty breathing but not swallowing.')).not.toContain('dysphagia:present');
    expect(findingsOf('She had difficulty walking, and swallowing was normal.')).not.toContain(
      'dysphagia:present',
    );
  });
});

describe('pain of a girdle named by its place word', () => {
  it('reads the girdle’s muscles, not the pelvis', () => {
    expect(
      findingsOf('He reported muscle weakness and pain of both the hip and shoulder girdles.'),
    ).toContain('myalgia:present');
  });

  it('keeps the pain of joints out', () => {
    expect(findingsOf('He had pain in the hip and knee joints.')).not.toContain('myalgia:present');
  });
});

describe('"could be seen", "could be demonstrated": what the examiner was able to find', () => {
  it('is a report of the patient', () => {
    expect(findingsOf('At the first visit, proximal myopathy could be shown clinically.')).toContain(
      'proximal-weakness-upper:present',
    );
    expect(
      findingsOf(
        'Fine crackles could be heard at both bases and Gottron papules could be seen on the knuckles.',
      ),
    ).toContain('gottron-papules:present');
  });

  it('is not when it gives a frequency in patients, or a cause', () => {
    expect(
      findingsOf('A heliotrope rash could be seen in up to 40% of adults with the disease.'),
    ).not.toContain('heliotrope-rash:present');
    expect(findingsOf('Weakness could be caused by a steroid myopathy.')).toEqual([]);
  });
});

describe('oedema around the eyes without an article', () => {
  it('is periorbital oedema', () => {
    expect(findingsOf('He had oedema around eyes and of both legs.')).toContain('periorbital-oedema:present');
  });

  it('is not when the eyes are not named', () => {
    expect(findingsOf('He had oedema around both ankles.')).not.toContain('periorbital-oedema:present');
  });
});

describe('a Gottron label after the description it names', () => {
  it('reads the described form by its definition', () => {
    expect(findingsOf("Skin: a papular erythema on the knuckles (Gottron's sign).")).toContain(
      'gottron-papules:present',
    );
    expect(findingsOf("Flat red patches over the joints (Gottron's papules) were seen.")).toContain(
      'gottron-sign:present',
    );
  });

  it('adds nothing when the description gives no form', () => {
    expect(findingsOf("Skin: red lesions over the joints (Gottron's sign).")).not.toContain(
      'gottron-papules:present',
    );
  });
});

describe('a weakness whose verb of extent names the proximal muscles', () => {
  it('reads the proximal weakness', () => {
    const f = findingsOf('His weakness was symmetrical and involved the proximal muscle groups.');
    expect(f).toContain('proximal-weakness-upper:present');
    expect(f).toContain('proximal-weakness-lower:present');
  });

  it('does not reach past a contrast', () => {
    expect(
      findingsOf(
        'The weakness was mild and involved the distal muscles, whereas proximal strength was normal.',
      ),
    ).not.toContain('proximal-weakness-upper:present');
  });
});
