/**
 * Time expressions: the first symptom ("a 10-day history of weakness and skin lesions"), and relative
 * times of events ("two months later", "3 weeks ago", "two weeks after the start of …").
 * @module
 */
import type { Doc } from '../document.js';
import { isCaseSentence } from '../document.js';
import { evidence, type SpanEvidence } from '../evidence.js';
import { COUNT_PATTERN, readCount } from '../numbers.js';

/** A relative time expression found in the case. */
export interface TimeExpression {
  kind: 'history-of' | 'later' | 'ago' | 'after' | 'before' | 'date';
  /** For `date`: the partial ISO date written (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: string;
  amount: number;
  unit: 'day' | 'week' | 'month' | 'year';
  approximate: boolean;
  evidence: SpanEvidence[];
}

const NUM = COUNT_PATTERN;
const HISTORY_RE = new RegExp(
  String.raw`\b${NUM}[ \t\u00a0\u2009\u202f-]{1,2}(day|week|month|year)s?[ \t\u00a0\u2009\u202f-]{1,2}(?:long[ \t\u00a0\u2009\u202f]{1,2})?history[ \t\u00a0\u2009\u202f]{1,2}of\b`,
  'gi',
);
const RELATIVE_RE = new RegExp(
  String.raw`\b${NUM}[ \t\u00a0\u2009\u202f]{1,2}(day|week|month|year)s?[ \t\u00a0\u2009\u202f]{1,2}(later|ago|after|before|earlier|previously)\b`,
  'gi',
);
const SYMPTOMS = new Set([
  'weakness',
  'rash',
  'lesions',
  'lesion',
  'erythema',
  'myalgia',
  'myalgias',
  'dysphagia',
  'muscle',
  'skin',
  'fatigue',
  'eruption',
  'swelling',
]);

function amount(word: string): { n: number; approximate: boolean } {
  const c = readCount(word);
  return c ? { n: c.value, approximate: c.approximate } : { n: Number(word), approximate: false };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const DATE_RE =
  /\b(?:(\d{1,2})(?:st|nd|rd|th)?[ \t\u00a0]{1,2})?(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?,?[ \t\u00a0]{1,2}((?:19|20)\d{2})\b|\b((?:19|20)\d{2})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?\b/g;

/** Partial ISO date of a DATE_RE match, or undefined when not a calendar date. */
function isoOf(m: RegExpExecArray): string | undefined {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (m[3]) {
    const mon = MONTHS.findIndex((x) => x.startsWith(m[2]!.toLowerCase().slice(0, 3))) + 1;
    if (m[1]) {
      const d = new Date(Date.UTC(Number(m[3]), mon - 1, Number(m[1])));
      return d.getUTCMonth() === mon - 1 ? `${m[3]}-${pad(mon)}-${pad(Number(m[1]))}` : undefined;
    }
    return `${m[3]}-${pad(mon)}`;
  }
  if (m[6]) {
    const d = new Date(Date.UTC(Number(m[4]), Number(m[5]) - 1, Number(m[6])));
    return d.getUTCDate() === Number(m[6]) ? `${m[4]}-${m[5]}-${m[6]}` : undefined;
  }
  return `${m[4]}-${m[5]}`;
}

const ONSET_VERBS = new Set(['since', 'developed', 'noticed', 'onset', 'began', 'started', 'first']);

/**
 * Extracts the symptom onset and relative time expressions.
 * @param doc - the analysed document
 */
export function extractTiming(doc: Doc): {
  symptomOnset?: {
    relativeTo: 'presentation';
    offset: number;
    unit: TimeExpression['unit'];
    approximate?: boolean;
    evidence: SpanEvidence[];
  };
  times: TimeExpression[];
  /** Symptom onset as a calendar date ("since March 2019 … weakness"), when no relative onset is stated. */
  onsetDate?: { date: string; evidence: SpanEvidence[] };
} {
  let onsetDate: { date: string; evidence: SpanEvidence[] } | undefined;
  const times: TimeExpression[] = [];
  let onset: ReturnType<typeof extractTiming>['symptomOnset'];
  for (const s of doc.sentences) {
    if (!isCaseSentence(s)) continue;
    const text = doc.text.slice(s.start, s.end);
    HISTORY_RE.lastIndex = 0;
    for (let m = HISTORY_RE.exec(text); m; m = HISTORY_RE.exec(text)) {
      const { n, approximate } = amount(m[1]!);
      const unit = m[2]!.toLowerCase() as TimeExpression['unit'];
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      const ev = evidence(doc.text, [span], 'timing', `${n} ${unit}(s) before presentation`);
      times.push({ kind: 'history-of', amount: n, unit, approximate, evidence: [ev] });
      const rest = s.tokens.filter((t) => t.start >= span.end).map((t) => t.norm);
      if (!onset && rest.some((w) => SYMPTOMS.has(w)))
        onset = {
          relativeTo: 'presentation',
          offset: -n,
          unit,
          ...(approximate ? { approximate: true } : {}),
          evidence: [ev],
        };
    }
    RELATIVE_RE.lastIndex = 0;
    for (let m = RELATIVE_RE.exec(text); m; m = RELATIVE_RE.exec(text)) {
      const { n, approximate } = amount(m[1]!);
      const w = m[3]!.toLowerCase();
      const kind: TimeExpression['kind'] =
        w === 'later' ? 'later' : w === 'ago' ? 'ago' : w === 'after' ? 'after' : 'before';
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      times.push({
        kind,
        amount: n,
        unit: m[2]!.toLowerCase() as TimeExpression['unit'],
        approximate,
        evidence: [evidence(doc.text, [span], 'timing', `relative time: ${kind}`)],
      });
    }
  }
  for (const s of doc.sentences) {
    if (!isCaseSentence(s)) continue;
    const text = doc.text.slice(s.start, s.end);
    DATE_RE.lastIndex = 0;
    for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
      const iso = isoOf(m);
      if (!iso) continue;
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      const ev = evidence(doc.text, [span], 'timing', `date ${iso}`);
      times.push({ kind: 'date', amount: 0, unit: 'day', approximate: false, date: iso, evidence: [ev] });
      const norms = s.tokens.map((t) => t.norm);
      if (!onset && !onsetDate && norms.some((w) => ONSET_VERBS.has(w)) && norms.some((w) => SYMPTOMS.has(w)))
        onsetDate = { date: iso, evidence: [ev] };
    }
  }
  return { ...(onset ? { symptomOnset: onset } : {}), ...(onsetDate ? { onsetDate } : {}), times };
}
