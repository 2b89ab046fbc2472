/**
 * Age and sex of the patient: the first "N-year-old" (or "aged N") in the case sections that is not
 * about a relative; sex from the noun beside the age, else from pronouns when one sex clearly dominates.
 * @module
 */
import type { Doc } from '../document.js';
import { isCaseSentence } from '../document.js';
import { evidence, type SpanEvidence } from '../evidence.js';

const AGE_RE =
  /\b(\d{1,3})[ \t\u00a0\u2009\u202f-]{0,2}(?:years?|yrs?|yr)[ \t\u00a0\u2009\u202f-]{0,2}old\b|\baged[ \t\u00a0\u2009\u202f]{1,2}(\d{1,3})\b|\b(\d{1,3})[ \t\u00a0\u2009\u202f-]?(?:y\/o|yo|y\.o\.)(?!\w)|\bage[ \t\u00a0\u2009\u202f]{1,2}(?:of[ \t\u00a0\u2009\u202f]{1,2})?(\d{1,3})\b/gi;
const FEMALE = new Set(['woman', 'female', 'lady', 'girl', 'she', 'her', 'hers', 'herself', 'mrs', 'ms']);
const MALE = new Set(['man', 'male', 'gentleman', 'boy', 'he', 'him', 'his', 'himself', 'mr']);
const NOUNS = new Set(['woman', 'female', 'lady', 'girl', 'man', 'male', 'gentleman', 'boy']);

/** Extracted demographics. */
export interface ExtractedPatient {
  age?: number;
  sex: 'female' | 'male' | 'unknown';
  smoking?: 'current' | 'former' | 'never';
  familyHistoryOfCancer?: 'yes' | 'no';
  evidence: SpanEvidence[];
}

const SMOKING_RE =
  /\b(never[ \t\u00a0-]{0,2}smok(?:ed|er)|non[ \t\u00a0-]?smoker|does not smoke|did not smoke|ex[ \t\u00a0-]?smoker|former smoker|quit smoking|stopped smoking|current smoker|active smoker|smokes|smoker|pack[ \t\u00a0-]?years?)\b/i;

function smokingStatus(m: string): 'current' | 'former' | 'never' {
  const k = m.toLowerCase();
  if (/never|non|not smoke/.test(k)) return 'never';
  if (/ex|former|quit|stopped/.test(k)) return 'former';
  return 'current';
}

/**
 * Extracts age and sex.
 * @param doc - the analysed document
 */
export function extractPatient(doc: Doc): ExtractedPatient {
  const out: ExtractedPatient = { sex: 'unknown', evidence: [] };
  for (const s of doc.sentences) {
    if (!isCaseSentence(s) || out.age !== undefined) continue;
    const text = doc.text.slice(s.start, s.end);
    AGE_RE.lastIndex = 0;
    for (let m = AGE_RE.exec(text); m; m = AGE_RE.exec(text)) {
      const age = Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
      const start = s.start + m.index;
      const end = start + m[0].length;
      const ti = s.tokens.findIndex((t) => t.start >= start);
      if (ti < 0 || age > 120) continue;
      const a = s.assert(ti, ti + 1);
      if (a.experiencer === 'other') continue;
      out.age = age;
      out.evidence.push(evidence(doc.text, [{ start, end }], 'patient', 'age'));
      const near = s.tokens.slice(ti, ti + 10).find((t) => NOUNS.has(t.norm));
      if (near) {
        out.sex = FEMALE.has(near.norm) ? 'female' : 'male';
        out.evidence.push(evidence(doc.text, [near], 'patient', 'sex from the noun beside the age'));
      }
      break;
    }
  }
  // Smoking and family history of cancer. A family-history statement is read in the patient's sentences,
  // family sections, and sentences that are general only for want of a patient cue ("There is no family
  // history of malignancy" in a discussion); never in definitions, cohorts or cited cases.
  for (const s of doc.sentences) {
    const who = s.attribution;
    const familyOk =
      who.subject === 'patient' ||
      who.subject === 'relative' ||
      (who.subject === 'general' && (who.reason === 'literature-section' || who.reason === 'no-patient-cue'));
    if (!familyOk) continue;
    const text = doc.text.slice(s.start, s.end);
    if (!out.smoking && who.subject === 'patient') {
      const m = SMOKING_RE.exec(text);
      if (m && !/pack/i.test(m[1]!)) {
        const ti = s.tokens.findIndex((t) => t.start >= s.start + m.index);
        const a = ti >= 0 ? s.assert(ti, ti + 1) : undefined;
        if (a && a.experiencer === 'patient') {
          out.smoking = smokingStatus(m[1]!);
          out.evidence.push(
            evidence(
              doc.text,
              [{ start: s.start + m.index, end: s.start + m.index + m[0].length }],
              'patient',
              `smoking: ${out.smoking}`,
            ),
          );
        }
      }
    }
    if (out.familyHistoryOfCancer !== 'yes') {
      for (const m of s.mentions) {
        if (m.concept.kind !== 'histology') continue;
        const a = s.assert(m.tokenStart, m.tokenEnd);
        if (a.experiencer !== 'other' && who.subject !== 'relative') continue;
        if (a.temporality === 'hypothetical') continue;
        out.familyHistoryOfCancer = a.negated && !a.resolved ? 'no' : 'yes';
        out.evidence.push(
          evidence(doc.text, [m], 'patient', `family history of cancer: ${out.familyHistoryOfCancer}`),
        );
        if (out.familyHistoryOfCancer === 'yes') break;
      }
    }
  }
  if (out.sex === 'unknown') {
    let f = 0;
    let m = 0;
    let firstF: { start: number; end: number } | undefined;
    let firstM: { start: number; end: number } | undefined;
    for (const s of doc.sentences) {
      if (!isCaseSentence(s)) continue;
      for (const t of s.tokens) {
        if (FEMALE.has(t.norm)) {
          f++;
          firstF ??= t;
        } else if (MALE.has(t.norm)) {
          m++;
          firstM ??= t;
        }
      }
    }
    if (f >= 3 && f >= 3 * m && firstF) {
      out.sex = 'female';
      out.evidence.push(
        evidence(doc.text, [firstF], 'patient', `sex from pronouns (${f} female, ${m} male)`),
      );
    } else if (m >= 3 && m >= 3 * f && firstM) {
      out.sex = 'male';
      out.evidence.push(
        evidence(doc.text, [firstM], 'patient', `sex from pronouns (${m} male, ${f} female)`),
      );
    }
  }
  return out;
}
