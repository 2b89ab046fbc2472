/**
 * The EULAR/ACR item "proximal muscles of the legs relatively weaker than distal" read from the grades of named leg
 * muscles (session 50, probe: only "proximal" and "distal" written as such were compared, so "4/5 in the hip flexors
 * and 5/5 in the ankle dorsiflexors" gave nothing). And a relative's grades belong to the relative: "Her mother had hip
 * flexors 4/5" had given the patient a weak hip and the grade.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';

const OPENING = 'A 52-year-old man was examined.\n';
const itemOf = (text: string) =>
  extractCase(OPENING + text).case.findings.find((f) => f.id === 'proximal-weaker-than-distal-legs')
    ?.status ?? null;

describe('grades of named leg muscles', () => {
  it('read the item when the hip or thigh is weaker than the ankle', () => {
    expect(itemOf('Strength was 4/5 in the hip flexors and 5/5 in the ankle dorsiflexors.')).toBe('present');
    expect(itemOf('Hip flexors 4/5, ankle dorsiflexors 5/5.')).toBe('present');
    expect(itemOf('Quadriceps 4/5, gastrocnemius 5/5.')).toBe('present');
  });
  it('read nothing for equal grades or a weaker ankle', () => {
    expect(itemOf('Hip flexors 3/5, ankle dorsiflexion 3/5.')).toBeNull();
    expect(itemOf('Quadriceps 4/5 and tibialis anterior 3/5.')).toBeNull();
    expect(itemOf('Strength was 5/5 in the hip flexors and 4/5 in the ankle dorsiflexors.')).toBeNull();
  });
  it('read nothing from the arms or from a relative', () => {
    expect(itemOf('Deltoids 4/5, wrist extensors 5/5.')).toBeNull();
    expect(itemOf('Her mother had hip flexors 4/5 and ankle dorsiflexors 5/5.')).toBeNull();
  });
});

describe("a relative's muscle grades", () => {
  const caseOf = (text: string) => extractCase(OPENING + text).case;
  it('are neither the patient’s weakness nor her grades', () => {
    for (const text of [
      'Her mother had hip flexors 4/5.',
      'Her mother had weakness of the hip flexors (4/5).',
      'Her brother, examined too, had deltoids 4/5.',
    ]) {
      const c = caseOf(text);
      expect(c.findings, text).toEqual([]);
      expect(c.strength ?? [], text).toEqual([]);
    }
  });
  it('leave the patient’s own grades beside a relative named', () => {
    expect(caseOf('Unlike her mother, she had hip flexors 4/5.').findings.map((f) => f.id)).toEqual([
      'proximal-weakness-lower',
    ]);
  });
});
