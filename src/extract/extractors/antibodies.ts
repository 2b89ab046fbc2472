/**
 * Autoantibody results. Mentions separated only by commas, "and", "or", slashes, brackets or a short
 * unknown list item ("ENAs, ANA, ANOEs, ANCAs: negative") form a list; the result word right after the
 * list ("… antibody negative", ": negative") or right before it ("negative for …", "weakly positive …")
 * applies to every member. A titre ("1:160") beside a mention is kept. A mention with no result word
 * is not a result (e.g. "anti-TIF1γ antibodies are associated with cancer").
 * @module
 */
import { canonicalAntibody } from '../../facts/names.js';
import type { Doc, DocSentence, Mention } from '../document.js';
import { isCaseSentence } from '../document.js';
import { evidence, type SpanEvidence } from '../evidence.js';

/** An extracted antibody (case model AntibodySchema). */
export interface ExtractedAntibody {
  target: string;
  result: 'positive' | 'negative' | 'equivocal';
  titre?: string;
  evidence: SpanEvidence[];
}

const LINK = new Set([
  ',',
  'and',
  'or',
  '/',
  '(',
  ')',
  'anti',
  'antibody',
  'antibodies',
  'autoantibody',
  'autoantibodies',
  'ab',
  'abs',
  'igg',
  'a',
  'the',
  ';',
]);
const SKIP_RIGHT = new Set([
  'antibody',
  'antibodies',
  'autoantibody',
  'autoantibodies',
  'ab',
  'abs',
  'igg',
  'was',
  'were',
  'is',
  'are',
  ':',
  'test',
  'tests',
  'testing',
  'result',
  'results',
  'both',
  'all',
  'also',
  'titre',
  'titer',
  'level',
  'levels',
  'returned',
  'came',
  'back',
  'be',
  'found',
  'to',
  'strongly',
  'weakly',
  'mildly',
  'low',
  'high',
  'serum',
  'elisa',
  'immunoblot',
  'blot',
]);
const SKIP_LEFT = new Set([
  'for',
  'to',
  'anti',
  'antibody',
  'antibodies',
  'autoantibodies',
  'an',
  'a',
  'the',
  'of',
  'with',
  'serum',
  'titre',
  'titer',
  'both',
  'were',
  'was',
  'screen',
  'panel',
  'profile',
]);
const POSITIVE = new Set([
  'positive',
  'positivity',
  'detected',
  'present',
  'reactive',
  'elevated',
  'raised',
  'high',
]);
const NEGATIVE = new Set(['negative', 'negativity', 'undetectable', 'absent', 'nonreactive', 'normal']);
const EQUIVOCAL = new Set(['equivocal', 'borderline', 'indeterminate', 'weak', 'doubtful']);

type Result = ExtractedAntibody['result'];

function resultAt(s: DocSentence, i: number): { result: Result; idx: number; weak: boolean } | undefined {
  const t = s.tokens[i];
  if (!t) return undefined;
  const prev = s.tokens[i - 1]?.norm;
  const weak = prev === 'weakly' || prev === 'low' || prev === 'weak';
  if (POSITIVE.has(t.norm))
    return prev === 'not' || prev === 'no'
      ? { result: 'negative', idx: i, weak }
      : { result: 'positive', idx: i, weak };
  if (NEGATIVE.has(t.norm)) return { result: 'negative', idx: i, weak };
  if (EQUIVOCAL.has(t.norm) && t.norm !== 'weak') return { result: 'equivocal', idx: i, weak };
  if (t.norm === 'not' && (s.tokens[i + 1]?.norm === 'detected' || s.tokens[i + 1]?.norm === 'found'))
    return { result: 'negative', idx: i, weak };
  return undefined;
}

/** Groups consecutive antibody mentions into lists. */
function lists(s: DocSentence, mentions: Mention[]): Mention[][] {
  const out: Mention[][] = [];
  let cur: Mention[] = [];
  for (const m of mentions) {
    const last = cur[cur.length - 1];
    if (last) {
      let unknown = 0;
      let ok = true;
      for (let k = last.tokenEnd; k < m.tokenStart; k++) {
        const n = s.tokens[k]!;
        if (LINK.has(n.norm) || n.norm === '-' || n.norm === "'") continue;
        unknown++;
        if (
          unknown > 2 ||
          n.norm === ':' ||
          n.norm === '.' ||
          POSITIVE.has(n.norm) ||
          NEGATIVE.has(n.norm) ||
          n.norm === 'whilst' ||
          n.norm === 'while' ||
          n.norm === 'but'
        )
          ok = false;
      }
      if (!ok) {
        out.push(cur);
        cur = [];
      }
    }
    cur.push(m);
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * Extracts antibody results from the case sections.
 * @param doc - the analysed document
 */
export function extractAntibodies(doc: Doc): ExtractedAntibody[] {
  const byTarget = new Map<string, ExtractedAntibody>();
  for (const s of doc.sentences) {
    if (!isCaseSentence(s)) continue;
    const mentions = s.mentions.filter((m) => m.concept.kind === 'antibody');
    if (!mentions.length) continue;
    for (const group of lists(s, mentions)) {
      const first = group[0]!;
      const last = group[group.length - 1]!;
      let found: ReturnType<typeof resultAt>;
      let titre: { text: string; start: number; end: number } | undefined;
      // Right of the list.
      for (let k = last.tokenEnd, n = 0; k < s.tokens.length && n < 6; k++, n++) {
        const t = s.tokens[k]!;
        const o = t.norm === '(' ? 1 : 0;
        if (
          s.tokens[k + o]?.kind === 'number' &&
          s.tokens[k + o + 1]?.norm === ':' &&
          s.tokens[k + o + 2]?.kind === 'number' &&
          s.tokens[k + o]!.norm === '1'
        ) {
          titre = {
            text: doc.text.slice(s.tokens[k + o]!.start, s.tokens[k + o + 2]!.end),
            start: s.tokens[k + o]!.start,
            end: s.tokens[k + o + 2]!.end,
          };
          k += o + 3;
          continue;
        }
        found = resultAt(s, k);
        if (found) break;
        if (!SKIP_RIGHT.has(t.norm) && t.norm !== '-' && t.norm !== ')' && t.norm !== '(') break;
      }
      // Left of the list.
      if (!found) {
        for (let k = first.tokenStart - 1, n = 0; k >= 0 && n < 5; k--, n++) {
          found = resultAt(s, k);
          if (found) break;
          const t = s.tokens[k]!;
          if (!SKIP_LEFT.has(t.norm) && t.norm !== '-' && t.norm !== "'") break;
        }
      }
      // A titre with no result word: 1:160 or more is read as positive, lower titres as equivocal.
      if (!found && titre) {
        const n = Number(titre.text.split(':')[1]);
        found = { result: n >= 160 ? 'positive' : 'equivocal', idx: last.tokenEnd, weak: false };
      }
      if (!found) continue;
      const res = found;
      for (const m of group) {
        const a = s.assert(m.tokenStart, m.tokenEnd);
        if (a.experiencer === 'other' || a.temporality === 'hypothetical') continue;
        const target = canonicalAntibody(m.concept.value);
        const rt = s.tokens[Math.min(res.idx, s.tokens.length - 1)]!;
        const ev = evidence(
          doc.text,
          [m, rt, ...(titre && group.length === 1 ? [titre] : [])],
          'antibodies',
          `${res.weak ? 'weakly ' : ''}${res.result}${group.length > 1 ? ` (result shared by a list of ${group.length})` : ''}`,
        );
        const cur = byTarget.get(target);
        if (!cur)
          byTarget.set(target, {
            target,
            result: res.result,
            ...(titre && group.length === 1 ? { titre: titre.text } : {}),
            evidence: [ev],
          });
        else {
          // positive wins over equivocal over negative (any positive test counts)
          const rank = { positive: 3, equivocal: 2, negative: 1 } as const;
          if (rank[res.result] > rank[cur.result]) {
            cur.result = res.result;
            cur.evidence.unshift(ev);
          } else cur.evidence.push(ev);
          if (titre && group.length === 1 && !cur.titre) cur.titre = titre.text;
        }
      }
    }
  }
  return [...byTarget.values()];
}
