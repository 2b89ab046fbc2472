import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';
import { withAbbreviatedHeads } from './lexicon/antibodies.js';

const antibodies = (sentence: string) =>
  extractCase(`A 52-year-old woman had a rash of the eyelids.\n${sentence}\n`).case.antibodies ?? [];

describe('the abbreviated head nouns of antibody groups (session 40)', () => {
  it('adds "Ab", "Abs" and "autoAbs" forms of a group term, and nothing to a term without those nouns', () => {
    expect(withAbbreviatedHeads(['myositis specific antibodies'])).toContain('myositis specific abs');
    expect(withAbbreviatedHeads(['autoimmune antibody panel'])).toContain('autoimmune ab panel');
    expect(withAbbreviatedHeads(['myositis autoantibodies'])).toEqual(
      expect.arrayContaining(['myositis autoabs', 'myositis auto abs']),
    );
    expect(withAbbreviatedHeads(['myositis panel'])).toEqual(['myositis panel']);
  });
  it('reads a group denied as "Myositis-specific Abs negative" as a negative panel', () => {
    const a = antibodies('Myositis-specific Abs negative.');
    expect(a).toEqual([
      expect.objectContaining({ target: 'myositis antibody panel', result: 'negative', panel: true }),
    ]);
  });
  it('reads "Autoimmune Ab panel: negative" as a negative screen', () => {
    expect(antibodies('Autoimmune Ab panel: negative.')).toEqual([
      expect.objectContaining({ target: 'autoantibody screen', result: 'negative', panel: true }),
    ]);
  });
});
