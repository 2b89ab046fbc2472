/**
 * Redness of the dorsal hands in a sentence that names Gottron's papules (session 47, found on a development text
 * re-told as a figure legend, where it gave a Gottron's sign and an over-classification; the sentences here are
 * written for the test). The back of the hand is not over the joints, so its erythema is no sign of its own; the
 * papules named are the patient's. With the controls that the back of the hand alone still
 * leaves both items open, and a sign named by its name is kept.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';

const CASE = 'Case presentation\n\nA 50-year-old woman had proximal weakness. ';

/** The Gottron items as "id=status". */
const gottronOf = (text: string) =>
  extractCase(CASE + text)
    .case.findings.filter((f) => f.id.startsWith('gottron'))
    .map((f) => `${f.id}=${f.status}`);

describe("the back of the hands beside a named Gottron's lesion", () => {
  it('gives the named papules only', () => {
    expect(
      gottronOf(
        "Streaky erythema covered the dorsal surface of both hands, and Gottron's papules were noted.",
      ),
    ).toEqual(['gottron-papules=present']);
  });

  it('leaves the back of the hands open alone, and keeps a named sign (controls)', () => {
    expect(gottronOf('She showed streaky erythema on the dorsal surface of both hands.')).toEqual([
      'gottron-papules=uncertain',
      'gottron-sign=uncertain',
    ]);
    expect(gottronOf("Red macules on the back of both hands (Gottron's sign).")).toEqual([
      'gottron-sign=present',
    ]);
  });
});
