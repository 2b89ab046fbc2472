/**
 * Readings fixed in session 28 (issue 12): clinic notes in their own register. The shorthand table itself is tested
 * in shorthand.test.ts; here, what a note's layout needed beside it, each with the controls it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './document.js';
import { unwrapHardBreaks } from './sentences.js';

describe('a note wrapped by hand: breaks that cannot end anything go on', () => {
  it('a line that stops on "No" goes on into a capitalised word', () => {
    const note =
      'Letter (brief)\nDx: antisynthetase syndrome.\n56yo woman with Raynaud, arthralgia of the hands. Mech hands +. No\nGottron papules, no heliotrope. Power normal.';
    const out = unwrapHardBreaks(note);
    expect(out).toContain('Mech hands +. No Gottron papules');
    expect(out.length).toBe(note.length);
  });

  it('an answer after a colon stays on its line ("Smoking: No")', () => {
    const form =
      'Questionnaire completed at the visit today, smoking history: No\nAlcohol intake: occasional glass of wine at weekends only.\nShort line.';
    expect(unwrapHardBreaks(form)).toBe(form);
  });

  it("a label's colon goes on into its lower-case content", () => {
    const note =
      'Summary\n71yo M, DM in 10/2022. Re-screen 14 mo later: PSA 48, then prostate bx:\nadenoca Gleason 4+4. Bone scan clear.\nShort line.';
    expect(unwrapHardBreaks(note)).toContain('prostate bx: adenoca');
  });

  it('a short line ending in a colon keeps its break (a heading)', () => {
    const note = 'Assessment and plan:\ncontinue prednisone, review in two weeks.\nShort line.';
    expect(unwrapHardBreaks(note)).toBe(note);
  });
});

describe("a negated ability is the patient's, not a statement about a disease", () => {
  const attribution = (text: string) =>
    analyse(`Clinic note\n\n58yoF seen today. ${text}`).sentences.map((s) => s.attribution.subject);

  it.each([
    "Now proximal weakness - can't rise from a chair without using her arms.",
    'She could not climb stairs and had a heliotrope rash.',
    'Heliotrope rash and calcinosis could not be identified on examination.',
  ])('%s', (sentence) => {
    expect(attribution(sentence).at(-1)).toBe('patient');
  });

  it('a modal that speaks of a disease stays general', () => {
    expect(attribution('Dermatomyositis can cause dysphagia and weight loss.').at(-1)).toBe('general');
  });
});
