/**
 * Laboratory results: analyte, value with comparator, unit (UCUM), reference range and its upper
 * limit, and qualitative statements. Shapes handled: "CK 695 U/L", "CK 695 (normal range 25–200 U/L)",
 * "ALT was mildly raised at 61 (normal 10–49 U/L)", "CRP < 4", "X and Y at 695 (…) and 32 (…)
 * respectively", "raised CK" (stated elevated), "CK values normalised" (elevated before: inferred),
 * "CEA not elevated" (normal).
 * @module
 */
import type { Doc, DocSentence, Mention } from '../document.js';
import { isCaseSentence } from '../document.js';
import { evidence, type SpanEvidence } from '../evidence.js';
import { readUnit } from './units.js';

/** An extracted lab (case model LabSchema). */
export interface ExtractedLab {
  analyte: string;
  value?: number;
  comparator?: '<' | '<=' | '>' | '>=';
  unit?: string;
  referenceRange?: { low?: number; high?: number };
  upperLimit?: number;
  interpretation?: 'elevated' | 'normal' | 'low';
  inferred?: boolean;
  evidence: SpanEvidence[];
}

const FILLER = new Set([
  'was',
  'is',
  'were',
  'are',
  'of',
  'at',
  'to',
  'mildly',
  'moderately',
  'markedly',
  'significantly',
  'slightly',
  'severely',
  'raised',
  'elevated',
  'increased',
  'high',
  'low',
  'decreased',
  'level',
  'levels',
  'value',
  'values',
  'serum',
  'plasma',
  'concentration',
  'concentrations',
  'activity',
  'count',
  'total',
  'the',
  'a',
  'an',
  'peak',
  'initial',
  'initially',
  'respectively',
  'measured',
  'found',
  'with',
  'reaching',
  'up',
  'from',
  'on',
  'admission',
  'mild',
  'moderate',
  'marked',
  'and',
  'be',
  'been',
  'had',
  'has',
  'of',
]);
const ELEVATED = new Set(['raised', 'elevated', 'increased', 'high', 'higher', 'elevation', 'hyper']);
const NORMAL = new Set(['normal', 'unremarkable', 'negative']);
const LOW = new Set(['low', 'decreased', 'reduced']);
const NORMALISED = new Set(['normalized', 'normalizing', 'normalization', 'normalize', 'normalizes']);

const RANGE_RE =
  /[ \t\u00a0\u2009\u202f]{0,3}[([]?[ \t\u00a0\u2009\u202f]{0,2}(?:(?:normal|reference|ref|nr|n|uln|rr|range|values?|limits?|upper|limit|of|interval)[ \t\u00a0\u2009\u202f.:=]{0,3}){1,4}(?:(<=|<|≤|up to)[ \t\u00a0\u2009\u202f]{0,2}(\d{1,7}(?:\.\d{1,4})?)|(\d{1,7}(?:\.\d{1,4})?)[ \t\u00a0\u2009\u202f]{0,2}(?:-|–|—|to)[ \t\u00a0\u2009\u202f]{0,2}(\d{1,7}(?:\.\d{1,4})?))/iy;

/** "(ULN 170)", "(upper limit of normal 200)": the upper limit alone. */
const ULN_RE =
  /[ \t\u00a0\u2009\u202f]{0,3}[([]?[ \t\u00a0\u2009\u202f]{0,2}(?:ULN|upper limit of normal|upper limit|ULRR)[ \t\u00a0\u2009\u202f:=]{0,3}(\d{1,7}(?:\.\d{1,4})?)/iy;

/** "(25–200)" right after the value or unit: a bare reference interval. */
const PAREN_RANGE_RE =
  /[ \t\u00a0\u2009\u202f]{0,3}\([ \t\u00a0]{0,2}()()(\d{1,7}(?:\.\d{1,4})?)[ \t\u00a0]{0,2}(?:-|–|—|to)[ \t\u00a0]{0,2}(\d{1,7}(?:\.\d{1,4})?)/y;

interface ValueGroup {
  value: number;
  comparator?: ExtractedLab['comparator'];
  unit?: string;
  range?: { low?: number; high?: number };
  start: number;
  end: number;
  /** Token index after the group. */
  nextToken: number;
}

function comparatorAt(
  s: DocSentence,
  k: number,
): { cmp: ExtractedLab['comparator']; next: number } | undefined {
  const t = s.tokens[k];
  if (!t) return undefined;
  const n1 = s.tokens[k + 1]?.norm;
  if (t.norm === '<' || t.norm === '≤')
    return n1 === '=' ? { cmp: '<=', next: k + 2 } : { cmp: t.norm === '≤' ? '<=' : '<', next: k + 1 };
  if (t.norm === '>' || t.norm === '≥')
    return n1 === '=' ? { cmp: '>=', next: k + 2 } : { cmp: t.norm === '≥' ? '>=' : '>', next: k + 1 };
  if ((t.norm === 'less' || t.norm === 'lower') && n1 === 'than') return { cmp: '<', next: k + 2 };
  if ((t.norm === 'greater' || t.norm === 'more' || t.norm === 'higher') && n1 === 'than')
    return { cmp: '>', next: k + 2 };
  return undefined;
}

/** Parses "[cmp] number [unit] [(normal range a–b unit)]" at token k. */
function valueGroup(doc: Doc, s: DocSentence, k: number): ValueGroup | undefined {
  const c = comparatorAt(s, k);
  const ni = c ? c.next : k;
  const num = s.tokens[ni];
  if (!num || num.kind !== 'number') return undefined;
  // A number glued to a letter ("15.3" in "Ca 15.3" is taken by the lexicon) or followed by a time unit is not a value.
  const after = s.tokens[ni + 1]?.norm;
  if (
    after &&
    ['days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'cycles', 'cycle', 'hours'].includes(
      after,
    )
  )
    return undefined;
  if (after === ':' && s.tokens[ni + 2]?.kind === 'number') return undefined; // titre 1:160, times
  const value = Number(num.norm);
  let pos = num.end;
  let unit: string | undefined;
  const u = readUnit(doc.text, pos);
  if (u && u.end <= s.end) {
    unit = u.ucum;
    pos = u.end;
  }
  let range: ValueGroup['range'];
  RANGE_RE.lastIndex = pos;
  ULN_RE.lastIndex = pos;
  PAREN_RANGE_RE.lastIndex = pos;
  const r = RANGE_RE.exec(doc.text) ?? ULN_RE.exec(doc.text) ?? PAREN_RANGE_RE.exec(doc.text);
  if (r && pos + r[0].length <= s.end) {
    range = r[2]
      ? { high: Number(r[2]) }
      : r[3] && r[4]
        ? { low: Number(r[3]), high: Number(r[4]) }
        : { high: Number(r[1]) };
    pos += r[0].length;
    const ru = readUnit(doc.text, pos);
    if (ru && ru.end <= s.end) {
      unit ??= ru.ucum;
      pos = ru.end;
    }
    if (doc.text[pos] === ')' || doc.text[pos] === ']') pos++;
  }
  let nextToken = ni + 1;
  while (nextToken < s.tokens.length && s.tokens[nextToken]!.start < pos) nextToken++;
  const start = s.tokens[k]!.start;
  return {
    value,
    ...(c ? { comparator: c.cmp } : {}),
    ...(unit ? { unit } : {}),
    ...(range ? { range } : {}),
    start,
    end: pos,
    nextToken,
  };
}

/** Interpretation words near a mention, with their assertion. */
function interpretationNear(
  doc: Doc,
  s: DocSentence,
  m: Mention,
  stopAt: number,
):
  | {
      interpretation: ExtractedLab['interpretation'];
      inferred: boolean;
      span: { start: number; end: number };
      note: string;
    }
  | undefined {
  const from = Math.max(0, m.tokenStart - 3);
  const to = Math.min(stopAt, m.tokenEnd + 7);
  for (let i = from; i < to; i++) {
    if (i >= m.tokenStart && i < m.tokenEnd) continue;
    const t = s.tokens[i]!;
    const a = s.assert(i, i + 1);
    const prev = s.tokens[i - 1]?.norm ?? '';
    const negated = a.negated || prev === 'not' || prev === 'no' || prev === 'never';
    if (NORMALISED.has(t.norm))
      return {
        interpretation: 'elevated',
        inferred: true,
        span: t,
        note: `"${doc.text.slice(t.start, t.end)}" later: elevated before (inferred)`,
      };
    if (ELEVATED.has(t.norm)) {
      return negated
        ? { interpretation: 'normal', inferred: false, span: t, note: 'stated not elevated' }
        : { interpretation: 'elevated', inferred: false, span: t, note: 'stated elevated' };
    }
    if (NORMAL.has(t.norm) && i > m.tokenStart)
      return { interpretation: 'normal', inferred: false, span: t, note: 'stated normal' };
    if (t.norm === 'normal' && i === m.tokenStart - 1)
      return { interpretation: 'normal', inferred: false, span: t, note: 'stated normal' };
    if (LOW.has(t.norm) && i > m.tokenStart)
      return { interpretation: 'low', inferred: false, span: t, note: 'stated low' };
  }
  return undefined;
}

/**
 * Extracts labs from the case sections.
 * @param doc - the analysed document
 */
export function extractLabs(doc: Doc): ExtractedLab[] {
  const out: ExtractedLab[] = [];
  for (const s of doc.sentences) {
    if (!isCaseSentence(s)) continue;
    const mentions = s.mentions.filter((m) => m.concept.kind === 'lab');
    if (!mentions.length) continue;
    const valued = new Set<Mention>();
    const stated = (m: Mention, g: ValueGroup) => {
      valued.add(m);
      const gTok = s.tokens.findIndex((x) => x.start >= g.start);
      const near = interpretationNear(doc, s, m, gTok < 0 ? m.tokenEnd : gTok);
      const lab: ExtractedLab = {
        analyte: m.concept.value,
        value: g.value,
        ...(g.comparator ? { comparator: g.comparator } : {}),
        ...(g.unit ? { unit: g.unit } : {}),
        ...(g.range
          ? { referenceRange: g.range, ...(g.range.high !== undefined ? { upperLimit: g.range.high } : {}) }
          : {}),
        ...(near && !near.inferred && near.interpretation !== 'normal'
          ? { interpretation: near.interpretation }
          : {}),
        evidence: [
          evidence(
            doc.text,
            [m, { start: g.start, end: g.end }],
            'labs',
            `${m.concept.codes?.loinc ? `LOINC ${m.concept.codes.loinc}; ` : ''}value${g.range ? ' with reference range' : ''}`,
          ),
        ],
      };
      out.push(lab);
    };
    let pending: Mention[] = [];
    for (let mi = 0; mi < mentions.length; mi++) {
      const m = mentions[mi]!;
      const prev = pending[pending.length - 1];
      // "Alanine aminotransferase (ALT)": the abbreviation restates the same analyte.
      if (!(prev && prev.concept.value === m.concept.value && m.tokenStart - prev.tokenEnd <= 2))
        pending.push(m);
      const end = mentions[mi + 1]?.tokenStart ?? s.tokens.length;
      let k = m.tokenEnd;
      let other = 0;
      while (k < end && pending.length) {
        const g = valueGroup(doc, s, k);
        if (g) {
          stated(pending.shift()!, g);
          k = g.nextToken;
          other = 0;
          continue;
        }
        const t = s.tokens[k]!;
        if (t.kind === 'punct' ? t.norm !== '.' && t.norm !== ';' : FILLER.has(t.norm)) k++;
        else {
          other++;
          k++;
          if (other > 2) break;
        }
      }
      // Content other than fillers between analytes ends a "respectively" list.
      if (other > 0) pending = [];
    }
    // Analytes without a value: qualitative statements.
    for (const m of mentions) {
      if (
        valued.has(m) ||
        out.some((l) => l.evidence[0]?.spans.some((sp) => sp.start === m.start && sp.end === m.end))
      )
        continue;
      if (
        mentions.some(
          (o) =>
            o !== m &&
            valued.has(o) &&
            o.concept.value === m.concept.value &&
            (Math.abs(o.tokenStart - m.tokenEnd) <= 2 || Math.abs(m.tokenStart - o.tokenEnd) <= 2),
        )
      )
        continue;
      const nextOther = mentions.find(
        (o) => o.tokenStart >= m.tokenEnd && o.concept.value !== m.concept.value && valued.has(o),
      );
      const near = interpretationNear(doc, s, m, nextOther ? nextOther.tokenStart : s.tokens.length);
      if (!near) continue;
      const a = s.assert(m.tokenStart, m.tokenEnd);
      if (a.experiencer === 'other' || a.temporality === 'hypothetical') continue;
      out.push({
        analyte: m.concept.value,
        interpretation: near.interpretation,
        ...(near.inferred ? { inferred: true } : {}),
        evidence: [evidence(doc.text, [m, near.span], 'labs', near.note)],
      });
    }
  }
  // One qualitative entry per analyte and interpretation.
  const seen = new Set<string>();
  return out.filter((l) => {
    if (l.value !== undefined) return true;
    const key = `${l.analyte}|${l.interpretation}|${l.inferred ? 1 : 0}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
