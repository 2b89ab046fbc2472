/**
 * Cancers (histology, site, grade, receptor status, TNM stage, extent, timing) and tumour response
 * assessments (RECIST 1.1 categories and prose such as "major partial response").
 *
 * Decisions: mentions of the same histology family merge into one cancer ("ductal carcinoma" and
 * "infiltrating ductal carcinoma"); generic words ("cancer", "tumour") create a cancer only with a
 * site ("breast cancer") and otherwise only add details to an existing one; "recently diagnosed" is
 * recorded as about one month before presentation, flagged approximate.
 * @module
 */
import { COUNT_PATTERN, readCount, VAGUE_COUNTS } from '../numbers.js';
import type { Doc, DocSentence, Mention } from '../document.js';
import { isCaseSentence } from '../document.js';
import { evidence, type SpanEvidence } from '../evidence.js';

/** An extracted cancer (case model CancerSchema). */
export interface ExtractedCancer {
  id: string;
  histology?: string;
  site?: string;
  primaryUnknown?: boolean;
  grade?: string;
  receptors?: Record<string, string>;
  stage?: {
    tnm?: string;
    extent?: 'in-situ' | 'localised' | 'locally-advanced' | 'metastatic' | 'unknown';
    text?: string;
  };
  diagnosisDate?: {
    relativeTo: string;
    offset: number;
    unit: 'day' | 'week' | 'month' | 'year';
    approximate?: boolean;
  };
  status?: 'active' | 'remission' | 'progression' | 'unknown';
  evidence: SpanEvidence[];
}

/** A tumour response assessment. */
export interface ExtractedResponse {
  category: 'complete-response' | 'partial-response' | 'stable-disease' | 'progressive-disease';
  /** RECIST code: CR, PR, SD, PD. */
  recist: 'CR' | 'PR' | 'SD' | 'PD';
  criteria?: string;
  qualifier?: string;
  evidence: SpanEvidence[];
}

const RECIST = {
  'complete-response': 'CR',
  'partial-response': 'PR',
  'stable-disease': 'SD',
  'progressive-disease': 'PD',
} as const;

const GRADE_RE =
  /\b(?:(?:nuclear|histologic(?:al)?|fnclcc|tumou?r|histological)[ \t\u00a0\u2009\u202f]{1,2})?grade[ \t\u00a0\u2009\u202f]{0,2}(?:of[ \t\u00a0\u2009\u202f]{1,2})?([1-4]|I{1,3}|IV)\b|\bG([1-4])\b/i;
const TNM_RE =
  /\b([cpyra]{0,2}T(?:[0-4][a-d]?|is|x)[ \t\u00a0\u2009\u202f]?N(?:[0-3][a-c]?|x)[ \t\u00a0\u2009\u202f]?M(?:[01][a-d]?|x))\b/;
const RECEPTOR_RE =
  /\b(ER|PR|PgR|HER2|HER-2|ERBB2|estrogen receptors?|oestrogen receptors?|progesterone receptors?|hormone receptors?)[ \t\u00a0\u2009\u202f-]{0,2}(positive|negative|\+|-)/gi;
const KI67_RE =
  /(?:Ki[ -]?67|proliferation index|proliferative index)[ \t\u00a0\u2009\u202f]{0,3}(?:of|:|=)?[ \t\u00a0\u2009\u202f]{0,2}(\d{1,3}(?:\.\d)?)[ \t\u00a0\u2009\u202f]?%/i;

function family(h: string): string {
  if (h === 'carcinosarcoma') return h;
  if (h.endsWith('sarcoma')) return 'sarcoma';
  if (h.includes('carcinoma') || h.includes('cancer')) return 'carcinoma';
  return h;
}
const GENERIC_IN_FAMILY = new Set(['carcinoma', 'soft tissue sarcoma', 'cancer']);

function receptorKey(raw: string): string {
  const k = raw.toLowerCase();
  if (k.startsWith('her') || k === 'erbb2') return 'HER2';
  if (k.startsWith('pr') || k.startsWith('progesterone') || k === 'pgr') return 'PR';
  if (k.startsWith('hormone')) return 'hormone receptors';
  return 'ER';
}

function details(doc: Doc, s: DocSentence, c: ExtractedCancer, m: Mention): void {
  const text = doc.text.slice(s.start, s.end);
  const g = GRADE_RE.exec(text);
  if (g && !c.grade) c.grade = g[1] ?? g[2];
  const tnm = TNM_RE.exec(text);
  if (tnm && !c.stage?.tnm) c.stage = { ...c.stage, tnm: tnm[1]!.replace(/\s+/g, '') };
  const norms = s.tokens.map((t) => t.norm);
  const near = s.tokens.slice(Math.max(0, m.tokenStart - 4), m.tokenEnd + 4).map((t) => t.norm);
  let extent: NonNullable<ExtractedCancer['stage']>['extent'];
  if (norms.some((n, i) => n === 'locally' && norms[i + 1] === 'advanced')) extent = 'locally-advanced';
  else if (near.includes('metastatic') || near.includes('metastasized') || near.includes('disseminated'))
    extent = 'metastatic';
  else if (norms.some((n, i) => n === 'in' && norms[i + 1] === 'situ')) extent = 'in-situ';
  else if (near.includes('localized') || near.includes('early')) extent = 'localised';
  if (extent && !c.stage?.extent) c.stage = { ...c.stage, extent };
  RECEPTOR_RE.lastIndex = 0;
  for (let r = RECEPTOR_RE.exec(text); r; r = RECEPTOR_RE.exec(text)) {
    c.receptors ??= {};
    const v = r[2] === '+' ? 'positive' : r[2] === '-' ? 'negative' : r[2]!.toLowerCase();
    c.receptors[receptorKey(r[1]!)] ??= v;
  }
  if (norms.some((n, i) => n === 'triple' && norms[i + 1] === 'negative')) {
    c.receptors ??= {};
    for (const k of ['ER', 'PR', 'HER2']) c.receptors[k] ??= 'negative';
  }
  const ki = KI67_RE.exec(text);
  if (ki) {
    c.receptors ??= {};
    c.receptors['Ki-67'] ??= `${ki[1]}%`;
  }
  if (
    norms.some(
      (n, i) =>
        (n === 'unknown' && norms[i + 1] === 'primary') ||
        (n === 'no' && norms[i + 1] === 'clear' && norms[i + 2] === 'primary') ||
        (n === 'primary' && norms[i + 1] === 'unknown'),
    )
  )
    c.primaryUnknown = true;
  if (!c.diagnosisDate && norms.some((n, i) => n === 'recently' && norms[i + 1] === 'diagnosed'))
    c.diagnosisDate = { relativeTo: 'presentation', offset: -1, unit: 'month', approximate: true };
  if (!c.site) {
    const site = s.mentions.find(
      (x) => x.concept.kind === 'site' && Math.abs(x.tokenStart - m.tokenStart) <= 6 && x !== m,
    );
    if (site) {
      const side = s.tokens[site.tokenStart - 1]?.norm;
      c.site = `${side === 'left' || side === 'right' ? `${side} ` : ''}${site.concept.value}`;
      c.evidence.push(evidence(doc.text, [site], 'oncology', 'primary site'));
    }
  }
}

/**
 * Extracts cancers and response assessments from the case sections.
 * @param doc - the analysed document
 */
export function extractOncology(doc: Doc): { cancers: ExtractedCancer[]; responses: ExtractedResponse[] } {
  const cancers: ExtractedCancer[] = [];
  const responses: ExtractedResponse[] = [];
  let lastCancer: ExtractedCancer | undefined;
  for (const s of doc.sentences) {
    if (!isCaseSentence(s)) continue;
    // "extensive metastatic disease, with no clear primary site": details of the cancer being described.
    if (lastCancer && !s.mentions.some((m) => m.concept.kind === 'histology')) {
      const i = s.tokens.findIndex(
        (t, k) => (t.norm === 'metastatic' && s.tokens[k + 1]?.norm === 'disease') || t.norm === 'metastases',
      );
      if (i >= 0) {
        const a = s.assert(i, i + 1);
        if (!a.negated && !a.uncertain && a.experiencer === 'patient' && a.temporality !== 'hypothetical') {
          lastCancer.stage = { ...lastCancer.stage, extent: 'metastatic' };
          lastCancer.evidence.push(evidence(doc.text, [s.tokens[i]!], 'oncology', 'metastatic disease'));
        }
      }
      const norms = s.tokens.map((t) => t.norm);
      if (
        norms.some(
          (n, k) =>
            (n === 'unknown' && norms[k + 1] === 'primary') ||
            (n === 'no' && norms[k + 2] === 'primary') ||
            (n === 'primary' && norms[k + 1] === 'unknown'),
        )
      )
        lastCancer.primaryUnknown = true;
    }
    for (const m of s.mentions) {
      if (m.concept.kind === 'histology') {
        const a = s.assert(m.tokenStart, m.tokenEnd);
        if (a.experiencer === 'other' || a.temporality === 'hypothetical' || (a.negated && !a.resolved))
          continue;
        const h = m.concept.value;
        const generic = m.concept.attrs?.generic === 'true';
        const hasSite = s.mentions.some(
          (x) => x.concept.kind === 'site' && Math.abs(x.tokenStart - m.tokenStart) <= 3,
        );
        let c = cancers.find(
          (x) =>
            x.histology &&
            (x.histology === h ||
              (family(x.histology) === family(h) &&
                (GENERIC_IN_FAMILY.has(h) || GENERIC_IN_FAMILY.has(x.histology)))),
        );
        // A hedged mention ("likely paraneoplastic … leiomyosarcoma") may add details, never create a cancer.
        if (!c && a.uncertain) {
          if (lastCancer && family(lastCancer.histology ?? '') === family(h)) details(doc, s, lastCancer, m);
          continue;
        }
        if (!c && generic) {
          if (!hasSite || cancers.length) {
            if (lastCancer) details(doc, s, lastCancer, m);
            continue;
          }
        }
        if (!c) {
          c = { id: `cancer-${cancers.length + 1}`, histology: h, evidence: [] };
          cancers.push(c);
        } else if (c.histology && GENERIC_IN_FAMILY.has(c.histology) && !GENERIC_IN_FAMILY.has(h))
          c.histology = h;
        c.evidence.push(
          evidence(
            doc.text,
            [m],
            'oncology',
            `histology "${h}"${m.concept.codes?.snomed ? `; SNOMED CT ${m.concept.codes.snomed}` : ''}`,
          ),
        );
        details(doc, s, c, m);
        lastCancer = c;
      } else if (m.concept.kind === 'response') {
        const a = s.assert(m.tokenStart, m.tokenEnd);
        if (a.experiencer === 'other' || a.temporality === 'hypothetical' || (a.negated && !a.resolved))
          continue;
        const cat = m.concept.value as ExtractedResponse['category'];
        if (
          cat === 'progressive-disease' &&
          m.tokenEnd - m.tokenStart === 1 &&
          !s.tokens.some((t) =>
            [
              'disease',
              'tumor',
              'metastatic',
              'ct',
              'imaging',
              'multifocal',
              'leiomyosarcoma',
              'cancer',
              'recist',
            ].includes(t.norm),
          )
        )
          continue;
        const norms = s.tokens.map((t) => t.norm);
        const recistAt = norms.indexOf('recist');
        const criteria = recistAt >= 0 ? `RECIST${norms[recistAt + 1] === '1.1' ? ' 1.1' : ''}` : undefined;
        const written = doc.text.slice(m.start, m.end);
        const qualifier = /major|minor|overall|near/i.exec(written)?.[0]?.toLowerCase();
        responses.push({
          category: cat,
          recist: RECIST[cat],
          ...(criteria ? { criteria } : {}),
          ...(qualifier ? { qualifier } : {}),
          evidence: [evidence(doc.text, [m], 'oncology', `tumour response ${RECIST[cat]}`)],
        });
        if (lastCancer)
          lastCancer.status =
            cat === 'progressive-disease'
              ? 'progression'
              : cat === 'complete-response'
                ? 'remission'
                : 'active';
      }
    }
  }
  datePatientCancersFromDiscussion(doc, cancers);
  return { cancers, responses };
}

/** A discussion sentence that speaks of this patient, not of a cited case. */
const SELF_REFERENCE =
  /\b(?:in (?:this|our|the present) (?:case|patient)|our (?:case|patient)|this patient)\b/i;
/** "<A> preceded <B> by N months"; counts per the timing extractor, but "several" read as about 5 (3–7). */
const PRECEDED_BY = new RegExp(
  String.raw`\bpreceded\b[^.;]{0,120}?\bby ${COUNT_PATTERN} (day|week|month|year)s?\b`,
  'i',
);
const MYOSITIS_WORD = /\b(?:dermatomyositis|myositis|DM)\b/;

/**
 * Dates an already-extracted cancer from a discussion sentence that explicitly speaks of this patient
 * ("In this case the diagnosis of leiomyosarcoma preceded the dermatomyositis diagnosis by several months").
 * Cited cases in a discussion are never used: the sentence must refer to this patient, and it can only date a
 * cancer found in the case sections (same histology family), never create one. The offset is approximate.
 */
function datePatientCancersFromDiscussion(doc: Doc, cancers: ExtractedCancer[]): void {
  for (const s of doc.sentences) {
    if (s.section.role !== 'literature') continue;
    const text = doc.text.slice(s.start, s.end);
    if (!SELF_REFERENCE.test(text)) continue;
    const m = PRECEDED_BY.exec(text);
    if (!m) continue;
    const precededAt = s.start + m.index;
    for (const mention of s.mentions) {
      if (mention.concept.kind !== 'histology') continue;
      const target = cancers.find(
        (c) => c.histology !== undefined && family(c.histology) === family(mention.concept.value),
      );
      if (!target || target.diagnosisDate) continue;
      const cancerFirst = mention.start < precededAt;
      const other = cancerFirst ? doc.text.slice(precededAt, s.end) : doc.text.slice(s.start, precededAt);
      if (!MYOSITIS_WORD.test(other)) continue;
      const count = readCount(m[1]!, { ...VAGUE_COUNTS, several: 5 }) ?? { value: 1, approximate: true };
      target.diagnosisDate = {
        relativeTo: 'diagnosis',
        offset: cancerFirst ? -count.value : count.value,
        unit: m[2]!.toLowerCase() as 'day' | 'week' | 'month' | 'year',
        approximate: count.approximate,
      };
      target.evidence.push(
        evidence(
          doc.text,
          [{ start: s.start, end: s.end }],
          'oncology',
          'timing stated about this patient in the discussion',
        ),
      );
      break;
    }
  }
}
