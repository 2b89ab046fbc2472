import { describe, expect, it } from 'vitest';
import { validateCase } from '../case/validate.js';
import { evidenceNoteWords } from '../render/wording/notes.js';
import {
  addEvidence,
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

  it('words the count through the wording table', () => {
    expect(evidenceNoteWords('further-mentions', { count: 24 })).toMatch(/^24 further mention/);
  });
});
