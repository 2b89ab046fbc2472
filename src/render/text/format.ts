/**
 * Small text-formatting helpers shared by the text renderers.
 * @module
 */
import type { Evidence } from '../../core/evidence.js';
import type { Issue } from '../../core/issues.js';
import type { Tri } from '../../core/tri.js';
import { fieldWords } from '../wording/index.js';
import { issueText } from '../wording/messages.js';

/** A status mark: met ✔, not met ✘, unknown ?. */
export function mark(t: Tri): string {
  return t === 'met' ? '[x]' : t === 'not-met' ? '[ ]' : '[?]';
}

/** Formats a probability 0–1 as a percentage with one decimal (the wording table's). */
export { pct } from '../wording/index.js';

/** Formats a score with one decimal. */
export function num1(x: number): string {
  return x.toFixed(1);
}

/** Formats issues, one per line, with path and line/column where known. */
export function formatIssues(issues: readonly Issue[]): string {
  return issues
    .map((i) => {
      const where = [
        i.path ? i.path : undefined,
        i.line !== undefined && !i.path.startsWith('line ') ? `line ${i.line}` : undefined,
        i.column !== undefined ? `column ${i.column}` : undefined,
      ]
        .filter(Boolean)
        .join(', ');
      return `  - ${where ? `${where}: ` : ''}${issueText(i)}`;
    })
    .join('\n');
}

/** Pads a string to a width. */
export function pad(s: string, w: number): string {
  return s.length >= w ? s : s + ' '.repeat(w - s.length);
}

/**
 * One line of evidence: each note (or field = value, the field in words) once, with a count when several pieces say the same
 * (e.g. ten investigations "without cancer found").
 */
export function evidenceSummary(evidence: readonly Evidence[]): string {
  const counts = new Map<string, number>();
  for (const e of evidence) {
    const text =
      e.note ??
      (e.value !== undefined && e.value !== null
        ? `${fieldWords(e.path)} = ${typeof e.value === 'object' ? JSON.stringify(e.value) : String(e.value)}`
        : '');
    if (text) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts].map(([t, n]) => (n > 1 ? `${t} (×${n})` : t)).join('; ');
}

/**
 * One line for a non-blocking issue on standard error: `warning: path: message` (`note:` for information).
 * @param i - the issue
 */
export function noticeLine(i: Issue): string {
  return `${i.severity === 'information' ? 'note' : 'warning'}: ${i.path}: ${issueText(i)}\n`;
}
