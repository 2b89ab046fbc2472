/**
 * The generic "you" of a teaching statement (session 46, found on development texts re-told as grand rounds):
 * "In this disease you get weak shoulders, Gottron's papules and a violet rash of the eyelids" speaks of the disease, not of the
 * patient. With the control that a sentence of the patient's own with "you" stays hers.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';

const CASE = 'Case presentation\n\nA 50-year-old woman was seen for a rash. ';

/** Each finding as "id=status". */
const findingsOf = (text: string) => extractCase(CASE + text).case.findings.map((f) => `${f.id}=${f.status}`);

describe('the generic "you"', () => {
  it('makes a present-tense statement of the signs a general one', () => {
    expect(
      findingsOf(
        "In this disease you get weak shoulders, Gottron's papules and a violet rash of the eyelids.",
      ),
    ).toEqual([]);
  });

  it("keeps the patient's own signs shown to the reader (controls)", () => {
    expect(findingsOf("You can see Gottron's papules on her knuckles in Figure 1.")).toEqual([
      'gottron-papules=present',
    ]);
    expect(findingsOf('As you can see in the figure, she had a heliotrope rash.')).toEqual([
      'heliotrope-rash=present',
    ]);
  });
});
