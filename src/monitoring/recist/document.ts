/**
 * The RECIST calculator document (`heliotrope calc recist-1.1 --input assessments.json`): a baseline and
 * follow-up assessments with lesion measurements, in chronological order. Format in docs/monitoring.md.
 * @module
 */
import { z } from 'zod';
import { TumourAssessmentSchema } from '../../case/timeline.js';
import { formatPath } from '../../case/validate.js';
import { parsePartialIsoDate, type DayInterval } from '../../core/dates.js';
import { InputError, issue, type Issue } from '../../core/issues.js';
import { evaluateRecist, type RecistResult, type RecistTimePointInput } from './evaluate.js';

/** The document: `assessments[0]` is the baseline; dates, when given, are partial ISO and must not go backwards. */
export const RecistDocumentSchema = z.strictObject({
  assessments: z.array(TumourAssessmentSchema).min(1, 'at least a baseline assessment is needed'),
  notes: z.string().optional(),
});

/** Description shown in `calc recist-1.1 --help`. */
export const RECIST_DOCUMENT_DESCRIPTION =
  'JSON file (or - for stdin): {"assessments":[baseline, follow-up...]}; each {"date","targets":[{"id","organ","nodal","diameterMm"}],"nonTargets":[{"id","status"}],"newLesions":[{"organ"}]}. A .jsonl file is a batch: one such document per line';

/**
 * Validates and evaluates a RECIST document.
 * @param doc - parsed JSON
 * @throws InputError listing every problem by field path (schema, dates, baseline and follow-up rules)
 */
export function evaluateRecistDocument(doc: unknown): RecistResult {
  const parsed = RecistDocumentSchema.safeParse(doc);
  if (!parsed.success) {
    throw new InputError(
      'the RECIST document is not valid',
      parsed.error.issues.map((i) =>
        issue(
          i.code === 'invalid_type' && i.input === undefined ? 'required' : 'value',
          formatPath(i.path),
          i.message,
        ),
      ),
    );
  }
  const issues: Issue[] = [];
  let prev: DayInterval | undefined;
  const points: RecistTimePointInput[] = parsed.data.assessments.map((a, i) => {
    const path = `assessments[${i}]`;
    let day: DayInterval | undefined;
    if (typeof a.date === 'string') day = parsePartialIsoDate(a.date);
    else if (a.date !== undefined)
      issues.push(
        issue(
          'value',
          `${path}.date`,
          'use a calendar date (YYYY, YYYY-MM or YYYY-MM-DD) in a RECIST document',
        ),
      );
    if (day && prev && day.latest < prev.earliest)
      issues.push(
        issue('value', `${path}.date`, 'assessments must be in chronological order (baseline first)'),
      );
    if (day) prev = day;
    return { assessment: a, path, ...(day ? { day } : {}) };
  });
  if (issues.length) throw new InputError('the RECIST document is not valid', issues);
  const r = evaluateRecist(points);
  if (!r.valid)
    throw new InputError(
      'the RECIST document breaks RECIST 1.1 rules',
      r.issues.filter((i) => i.severity === 'error'),
    );
  return r;
}
