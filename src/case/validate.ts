/**
 * Case validation: JSON syntax (with line and column), structure (zod, every problem by field path),
 * then the checks a schema cannot express (UCUM units, MRC grades, ranges, relative-date anchors).
 * @module
 */
import ucum from '@lhncbc/ucum-lhc';
import type { z } from 'zod';
import {
  parse as parseTolerant,
  printParseErrorCode,
  type ParseError,
  type ParseErrorCode,
} from 'jsonc-parser';
import { InputError, issue, type Issue } from '../core/issues.js';
import { parseMrcGrade } from './mrc.js';
import { closestIds } from '../core/strings.js';
import { consistencyIssues } from './consistency.js';
import { CaseSchema, RECOGNISED_FINDING_IDS, type Case } from './schema.js';

/** Formats a path array as `labs[2].value`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function zodIssues(error: z.ZodError, input: unknown): Issue[] {
  return error.issues.map((i) => {
    const path = formatPath(i.path);
    if (i.code === 'unrecognized_keys') {
      return issue(
        'structure',
        path,
        `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `"${k}"`).join(', ')}`,
      );
    }
    if (valueAt(input, i.path) === undefined) return issue('required', path, 'is required');
    return issue('value', path, i.message);
  });
}

/** Translates a character offset into a 1-based line and column. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: offset - lastBreak };
}

/**
 * Parses JSON text, reporting a syntax error with line and column instead of throwing a raw SyntaxError.
 * @param text - the JSON text
 * @param where - name of the input for messages (file name or "request body")
 */
export function parseJsonText(text: string, where = 'input'): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // JSON.parse does not always say where; a tolerant parser locates the first error.
    const errors: ParseError[] = [];
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const lc = first ? lineColumn(text, first.offset) : undefined;
    const what = first ? describeParseError(first.error) : 'malformed JSON';
    throw new InputError(`${where} is not valid JSON`, [
      issue(
        'structure',
        '',
        `not valid JSON: ${what}${lc ? ` at line ${lc.line}, column ${lc.column}` : ''}`,
        lc ? { line: lc.line, column: lc.column } : {},
      ),
    ]);
  }
}

function describeParseError(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

let ucumUtils:
  { validateUnitString(u: string, suggest?: boolean): { status: string; msg?: string[] } } | undefined;

/**
 * Checks a unit string against UCUM.
 * @returns undefined when valid, otherwise a message (with UCUM's suggestion when it has one)
 */
export function checkUcumUnit(unit: string): string | undefined {
  ucumUtils ??= ucum.UcumLhcUtils.getInstance();
  const r = ucumUtils.validateUnitString(unit, true);
  if (r.status === 'valid') return undefined;
  const hint = r.msg?.[0]?.split('\n')[0];
  return `"${unit}" is not a UCUM unit${hint ? ` (${hint})` : ''}`;
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const numOrU = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/**
 * Checks a schema cannot express. Runs on the raw document (defensively) so that these problems are
 * listed together with the structural ones.
 */
function semanticIssues(raw: unknown): Issue[] {
  const out: Issue[] = [];
  if (!isRec(raw)) return out;
  const ids = new Map<string, string>();
  const anchors = new Set(['symptom-onset', 'diagnosis', 'presentation']);
  const addIds = (key: string) =>
    arr(raw[key]).forEach((x, i) => {
      const id = isRec(x) ? str(x.id) : undefined;
      if (id === undefined) return;
      const path = `${key}[${i}]`;
      if (ids.has(id))
        out.push(issue('conflict', `${path}.id`, `id "${id}" is already used at ${ids.get(id)}`));
      ids.set(id, path);
      anchors.add(id);
    });
  for (const key of ANCHOR_COLLECTIONS) addIds(key);

  arr(raw.labs).forEach((lab, i) => {
    if (!isRec(lab)) return;
    const unit = str(lab.unit);
    if (unit !== undefined) {
      const m = checkUcumUnit(unit);
      if (m) out.push(issue('value', `labs[${i}].unit`, m));
    }
    const r = isRec(lab.referenceRange) ? lab.referenceRange : undefined;
    const low = numOrU(r?.low);
    const high = numOrU(r?.high);
    if (low !== undefined && high !== undefined && low > high) {
      out.push(issue('value', `labs[${i}].referenceRange`, `low (${low}) is above high (${high})`));
    }
    if (lab.value === undefined && lab.interpretation === undefined) {
      out.push(issue('required', `labs[${i}]`, 'a lab result needs a value or an interpretation'));
    }
    if (lab.comparator !== undefined && lab.value === undefined) {
      out.push(issue('required', `labs[${i}].value`, 'a comparator needs a value'));
    }
  });
  arr(raw.treatments).forEach((t, i) => {
    const unit = isRec(t) && isRec(t.dose) ? str(t.dose.unit) : undefined;
    if (unit !== undefined) {
      const m = checkUcumUnit(unit);
      if (m) out.push(issue('value', `treatments[${i}].dose.unit`, m));
    }
  });
  arr(raw.strength).forEach((s, i) => {
    const grade = isRec(s) ? str(s.grade) : undefined;
    if (grade !== undefined && grade !== '' && !parseMrcGrade(grade)) {
      out.push(
        issue(
          'value',
          `strength[${i}].grade`,
          `"${grade}" is not an MRC grade (0–5, e.g. 4, 4-, 3-4/5, III-IV/V)`,
        ),
      );
    }
  });

  // Relative dates must point at an existing anchor.
  // The path is kept as segments and formatted only when an issue is reported.
  const segments: (string | number)[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) continue;
        segments.push(i);
        visit(value[i]);
        segments.pop();
      }
      return;
    }
    if (!isRec(value)) return;
    if (typeof value.relativeTo === 'string' && typeof value.offset === 'number') {
      if (!anchors.has(value.relativeTo)) {
        out.push(
          issue(
            'value',
            `${formatPath(segments)}.relativeTo`,
            `no event with id "${value.relativeTo}" (known: ${[...anchors].join(', ')})`,
          ),
        );
      }
      return;
    }
    for (const k of Object.keys(value)) {
      if (k === 'evidence') continue;
      segments.push(k);
      visit(value[k]);
      segments.pop();
    }
  };
  visit(raw);
  return out;
}

/** Case collections whose entries' `id` can anchor a relative date. */
export const ANCHOR_COLLECTIONS = ['cancers', 'treatments', 'investigations', 'visits', 'tumourAssessments'];

/** Result of {@link validateCase}: the case when valid, and every issue found. */
export interface CaseValidation {
  case?: Case;
  /** Errors (the case is then absent) and warnings (the case is valid but something looks wrong). */
  issues: Issue[];
}

/** Options of {@link validateCase}. */
export interface ValidateOptions {
  /** Warnings (unknown finding ids, inconsistent dates and ages) become errors. */
  strict?: boolean;
}

const warning = (i: Issue): Issue => ({ ...i, severity: 'warning' });

/**
 * Finding ids no criterion reads: a warning naming the closest recognised id (a misspelling such as
 * "gotron-papules" would otherwise count silently as unknown).
 */
function unknownFindingIds(raw: unknown): Issue[] {
  if (!isRec(raw)) return [];
  const out: Issue[] = [];
  arr(raw.findings).forEach((f, i) => {
    const id = isRec(f) ? str(f.id) : undefined;
    if (id === undefined || id === '' || RECOGNISED_FINDING_IDS.includes(id)) return;
    const near = closestIds(id, RECOGNISED_FINDING_IDS)[0];
    out.push(
      warning(
        issue(
          'unknown-item',
          `findings[${i}].id`,
          `unknown finding id "${id}"${near ? ` (did you mean "${near}"?)` : ''}: kept, but no criterion reads it`,
        ),
      ),
    );
  });
  return out;
}

/**
 * Validates a parsed JSON value as a case, collecting every problem.
 * @param value - parsed JSON
 * @param options - `strict`: warnings are errors
 */
export function validateCase(value: unknown, options: ValidateOptions = {}): CaseValidation {
  const parsed = CaseSchema.safeParse(value);
  const semantic = [
    ...semanticIssues(value),
    ...unknownFindingIds(value),
    ...(parsed.success ? consistencyIssues(parsed.data) : []),
  ].map((i) => (options.strict && i.severity === 'warning' ? { ...i, severity: 'error' as const } : i));
  const issues = parsed.success ? semantic : [...zodIssues(parsed.error, value), ...semantic];
  // One message per path and text (a failed pattern and a failed refinement can say the same thing).
  const seen = new Set<string>();
  const unique = issues.filter((i) => {
    const k = `${i.path}\u0000${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (!parsed.success || unique.some((i) => i.severity === 'error')) return { issues: unique };
  return { case: parsed.data, issues: unique };
}

/**
 * Validates and returns a case, or throws an {@link InputError} listing every problem by field path.
 * @param value - parsed JSON
 * @param where - name of the input for the message
 * @param options - `strict`: warnings are errors
 */
export function parseCase(value: unknown, where = 'case', options: ValidateOptions = {}): Case {
  const r = validateCase(value, options);
  if (!r.case) {
    const n = r.issues.length;
    throw new InputError(
      `${where} is not a valid Heliotrope case (${n} problem${n === 1 ? '' : 's'})`,
      r.issues,
    );
  }
  return r.case;
}
