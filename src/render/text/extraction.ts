/**
 * Wording for narrative extraction: warnings and the readable summary of `heliotrope extract`.
 * @module
 */
import type { ExtractionResult, ExtractionWarning } from '../../extract/extract.js';
import type { AttributedFact } from '../../extract/extractors/attributed.js';
import type { EvidenceNoteParams } from '../../extract/notes.js';
import { evidenceNoteWords } from '../wording/notes.js';

/** Whose fact it is, in words. */
export const SUBJECT_TEXT: Readonly<Record<AttributedFact['subject'], string>> = {
  general: 'the disease in general',
  cohort: 'a cohort or other patients',
  'other-patient': 'a case cited from the literature',
  relative: 'a relative',
};

/** Why a sentence was attributed as it was, in words. */
export const ATTRIBUTION_REASON_TEXT: Readonly<Record<AttributedFact['reason'], string>> = {
  title: 'the title of the report',
  'meta-line': 'authors, affiliations or citation',
  'self-reference': 'the text refers to this patient',
  'patient-cue': 'a person, pronoun or age',
  'case-section': 'a case section',
  narrative: 'the case narrative',
  'family-section': 'a family-history section',
  'relative-continued': 'a sentence that goes on about the relative named before it',
  definition: 'a definition or established knowledge',
  generalisation: 'a general statement',
  lesson: 'the lesson drawn from the case',
  'cohort-figure': 'a figure about a group of patients',
  'cited-case': 'a case from the literature',
  'literature-section': 'an introduction or discussion',
  'introduction-case': 'the case, told on in the introduction',
  'answer-option': 'an option of a quiz question',
  'no-patient-cue': 'nothing ties it to the patient',
  experiencer: 'a relative is named',
};

const UNPLACED_TEXT: Readonly<Record<NonNullable<ExtractionWarning['kind']>, string>> = {
  'unknown-antibody': 'an antibody the lexicon does not know',
  'unknown-analyte': 'a laboratory value without an analyte the lexicon knows',
  'unparsed-number': 'a number that could not be read',
  'unknown-unit': 'a unit that could not be read',
  'ambiguous-number': 'a number that can be read two ways',
  'other-specimen':
    'a level measured in a body fluid other than blood (pleural, ascitic, lavage), kept out of the blood labs',
  'antibody-level':
    'an antibody level with no cut-off or result beside it, so not read as positive or negative',
  'infection-serology':
    "an infection serology (an antibody against an infectious agent), kept out of the case's autoantibodies",
};

/** One warning in words. */
export function extractionWarningText(w: ExtractionWarning): string {
  switch (w.code) {
    case 'empty-input':
      return 'the input is empty: nothing to extract';
    case 'invalid-utf8':
      return `the input is not valid UTF-8: ${w.count ?? 'some'} invalid byte sequence(s) were replaced`;
    case 'not-english':
      return 'the text does not look like English; the lexicon is English-only, so little or nothing may be found';
    case 'nothing-found':
      return 'no clinical facts were found in the case sections of this text';
    case 'dropped-invalid':
      return `an extracted item failed validation and was left out (${w.detail ?? ''})`;
    case 'abstract-only':
      return 'only an abstract was found; facts come from it';
    case 'several-patients':
      return `the text seems to describe ${w.count ?? 'several'} patients, but it is read as one case: their facts may be mixed; check whose each fact is`;
    case 'unplaced':
      return `${UNPLACED_TEXT[w.kind ?? 'unparsed-number']}: "${w.span?.text ?? ''}"${w.detail ? ` (read as ${w.detail})` : ''} at character ${w.span?.start ?? '?'}; not extracted`;
  }
}

const spanText = (
  e: { spans?: { text: string }[]; note?: string; params?: EvidenceNoteParams }[] | undefined,
): string => {
  const first = e?.[0];
  const t = first?.spans?.map((s) => s.text.replace(/\s+/g, ' ')).join(' … ') ?? '';
  const note = first?.note ? ` (${evidenceNoteWords(first.note, first.params)})` : '';
  return t ? `  ← "${t.length > 70 ? `${t.slice(0, 67)}...` : t}"${note}` : '';
};

/** The reminder printed with every result built on machine-extracted facts. */
export const EXTRACTION_CHECK = 'Extraction is automatic: check every fact against the source';

/**
 * Renders the readable summary of an extraction.
 * @param r - the extraction result
 */
export function renderExtraction(r: ExtractionResult): string {
  const c = r.case;
  const lines: string[] = [];
  const who = [
    c.patient.age !== undefined ? `${c.patient.age} years` : 'age not found',
    c.patient.sex !== 'unknown' ? c.patient.sex : 'sex not found',
  ].join(', ');
  lines.push(
    `Extracted case (${who}) — ${r.stats.caseSentences} of ${r.stats.sentences} sentences read as about the patient`,
  );
  const onset = c.dates.symptomOnset;
  if (onset && typeof onset === 'object')
    lines.push(
      `First symptom: ${Math.abs(onset.offset)} ${onset.unit}(s) before presentation${onset.approximate ? ' (approximate)' : ''}`,
    );
  const used = r.sections.filter((s) => s.heading).map((s) => `${s.heading} [${s.role}]`);
  if (used.length) lines.push(`Sections: ${used.join(', ')}`);
  if (c.findings.length) {
    lines.push('', 'Findings');
    for (const f of c.findings)
      lines.push(`  ${f.status.padEnd(9)} ${f.id}${f.reason ? ` (${f.reason})` : ''}${spanText(f.evidence)}`);
  }
  if (c.strength.length) {
    lines.push('', 'Strength (MRC)');
    for (const s of c.strength) lines.push(`  ${s.group} ${s.side}: ${s.grade}${spanText(s.evidence)}`);
  }
  if (c.labs.length) {
    lines.push('', 'Laboratory');
    for (const l of c.labs) {
      const v = l.value !== undefined ? `${l.comparator ?? ''}${l.value}${l.unit ? ` ${l.unit}` : ''}` : '';
      const ref = l.referenceRange
        ? ` (ref ${l.referenceRange.low ?? ''}–${l.referenceRange.high ?? ''})`
        : '';
      const interp = l.interpretation ? ` ${l.interpretation}${l.inferred ? ' (inferred)' : ''}` : '';
      lines.push(`  ${l.analyte}: ${v}${ref}${interp}${spanText(l.evidence)}`);
    }
  }
  if (c.antibodies.length) {
    lines.push('', 'Antibodies');
    for (const a of c.antibodies)
      lines.push(`  ${a.target}: ${a.result}${a.titre ? ` (${a.titre})` : ''}${spanText(a.evidence)}`);
  }
  const studies: string[] = [];
  if (c.emg) studies.push(`  EMG: ${c.emg.performed === 'done' ? c.emg.interpretation : c.emg.performed}`);
  if (c.muscleBiopsy) {
    const feats = Object.entries(c.muscleBiopsy.features)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    studies.push(
      `  Muscle biopsy: ${c.muscleBiopsy.performed}${c.muscleBiopsy.conclusion ? `, ${c.muscleBiopsy.conclusion}` : ''}${feats ? ` (${feats})` : ''}`,
    );
  }
  if (c.skinBiopsy)
    studies.push(
      `  Skin biopsy: ${c.skinBiopsy.performed}${c.skinBiopsy.conclusion ? `, ${c.skinBiopsy.conclusion}` : ''}`,
    );
  for (const m of c.muscleImaging)
    studies.push(`  Muscle ${m.modality.toUpperCase()}${m.region ? ` (${m.region})` : ''}: ${m.finding}`);
  for (const i of c.investigations) studies.push(`  ${i.kind}: ${i.result}`);
  if (studies.length) lines.push('', 'Investigations', ...studies);
  if (c.cancers.length) {
    lines.push('', 'Cancers');
    for (const k of c.cancers) {
      const parts = [
        k.histology,
        k.site ? `site ${k.site}` : k.primaryUnknown ? 'primary unknown' : undefined,
        k.grade ? `grade ${k.grade}` : undefined,
        k.stage?.tnm,
        k.stage?.extent,
        k.receptors
          ? Object.entries(k.receptors)
              .map(([a, b]) => `${a} ${b}`)
              .join(', ')
          : undefined,
        k.status ? `status ${k.status}` : undefined,
      ].filter(Boolean);
      lines.push(`  ${parts.join('; ')}`);
    }
  }
  if (r.responses.length) {
    lines.push('', 'Tumour response');
    for (const x of r.responses)
      lines.push(
        `  ${x.recist}${x.qualifier ? ` (${x.qualifier})` : ''}${x.criteria ? ` by ${x.criteria}` : ''}${spanText(x.evidence)}`,
      );
  }
  if (c.treatments.length) {
    lines.push('', 'Treatments');
    for (const t of c.treatments) {
      const dose = t.dose
        ? ` ${t.dose.value} ${t.dose.unit}`
        : t.targetAuc !== undefined
          ? ` AUC ${t.targetAuc}`
          : '';
      const extra = [
        t.schedule,
        t.route,
        t.cycles ? `${t.cycles} cycles` : undefined,
        t.doseReductionPercent ? `dose reduced ${t.doseReductionPercent}%` : undefined,
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(
        `  ${t.drug}${dose}${extra ? ` (${extra})` : ''} [${t.class ?? 'other'}${t.indication ? `, for ${t.indication}` : ''}]`,
      );
    }
  }
  if (c.treatmentResponse) lines.push('', `Myositis response to treatment: ${c.treatmentResponse}`);
  if (r.notThePatient.length) {
    lines.push('', "Not the patient's (named in the text, kept out of the case)");
    for (const f of r.notThePatient)
      lines.push(
        `  ${f.kind} ${f.value}: ${SUBJECT_TEXT[f.subject]} (${ATTRIBUTION_REASON_TEXT[f.reason]})${spanText(f.evidence)}`,
      );
  }
  lines.push('', `${EXTRACTION_CHECK} (spans are in --json).`);
  return lines.join('\n');
}
