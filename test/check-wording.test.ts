// The wording check of the corpus (scripts/check-wording.ts): a run of 45 characters shared with a source is
// found whatever the case and spacing; a shorter echo, or a term, is not.
import { describe, expect, it } from 'vitest';
import { GoldSchema } from '../src/eval/gold.js';
import { RUN, normaliseText, sharedRun, wordedFields } from '../scripts/check-wording.js';

const source = normaliseText(
  'The patient, a retired welder, noticed that climbing the stairs of his   building had become slow and tiring.',
);

describe('corpus wording check', () => {
  it('finds a repeated run of 45 characters across case and spacing', () => {
    const run = sharedRun(
      'He NOTICED THAT CLIMBING THE STAIRS OF HIS BUILDING was hard: lower girdle.',
      source,
    );
    expect(run).toBeDefined();
    expect(run!.length).toBe(RUN);
  });

  it("lets a shorter echo and the annotator's own words pass", () => {
    expect(sharedRun('climbing the stairs of his building', source)).toBeUndefined();
    expect(
      sharedRun('Stairs had become hard for him: lower girdle weakness, set directly.', source),
    ).toBeUndefined();
  });

  it('checks the free-text fields of an annotation, not its names', () => {
    const g = GoldSchema.parse({
      id: 'w-1',
      meta: { subtype: 'mimic', mimic: 'a metabolic myopathy', cancer: false, scope: 'title + abstract' },
      patient: {},
      findings: {},
      labs: [],
      antibodies: {},
      cancers: [],
      classification: { authorsDiagnosis: 'metabolic myopathy' },
      notes: ['one note'],
    });
    expect(wordedFields(g).map((f) => f.field)).toEqual([
      'classification.authorsDiagnosis',
      'meta.scope',
      'meta.mimic',
      'notes[0]',
    ]);
  });
});
