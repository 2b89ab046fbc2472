import { describe, expect, it } from 'vitest';
import { extractCase } from '../../extract/extract.js';
import { syntheticCorpus } from '../../extract/__fixtures__/synthetic.js';
import { EVIDENCE_NOTE_CODES } from '../../extract/notes.js';
import { renderExtraction } from '../text/extraction.js';
import { EVIDENCE_NOTE_WORDS, evidenceNoteWords, isHistoricalEvidence } from './notes.js';

const CODES = new Set<string>(EVIDENCE_NOTE_CODES);

/** Every `note` in an extracted case, with its `params`. */
function notesOf(v: unknown, out: { note: string; params?: Record<string, unknown> }[] = []) {
  if (Array.isArray(v)) v.forEach((x) => notesOf(x, out));
  else if (v !== null && typeof v === 'object') {
    const o = v as { note?: unknown; params?: Record<string, unknown>; spans?: unknown };
    if (typeof o.note === 'string' && o.spans !== undefined) out.push({ note: o.note, params: o.params });
    Object.values(o).forEach((x) => notesOf(x, out));
  }
  return out;
}

const NARRATIVE = [
  'A 58-year-old woman presented with proximal weakness and violaceous erythema of the eyelids.',
  'She denied dysphagia. There was no mechanic hands.',
  'A possible Gottron sign was noted. She had a history of breast cancer.',
  'CK was 4500 U/L. Anti-TIF1-gamma antibody was positive.',
].join(' ');

describe('evidence notes: codes in the case, words in one table', () => {
  it('words every note code, with no placeholder or code left', () => {
    for (const code of EVIDENCE_NOTE_CODES) {
      const words = EVIDENCE_NOTE_WORDS[code]({
        triggers: '"no"',
        group: 'neck-flexors',
        result: 'positive',
      });
      expect(words, code).toMatch(/\w/);
      expect(words, code).not.toMatch(/undefined|\$\{|\[object/);
    }
    for (const code of Object.keys(EVIDENCE_NOTE_WORDS)) expect(CODES.has(code), code).toBe(true);
  });

  it('the extractor writes codes with the trigger words as a parameter, never English notes', () => {
    const notes = notesOf(extractCase(NARRATIVE).case);
    expect(notes.length).toBeGreaterThan(3);
    for (const n of notes) expect(CODES.has(n.note), n.note).toBe(true);
    const negated = notes.find((n) => n.note === 'negated');
    expect(negated?.params?.triggers).toMatch(/"(?:denied|no)"/);
    expect(evidenceNoteWords(negated!.note, negated!.params as Record<string, string>)).toMatch(
      /^negated by "(?:denied|no)"/,
    );
    // The skin definition note keeps the assertion it rests on as a code.
    const skin = notes.find((n) => n.note === 'definition-applied');
    expect(skin?.params).toMatchObject({ assertion: expect.stringMatching(/^(affirmed|hedged|negated)$/) });
  });

  it('every note of a synthetic corpus is a code the table words', () => {
    for (const text of syntheticCorpus(20_000, 7)) {
      for (const n of notesOf(extractCase(text).case)) expect(CODES.has(n.note), n.note).toBe(true);
    }
  });

  it('the CLI summary shows the note in words beside its source span', () => {
    const text = renderExtraction(extractCase('She denied dysphagia. Heliotrope rash was present.'));
    expect(text).toMatch(/dysphagia.*\(negated by "denied"\)/);
    expect(text).not.toMatch(/\((?:negated|affirmed|definition-applied)\)/);
  });

  it('a skin reading the extractor can give has words of its own, not the fallback', () => {
    // "a rash around the eyes" of no stated colour (session 37): heliotrope uncertain, and the reason in words
    const c = extractCase('A 50-year-old woman had a rash around the eyes and proximal weakness.').case;
    const heliotrope = c.findings.find((f) => f.id === 'heliotrope-rash');
    expect(heliotrope?.status).toBe('uncertain');
    const note = heliotrope?.evidence?.find((e) => e.note === 'definition-applied');
    expect(note?.params?.reading).toBe('periorbital-rash-colour-not-given');
    expect(evidenceNoteWords('definition-applied', note?.params)).toMatch(
      /^a rash around the eyes whose colour/,
    );
  });

  it('a note that is not a code (typed by a user) is shown as written; historical is a parameter', () => {
    expect(evidenceNoteWords('seen by the consultant')).toBe('seen by the consultant');
    expect(evidenceNoteWords('negated', { triggers: '"no"', negativeTerm: 'yes' })).toBe(
      'negative term; negated by "no"',
    );
    expect(evidenceNoteWords('affirmed', { historical: 'yes' })).toBe('stated; in the past');
    expect(isHistoricalEvidence({ params: { historical: 'yes' } })).toBe(true);
    expect(isHistoricalEvidence({})).toBe(false);
  });
});
