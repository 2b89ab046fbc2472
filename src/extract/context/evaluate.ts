/**
 * Scoring the assertion stage on a ConText-format TSV (line, condition, sentence, negation,
 * temporality, experiencer): negation precision/recall/F1/accuracy with Negated as the positive
 * class; temporality and experiencer accuracy with per-class recall.
 * @module
 */
import { InputError, issue } from '../../core/issues.js';
import { tokenize } from '../tokenize.js';
import { SentenceContext } from './context.js';

/** One annotated row. */
export interface ContextRow {
  line: number;
  condition: string;
  sentence: string;
  negation: string;
  temporality: string;
  experiencer: string;
}

/**
 * Parses the TSV (a header line, then six tab-separated columns).
 * @param text - file contents
 */
export function parseContextTsv(text: string): ContextRow[] {
  const lines = text.split(/\r?\n/);
  const rows: ContextRow[] = [];
  lines.forEach((l, i) => {
    if (i === 0 || l.trim() === '') return;
    const c = l.split('\t');
    if (c.length < 6)
      throw new InputError('not a ConText TSV', [
        issue('structure', '', `expected 6 tab-separated columns, found ${c.length}`, { line: i + 1 }),
      ]);
    rows.push({
      line: Number(c[0]),
      condition: c[1]!.trim(),
      sentence: c[2]!,
      negation: c[3]!.trim(),
      temporality: c[4]!.trim(),
      experiencer: c[5]!.trim(),
    });
  });
  return rows;
}

/** Finds the condition in the sentence: case-insensitive, runs of white space collapsed. */
export function locateCondition(
  sentence: string,
  condition: string,
): { start: number; end: number } | undefined {
  const words = condition
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0 || words[0] === '') return undefined;
  const m = new RegExp(words.join('\\s+'), 'i').exec(sentence);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** Predicted labels for one row, in the benchmark's vocabulary. */
export function predictRow(
  row: Pick<ContextRow, 'sentence' | 'condition'>,
): { negation: string; temporality: string; experiencer: string } | undefined {
  const span = locateCondition(row.sentence, row.condition);
  if (!span) return undefined;
  const tokens = tokenize(row.sentence);
  let a = tokens.findIndex((t) => t.end > span.start);
  let b = tokens.findIndex((t) => t.start >= span.end);
  if (a < 0) a = tokens.length;
  if (b < 0) b = tokens.length;
  const ctx = new SentenceContext(row.sentence, tokens).assert(a, Math.max(b, a + 1));
  return {
    negation: ctx.negated ? 'Negated' : 'Affirmed',
    temporality:
      ctx.temporality === 'historical'
        ? 'Historical'
        : ctx.temporality === 'hypothetical'
          ? 'Not particular'
          : 'Recent',
    experiencer: ctx.experiencer === 'other' ? 'Other' : 'Patient',
  };
}

/** Scores of the assertion stage. */
export interface ContextScores {
  rows: number;
  unmatched: number;
  negation: {
    tp: number;
    fp: number;
    fn: number;
    tn: number;
    precision: number;
    recall: number;
    f1: number;
    accuracy: number;
  };
  temporality: { accuracy: number; recall: Record<string, number> };
  experiencer: { accuracy: number; recall: Record<string, number> };
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Scores every row.
 * @param rows - annotated rows
 */
export function scoreContext(rows: readonly ContextRow[]): ContextScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  let unmatched = 0;
  const cls = (gold: string): string => (/^other|family/i.test(gold) ? 'Other' : gold);
  const acc = {
    temporality: { ok: 0, by: new Map<string, [number, number]>() },
    experiencer: { ok: 0, by: new Map<string, [number, number]>() },
  };
  for (const row of rows) {
    const p =
      predictRow(row) ??
      (unmatched++, { negation: 'Affirmed', temporality: 'Recent', experiencer: 'Patient' });
    const goldNeg = /^negated$/i.test(row.negation);
    const predNeg = p.negation === 'Negated';
    if (goldNeg && predNeg) tp++;
    else if (!goldNeg && predNeg) fp++;
    else if (goldNeg && !predNeg) fn++;
    else tn++;
    for (const key of ['temporality', 'experiencer'] as const) {
      const gold = key === 'experiencer' ? cls(row.experiencer) : row.temporality;
      const a = acc[key];
      const cell = a.by.get(gold) ?? [0, 0];
      cell[1]++;
      if (p[key].toLowerCase() === gold.toLowerCase()) {
        a.ok++;
        cell[0]++;
      }
      a.by.set(gold, cell);
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const n = rows.length || 1;
  const per = (m: Map<string, [number, number]>) =>
    Object.fromEntries([...m].map(([k, [ok, all]]) => [k, r3(ok / all)]));
  return {
    rows: rows.length,
    unmatched,
    negation: {
      tp,
      fp,
      fn,
      tn,
      precision: r3(precision),
      recall: r3(recall),
      f1: r3(f1),
      accuracy: r3((tp + tn) / n),
    },
    temporality: { accuracy: r3(acc.temporality.ok / n), recall: per(acc.temporality.by) },
    experiencer: { accuracy: r3(acc.experiencer.ok / n), recall: per(acc.experiencer.by) },
  };
}
