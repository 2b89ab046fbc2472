import { describe, expect, it } from 'vitest';
import { validateCase } from '../case/validate.js';
import { evidenceNoteWords } from '../render/wording/notes.js';
import {
  addEvidence,
  addEvidenceOf,
  closeEvidence,
  EVIDENCE_LISTED_PER_FACT,
  evidence,
  type SpanEvidence,
} from './evidence.js';
import { extractCase } from './extract.js';

describe('evidence lists: repeats of a listed reading are counted past the listed maximum', () => {
  it('lists every entry up to the maximum, then counts the repeats in one closing entry', () => {
    const text = 'rash '.repeat(40);
    const list: SpanEvidence[] = [];
    for (let i = 0; i < 40; i++)
      addEvidence(list, evidence(text, [{ start: 5 * i, end: 5 * i + 4 }], 'findings', 'affirmed'));
    expect(list).toHaveLength(EVIDENCE_LISTED_PER_FACT);
    const closed = closeEvidence(list);
    expect(closed).toHaveLength(EVIDENCE_LISTED_PER_FACT + 1);
    expect(closed.at(-1)).toEqual({
      spans: [],
      stage: 'findings',
      note: 'further-mentions',
      params: { count: 40 - EVIDENCE_LISTED_PER_FACT },
    });
    expect(closed.slice(0, -1).map((e) => e.spans[0]!.start)).toEqual(
      Array.from({ length: EVIDENCE_LISTED_PER_FACT }, (_, i) => 5 * i),
    );
  });

  it('always lists a reading not yet listed, and an entry placed first', () => {
    const text = 'rash '.repeat(20) + 'no rash';
    const list: SpanEvidence[] = [];
    for (let i = 0; i < 20; i++)
      addEvidence(list, evidence(text, [{ start: 5 * i, end: 5 * i + 4 }], 'findings', 'affirmed'));
    addEvidence(
      list,
      evidence(text, [{ start: 100, end: 107 }], 'findings', {
        code: 'negated',
        params: { triggers: '"no"' },
      }),
    );
    addEvidence(list, evidence(text, [{ start: 0, end: 4 }], 'findings', 'hedged'), true);
    const closed = closeEvidence(list);
    expect(closed[0]!.note).toBe('hedged');
    expect(closed.filter((e) => e.note === 'negated')).toHaveLength(1);
    expect(closed.at(-1)!.params).toEqual({ count: 4 });
  });

  it('leaves a list without repeats past the maximum as it is', () => {
    const list: SpanEvidence[] = [evidence('rash', [{ start: 0, end: 4 }], 'findings', 'affirmed')];
    expect(closeEvidence(list)).toEqual([list[0]]);
  });

  it('gives an extracted case whose facts list at most the maximum and the count of the rest, and that validates', () => {
    const text = 'ANA negative no fever rash CK 695 '.repeat(30);
    const r = extractCase(text);
    const fever = r.case.findings.find((f) => f.id === 'fever')!;
    expect(fever.status).toBe('absent');
    // the first sixteen, the one later reading that differs (the last "no fever" has no "negative" after it),
    // and the count of the repeats: every one of the thirty mentions accounted for
    const listed = fever.evidence!.slice(0, -1);
    const more = fever.evidence!.at(-1)!;
    expect(more).toMatchObject({ note: 'further-mentions' });
    expect(listed).toHaveLength(EVIDENCE_LISTED_PER_FACT + 1);
    expect(listed.length + Number(more.params!.count)).toBe(30);
    const ana = r.case.antibodies.find((a) => a.target === 'ANA')!;
    expect(ana.evidence!.length).toBeLessThanOrEqual(EVIDENCE_LISTED_PER_FACT + 2);
    expect(ana.evidence!.at(-1)!.note).toBe('further-mentions');
    expect(validateCase(r.case).case).toBeDefined();
    // the one CK value, restated thirty times, is one result whose evidence accounts for every statement
    const ck = r.case.labs.filter((l) => l.analyte === 'CK');
    expect(ck).toHaveLength(1);
    expect(ck[0]!.value).toBe(695);
    expect(ck[0]!.evidence!.length - 1 + Number(ck[0]!.evidence!.at(-1)!.params!.count)).toBe(30);
  });

  it('lists and counts with the entry built only when listed exactly as with the entry built first', () => {
    // readings that repeat (one span; two spans given out of order and overlapping; equal parameters in
    // different objects; empty parameters) and readings that differ only in a span's text, note or parameters
    const text = 'no rash CK 695 rash CK 659 '.repeat(20);
    type Note = Parameters<typeof evidence>[3];
    const readings: [{ start: number; end: number }[], Note, boolean][] = [];
    for (let i = 0; i < 20; i++) {
      const o = 27 * i;
      readings.push(
        [[{ start: o + 3, end: o + 7 }], 'no-rash-stated', false],
        [[{ start: o + 15, end: o + 19 }], 'no-rash-stated', false],
        [
          [
            { start: o + 11, end: o + 14 },
            { start: o + 8, end: o + 10 },
            { start: o + 9, end: o + 12 },
          ],
          'value',
          false,
        ],
        [
          [
            { start: o + 8, end: o + 10 },
            { start: o + 23, end: o + 26 },
          ],
          'value',
          i === 7,
        ],
        [[{ start: o + 8, end: o + 14 }], { code: 'antibody-result', params: { result: 'negative' } }, false],
        [[{ start: o + 8, end: o + 14 }], { code: 'antibody-result', params: { result: 'positive' } }, false],
        [[{ start: o + 8, end: o + 14 }], { code: 'mrc-grade', params: {} }, false],
        [
          [
            { start: o + 8, end: o + 14 },
            { start: o, end: o },
          ],
          'mrc-grade',
          false,
        ],
      );
    }
    const built: SpanEvidence[] = [];
    const lazy: SpanEvidence[] = [];
    for (const [spans, note, first] of readings) {
      addEvidence(built, evidence(text, spans, 'labs', note), first);
      addEvidenceOf(lazy, text, spans, 'labs', note, first);
    }
    const closedBuilt = closeEvidence(built);
    expect(closedBuilt.at(-1)!.note).toBe('further-mentions');
    // the two-span reading: listed while the list fills (twice), and once more placed first
    expect(closedBuilt.filter((e) => e.spans.length === 2)).toHaveLength(3);
    expect(JSON.stringify(closeEvidence(lazy))).toBe(JSON.stringify(closedBuilt));
  });

  it('words the count through the wording table', () => {
    expect(evidenceNoteWords('further-mentions', { count: 24 })).toMatch(/^24 further mention/);
  });
});
