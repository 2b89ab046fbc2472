/**
 * Building the `evidence` entries of extracted facts: character spans with the text they cover, and
 * the pipeline stage that produced the fact.
 * @module
 */

import type { EvidenceNote, EvidenceNoteCode, EvidenceNoteParams } from './notes.js';

/** Pipeline stage names recorded in evidence. */
export type Stage =
  | 'patient'
  | 'findings'
  | 'skin-description'
  | 'weakness'
  | 'labs'
  | 'antibodies'
  | 'studies'
  | 'oncology'
  | 'treatments'
  | 'timing'
  | 'investigations'
  | 'attribution';

/** An evidence entry of the case model. */
export interface SpanEvidence {
  spans: { start: number; end: number; text: string }[];
  stage: Stage;
  /** Why the fact was read so, as a code ({@link EvidenceNoteCode}); worded by the wording table. */
  note?: EvidenceNoteCode;
  /** The note's parameters (the trigger words, a grade, a date). */
  params?: EvidenceNoteParams;
}

/**
 * Evidence for spans of the input.
 * @param text - the whole input
 * @param spans - character ranges (merged when overlapping, sorted)
 * @param stage - the producing stage
 * @param note - why the fact was read so: a note code, or a code with parameters
 */
export function evidence(
  text: string,
  spans: readonly { start: number; end: number }[],
  stage: Stage,
  note?: EvidenceNoteCode | EvidenceNote,
): SpanEvidence {
  // Evidence is built for every mention read, so this stays allocation-light: one array, one object per span.
  let merged: { start: number; end: number; text: string }[];
  if (spans.length === 1) {
    // The common case (one mention): nothing to sort or merge, and a list of exactly one (an empty list
    // grown by a push reserves room for sixteen).
    const s = spans[0]!;
    merged = s.end > s.start ? [{ start: s.start, end: s.end, text: text.slice(s.start, s.end) }] : [];
  } else {
    merged = [];
    // Non-empty spans by start (an insertion sort, stable like Array.prototype.sort: a fact has a few spans,
    // and the built-in sort allocates a work copy of every list it sorts).
    const sorted: { start: number; end: number }[] = [];
    for (const s of spans) {
      if (s.end <= s.start) continue;
      let k = sorted.length;
      sorted.push(s);
      for (; k > 0 && sorted[k - 1]!.start > s.start; k--) sorted[k] = sorted[k - 1]!;
      sorted[k] = s;
    }
    for (const s of sorted) {
      const last = merged[merged.length - 1];
      if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
      else merged.push({ start: s.start, end: s.end, text: '' });
    }
    for (const m of merged) m.text = text.slice(m.start, m.end);
  }
  const out: SpanEvidence = { spans: merged, stage };
  if (note === undefined) return out;
  if (typeof note === 'string') {
    out.note = note;
    return out;
  }
  out.note = note.code;
  if (note.params && hasKeys(note.params)) out.params = note.params;
  return out;
}

/** True when the object has an own enumerable key (without building the key list). */
function hasKeys(o: object): boolean {
  for (const k in o) if (Object.hasOwn(o, k)) return true;
  return false;
}
