/**
 * Treatments: drug or procedure, class, dose with UCUM unit, schedule, route, cycles ("12 cycles of
 * carboplatin AUC6 plus paclitaxel 80 mg/m2"), carboplatin target AUC, dose reductions; and the response
 * of the myositis to treatment. Planned treatments ("awaiting surgery") are not treatments given.
 * @module
 */
import { readCount } from '../numbers.js';
import type { Doc } from '../document.js';
import { isCaseSentence } from '../document.js';
import { addEvidence, evidence, type SpanEvidence } from '../evidence.js';
import { DOSE_UNIT_TO_UCUM } from './units.js';
import { own } from '../../core/lookup.js';

/** An extracted treatment (case model TreatmentSchema). */
export interface ExtractedTreatment {
  id: string;
  drug: string;
  class?: string;
  indication?: 'myositis' | 'cancer' | 'other';
  dose?: { value: number; unit: string };
  targetAuc?: number;
  schedule?: string;
  route?: string;
  cycles?: number;
  doseReductionPercent?: number;
  evidence: SpanEvidence[];
}

const DOSE_RE =
  /(\d{1,5}(?:\.\d{1,3})?)[ \t\u00a0\u2009\u202f]{0,2}(mg\/m2|mg\/m²|mg\/kg\/d(?:ay)?|mg\/kg|g\/kg|g\/m2|mg\/d(?:ay)?|mg|g|mcg|µg|ug)(?![\w/])/i;
const AUC_RE = /\bAUC[ \t\u00a0\u2009\u202f]{0,2}=?[ \t\u00a0\u2009\u202f]{0,2}(\d{1,2}(?:\.\d)?)/i;
const SCHEDULE_RE =
  /\b(per day|a day|once daily|twice daily|daily|every (?:\d{1,2}|one|two|three|four) weeks?|weekly|per week|once a week|q[1-4]w|monthly|bid|tid|qd)\b|\/day\b/i;
const CYCLES_RE =
  /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t\u00a0\u2009\u202f]{1,2}cycles?[ \t\u00a0\u2009\u202f]{1,2}of\b/gi;
const REDUCTION_RE =
  /(\d{1,3})[ \t\u00a0\u2009\u202f]?%[ \t\u00a0\u2009\u202f]{0,2}dose[ \t\u00a0\u2009\u202f]{1,2}reduction/i;
/** What a myositis response is about ("improvement of the weakness"). */
const RESPONSE_OF = new Set([
  'weakness',
  'rash',
  'symptoms',
  'dermatomyositis',
  'strength',
  'myositis',
  'ck',
]);
const MYOSITIS_CLASSES = new Set(['glucocorticoid', 'immunosuppressant', 'ivig', 'biologic']);
const CANCER_CLASSES = new Set([
  'chemotherapy',
  'targeted-therapy',
  'immunotherapy',
  'hormone-therapy',
  'radiotherapy',
]);

/**
 * Words right after a drug that say it was not given ("was declined", "was not started", "was withheld"), or only
 * considered ("was considered", "may be considered").
 */
const NOT_GIVEN_AFTER_RE =
  /^[^.;,]{0,25}?\b(?:(?:was|were)\s+(?:declined|refused|withheld|deferred|considered|suggested|proposed|not\s+(?:started|given|begun|initiated|administered|commenced))|(?:may|might|could|should)\s+be\s+(?:considered|given|used|tried|added|started))\b/i;
/**
 * Words right before a drug that say it was not given ("never received", "declined", "did not receive"), or only
 * recommended ("we suggest the use of", "recommend starting").
 */
const NOT_GIVEN_BEFORE_RE =
  /\b(?:never\s+(?:received|been\s+given|been\s+treated\s+with|took|taken)|declined|refused|did\s+not\s+(?:receive|take|get)|was\s+not\s+(?:given|started\s+on|treated\s+with)|(?:we\s+)?(?:suggest|recommend|consider)(?:ed|s)?\s+(?:the\s+use\s+of|starting|adding|treatment\s+with))\s+(?:any\s+|the\s+|a\s+)?$/i;

/** Whether a drug mention says the drug was not given (see {@link NOT_GIVEN_AFTER_RE}, {@link NOT_GIVEN_BEFORE_RE}). */
function notGiven(text: string, start: number, end: number, m: { start: number; end: number }): boolean {
  return (
    NOT_GIVEN_AFTER_RE.test(text.slice(m.end, end)) ||
    NOT_GIVEN_BEFORE_RE.test(text.slice(Math.max(start, m.start - 40), m.start))
  );
}

/**
 * Extracts treatments and the myositis treatment response.
 * @param doc - the analysed document
 */
export function extractTreatments(doc: Doc): {
  treatments: ExtractedTreatment[];
  treatmentResponse?: { value: 'improved' | 'not-improved'; evidence: SpanEvidence[] };
} {
  const byDrug = new Map<string, ExtractedTreatment>();
  let last: ExtractedTreatment | undefined;
  let response: { value: 'improved' | 'not-improved'; evidence: SpanEvidence[] } | undefined;
  for (const s of doc.sentences) {
    if (!isCaseSentence(s)) continue;
    const text = doc.text.slice(s.start, s.end);
    const drugs = s.mentions.filter((m) => m.concept.kind === 'drug');
    // "N cycles of A and B followed by M cycles of C": cycles by position.
    const cycleMarks: { at: number; n: number }[] = [];
    CYCLES_RE.lastIndex = 0;
    if (drugs.length > 0)
      for (let c = CYCLES_RE.exec(text); c; c = CYCLES_RE.exec(text))
        cycleMarks.push({ at: s.start + c.index, n: readCount(c[1]!)?.value ?? Number(c[1]) });
    const inSentence: ExtractedTreatment[] = [];
    drugs.forEach((m, di) => {
      const a = s.assert(m.tokenStart, m.tokenEnd);
      if (a.experiencer === 'other' || a.temporality === 'hypothetical' || (a.negated && !a.resolved)) return;
      // "Methotrexate was considered but not started", "IVIG may be considered", "rituximab was declined", "she had
      // never received rituximab" (session 20: each recorded as a treatment she had): a drug considered, declined or
      // never given is not one
      // (not ConText's uncertainty as such: "was suspected to have PM and was treated with methylprednisolone" hedges
      // the diagnosis, not the drug)
      if (notGiven(doc.text, s.start, s.end, m)) return;
      const cls = m.concept.attrs?.class ?? 'other';
      const prev = s.tokens.slice(Math.max(0, m.tokenStart - 2), m.tokenStart).map((t) => t.norm);
      const route = prev.includes('topical')
        ? 'topical'
        : prev.includes('intravenous') || prev.includes('iv')
          ? 'intravenous'
          : prev.includes('oral')
            ? 'oral'
            : undefined;
      const t: ExtractedTreatment = byDrug.get(m.concept.value) ?? {
        id: `tx-${m.concept.value.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`,
        drug: m.concept.value,
        class: route === 'topical' ? 'topical' : cls,
        evidence: [],
      };
      if (!byDrug.has(m.concept.value)) {
        const ind = MYOSITIS_CLASSES.has(t.class!)
          ? 'myositis'
          : CANCER_CLASSES.has(t.class!)
            ? 'cancer'
            : undefined;
        if (ind) t.indication = ind;
        byDrug.set(m.concept.value, t);
      }
      if (route && !t.route) t.route = route;
      // Dose and schedule: in the text after the drug, up to the next drug.
      const nextStart = drugs[di + 1]?.start ?? s.end;
      const win = doc.text.slice(m.end, Math.min(nextStart, m.end + 80));
      const d = DOSE_RE.exec(win);
      const spans: { start: number; end: number }[] = [m];
      if (d && !t.dose) {
        const unit = own(DOSE_UNIT_TO_UCUM, d[2]!.toLowerCase());
        if (unit) {
          t.dose = { value: Number(d[1]), unit };
          spans.push({ start: m.end + d.index, end: m.end + d.index + d[0].length });
        }
      }
      const auc = AUC_RE.exec(win);
      if (auc && t.targetAuc === undefined) {
        t.targetAuc = Number(auc[1]);
        spans.push({ start: m.end + auc.index, end: m.end + auc.index + auc[0].length });
      }
      const sch = SCHEDULE_RE.exec(win);
      if (sch && !t.schedule && (d || t.dose)) {
        t.schedule =
          sch[0].toLowerCase() === 'per day' || sch[0].toLowerCase() === 'a day' || sch[0] === '/day'
            ? 'daily'
            : sch[0].toLowerCase();
        spans.push({ start: m.end + sch.index, end: m.end + sch.index + sch[0].length });
      }
      const mark = cycleMarks.filter((c) => c.at < m.start).pop();
      if (
        mark &&
        t.cycles === undefined &&
        !/followed by/i.test(doc.text.slice(mark.at, m.start).replace(/^[^]*?cycles?\s+of/i, ''))
      )
        t.cycles = mark.n;
      // (keys assigned in order: a literal of conditional spreads is slow in Node 20's V8)
      const params: Record<string, string | number> = {};
      if (t.class) params.class = t.class;
      if (t.dose) {
        params.dose = t.dose.value;
        params.unit = t.dose.unit;
      }
      if (t.cycles) params.cycles = t.cycles;
      addEvidence(t.evidence, evidence(doc.text, spans, 'treatments', { code: 'treatment', params }));
      inSentence.push(t);
      last = t;
    });
    const red = text.includes('%') ? REDUCTION_RE.exec(text) : null;
    if (red) {
      const targets = inSentence.length ? inSentence : last ? [last] : [];
      for (const t of targets) {
        if (t.doseReductionPercent === undefined && (t.class === 'chemotherapy' || targets.length === 1)) {
          t.doseReductionPercent = Number(red[1]);
          addEvidence(
            t.evidence,
            evidence(
              doc.text,
              [{ start: s.start + red.index, end: s.start + red.index + red[0].length }],
              'treatments',
              'dose-reduction',
            ),
          );
        }
      }
    }
    // Myositis response: improvement of weakness, rash or symptoms.
    if (!response) {
      const toks = s.tokens;
      const imp = toks.findIndex(
        (t) =>
          t.norm === 'improvement' ||
          t.norm === 'improved' ||
          t.norm === 'improving' ||
          t.norm === 'resolution',
      );
      if (imp >= 0 && toks.some((t) => RESPONSE_OF.has(t.norm))) {
        const a = s.assert(imp, imp + 1);
        const before = toks[imp - 1]?.norm;
        const no = before === 'no' || before === 'without' || (a.negated && !a.resolved);
        if (a.experiencer === 'patient' && a.temporality !== 'hypothetical')
          response = {
            value: no ? 'not-improved' : 'improved',
            evidence: [evidence(doc.text, [s.tokens[imp]!], 'treatments', 'myositis-response')],
          };
      }
    }
  }
  let treatments = [...byDrug.values()];
  // The generic "corticosteroids" is dropped when a named glucocorticoid is recorded.
  if (treatments.some((t) => t.class === 'glucocorticoid' && t.drug !== 'corticosteroids'))
    treatments = treatments.filter((t) => t.drug !== 'corticosteroids');
  const hasMyositisTx = treatments.some((t) => t.indication === 'myositis');
  return { treatments, ...(response && hasMyositisTx ? { treatmentResponse: response } : {}) };
}
