/**
 * Findings: lexicon mentions of the case model's finding ids, the EULAR/ACR skin-sign definitions
 * applied to descriptions (skin-description stage), and weakness by region with MRC grades (weakness
 * stage). One finding per id in the output: present wins over uncertain, uncertain over absent (the
 * most abnormal state recorded during the course, as the criteria read it).
 * @module
 */
import type { DocSentence, Doc } from '../document.js';
import { isCaseSentence } from '../document.js';
import { evidence, type SpanEvidence, type Stage } from '../evidence.js';
import { mentionStatus } from './assertion.js';

/** An extracted finding (case model FindingSchema). */
export interface ExtractedFinding {
  id: string;
  status: 'present' | 'absent' | 'uncertain';
  reason?: string;
  codes?: { hpo?: string; snomed?: string };
  evidence: SpanEvidence[];
}

/** An extracted MRC grade (case model StrengthSchema). */
export interface ExtractedStrength {
  group:
    'proximal-upper' | 'proximal-lower' | 'distal-upper' | 'distal-lower' | 'neck-flexors' | 'finger-flexors';
  side: 'left' | 'right' | 'bilateral';
  grade: string;
  evidence: SpanEvidence[];
}

/** Findings not emitted as case findings (kept in the lexicon only to win longest matches). */
const INTERNAL = new Set(['febrile-neutropenia', 'asthenia']);

const RANK = { present: 3, uncertain: 2, absent: 1 } as const;

/** Collects mentions and merges them per id. */
class FindingSet {
  private readonly byId = new Map<string, ExtractedFinding>();
  add(
    id: string,
    status: ExtractedFinding['status'],
    ev: SpanEvidence,
    reason?: string,
    codes?: ExtractedFinding['codes'],
  ): void {
    const cur = this.byId.get(id);
    if (!cur) {
      this.byId.set(id, {
        id,
        status,
        ...(reason && status === 'uncertain' ? { reason } : {}),
        ...(codes && (codes.hpo || codes.snomed) ? { codes } : {}),
        evidence: [ev],
      });
      return;
    }
    if (RANK[status] > RANK[cur.status]) {
      cur.status = status;
      if (status === 'uncertain' && reason) cur.reason = reason;
      else delete cur.reason;
      cur.evidence.unshift(ev);
    } else cur.evidence.push(ev);
    if (codes && !cur.codes && (codes.hpo || codes.snomed)) cur.codes = codes;
  }
  list(): ExtractedFinding[] {
    return [...this.byId.values()];
  }
}

const has = (s: DocSentence, ...words: string[]) => s.tokens.findIndex((t) => words.includes(t.norm));

// ─── Skin descriptions (EULAR/ACR 2017 definitions) ──────────────────────────────────────────

const COLOUR = new Set([
  'erythematous',
  'erythema',
  'violaceous',
  'violet',
  'purple',
  'purplish',
  'lilac',
  'red',
  'reddish',
  'erythematoviolaceous',
  'rash',
  'discoloration',
  'heliotrope',
  'lesions',
  'lesion',
  'patches',
  'patch',
  'plaques',
  'macules',
  'papules',
  'eruption',
]);
const LESION = new Set([
  ...COLOUR,
  'papular',
  'papule',
  'macular',
  'macule',
  'desquamative',
  'decamative',
  'scaly',
  'squamous',
  'maculopapular',
  'dermatitis',
  'erythrodermia',
  'poikiloderma',
  'telangiectasia',
  'telangiectasias',
  'hyperpigmentation',
]);
const PERIORBITAL = new Set([
  'periocular',
  'periorbital',
  'eyelid',
  'eyelids',
  'palpebral',
  'orbital',
  'orbits',
  'peri',
  'frontociliary',
]);
const NOT_RASH_AFTER = new Set(['edema', 'swelling', 'puffiness']);
const JOINT = new Set([
  'metacarpophalangeal',
  'metacarpophalanges',
  'mcp',
  'mcps',
  'interphalangeal',
  'pip',
  'dip',
  'knuckles',
  'knuckle',
  'metacarpophalangeals',
]);
const V_AREA = new Set(['decollete', 'neckline', 'cleavage']);

function skin(doc: Doc, s: DocSentence, out: FindingSet): void {
  const toks = s.tokens;
  const lesions: number[] = [];
  toks.forEach((t, i) => LESION.has(t.norm) && lesions.push(i));
  if (!lesions.length) return;
  const nearestLesion = (i: number) =>
    lesions.reduce((b, x) => (Math.abs(x - i) < Math.abs(b - i) ? x : b), lesions[0]!);
  const add = (id: string, locIdx: number, forced?: 'uncertain', reason?: string) => {
    const a = mentionStatus(s.assert(locIdx, locIdx + 1));
    if (!a) return;
    const status = forced && a.status === 'present' ? forced : a.status;
    const loc = toks[locIdx]!;
    const lesionTok = toks[nearestLesion(locIdx)]!;
    out.add(
      id,
      status,
      evidence(
        doc.text,
        [lesionTok, loc],
        'skin-description',
        `${status === 'uncertain' && reason ? reason : a.note}; EULAR/ACR 2017 definition applied to the description`,
      ),
      reason ?? a.reason,
    );
  };
  // Heliotrope: erythematous/violaceous lesions around the eyes (not periorbital oedema alone).
  toks.forEach((t, i) => {
    if (!PERIORBITAL.has(t.norm)) return;
    if (t.norm === 'orbital' || t.norm === 'orbits') {
      const prev = toks[i - 1]?.norm;
      if (prev !== 'around' && prev !== 'the' && prev !== 'peri') return;
    }
    const next = toks[i + 1]?.norm ?? '';
    if (NOT_RASH_AFTER.has(next)) return;
    if (toks.some((x) => COLOUR.has(x.norm) && x.norm !== 'heliotrope')) add('heliotrope-rash', i);
  });
  // Around the eyes ("around the eyes").
  const eyes = toks.findIndex((t, i) => t.norm === 'eyes' && toks[i - 2]?.norm === 'around');
  if (eyes >= 0 && toks.some((x) => COLOUR.has(x.norm))) add('heliotrope-rash', eyes);
  // Gottron: lesions over the extensor surfaces of the finger joints; papules vs macules decide the item.
  let joint = toks.findIndex((t) => JOINT.has(t.norm));
  if (joint < 0) {
    const dorsum = toks.findIndex(
      (t, i) =>
        (t.norm === 'dorsum' || t.norm === 'dorsal' || t.norm === 'back') &&
        toks.slice(i + 1, i + 6).some((x) => x.norm === 'hand' || x.norm === 'hands' || x.norm === 'fingers'),
    );
    joint = dorsum;
  }
  if (joint >= 0) {
    // Plaques are raised (confluent papules): read as papules.
    const papular = toks.some(
      (t) =>
        t.norm === 'papular' ||
        t.norm === 'papule' ||
        t.norm === 'papules' ||
        t.norm === 'plaque' ||
        t.norm === 'plaques',
    );
    const macular = toks.some(
      (t) => t.norm === 'macular' || t.norm === 'macule' || t.norm === 'macules' || t.norm === 'flat',
    );
    const maculopapular = toks.some((t) => t.norm === 'maculopapular');
    if (papular && !macular) add('gottron-papules', joint);
    else if (macular && !papular) add('gottron-sign', joint);
    else {
      const reason =
        maculopapular || (papular && macular)
          ? 'both papules and macules described over the joints'
          : 'lesions over the finger joints without saying papules (raised) or macules (flat)';
      add('gottron-papules', joint, 'uncertain', reason);
      add('gottron-sign', joint, 'uncertain', reason);
    }
  }
  // V-sign: erythema of the anterior neck and upper chest.
  toks.forEach((t, i) => {
    if (
      V_AREA.has(t.norm) ||
      ((t.norm === 'upper' || t.norm === 'anterior') && toks[i + 1]?.norm === 'chest')
    )
      add('v-sign', i);
  });
  // Shawl sign by description: upper back and shoulders.
  const back = toks.findIndex(
    (t, i) =>
      t.norm === 'back' &&
      (toks[i - 1]?.norm === 'upper' || toks.slice(i + 1, i + 4).some((x) => x.norm === 'shoulders')),
  );
  if (back >= 0 && toks.some((t) => COLOUR.has(t.norm))) add('shawl-sign', back);
}

// ─── Weakness by region, MRC grades ──────────────────────────────────────────────────────────

const WEAK = new Set(['weakness', 'weak', 'paresis', 'paraparesis', 'tetraparesis', 'myopathic weakness']);
const STRENGTH = new Set(['strength', 'power', 'force']);
const REDUCED = new Set([
  'reduced',
  'decreased',
  'limitation',
  'limited',
  'loss',
  'diminished',
  'impaired',
  'reduction',
]);
const UPPER_WORDS = new Set([
  'arms',
  'arm',
  'shoulder',
  'shoulders',
  'deltoid',
  'deltoids',
  'biceps',
  'triceps',
]);
const LOWER_WORDS = new Set([
  'legs',
  'leg',
  'hip',
  'hips',
  'thigh',
  'thighs',
  'quadriceps',
  'iliopsoas',
  'gluteal',
  'stairs',
  'squatting',
  'chair',
  'chairs',
]);
const LIMB = new Set(['limb', 'limbs', 'extremity', 'extremities', 'girdle', 'girdles']);

/** Token indices of upper- and lower-limb mentions in [a, b). */
function limbs(s: DocSentence, a: number, b: number): { upper: number[]; lower: number[] } {
  const upper: number[] = [];
  const lower: number[] = [];
  const t = s.tokens;
  for (let i = a; i < b; i++) {
    const n = t[i]!.norm;
    if (n === 'upper' || n === 'lower') {
      let ok = false;
      for (let k = i + 1; k < Math.min(b + 2, i + 5, t.length); k++) if (LIMB.has(t[k]!.norm)) ok = true;
      if (ok) (n === 'upper' ? upper : lower).push(i);
    } else if (UPPER_WORDS.has(n)) upper.push(i);
    else if (LOWER_WORDS.has(n)) lower.push(i);
    else if (n === 'comb' || (n === 'raise' && t[i + 2]?.norm === 'arms')) upper.push(i);
  }
  return { upper, lower };
}

/** Token indices of weakness indicators ("weakness", "reduced power", "inability to climb stairs"). */
function weaknessAt(s: DocSentence): number[] {
  const t = s.tokens;
  const out: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const n = t[i]!.norm;
    if (WEAK.has(n)) out.push(i);
    else if (STRENGTH.has(n) && t.slice(Math.max(0, i - 4), i + 3).some((x) => REDUCED.has(x.norm)))
      out.push(i);
    else if (
      (n === 'inability' || n === 'unable' || n === 'difficulty') &&
      t
        .slice(i + 1, i + 6)
        .some(
          (x) =>
            x.norm === 'raise' ||
            x.norm === 'climb' ||
            x.norm === 'climbing' ||
            x.norm === 'rise' ||
            x.norm === 'rising' ||
            x.norm === 'comb' ||
            x.norm === 'combing' ||
            x.norm === 'lift' ||
            x.norm === 'lifting' ||
            x.norm === 'getting' ||
            x.norm === 'standing' ||
            x.norm === 'squatting' ||
            x.norm === 'stairs',
        )
    )
      out.push(i);
  }
  return out;
}

/** Region words count only near a weakness indicator (a rash "on the neck and arms" is not weakness). */
const NEAR_LIMB = 12;
const NEAR_NECK = 4;

const ROMAN_OR_DIGIT = String.raw`(?:[0-5](?:\.[05])?[+-]?|IV|V|I{1,3})`;
const GRADE_RE = new RegExp(
  String.raw`(?<![\w/.])(${ROMAN_OR_DIGIT}(?:[ \u00a0]{0,2}[-–][ \u00a0]{0,2}${ROMAN_OR_DIGIT})?)[ \u00a0]{0,2}\/[ \u00a0]{0,2}(?:5|V)(?![\w/])|(?<=\bMRC[ \u00a0]{1,2}(?:grade[ \u00a0]{1,2})?)([0-5][+-]?)(?![\w/.])`,
  'g',
);

function weakness(doc: Doc, s: DocSentence, out: FindingSet): void {
  const weakIdx = weaknessAt(s);
  if (!weakIdx.length) return;
  const t = s.tokens;
  const near = (i: number, d: number) => weakIdx.some((w) => Math.abs(w - i) <= d);
  const addRegion = (
    id: string,
    idx: number,
    extra: { start: number; end: number }[] = [],
    forceUncertain?: string,
  ) => {
    const a = mentionStatus(s.assert(idx, idx + 1));
    if (!a) return;
    const status = forceUncertain && a.status === 'present' ? 'uncertain' : a.status;
    out.add(
      id,
      status,
      evidence(
        doc.text,
        [t[idx]!, ...extra],
        'weakness',
        forceUncertain && status === 'uncertain' ? forceUncertain : a.note,
      ),
      forceUncertain ?? a.reason,
    );
  };
  const proximal = has(s, 'proximal');
  const all = limbs(s, 0, t.length);
  const upper = all.upper.filter((i) => near(i, NEAR_LIMB));
  const lower = all.lower.filter((i) => near(i, NEAR_LIMB));
  // Raising the arms, combing, climbing stairs, rising from a chair are proximal functions.
  const functionalSentence = weakIdx.some((w) => ['inability', 'unable', 'difficulty'].includes(t[w]!.norm));
  const functional = (i: number) =>
    functionalSentence || ['comb', 'raise', 'stairs', 'chair', 'chairs', 'squatting'].includes(t[i]!.norm);
  const proxEv = proximal >= 0 ? [t[proximal]!] : [];
  for (const i of upper)
    if (
      proximal >= 0 ||
      functional(i) ||
      ['shoulder', 'shoulders', 'deltoid', 'deltoids'].includes(t[i]!.norm)
    )
      addRegion('proximal-weakness-upper', i, proxEv);
  for (const i of lower)
    if (
      proximal >= 0 ||
      functional(i) ||
      ['hip', 'hips', 'thigh', 'thighs', 'quadriceps', 'iliopsoas'].includes(t[i]!.norm)
    )
      addRegion('proximal-weakness-lower', i, proxEv);
  if (proximal >= 0 && upper.length === 0 && lower.length === 0) {
    const a = mentionStatus(s.assert(proximal, proximal + 1));
    if (a?.status === 'absent') {
      addRegion('proximal-weakness-upper', proximal);
      addRegion('proximal-weakness-lower', proximal);
    } else {
      addRegion(
        'proximal-weakness-upper',
        proximal,
        [],
        'proximal weakness without the limb (upper or lower) stated',
      );
      addRegion(
        'proximal-weakness-lower',
        proximal,
        [],
        'proximal weakness without the limb (upper or lower) stated',
      );
    }
  }
  const neck = t.findIndex(
    (x, i) =>
      x.norm === 'neck' &&
      !(t[i + 1]?.norm === 'extensor' || t[i + 1]?.norm === 'extensors') &&
      (near(i, NEAR_NECK) ||
        t[i + 1]?.norm === 'flexor' ||
        t[i + 1]?.norm === 'flexors' ||
        t[i + 1]?.norm === 'flexion'),
  );
  if (neck >= 0) addRegion('neck-flexor-weakness', neck);
  const distal = t.findIndex((x, i) => x.norm === 'distal' && near(i, NEAR_LIMB));
  if (distal >= 0) addRegion('distal-weakness', distal);
  const finger = t.findIndex(
    (x, i) =>
      (x.norm === 'finger' || x.norm === 'fingers') &&
      (t[i + 1]?.norm === 'flexors' || t[i + 1]?.norm === 'flexor' || t[i + 1]?.norm === 'flexion'),
  );
  if (finger >= 0) addRegion('finger-flexor-weakness', finger);
  const sym = t.findIndex(
    (x) =>
      x.norm === 'symmetric' ||
      x.norm === 'symmetrical' ||
      x.norm === 'symmetrically' ||
      x.norm === 'bilateral' ||
      x.norm === 'both',
  );
  const asym = t.findIndex(
    (x) => x.norm === 'asymmetric' || x.norm === 'asymmetrical' || x.norm === 'unilateral',
  );
  if (asym >= 0)
    out.add(
      'symmetric-weakness',
      'absent',
      evidence(doc.text, [t[asym]!], 'weakness', 'asymmetric weakness stated'),
    );
  else if (sym >= 0 && (upper.length || lower.length || proximal >= 0)) addRegion('symmetric-weakness', sym);
}

const GRADE_CONTEXT = new Set([
  'strength',
  'power',
  'weakness',
  'weak',
  'mrc',
  'flexion',
  'flexors',
  'force',
  'motor',
  'paresis',
  'limitation',
  'muscle',
  'muscles',
]);

/** MRC grades: the region words between the previous grade and this one (else just after it) name the group. */
function grades(doc: Doc, s: DocSentence, strength: ExtractedStrength[]): void {
  const t = s.tokens;
  if (!t.some((x) => GRADE_CONTEXT.has(x.norm))) return;
  const text = doc.text.slice(s.start, s.end);
  GRADE_RE.lastIndex = 0;
  let prevEnd = 0;
  for (let m = GRADE_RE.exec(text); m; m = GRADE_RE.exec(text)) {
    const gStart = s.start + m.index;
    const gEnd = gStart + m[0].length;
    let segA = Math.max(
      0,
      t.findIndex((x) => x.start >= s.start + prevEnd),
    );
    let segB = t.findIndex((x) => x.start >= gStart);
    if (segB < 0) segB = t.length;
    let seg = limbs(s, segA, segB);
    let segTokens = t.slice(segA, segB);
    if (!seg.upper.length && !seg.lower.length && !segTokens.some((x) => x.norm === 'neck')) {
      // "Power was 4/5 in the proximal muscles of the upper limbs": the region follows the grade.
      segA = t.findIndex((x) => x.start >= gEnd);
      if (segA < 0) segA = t.length;
      GRADE_RE.lastIndex = m.index + m[0].length;
      const nextGrade = GRADE_RE.exec(text);
      GRADE_RE.lastIndex = m.index + m[0].length;
      const stop = nextGrade ? t.findIndex((x) => x.start >= s.start + nextGrade.index) : t.length;
      segB = stop < 0 ? t.length : stop;
      seg = limbs(s, segA, segB);
      segTokens = t.slice(segA, segB);
    }
    // Proximal or distal: the nearest of the two words before the first limb word decides (default proximal).
    const firstLimb = Math.min(seg.upper[0] ?? Infinity, seg.lower[0] ?? Infinity);
    let isDistal = false;
    for (let k = Math.min(firstLimb, segB) - 1; k >= segA && Number.isFinite(firstLimb); k--) {
      if (t[k]!.norm === 'proximal') break;
      if (t[k]!.norm === 'distal') {
        isDistal = true;
        break;
      }
    }
    const isNeck = segTokens.some((x) => x.norm === 'neck');
    const side = segTokens.some((x) => x.norm === 'left')
      ? 'left'
      : segTokens.some((x) => x.norm === 'right')
        ? 'right'
        : 'bilateral';
    const groups: ExtractedStrength['group'][] = [];
    if (isNeck) groups.push('neck-flexors');
    if (seg.upper.length) groups.push(isDistal ? 'distal-upper' : 'proximal-upper');
    if (seg.lower.length) groups.push(isDistal ? 'distal-lower' : 'proximal-lower');
    const grade = m[1] !== undefined ? m[1].trim() + m[0].slice(m[1].length).trim() : m[2]!;
    for (const group of groups) {
      const regionTok =
        t[
          (group === 'proximal-lower' || group === 'distal-lower'
            ? seg.lower[0]
            : group === 'neck-flexors'
              ? segTokens.findIndex((x) => x.norm === 'neck') + segA
              : seg.upper[0]) ?? segA
        ] ?? t[0]!;
      strength.push({
        group,
        side,
        grade: grade.replace(/\s+/g, ''),
        evidence: [
          evidence(doc.text, [regionTok, { start: gStart, end: gEnd }], 'weakness', `MRC grade for ${group}`),
        ],
      });
    }
    prevEnd = m.index + m[0].length;
  }
}

/**
 * Extracts findings and strength grades from the case sections.
 * @param doc - the analysed document
 */
export function extractFindings(doc: Doc): { findings: ExtractedFinding[]; strength: ExtractedStrength[] } {
  const out = new FindingSet();
  const strength: ExtractedStrength[] = [];
  for (const s of doc.sentences) {
    if (!isCaseSentence(s)) continue;
    for (const m of s.mentions) {
      if (m.concept.kind !== 'finding' || INTERNAL.has(m.concept.value)) continue;
      const a = mentionStatus(s.assert(m.tokenStart, m.tokenEnd));
      if (!a) continue;
      let status = a.status;
      if (m.concept.attrs?.polarity === 'negative')
        status = status === 'absent' ? 'present' : status === 'present' ? 'absent' : status;
      const stage: Stage = 'findings';
      out.add(
        m.concept.value,
        status,
        evidence(
          doc.text,
          [m],
          stage,
          `${m.concept.attrs?.polarity === 'negative' ? 'negative term; ' : ''}${a.note}`,
        ),
        a.reason,
        m.concept.codes,
      );
    }
    skin(doc, s, out);
    weakness(doc, s, out);
    grades(doc, s, strength);
  }
  return { findings: out.list(), strength };
}
