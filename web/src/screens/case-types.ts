/**
 * Types and helpers shared by the screens: navigation, stored cases, the live report.
 * @module
 */
import type { Draft } from '../case-form.js';
import type { LiveReport } from '../form/screening.js';
import type { SectionOutcome } from 'heliotrope';
import { isFailedSection } from 'heliotrope/wording';

/** Navigates inside the application. */
export type Navigate = (path: string, replace?: boolean) => void;

/** A case as listed: its id, version, title and key results. */
export interface CaseHeader {
  id: string;
  version: number;
  title: string;
  summary: Record<string, unknown>;
  updatedAt: string;
  updatedBy: string;
}

/** A stored case with its document. */
export interface StoredCase extends CaseHeader {
  data: Draft;
  createdAt: string;
}

/**
 * The body of POST /api/assess?headlines=true: the engine's report (each section's result or failure by key)
 * with each computed section's headline.
 */
export type Report = NonNullable<LiveReport>;

/** A section's result, or undefined when absent or not computed. */
export const computed = <R>(outcome: SectionOutcome<R> | undefined): R | undefined =>
  outcome === undefined || isFailedSection(outcome) ? undefined : outcome;

let flash = '';

/** Leaves a one-time message for the next screen shown (after a save or a delete). */
export function setFlash(message: string): void {
  flash = message;
}

/** Takes the one-time message left for this screen, clearing it. */
export function takeFlash(): string {
  const f = flash;
  flash = '';
  return f;
}
