/**
 * Cancer screening and staging investigations (case model `investigations`, read by the IMACS 2023
 * screening plan): CT of thorax, abdomen and pelvis, PET-CT, mammography, endoscopies, pelvic ultrasound,
 * chest radiograph, cervical screening; with their result.
 *
 * Decisions: a study whose paragraph names a cancer, a malignancy, metastases or a mass (not negated) is
 * `cancer-found` (also for staging of a known cancer: the study shows it); "no pathological findings",
 * "normal", "unremarkable", "no evidence of malignancy" → `normal`; other findings → `abnormal`; an
 * investigation "arranged", "requested", "planned" or awaited → `pending`.
 * @module
 */
import type { Doc, DocSentence } from '../document.js';
import { isCaseSentence } from '../document.js';
import { evidence, type SpanEvidence } from '../evidence.js';
import type { Token } from '../tokenize.js';

/** An extracted investigation (case model InvestigationSchema). */
export interface ExtractedInvestigation {
  id: string;
  kind: string;
  result: 'normal' | 'abnormal' | 'cancer-found' | 'pending' | 'unknown';
  description?: string;
  evidence: SpanEvidence[];
}

const CT = new Set(['ct', 'tomography', 'tac']);
const CHEST = new Set(['chest', 'thorax', 'thoracic', 'thoraco']);
const ABDOMEN = new Set(['abdomen', 'abdominal', 'abdomino']);
const PELVIS = new Set(['pelvis', 'pelvic']);
const SIMPLE: readonly [kind: string, seq: readonly string[]][] = [
  ['pet-ct', ['pet']],
  ['mammography', ['mammography']],
  ['mammography', ['mammogram']],
  ['lower-gi-endoscopy', ['colonoscopy']],
  ['upper-gi-endoscopy', ['gastroscopy']],
  ['upper-gi-endoscopy', ['upper', 'endoscopy']],
  ['upper-gi-endoscopy', ['ogd']],
  ['pelvic-transvaginal-ultrasound', ['transvaginal', 'ultrasound']],
  ['pelvic-transvaginal-ultrasound', ['pelvic', 'ultrasound']],
  ['chest-radiograph', ['chest', 'x', 'ray']],
  ['chest-radiograph', ['chest', 'radiograph']],
  ['chest-radiograph', ['cxr']],
  ['cervical-screening', ['pap', 'smear']],
  ['cervical-screening', ['cervical', 'smear']],
];
/** Whether "pet" at token k is the animal: written in lower case and followed by no scan word. */
function petAnimal(
  text: string,
  toks: readonly { start: number; end: number; norm: string }[],
  k: number,
): boolean {
  const t = toks[k]!;
  if (text.slice(t.start, t.end) !== 'pet') return false;
  const next = toks[k + 1]?.norm ?? '';
  return !['ct', 'scan', '-', '/', 'scanning', 'imaging'].includes(next);
}

/** The first words of {@link SIMPLE}'s phrases. */
const SIMPLE_FIRST: ReadonlySet<string> = new Set(SIMPLE.map(([, seq]) => seq[0]!));
const CANCER_WORDS = new Set([
  'malignancy',
  'malignant',
  'metastases',
  'metastatic',
  'metastasis',
  'mass',
  'carcinoma',
  'cancer',
  'tumor',
  'neoplasm',
  'lymphoma',
  'sarcoma',
  'leiomyosarcoma',
  'adenocarcinoma',
]);
/** Words of a report that found something (neither a cancer nor normal). */
const OTHER_WORDS: ReadonlySet<string> = new Set([
  'showed',
  'revealed',
  'demonstrated',
  'shows',
  'reveals',
  'demonstrates',
  'lesion',
  'nodule',
  'nodules',
  'adenopathy',
  'lymphadenopathy',
  'thickening',
]);
const NORMAL_WORDS = new Set(['normal', 'unremarkable', 'negative']);
/** Words after a cancer word that make it what is searched for ("cancer screening", "malignancy work-up", "tumour markers"). */
const SEARCH_AFTER = new Set([
  'screening',
  'screen',
  'work',
  'workup',
  'search',
  'surveillance',
  'evaluation',
  // "tumour markers": a test, not a tumour
  'marker',
  'markers',
]);
/** Denials that are a study's result, not a study left undone ("mammogram … was negative"). */
const RESULT_DENIALS = new Set(['negative', 'unremarkable', 'normal', 'was negative', 'were negative']);
const PENDING_WORDS = new Set([
  'arranged',
  'requested',
  'planned',
  'scheduled',
  'awaiting',
  'awaited',
  'booked',
  'will',
]);

function findSeq(tokens: readonly Token[], seq: readonly string[]): number {
  for (let i = 0; i + seq.length <= tokens.length; i++) {
    let k = 0;
    while (k < seq.length && tokens[i + k]!.norm === seq[k]) k++;
    if (k === seq.length) return i;
  }
  return -1;
}

/** Index of the first token whose word is in `words`, or -1. */
function firstIn(tokens: readonly Token[], words: ReadonlySet<string>): number {
  for (let i = 0; i < tokens.length; i++) if (words.has(tokens[i]!.norm)) return i;
  return -1;
}

/** The sentences from `s` to the end of its line (a report paragraph). */
function paragraph(doc: Doc, s: DocSentence): DocSentence[] {
  const nl = doc.text.indexOf('\n', s.start);
  const end = nl < 0 ? doc.text.length : nl;
  const out = [s];
  for (
    let i = s.index + 1;
    i < doc.sentences.length && doc.sentences[i]!.start < end && doc.sentences[i]!.section === s.section;
    i++
  )
    out.push(doc.sentences[i]!);
  return out;
}

function resultOf(ss: DocSentence[]): ExtractedInvestigation['result'] {
  let cancer = false;
  let normal = false;
  let other = false;
  for (const s of ss) {
    s.tokens.forEach((t, i) => {
      // "Cancer screening: negative (mammogram, …)" (session 24: read as a cancer found): the cancer a search looks
      // for is its purpose, not its result
      if (CANCER_WORDS.has(t.norm) && SEARCH_AFTER.has(s.tokens[i + 1]?.norm ?? '')) return;
      if (CANCER_WORDS.has(t.norm)) {
        const a = s.assert(i, i + 1);
        if (!(a.negated && !a.resolved)) cancer = true;
        else normal = true;
      } else if (NORMAL_WORDS.has(t.norm) || (t.norm === 'pathological' && s.assert(i, i + 1).negated))
        normal = true;
      else if (OTHER_WORDS.has(t.norm)) other = true;
    });
  }
  if (cancer) return 'cancer-found';
  if (normal) return 'normal';
  return other ? 'abnormal' : 'unknown';
}

/**
 * Extracts screening and staging investigations from the case sections.
 * @param doc - the analysed document
 */
export function extractInvestigations(doc: Doc): ExtractedInvestigation[] {
  const out: ExtractedInvestigation[] = [];
  const seen = new Set<string>();
  for (const s of doc.sentences) {
    if (!isCaseSentence(s)) continue;
    const toks = s.tokens;
    const found: { kind: string; at: number }[] = [];
    // the first CT word and the phrases' first words present, in one pass over the tokens
    let ct = -1;
    let firsts: Set<string> | undefined;
    for (let i = 0; i < toks.length; i++) {
      const w = toks[i]!.norm;
      if (ct < 0 && CT.has(w)) ct = i;
      if (SIMPLE_FIRST.has(w)) (firsts ??= new Set<string>()).add(w);
    }
    if (ct >= 0 && firstIn(toks, CHEST) >= 0 && firstIn(toks, ABDOMEN) >= 0 && firstIn(toks, PELVIS) >= 0)
      found.push({ kind: 'ct-neck-thorax-abdomen-pelvis', at: ct });
    // Most sentences name no investigation: look for the phrases only when one of their first words is there.
    if (firsts) {
      for (const [kind, seq] of SIMPLE) {
        if (!firsts.has(seq[0]!)) continue;
        const at = findSeq(toks, seq);
        // "exposure to pet birds and rodents" (session 25: read as a PET-CT): the animal kept, in lower case
        if (kind === 'pet-ct' && at >= 0 && petAnimal(doc.text, toks, at)) continue;
        if (at >= 0 && !found.some((f) => f.kind === kind)) found.push({ kind, at });
      }
    }
    for (const f of found) {
      const a = s.assert(f.at, f.at + 1);
      if (a.experiencer === 'other') continue;
      const pending = a.temporality === 'hypothetical' || firstIn(toks, PENDING_WORDS) >= 0;
      // "cancer screening with mammogram … was negative": a denial by a word of the result is a normal result
      const resultDenied =
        a.negated &&
        a.triggers
          .filter((x) => x.category === 'negation')
          .every((x) => RESULT_DENIALS.has(x.text.toLowerCase().replace(/\s+/g, ' ')));
      if (a.negated && !a.resolved && !pending && !resultDenied) continue; // "no colonoscopy was done"
      const result = pending ? 'pending' : resultOf(paragraph(doc, s));
      const key = `${f.kind}|${result}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const tok = s.tokens[f.at]!;
      out.push({
        id: `inv-${out.length + 1}`,
        kind: f.kind,
        result,
        description: doc.quote(s.start, s.end).slice(0, 300),
        evidence: [
          evidence(doc.text, [tok], 'investigations', {
            code: 'investigation-result',
            params: { kind: f.kind, result },
          }),
        ],
      });
    }
  }
  return out;
}
