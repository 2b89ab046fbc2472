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

/** One span of an evidence entry: a character range and the text it covers. */
type Span = { start: number; end: number; text: string };

/**
 * The non-empty spans of `spans` by start, overlapping ones merged, as [start, end, start, end, …] in the first
 * `n` places of {@link merged}, where `n` is the number returned: one list reused by every call (read it before
 * the next call, and never shortened: V8 drops the storage of a list whose length is set to 0). A fact has a
 * few spans, and the check of a repeated reading ({@link addEvidenceOf}) needs them without building the entry.
 */
const merged: number[] = [];
function mergeSpans(spans: readonly { start: number; end: number }[]): number {
  let n = 0;
  for (const s of spans) {
    if (s.end <= s.start) continue;
    // an insertion sort by start, stable like Array.prototype.sort (which allocates a work copy of every list)
    let k = n;
    for (; k > 0 && merged[k - 2]! > s.start; k -= 2) {
      merged[k] = merged[k - 2]!;
      merged[k + 1] = merged[k - 1]!;
    }
    merged[k] = s.start;
    merged[k + 1] = s.end;
    n += 2;
  }
  // overlapping spans joined, in place
  let m = 0;
  for (let i = 0; i < n; i += 2) {
    if (m > 0 && merged[i]! <= merged[m - 1]!) merged[m - 1] = Math.max(merged[m - 1]!, merged[i + 1]!);
    else {
      merged[m++] = merged[i]!;
      merged[m++] = merged[i + 1]!;
    }
  }
  return m;
}

/** The code of a note argument. */
const codeOf = (note: EvidenceNoteCode | EvidenceNote | undefined): EvidenceNoteCode | undefined =>
  typeof note === 'string' ? note : note?.code;

/** The parameters an entry keeps of a note argument (none when they are empty). */
const paramsOf = (note: EvidenceNoteCode | EvidenceNote | undefined): EvidenceNoteParams | undefined =>
  typeof note === 'object' && note.params && hasKeys(note.params) ? note.params : undefined;

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
  const n = mergeSpans(spans);
  // a list of exactly its spans (an empty list grown by a push reserves room for sixteen)
  const list: Span[] =
    n === 2 ? [{ start: merged[0]!, end: merged[1]!, text: text.slice(merged[0], merged[1]) }] : [];
  if (n > 2)
    for (let i = 0; i < n; i += 2)
      list.push({ start: merged[i]!, end: merged[i + 1]!, text: text.slice(merged[i], merged[i + 1]) });
  const out: SpanEvidence = { spans: list, stage };
  const code = codeOf(note);
  if (code === undefined) return out;
  out.note = code;
  const params = paramsOf(note);
  if (params) out.params = params;
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

/** The same note parameters (both none, or the same keys with the same values). */
function sameParams(p: EvidenceNoteParams | undefined, q: EvidenceNoteParams | undefined): boolean {
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

/** The two entries read the same words the same way (same stage, note, parameters and span texts). */
function sameReading(a: SpanEvidence, b: SpanEvidence): boolean {
  if (a.stage !== b.stage || a.note !== b.note || a.spans.length !== b.spans.length) return false;
  for (let i = 0; i < a.spans.length; i++) if (a.spans[i]!.text !== b.spans[i]!.text) return false;
  return sameParams(a.params, b.params);
}

/**
 * The entry reads what `evidence(text, spans, stage, note)` would read ({@link sameReading}), with the spans
 * already merged (the first `n` places of {@link merged}, from {@link mergeSpans}), the note as its code and
 * the parameters the entry would keep, and the entry not built.
 */
function readsAs(
  e: SpanEvidence,
  text: string,
  n: number,
  stage: Stage,
  code: EvidenceNoteCode | undefined,
  params: EvidenceNoteParams | undefined,
): boolean {
  if (e.stage !== stage || e.note !== code || 2 * e.spans.length !== n) return false;
  for (let i = 0; i < e.spans.length; i++) {
    const listed = e.spans[i]!.text;
    const start = merged[2 * i]!;
    if (listed.length !== merged[2 * i + 1]! - start || !text.startsWith(listed, start)) return false;
  }
  return sameParams(e.params, params);
}

/** Counts one more repeat of a listed reading in the list. */
function countRepeat(list: SpanEvidence[], stage: Stage): void {
  const r = repeats.get(list);
  if (r) r.count++;
  else repeats.set(list, { count: 1, stage });
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
        countRepeat(list, ev.stage);
        return;
      }
  }
  list.push(ev);
}

/**
 * Adds the entry `evidence(text, spans, stage, note)` to a fact's evidence like {@link addEvidence}, building
 * it only when it is listed: a repeat counted in a full list is recognised from the text, without the entry
 * (a text that states one finding thousands of times builds sixteen entries, not thousands).
 * @param list - the fact's evidence list
 * @param text - the whole input
 * @param spans - character ranges of the entry
 * @param stage - the producing stage
 * @param note - why the fact was read so
 * @param first - put it at the head of the list
 */
export function addEvidenceOf(
  list: SpanEvidence[],
  text: string,
  spans: readonly { start: number; end: number }[],
  stage: Stage,
  note?: EvidenceNoteCode | EvidenceNote,
  first = false,
): void {
  if (first) {
    list.unshift(evidence(text, spans, stage, note));
    return;
  }
  if (list.length >= EVIDENCE_LISTED_PER_FACT) {
    const n = mergeSpans(spans);
    const code = codeOf(note);
    const params = paramsOf(note);
    for (const e of list)
      if (readsAs(e, text, n, stage, code, params)) {
        countRepeat(list, stage);
        return;
      }
  }
  list.push(evidence(text, spans, stage, note));
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
