/**
 * Readers for the end-to-end rule tests of `src/extract/rules/`: `read`, `antibodies`, `labs` and `findings` read a
 * sentence after a neutral opening line (`rules/mixed-development-batches.test.ts`, `rules/attribution-hedges.test.ts`
 * and others); `statedFindings`, `labLines` and `antibodyLines` read the whole text they are given (the files that use
 * them put their own opening before it) and return one field group as sorted lines a test can compare.
 * @module
 */
import { extractCase } from '../extract.js';

/** The case read from `text` after a neutral opening sentence. */
export const read = (text: string) => extractCase(`A 40-year-old woman was seen in clinic. ${text}`).case;

/** Antibody target → result. */
export const antibodies = (text: string) =>
  Object.fromEntries(read(text).antibodies.map((a) => [a.target, a.result] as const));

/** "analyte value", or "analyte interpretation" for a result without a value. */
export const labs = (text: string) =>
  read(text).labs.map((l) => `${l.analyte} ${l.value ?? l.interpretation}`);

/** Finding id → status. */
export const findings = (text: string) =>
  Object.fromEntries(read(text).findings.map((f) => [f.id, f.status] as const));

/** The findings a text states (every status but unknown), as "id:status", sorted. */
export const statedFindings = (text: string) =>
  extractCase(text)
    .case.findings.filter((f) => f.status !== 'unknown')
    .map((f) => `${f.id}:${f.status}`)
    .sort();

/** Each lab as "analyte=value unit" or "analyte=interpretation", with " <ULN" when an upper limit was read; sorted. */
export const labLines = (text: string) =>
  extractCase(text)
    .case.labs.map(
      (l) =>
        `${l.analyte}=${l.value ?? l.interpretation}${l.unit ? ' ' + l.unit : ''}${l.upperLimit !== undefined ? ' <' + String(l.upperLimit) : ''}`,
    )
    .sort();

/** Each antibody as "target=result", sorted. */
export const antibodyLines = (text: string) =>
  extractCase(text)
    .case.antibodies.map((a) => `${a.target}=${a.result}`)
    .sort();
