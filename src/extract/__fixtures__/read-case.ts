/**
 * Readers for the end-to-end rule tests of each session's rounds (`session18-rounds.test.ts`,
 * `session19-rounds.test.ts`): a sentence is read through `extractCase` after a neutral opening line, and one field
 * group of the case is returned in a form a test can compare.
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
