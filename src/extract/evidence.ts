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

/**
 * How many evidence entries a fact lists before repeats are counted instead of listed. A repeat is an entry
 * that reads the same words the same way as one already listed (same stage, note, parameters and span texts)
 * at another place of the text. Every distinct reading is always listed, so a rule that asks whether every
 * (or some) entry of a fact reads so gets the same answer; only the places of the repeats are not kept one
 * by one. No fact of the real or synthetic corpora has more than 9 entries; a text that states one finding
 * thousands of times (a pasted log, a repeated template) would otherwise carry thousands of entries, each
 * live until the extraction ends. The count closes the fact's list as a `further-mentions` entry
 * ({@link closeEvidence}). Decision recorded in docs/extraction.md ("Evidence").
 */
export const EVIDENCE_LISTED_PER_FACT = 16;

/** Repeats counted, not listed, per evidence list (see {@link EVIDENCE_LISTED_PER_FACT}). */
const repeats = new WeakMap<SpanEvidence[], { count: number; stage: Stage }>();

/** The two entries read the same words the same way (same stage, note, parameters and span texts). */
function sameReading(a: SpanEvidence, b: SpanEvidence): boolean {
  if (a.stage !== b.stage || a.note !== b.note || a.spans.length !== b.spans.length) return false;
  for (let i = 0; i < a.spans.length; i++) if (a.spans[i]!.text !== b.spans[i]!.text) return false;
  const p = a.params;
  const q = b.params;
  if (p === q) return true;
  if (p === undefined || q === undefined) return false;
  let n = 0;
  for (const k in p) {
    if (p[k] !== q[k]) return false;
    n++;
  }
  for (const k in q) if (Object.hasOwn(q, k)) n--;
  return n === 0;
}

/**
 * Adds an entry to a fact's evidence: listed, or counted when the list is full and the entry repeats a
 * listed reading (see {@link EVIDENCE_LISTED_PER_FACT}). An entry placed `first` (the reading that now decides
 * the fact) is always listed.
 * @param list - the fact's evidence list
 * @param ev - the new entry
 * @param first - put it at the head of the list
 */
export function addEvidence(list: SpanEvidence[], ev: SpanEvidence, first = false): void {
  if (first) {
    list.unshift(ev);
    return;
  }
  if (list.length >= EVIDENCE_LISTED_PER_FACT) {
    for (const e of list)
      if (sameReading(e, ev)) {
        const r = repeats.get(list);
        if (r) r.count++;
        else repeats.set(list, { count: 1, stage: ev.stage });
        return;
      }
  }
  list.push(ev);
}

/**
 * A fact's evidence list as the case stores it: the listed entries, then, when repeats were counted, one
 * `further-mentions` entry with their number (`params.count`) and no span.
 * @param list - the fact's evidence list (closed in place)
 */
export function closeEvidence(list: SpanEvidence[]): SpanEvidence[] {
  const r = repeats.get(list);
  if (r) {
    repeats.delete(list);
    list.push({ spans: [], stage: r.stage, note: 'further-mentions', params: { count: r.count } });
  }
  return list;
}
