/**
 * Readers shared by the rule tests of this folder. Each reads a text through extractCase after an opening of its
 * own (a title, a case-presentation heading, a first sentence about the patient) and returns one field group in a
 * form a test compares; readers that open with different sentences are different readers and carry different names.
 * @module
 */
import { labLines, statedFindings } from '../../__fixtures__/read-case.js';
import { extractCase } from '../../extract.js';

/** Each cancer's site (its histology when no site is read), after a neutral opening sentence. */
export const cancerNames = (text: string) =>
  extractCase(`A 40-year-old woman was seen in clinic. ${text}`).case.cancers.map(
    (k) => k.site ?? k.histology,
  );

/** The case read after a title and a neutral opening sentence (no sentence under test is the title). */
export const readAfterTitle = (text: string) =>
  extractCase(`Myositis: a case report\n\nA 58-year-old patient was seen in clinic. ${text}`).case;

/** Antibody target → "result" or "result titre". */
export const antibodiesWithTitresAfterTitle = (text: string) =>
  Object.fromEntries(
    readAfterTitle(text).antibodies.map(
      (a) => [a.target, a.titre ? `${a.result} ${a.titre}` : a.result] as const,
    ),
  );

/** Each cancer's site (or histology), its dated offset and its order against the myositis. */
export const cancerTimingAfterTitle = (text: string) =>
  readAfterTitle(text).cancers.map((k) => {
    const d = k.diagnosisDate;
    return {
      what: k.site ?? k.histology,
      // a relative date (an ISO date string is never built from these sentences)
      offset: d && typeof d !== 'string' ? `${d.offset} ${d.unit}` : d,
      relation: k.relationToMyositis,
    };
  });

/** Finding id → status. */
export const findingsAfterTitle = (text: string) =>
  Object.fromEntries(readAfterTitle(text).findings.map((f) => [f.id, f.status] as const));

/** Each lab as "analyte comparator+value unit". */
export const labsAfterTitle = (text: string) =>
  readAfterTitle(text).labs.map((l) =>
    `${l.analyte} ${l.comparator ?? ''}${l.value ?? ''} ${l.unit ?? ''}`.trim(),
  );

/** Antibody target → result. */
export const antibodiesAfterTitle = (text: string) =>
  Object.fromEntries(readAfterTitle(text).antibodies.map((a) => [a.target, a.result] as const));

/** Each lab as "analyte value (ULN n)". */
export const upperLimitsAfterTitle = (text: string) =>
  readAfterTitle(text).labs.map(
    (l) => `${l.analyte} ${l.value ?? ''}${l.upperLimit !== undefined ? ` (ULN ${l.upperLimit})` : ''}`,
  );

/** Each lab as "analyte interpretation". */
export const readingsAfterTitle = (text: string) =>
  readAfterTitle(text).labs.map((l) => `${l.analyte} ${l.interpretation ?? ''}`.trim());

/** Each cancer as "histology relation offset unit". */
export const cancerOffsetsAfterTitle = (text: string) =>
  readAfterTitle(text).cancers.map((k) => {
    const d = typeof k.diagnosisDate === 'object' ? k.diagnosisDate : undefined;
    return [k.histology ?? k.site, d?.offset ?? '', d?.unit ?? ''].join(' ').trim();
  });

/** Each lab as "analyte interpretation" (the reading without a value). */
export const readingsOrValuesAfterTitle = (text: string) =>
  readAfterTitle(text).labs.map((l) => `${l.analyte} ${l.interpretation ?? l.value}`);

/** Each cancer's order against the myositis ("before", "after", "concurrent"; a dated one by its sign). */
export const cancerOrdersAfterTitle = (text: string) =>
  readAfterTitle(text).cancers.map((k) => {
    const d = typeof k.diagnosisDate === 'object' ? k.diagnosisDate : undefined;
    if (d) return d.offset < 0 ? 'before' : d.offset > 0 ? 'after' : 'concurrent';
    return k.relationToMyositis ?? 'open';
  });

/** The symptom onset as "offset unit" (months or years before the presentation), or null. */
export const onsetAfterTitle = (text: string) => {
  const o = readAfterTitle(text).dates?.symptomOnset;
  return typeof o === 'object' ? `${o.offset} ${o.unit}` : null;
};

/** The case's EMG reading and muscle-biopsy conclusion. */
export const studiesAfterTitle = (text: string) => {
  const c = readAfterTitle(text);
  return { emg: c.emg?.interpretation, biopsy: c.muscleBiopsy?.conclusion };
};

/** The onset, as "offset unit", read from a text with a title. */
export const onsetOfTitledText = (text: string) => {
  const o = extractCase(`Myositis: a case report\n\n${text}`).case.dates?.symptomOnset;
  return o && typeof o === 'object' && 'offset' in o ? `${o.offset} ${o.unit}` : null;
};

/** Each finding as "id=status". */
export const findingLinesAfterTitle = (text: string) =>
  readAfterTitle(text).findings.map((f) => `${f.id}=${f.status}`);

/** Each antibody as "target=result". */
export const antibodyLinesAfterTitle = (text: string) =>
  readAfterTitle(text).antibodies.map((a) => `${a.target}=${a.result}`);

/** Each cancer as "histology | site | relation". */
export const cancerListAfterTitle = (text: string) =>
  readAfterTitle(text).cancers.map(
    (k) => `${k.histology ?? ''} | ${k.site ?? ''} | ${k.relationToMyositis ?? ''}`,
  );

/** The case read after a title and an opening sentence. */
export const readClinicNote = (text: string) =>
  extractCase(`Clinic note\n\nA 58-year-old woman was seen. ${text}`).case;

/** An opening sentence: a woman admitted with proximal weakness of four months. */
export const PROXIMAL_WEAKNESS_OPENING =
  'A 58-year-old woman was admitted with proximal weakness of four months. ';

/** Each lab as "analyte comparator+value unit" (untrimmed), read after PROXIMAL_WEAKNESS_OPENING. */
export const labsAfterProximalWeakness = (text: string) =>
  extractCase(PROXIMAL_WEAKNESS_OPENING + text).case.labs.map(
    (l) => `${l.analyte} ${l.comparator ?? ''}${l.value ?? ''} ${l.unit ?? ''}`,
  );

/** A case-presentation heading with nothing after it. */
export const CASE_HEADING = 'Case presentation\n\n';

/** Each antibody as "target result", read after PROXIMAL_WEAKNESS_OPENING. */
export const antibodiesAfterProximalWeakness = (text: string) =>
  extractCase(PROXIMAL_WEAKNESS_OPENING + text).case.antibodies.map((a) => `${a.target} ${a.result}`);

/** Each lab as "analyte value" or "analyte interpretation" (run together when both are read), after PROXIMAL_WEAKNESS_OPENING. */
export const labReadingsAfterProximalWeakness = (text: string) =>
  extractCase(PROXIMAL_WEAKNESS_OPENING + text).case.labs.map(
    (l) => `${l.analyte} ${l.value ?? ''}${l.interpretation ?? ''}`,
  );

/** A case-presentation heading and an opening sentence: a woman with weak thighs. */
export const WEAK_THIGHS_CASE =
  'Case presentation\n\nA 58-year-old woman presented with weakness of the thighs. ';

/** Each antibody as "target=result", in the order read, after WEAK_THIGHS_CASE. */
export const antibodiesAfterWeakThighs = (text: string) =>
  extractCase(WEAK_THIGHS_CASE + text).case.antibodies.map((a) => `${a.target}=${a.result}`);

/** Each finding as "id=status" (unknown ones too), after WEAK_THIGHS_CASE. */
export const findingsAfterWeakThighs = (text: string) =>
  extractCase(WEAK_THIGHS_CASE + text).case.findings.map((f) => `${f.id}=${f.status}`);

/** Each cancer as "site/histology" ("?" for a missing one), after WEAK_THIGHS_CASE. */
export const cancerSitesAfterWeakThighs = (text: string) =>
  extractCase(WEAK_THIGHS_CASE + text).case.cancers.map((k) => `${k.site ?? '?'}/${k.histology ?? '?'}`);

/** Each lab as "analyte:value unit interpretation" (what was read of each), after WEAK_THIGHS_CASE. */
export const labsAfterWeakThighs = (text: string) =>
  extractCase(WEAK_THIGHS_CASE + text).case.labs.map(
    (l) =>
      `${l.analyte}:${l.value ?? ''}${l.unit ? ' ' + l.unit : ''}${l.interpretation ? ' ' + l.interpretation : ''}`,
  );

/** Each cancer's order against the myositis, read after CASE_HEADING. */
export const cancerOrdersAfterHeading = (text: string) =>
  extractCase('Case presentation\n\n' + text).case.cancers.map((k) => k.relationToMyositis);

/** Each lab as "analyte=value unit ≤upper limit" (what was read of each), after WEAK_THIGHS_CASE. */
export const labLimitsAfterWeakThighs = (text: string) =>
  extractCase(WEAK_THIGHS_CASE + text).case.labs.map(
    (l) =>
      `${l.analyte}=${l.value ?? ''}${l.unit ? ` ${l.unit}` : ''}${l.upperLimit !== undefined ? ` ≤${l.upperLimit}` : ''}`,
  );

/** A case-presentation heading and an opening sentence: a woman with a rash. */
export const RASH_CASE = 'Case presentation\n\nA 58-year-old woman presented with a rash. ';

/** The stated findings (every status but unknown) as "id:status", in the order read, after RASH_CASE. */
export const statedFindingsAfterRash = (text: string) =>
  extractCase(RASH_CASE + text)
    .case.findings.filter((f) => f.status !== 'unknown')
    .map((f) => `${f.id}:${f.status}`);

/** Each antibody as "target=result", sorted, after WEAK_THIGHS_CASE. */
export const sortedAntibodiesAfterWeakThighs = (text: string) =>
  extractCase(WEAK_THIGHS_CASE + text)
    .case.antibodies.map((a) => `${a.target}=${a.result}`)
    .sort();

/** Each lab as "analyte=value unit interpretation" (what was read of each), after WEAK_THIGHS_CASE. */
export const labReadingsAfterWeakThighs = (text: string) =>
  extractCase(WEAK_THIGHS_CASE + text).case.labs.map(
    (l) =>
      `${l.analyte}=${l.value ?? ''}${l.unit ? ` ${l.unit}` : ''}${l.interpretation ? ` ${l.interpretation}` : ''}`,
  );

/** Each lab as "analyte=value unit" (the interpretation when no value is read), sorted, after WEAK_THIGHS_CASE. */
export const sortedLabsAfterWeakThighs = (text: string) =>
  extractCase(WEAK_THIGHS_CASE + text)
    .case.labs.map((l) => `${l.analyte}=${l.value ?? l.interpretation}${l.unit ? ' ' + l.unit : ''}`)
    .sort();

/** Each cancer as "histology@site" ("?" for no site), after WEAK_THIGHS_CASE. */
export const cancerHistologiesAfterWeakThighs = (text: string) =>
  extractCase(WEAK_THIGHS_CASE + text).case.cancers.map((k) => `${k.histology}@${k.site ?? '?'}`);

/** The case read after WEAK_THIGHS_CASE. */
export const caseAfterWeakThighs = (text: string) => extractCase(WEAK_THIGHS_CASE + text).case;

/** The stated findings (every status but unknown) as "id:status", sorted, after WEAK_THIGHS_CASE. */
export const statedFindingsAfterWeakThighs = (text: string) =>
  caseAfterWeakThighs(text)
    .findings.filter((f) => f.status !== 'unknown')
    .map((f) => `${f.id}:${f.status}`)
    .sort();

/** A case-presentation heading and an opening sentence: a man admitted with weak shoulders. */
export const WEAK_SHOULDERS_CASE =
  'Case presentation\n\nA 63-year-old man was admitted with weakness of the shoulders. ';

/** A case-presentation heading and an opening sentence: a man who came to the clinic. */
export const CLINIC_VISIT_CASE = 'Case presentation\n\nA 58-year-old man came to the clinic. ';

/** The stated findings of a text read after an opening (CLINIC_VISIT_CASE unless another is given), as sorted "id:status" lines. */
export const findingsAfterClinicVisit = (text: string, prefix = CLINIC_VISIT_CASE) =>
  statedFindings(prefix + text);

/** A case-presentation heading and an opening sentence: a man admitted with weak thighs and arms. */
export const WEAK_THIGHS_AND_ARMS_CASE =
  'Case presentation\n\nA 47-year-old man was admitted with weakness of the thighs and arms. ';

/** Each lab as "analyte=value unit" or "analyte=interpretation", with " <ULN" when an upper limit was read. */
export const labsAfterWeakThighsAndArms = (text: string) => labLines(WEAK_THIGHS_AND_ARMS_CASE + text);

/** A title line that names no disease. */
export const CLINIC_TITLE = 'A case from our clinic\n\n';

/** The case read after an opening line about a man admitted with weak thighs, the sentence under test on a line of its own. */
export const readAfterAdmission = (sentence: string) =>
  extractCase(`A 47-year-old man was admitted with weakness of the thighs.\n${sentence}\n`).case;
