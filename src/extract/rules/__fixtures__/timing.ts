/**
 * Readers of the cancer-timing and onset rule tests: each reads a text through extractCase after an opening of its
 * own and returns the timing a test compares, computed as the scorer computes it (months from the myositis to each
 * cancer, months of symptoms before the presentation). Test code only: it reads the scorer of `src/eval`.
 * @module
 */
import { cancerMonthsFromMyositis, onsetMonthsBeforePresentation } from '../../../eval/score.js';
import { extractCase } from '../../extract.js';
import { CASE_HEADING, CLINIC_TITLE, WEAK_THIGHS_CASE, caseAfterWeakThighs } from './helpers.js';

/** Each cancer's site, order and months from the myositis, after a "Case presentation" heading. */
export const cancersAfterHeading = (text: string) => {
  const c = extractCase(CASE_HEADING + text).case;
  return c.cancers.map((k) => ({
    site: k.site,
    relation: k.relationToMyositis,
    months: cancerMonthsFromMyositis(c, k),
  }));
};

/** Each cancer's months from the myositis, after a "Case presentation" heading. */
export const cancerMonthsAfterHeading = (text: string) => {
  const c = extractCase(CASE_HEADING + text).case;
  return c.cancers.map((k) => cancerMonthsFromMyositis(c, k));
};

/** Each cancer as "site order months" ("?" and "-" for what is not read), after the weak-thighs opening. */
export const cancerLinesAfterWeakThighs = (text: string) => {
  const c = caseAfterWeakThighs(text);
  return c.cancers.map(
    (k) => `${k.site ?? '?'} ${k.relationToMyositis ?? '-'} ${cancerMonthsFromMyositis(c, k) ?? '-'}`,
  );
};

/** Each cancer's site with its months from the myositis (else its order, else null), after the weak-thighs opening. */
export const cancerTimesAfterWeakThighs = (text: string) => {
  const c = extractCase(WEAK_THIGHS_CASE + text).case;
  return c.cancers.map((k) => [k.site, cancerMonthsFromMyositis(c, k) ?? k.relationToMyositis ?? null]);
};

/** The onset and each cancer's site with its months from the myositis, for a text read as it is. */
export const timingOfText = (text: string) => {
  const c = extractCase(text).case;
  return {
    onset: onsetMonthsBeforePresentation(c),
    cancers: c.cancers.map((k) => [k.site, cancerMonthsFromMyositis(c, k)]),
  };
};

/** Months of symptoms before the presentation, after a "Case presentation" heading. */
export const onsetAfterHeading = (text: string) =>
  onsetMonthsBeforePresentation(extractCase(CASE_HEADING + text).case);

/** Months of symptoms before the presentation, after the weak-thighs opening. */
export const onsetAfterWeakThighs = (text: string) =>
  onsetMonthsBeforePresentation(extractCase(WEAK_THIGHS_CASE + text).case);

/** Months of symptoms before the presentation (null when none is read), after a clinic title. */
export const onsetAfterClinicTitle = (text: string) =>
  onsetMonthsBeforePresentation(extractCase(CLINIC_TITLE + text).case) ?? null;
