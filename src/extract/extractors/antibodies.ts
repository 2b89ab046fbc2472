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
  /** A group result ("myositis panel negative"): never a result for each antibody of the group. */
  panel?: boolean;
  evidence: SpanEvidence[];
}

/** Text the extractor could not place: an "anti-X" it does not know, with a result beside it. */
export interface UnplacedAntibody {
  start: number;
  end: number;
  text: string;
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
  'serum',
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
  ',',
  'measured',
  'at',
  'reported',
  'tested',
  'line',
  'on',
  'by',
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
  'including',
  'strongly',
  'weakly',
  'high',
  'titer',
  'was',
  'were',
  'harbor',
  'be',
  'to',
  'level',
  'levels',
  'titre',
  'titres',
  'titers',
]);
/** Tokens a result is never read across. */
const HARD_STOP = new Set(['.', ';', ':', 'but', 'whereas', 'while', 'whilst', 'however', 'although']);
/** Verbs that state a positive result on the left ("found to harbor anti-PL-7 antibodies"). */
const CARRY = new Set(['harbor', 'harbors', 'harbored', 'harboring', 'carried', 'carries', 'carrying']);
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

function resultAt(
  s: DocSentence,
  i: number,
  side: 'left' | 'right' = 'right',
): { result: Result; idx: number; weak: boolean } | undefined {
  const t = s.tokens[i];
  if (!t) return undefined;
  const prev = s.tokens[i - 1]?.norm;
  const weak = prev === 'weakly' || prev === 'low' || prev === 'weak';
  // "+ve" / "-ve", "pos" / "neg"
  if (t.norm === 've' && (prev === '+' || prev === '-'))
    return { result: prev === '+' ? 'positive' : 'negative', idx: i, weak: false };
  if ((t.norm === '+' || t.norm === '-') && s.tokens[i + 1]?.norm === 've')
    return { result: t.norm === '+' ? 'positive' : 'negative', idx: i + 1, weak: false };
  if (t.norm === 'pos' || t.norm === 'neg')
    return { result: t.norm === 'pos' ? 'positive' : 'negative', idx: i, weak: false };
  if (side === 'left' && CARRY.has(t.norm)) return { result: 'positive', idx: i, weak: false };
  // "revealed no …", "showed no …", "none detected"
  if (
    side === 'right' &&
    (t.norm === 'no' || t.norm === 'none') &&
    ['revealed', 'showed', 'found', 'detected'].includes(prev ?? '')
  )
    return { result: 'negative', idx: i, weak: false };
  // "Thyroid peroxidase antibodies >1000": a level above a cut-off
  if (side === 'right' && (t.norm === '>' || t.norm === '≥') && s.tokens[i + 1]?.kind === 'number')
    return { result: 'positive', idx: i, weak: false };
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
        if (resultAt(s, k)) ok = false;
        if (
          unknown > 2 ||
          n.norm === ':' ||
          n.norm === '.' ||
          n.norm === ';' ||
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

/** Drug classes and other words that follow "anti-" without naming an antibody. */
const NOT_ANTIBODY_AFTER = new Set([
  'therapy',
  'therapies',
  'treatment',
  'agent',
  'agents',
  'drug',
  'drugs',
  'medication',
  'medications',
  'inhibitor',
  'inhibitors',
  'blockade',
  'monoclonal',
]);

/** "anti-XYZ" with a result beside it whose XYZ the lexicon does not know: reported, never dropped. */
function unplaced(doc: Doc, s: DocSentence, covered: (i: number) => boolean, out: UnplacedAntibody[]): void {
  const t = s.tokens;
  for (let i = 0; i < t.length - 2; i++) {
    if (t[i]!.norm !== 'anti' || t[i + 1]!.norm !== '-' || covered(i)) continue;
    const name = t[i + 2]!;
    const raw = doc.text.slice(name.start, name.end);
    // antibody names carry a capital or a digit ("anti-Zo", "anti-FHL1"); "anti-inflammatory" does not
    if (raw === raw.toLowerCase() && name.kind !== 'number') continue;
    let end = i + 3;
    while (
      end < t.length &&
      (t[end]!.kind === 'number' || t[end]!.norm === '-' || t[end]!.norm === '/') &&
      end - i < 6
    )
      end++;
    if (t.slice(end, end + 2).some((x) => NOT_ANTIBODY_AFTER.has(x.norm))) continue;
    let result = false;
    for (let k = end; k < Math.min(t.length, end + 5); k++) if (resultAt(s, k)) result = true;
    for (let k = Math.max(0, i - 3); k < i; k++) if (resultAt(s, k, 'left')) result = true;
    if (!result) continue;
    const last = t[end - 1]!;
    out.push({ start: t[i]!.start, end: last.end, text: doc.text.slice(t[i]!.start, last.end) });
  }
}

/**
 * Extracts antibody results from the case sections, and the "anti-X" results it cannot place.
 * @param doc - the analysed document
 */
export function extractAntibodies(doc: Doc): {
  antibodies: ExtractedAntibody[];
  unplaced: UnplacedAntibody[];
} {
  const byTarget = new Map<string, ExtractedAntibody>();
  const unknown: UnplacedAntibody[] = [];
  for (const s of doc.sentences) {
    if (!isCaseSentence(s)) continue;
    const all = s.mentions.filter((m) => m.concept.kind === 'antibody');
    // "TIF1γ autoantibodies": the group word is the head noun of the antibody before it, not a panel.
    const mentions = all.filter(
      (m, i) =>
        !(
          m.concept.attrs?.panel &&
          i > 0 &&
          m.tokenStart - all[i - 1]!.tokenEnd <= 1 &&
          !all[i - 1]!.concept.attrs?.panel
        ),
    );
    unplaced(doc, s, (i) => all.some((m) => m.tokenStart <= i && i < m.tokenEnd), unknown);
    if (!mentions.length) continue;
    const others = s.mentions.filter(
      (m) => m.concept.kind === 'lab' || m.concept.kind === 'finding' || m.concept.kind === 'histology',
    );
    const otherFactAt = (k: number) =>
      others.some((m) => m.tokenStart <= k && k < m.tokenEnd) || all.some((m) => m.tokenStart === k);
    const unresolved: Mention[][] = [];
    for (const group of lists(s, mentions)) {
      const first = group[0]!;
      const last = group[group.length - 1]!;
      let found: ReturnType<typeof resultAt>;
      let titre: { text: string; start: number; end: number } | undefined;
      let shared = false;
      let loose = 0;
      // Right of the list.
      for (let k = last.tokenEnd, n = 0; k < s.tokens.length && n < 12; k++, n++) {
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
        // "titer: 320" written without "1:"
        if ((t.norm === 'titer' || t.norm === 'titre') && !titre) {
          const j = s.tokens[k + 1]?.norm === ':' ? k + 2 : k + 1;
          const v = s.tokens[j];
          if (v?.kind === 'number' && Number(v.norm) >= 20 && Number(v.norm) <= 100000) {
            titre = { text: `1:${v.norm}`, start: t.start, end: v.end };
            k = j;
            continue;
          }
        }
        // "…; all of which were normal", "were both positive": one result for the lists before it
        if (t.norm === 'both' || t.norm === 'all') shared = true;
        if (
          (t.norm === ';' || t.norm === 'all' || t.norm === 'of' || t.norm === 'which') &&
          s.tokens[k + 1] &&
          ['all', 'of', 'which', 'were', 'are'].includes(s.tokens[k + 1]!.norm)
        ) {
          n--;
          continue;
        }
        found = resultAt(s, k);
        if (found) break;
        // a short qualifier may sit between the list and its result ("… and other antibodies suggestive
        // of autoimmune disorders were not detected"), but not a clause break or another fact
        if ((HARD_STOP.has(t.norm) && !(t.norm === ':' && loose === 0)) || otherFactAt(k)) break;
        if (!SKIP_RIGHT.has(t.norm) && t.norm !== '-' && t.norm !== ')' && t.norm !== '(') loose++;
        if (loose > 6) break;
      }
      // Left of the list.
      if (!found) {
        for (let k = first.tokenStart - 1, n = 0; k >= 0 && n < 5; k--, n++) {
          found = resultAt(s, k, 'left');
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
      if (!found) {
        unresolved.push(group);
        continue;
      }
      const groups = shared ? [...unresolved.splice(0), group] : [group];
      for (const g of groups) record(doc, s, g, found, g === group ? titre : undefined, byTarget);
    }
  }
  return { antibodies: [...byTarget.values()], unplaced: unknown };
}

function record(
  doc: Doc,
  s: DocSentence,
  all: readonly Mention[],
  res: NonNullable<ReturnType<typeof resultAt>>,
  titre: { text: string; start: number; end: number } | undefined,
  byTarget: Map<string, ExtractedAntibody>,
): void {
  // "autoimmune screening for myositis-specific autoantibodies was negative": one panel, the most specific
  const lastPanel = [...all].reverse().find((m) => m.concept.attrs?.panel === 'true');
  // "the screen was negative, including ENA, dsDNA …": the members are listed, so the group is not reported
  // only as a group (conventions) — the members carry the result, the panel is not recorded
  const listed =
    lastPanel !== undefined &&
    s.tokens
      .slice(lastPanel.tokenEnd, lastPanel.tokenEnd + 8)
      .some((t) => t.norm === 'including' || t.norm === 'namely' || t.norm === 'comprising');
  const group = all.filter((m) => m.concept.attrs?.panel !== 'true' || (m === lastPanel && !listed));
  for (const m of group) {
    const a = s.assert(m.tokenStart, m.tokenEnd);
    if (a.experiencer === 'other' || a.temporality === 'hypothetical') continue;
    const panel = m.concept.attrs?.panel === 'true';
    const target = panel ? m.concept.value : canonicalAntibody(m.concept.value);
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
        ...(panel ? { panel: true } : {}),
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
