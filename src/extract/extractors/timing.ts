/**
 * Time expressions: the first symptom ("a 10-day history of weakness and skin lesions"), and relative
 * times of events ("two months later", "3 weeks ago", "two weeks after the start of …").
 * @module
 */
import type { Doc } from '../document.js';
import { isCaseSentence } from '../document.js';
import { evidence, type SpanEvidence } from '../evidence.js';

/** A relative time expression found in the case. */
export interface TimeExpression {
  kind: 'history-of' | 'later' | 'ago' | 'after' | 'before';
  amount: number;
  unit: 'day' | 'week' | 'month' | 'year';
  approximate: boolean;
  evidence: SpanEvidence[];
}

const NUM = String.raw`(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|a couple of|a)`;
const HISTORY_RE = new RegExp(
  String.raw`\b${NUM}[ \t\u00a0\u2009\u202f-]{1,2}(day|week|month|year)s?[ \t\u00a0\u2009\u202f-]{1,2}(?:long[ \t\u00a0\u2009\u202f]{1,2})?history[ \t\u00a0\u2009\u202f]{1,2}of\b`,
  'gi',
);
const RELATIVE_RE = new RegExp(
  String.raw`\b${NUM}[ \t\u00a0\u2009\u202f]{1,2}(day|week|month|year)s?[ \t\u00a0\u2009\u202f]{1,2}(later|ago|after|before|earlier|previously)\b`,
  'gi',
);
const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  a: 1,
  'a couple of': 2,
  few: 3,
  'a few': 3,
  several: 3,
};
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
  const k = word.toLowerCase();
  const n = WORDS[k] ?? Number(k);
  return { n, approximate: /few|several|couple/.test(k) };
}

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
} {
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
  return { ...(onset ? { symptomOnset: onset } : {}), times };
}
