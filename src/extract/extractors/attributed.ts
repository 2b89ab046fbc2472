/**
 * Facts that are not the patient's, kept visibly (extraction-conventions.md, "Whose finding is it?"):
 * findings, labs, antibodies and cancers named in sentences about the disease in general, a cohort or a cited
 * case, and mentions whose experiencer is a relative. They never enter the case; the clinician sees them
 * with their attribution and can overrule it.
 * @module
 */
import type { AttributionReason, Subject } from '../attribution.js';
import type { Doc } from '../document.js';
import { addEvidence, evidence, type SpanEvidence } from '../evidence.js';
import { INTERNAL_FINDINGS } from './findings.js';

/** A fact attributed to someone other than the patient. */
export interface AttributedFact {
  /** Whose fact it is. */
  subject: Exclude<Subject, 'patient' | 'meta'>;
  /** Why (the sentence's attribution reason, or `experiencer` for a relative inside a patient sentence). */
  reason: AttributionReason | 'experiencer';
  kind: 'finding' | 'lab' | 'antibody' | 'cancer';
  /** Finding id, canonical analyte, antibody target or histology. */
  value: string;
  evidence: SpanEvidence[];
}

const KIND: Readonly<Record<string, AttributedFact['kind']>> = {
  finding: 'finding',
  lab: 'lab',
  antibody: 'antibody',
  histology: 'cancer',
};

/**
 * Collects the facts of the document that are not the patient's, one entry per subject, kind and value
 * (evidence merged).
 * @param doc - the analysed document
 */
export function extractAttributed(doc: Doc): AttributedFact[] {
  const byKey = new Map<string, AttributedFact>();
  const add = (
    subject: AttributedFact['subject'],
    reason: AttributedFact['reason'],
    kind: AttributedFact['kind'],
    value: string,
    ev: SpanEvidence,
  ) => {
    const key = `${subject}|${kind}|${value}`;
    const cur = byKey.get(key);
    if (cur) addEvidence(cur.evidence, ev);
    else byKey.set(key, { subject, reason, kind, value, evidence: [ev] });
  };
  for (const s of doc.sentences) {
    const a = s.attribution;
    if (a.subject === 'meta') continue;
    for (const m of s.mentions) {
      const kind = KIND[m.concept.kind];
      if (!kind || (kind === 'finding' && INTERNAL_FINDINGS.has(m.concept.value))) continue;
      if (a.subject !== 'patient') {
        const spans = a.cue ? [m, a.cue] : [m];
        add(a.subject, a.reason, kind, m.concept.value, evidence(doc.text, spans, 'attribution', a.subject));
        continue;
      }
      // a relative's fact in a patient sentence needs an experiencer trigger ("her mother had …")
      if (!s.hasTrigger('experiencer')) continue;
      const ctx = s.assert(m.tokenStart, m.tokenEnd);
      if (ctx.experiencer !== 'other') continue;
      const trigger = ctx.triggers.find((t) => t.category === 'experiencer');
      add(
        'relative',
        'experiencer',
        kind,
        m.concept.value,
        evidence(doc.text, trigger ? [m, trigger] : [m], 'attribution', 'relative'),
      );
    }
  }
  return [...byKey.values()];
}
