/**
 * The findings scanners' speed gates: a sentence scanner runs only where one of its words occurs, and grades are
 * read only where one of their literals does. A gate must hold wherever its scanner reads something, or a finding
 * would be lost: each scanner is given a sentence it reads, and the gated extraction is checked against the
 * ungated one on those sentences, on their upper-case forms and on every synthetic text of the repository.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../document.js';
import { extractFindings, paragraphBefore } from './findings.js';
import { repositoryTexts } from '../../../test/repository-texts.js';

/** One sentence per gated scanner (and per kind of grade), each read by it alone, and one per gated exclusion. */
const SAMPLES = [
  'Multiple ulcers appeared on her neck and groin.',
  'She had violaceous papules over the knuckles.',
  'Gottron\u2019s +ve.',
  'Her fingers turned white in the cold.',
  'Gowers sign was positive.',
  'The rest of the muscles were normal.',
  'She had weakness of the thighs.',
  'Predominantly proximal weakness in the legs.',
  'Muscle strength was normal.',
  'Deltoids 4/5 bilaterally.',
  'Hip flexors were MRC 3.',
  'Hip flexors four out of five.',
  'The hip flexors were graded 3.',
  'Power (R/L): deltoid 4/3, iliopsoas 3/2.',
  'MMT: deltoids 4, iliopsoas 3.',
  'Deltoid strength IV/V.',
  'Hip flexors 4 / 5.',
  'The skin examination was unremarkable.',
  'She had aching thighs.',
  'Swelling of the MCP joints.',
  'She lost 5 kg.',
  'Temperature was 39 \u00b0C.',
  'T 38.7 \u00b0C.',
  'Chest CT was normal.',
  'Swallowing was normal.',
  'He was asymptomatic.',
  // the aside of a mention, read only where "which" or "that" occurs (the dysphagia is no finding of the patient)
  'Fever was noted. Hypothyroid myopathy, which can also cause dysphagia, was excluded.',
  // a line answered no, read only where a label's colon, dash or bar occurs
  'Proximal weakness of the legs \u2013 no',
  // a candidate of a differential, read only where its cue occurs
  'Fever was noted. The differential diagnosis included myositis with dysphagia.',
];

const gated = (text: string) => JSON.stringify(extractFindings(analyse(text)));
const ungated = (text: string) => JSON.stringify(extractFindings(analyse(text), { ungated: true }));

describe('findings scanners: speed gates', () => {
  it('reads something from each sample, and the same with and without the gates', () => {
    for (const text of SAMPLES) {
      const r = extractFindings(analyse(text));
      expect(r.findings.length + r.strength.length, text).toBeGreaterThan(0);
      expect(gated(text), text).toBe(ungated(text));
    }
  });

  it('reads the same with and without the gates on the upper-case samples and every synthetic text', () => {
    const texts = [...SAMPLES.map((s) => s.toUpperCase()), ...repositoryTexts()];
    expect(texts.length).toBeGreaterThan(SAMPLES.length);
    for (const text of texts) expect(gated(text), text.slice(0, 80)).toBe(ungated(text));
  });
});

describe('paragraphBefore: the last blank line found back from the offset', () => {
  /** The pattern it replaces: the last blank line, found with a lookahead. */
  const byPattern = (text: string, at: number) => {
    const from = Math.max(0, at - 600);
    const blank = text.slice(from, at).search(/\n[ \t]*\n(?![\s\S]*\n[ \t]*\n)/);
    return text.slice(blank < 0 ? from : from + blank, at);
  };

  it('reads what the pattern reads, on samples and on random lines', () => {
    const samples = ['a\n\nb', 'a\n \t\n\nb', 'a\n\n\n', '\n\n', 'x\n \ny\n\t\nz', 'no blank\nline', ''];
    for (const t of samples)
      for (let at = 0; at <= t.length; at++) expect(paragraphBefore(t, at)).toBe(byPattern(t, at));
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const chars = ['\n', ' ', '\t', 'a', 'b', '\r'];
    for (let n = 0; n < 3000; n++) {
      const len = Math.floor(next() * 900);
      let t = '';
      for (let k = 0; k < len; k++) t += chars[Math.floor(next() * chars.length)];
      const at = Math.floor(next() * (len + 1));
      expect(paragraphBefore(t, at), JSON.stringify(t)).toBe(byPattern(t, at));
    }
  });
});
