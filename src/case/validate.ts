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
import { findExcessiveNesting, MAX_JSON_DEPTH } from '../core/json.js';
import { decodeUtf8Strict } from '../core/utf8.js';
import {
  formatDay,
  MAX_DATE_SPAN_DAYS,
  offsetToDays,
  PLAUSIBLE_DATES,
  type ClinicalDate,
  type RelativeDate,
} from '../core/dates.js';
import { anchorDate, resolveCaseDate } from './dates.js';
import { checkLabMagnitude, checkUpperLimit } from './lab-limits.js';
import { parseMrcGrade } from './mrc.js';
import { isDoxorubicin, TREATMENT_LIMITS } from './treatment-limits.js';
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
  const deep = findExcessiveNesting(text);
  if (deep) {
    const lc = lineColumn(text, deep.offset ?? 0);
    throw new InputError(`${where} is nested too deeply`, [
      tooDeepIssue(deep.path, ` at line ${lc.line}, column ${lc.column}`, lc),
    ]);
  }
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

/** Shows at most the first few steps of a long path (a too-deep path is mostly `[0][0][0]…`). */
function shortPath(path: readonly (string | number)[]): string {
  return path.length > 6 ? `${formatPath(path.slice(0, 6))}…` : formatPath(path);
}

/** The issue for input nested deeper than {@link MAX_JSON_DEPTH}. */
function tooDeepIssue(path: readonly (string | number)[], where = '', extra: Partial<Issue> = {}): Issue {
  return issue(
    'too-large',
    shortPath(path),
    `arrays and objects are nested more than ${MAX_JSON_DEPTH} levels deep${where}`,
    extra,
  );
}

/**
 * Parses JSON bytes: strict UTF-8 (invalid bytes are refused with their offset, never replaced), then
 * {@link parseJsonText}. The one entry point for JSON documents read as bytes (CLI files, request bodies).
 * @param bytes - the raw input
 * @param where - name of the input for messages (file name or "the request body")
 */
export function parseJsonBytes(bytes: Uint8Array, where = 'input'): unknown {
  return parseJsonText(decodeUtf8Strict(bytes, where), where);
}

function describeParseError(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

let ucumUtils:
  { validateUnitString(u: string, suggest?: boolean): { status: string; msg?: string[] } } | undefined;

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
const silent = (): void => undefined;

/**
 * Runs a synchronous library call with the console silenced. `@lhncbc/ucum-lhc` prints the unit string
 * it could not parse (`console.log`), which would put case content (a lab unit can hold anything, even a
 * patient's name) into logs and onto standard output. The call is synchronous, so nothing else can run
 * while the console is muted; it is restored even when the call throws.
 */
function withoutConsole<T>(fn: () => T): T {
  const saved = CONSOLE_METHODS.map((m) => console[m]);
  for (const m of CONSOLE_METHODS) console[m] = silent;
  try {
    return fn();
  } finally {
    CONSOLE_METHODS.forEach((m, i) => (console[m] = saved[i]!));
  }
}

/**
 * Checks a unit string against UCUM. Never writes to the console (see {@link withoutConsole}).
 * @returns undefined when valid, otherwise a message (with UCUM's suggestion when it has one)
 */
export function checkUcumUnit(unit: string): string | undefined {
  const r = withoutConsole(() => {
    ucumUtils ??= ucum.UcumLhcUtils.getInstance();
    return ucumUtils.validateUnitString(unit, true);
  });
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
function semanticIssues(raw: unknown, relativeDates: RelativeDateAt[] = []): Issue[] {
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
    const analyte = str(lab.analyte) ?? '';
    out.push(
      ...limitIssues(`labs[${i}]`, analyte, unit, [
        ['value', numOrU(lab.value), 'value'],
        ['referenceRange.low', low, 'lower limit'],
        ['referenceRange.high', high, 'upper'],
        ['upperLimit', numOrU(lab.upperLimit), 'upper'],
      ]),
    );
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
    if (isRec(t)) out.push(...treatmentLimitIssues(t, `treatments[${i}]`));
  });
  arr(raw.visits).forEach((v, i) =>
    arr(isRec(v) ? v.enzymes : undefined).forEach((e, j) => {
      if (!isRec(e)) return;
      out.push(
        ...limitIssues(`visits[${i}].enzymes[${j}]`, str(e.analyte) ?? '', str(e.unit) ?? 'U/L', [
          ['value', numOrU(e.value), 'value'],
          ['lowerLimit', numOrU(e.lowerLimit), 'lower limit'],
          ['upperLimit', numOrU(e.upperLimit), 'upper'],
        ]),
      );
    }),
  );
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
  let tooDeep: Issue | undefined;
  const visit = (value: unknown) => {
    if (Array.isArray(value)) {
      if (segments.length >= MAX_JSON_DEPTH) {
        if (!tooDeep) out.push((tooDeep = tooDeepIssue(segments)));
        return;
      }
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) continue;
        segments.push(i);
        visit(value[i]);
        segments.pop();
      }
      return;
    }
    if (!isRec(value)) return;
    if (segments.length >= MAX_JSON_DEPTH) {
      // Library callers can hand over any value: never recurse deeper than a JSON text may nest.
      if (!tooDeep) out.push((tooDeep = tooDeepIssue(segments)));
      return;
    }
    if (typeof value.relativeTo === 'string' && typeof value.offset === 'number') {
      relativeDates.push({ path: formatPath(segments), date: value as unknown as RelativeDate });
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

/**
 * Drug-specific limits ({@link TREATMENT_LIMITS}) a schema cannot express: they depend on the drug and
 * the unit. Each issue carries the path of the field at fault in the input.
 */
function treatmentLimitIssues(t: Rec, path: string): Issue[] {
  const out: Issue[] = [];
  const drug = str(t.drug) ?? '';
  const dose = isRec(t.dose) ? t.dose : undefined;
  const value = numOrU(dose?.value);
  const unit = str(dose?.unit);
  const cycles = numOrU(t.cycles);
  if (isDoxorubicin(drug)) {
    const max = TREATMENT_LIMITS.doxorubicinMgPerM2PerCycle;
    if (value !== undefined && value > max && unit === 'mg/m2')
      out.push(
        issue(
          'value',
          `${path}.dose.value`,
          `${value} mg/m2 of ${drug} per cycle is implausible (at most ${max} mg/m2; is the dose in mg?)`,
        ),
      );
    if (cycles !== undefined && cycles > TREATMENT_LIMITS.doxorubicinCycles)
      out.push(
        issue(
          'value',
          `${path}.cycles`,
          `${cycles} cycles of ${drug} is implausible (at most ${TREATMENT_LIMITS.doxorubicinCycles})`,
        ),
      );
  }
  if (t.class === 'glucocorticoid' && unit === 'mg' && value !== undefined) {
    const max = TREATMENT_LIMITS.glucocorticoidMg;
    if (value > max)
      out.push(
        issue(
          'value',
          `${path}.dose.value`,
          `${value} mg of ${drug} per dose is implausible (at most ${max} mg)`,
        ),
      );
  }
  return out;
}

/**
 * Lab values and limits within plausible bounds ({@link checkUpperLimit}, {@link checkLabMagnitude}), so
 * that value ÷ limit is always finite. `upper` marks an upper limit of normal (checked per analyte).
 */
function limitIssues(
  path: string,
  analyte: string,
  unit: string | undefined,
  fields: [field: string, v: number | undefined, what: string][],
): Issue[] {
  const out: Issue[] = [];
  for (const [field, v, what] of fields) {
    if (v === undefined || !Number.isFinite(v)) continue;
    const m = what === 'upper' ? checkUpperLimit(analyte, unit, v) : checkLabMagnitude(what, v);
    if (m) out.push(issue('value', `${path}.${field}`, m));
  }
  return out;
}

/** A relative date found in the raw document, with its field path. */
interface RelativeDateAt {
  path: string;
  date: RelativeDate;
}

/**
 * Relative dates must land in the plausible range ({@link PLAUSIBLE_DATES}) once resolved; a chain of
 * relative dates that never reaches a calendar date must not span more than that range either.
 */
function relativeDateIssues(c: Case, dates: readonly RelativeDateAt[]): Issue[] {
  const out: Issue[] = [];
  const range = `${formatDay(PLAUSIBLE_DATES.earliest)} to ${formatDay(PLAUSIBLE_DATES.latest)}`;
  for (const { path, date } of dates) {
    const r = resolveCaseDate(c, date);
    if (r) {
      if (r.earliest < PLAUSIBLE_DATES.earliest || r.latest > PLAUSIBLE_DATES.latest)
        out.push(
          issue(
            'value',
            path,
            `resolves to ${formatDay(r.earliest)}${r.latest !== r.earliest ? ` – ${formatDay(r.latest)}` : ''}, outside the plausible range of clinical dates (${range})`,
          ),
        );
      continue;
    }
    // Not on the calendar: the summed offsets from the root of its chain must still fit in the range.
    const seen = new Set<string>();
    let min = 0;
    let max = 0;
    let d: ClinicalDate | undefined = date;
    while (d !== undefined && typeof d !== 'string' && !seen.has(d.relativeTo)) {
      seen.add(d.relativeTo);
      const step = offsetToDays(d.offset, d.unit, d.approximate);
      min += step.min;
      max += step.max;
      d = anchorDate(c, d.relativeTo);
    }
    if (Math.max(Math.abs(min), Math.abs(max)) > MAX_DATE_SPAN_DAYS)
      out.push(
        issue(
          'value',
          path,
          `its chain of relative dates spans more than the plausible range of clinical dates (${range})`,
        ),
      );
  }
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
  const relativeDates: RelativeDateAt[] = [];
  const semantic = [
    ...semanticIssues(value, relativeDates),
    ...(parsed.success ? relativeDateIssues(parsed.data, relativeDates) : []),
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
