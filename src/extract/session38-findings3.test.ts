/**
 * Findings readings fixed in session 38 (findings, third part): constructions that only the original wording of a
 * development text reached, found by re-telling the texts in other words — an order, a scope, a list or a clause
 * rather than one more phrase. Each sentence is the project's own, with the near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

const CASE = 'Case presentation\n\nA 58-year-old man came to the clinic. ';
const findingsOf = (text: string, prefix = CASE) =>
  extractCase(prefix + text)
    .case.findings.filter((f) => f.status !== 'unknown')
    .map((f) => `${f.id}:${f.status}`)
    .sort();

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
