/**
 * Readings fixed in session 28 (issue 12): clinic notes in their own register. The shorthand table itself is tested
 * in shorthand.test.ts; here, what a note's layout needed beside it, each with the controls it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './document.js';

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
