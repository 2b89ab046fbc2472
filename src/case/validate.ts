/**
 * Case validation: JSON syntax (with line and column), structure (zod, every problem by field path),
 * then the checks a schema cannot express (UCUM units, MRC grades, ranges, relative-date anchors).
 * @module
 */
import ucum from '@lhncbc/ucum-lhc';
import { z } from 'zod';
import { InputError, issue, type Issue } from '../core/issues.js';
import { MAX_JSON_DEPTH } from '../core/json.js';
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
import { CaseSchema, RECOGNISED_FINDING_IDS, RelativeDateSchema, type Case } from './schema.js';
import { compileFastParser, FastParseUnsupported, type FastParser } from './fast-parse.js';
import { formatPath, tooDeepIssue } from './json-text.js';

export { formatPath, lineColumn, parseJsonBytes, parseJsonText } from './json-text.js';

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
    return issue('value', path, clinicianMessage(i));
  });
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

const fmt = (x: unknown) =>
  typeof x === 'bigint' ? String(x) : typeof x === 'number' ? String(x) : JSON.stringify(x);

/**
 * A structural problem in the words a clinician reads ("must be 130 or less", "must be one of: present,
 * absent, unknown"), not the validation library's ("Too big: expected number to be <=130"). A message the
 * schema wrote itself (a pattern's or a refinement's) is kept.
 * @param i - the zod issue
 */
export function clinicianMessage(i: z.core.$ZodIssue): string {
  switch (i.code) {
    case 'invalid_type':
      return `must be ${TYPE_WORDS[i.expected] ?? i.expected}`;
    case 'too_big':
      if (i.origin === 'number' || i.origin === 'int' || i.origin === 'bigint')
        return i.inclusive === false
          ? `must be below ${fmt(i.maximum)}`
          : `must be ${fmt(i.maximum)} or less`;
      if (i.origin === 'array' || i.origin === 'set') return `must have at most ${fmt(i.maximum)} entries`;
      if (i.origin === 'string') return `must be at most ${fmt(i.maximum)} characters`;
      return i.message;
    case 'too_small':
      if (i.origin === 'number' || i.origin === 'int' || i.origin === 'bigint')
        return i.inclusive === false
          ? `must be above ${fmt(i.minimum)}`
          : `must be ${fmt(i.minimum)} or more`;
      if (i.origin === 'string')
        return Number(i.minimum) <= 1 ? 'must not be empty' : `must be at least ${fmt(i.minimum)} characters`;
      if (i.origin === 'array' || i.origin === 'set')
        return Number(i.minimum) <= 1
          ? 'must have at least one entry'
          : `must have at least ${fmt(i.minimum)} entries`;
      return i.message;
    case 'invalid_value':
      return i.values.length === 1
        ? `must be ${fmt(i.values[0])}`
        : `must be one of: ${i.values.map((v) => (typeof v === 'string' ? v : fmt(v))).join(', ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${fmt(i.divisor)}`;
    case 'invalid_union':
      return 'is not in any of the accepted forms';
    case 'invalid_format':
      // The schema's own pattern messages say what is expected; zod's generic one does not.
      return i.message.startsWith('Invalid') ? 'is not in the expected format' : i.message;
    case 'custom':
    case 'invalid_element':
    case 'invalid_key':
    case 'unrecognized_keys':
      return i.message;
  }
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
  const hit = unitChecks.get(unit);
  if (hit !== undefined) return hit ?? undefined;
  const r = withoutConsole(() => {
    ucumUtils ??= ucum.UcumLhcUtils.getInstance();
    return ucumUtils.validateUnitString(unit, true);
  });
  const hint = r.status === 'valid' ? undefined : r.msg?.[0]?.split('\n')[0];
  const out = r.status === 'valid' ? undefined : `"${unit}" is not a UCUM unit${hint ? ` (${hint})` : ''}`;
  if (unitChecks.size >= UNIT_CHECKS_MAX) unitChecks.clear();
  unitChecks.set(unit, out ?? null);
  return out;
}

/** Unit strings already checked (a few units recur in every case), bounded. */
const unitChecks = new Map<string, string | null>();
const UNIT_CHECKS_MAX = 1024;

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
  const anchors = fieldIssues(raw, out);
  relativeDateWalk(raw, anchors, out, relativeDates);
  return out;
}

/**
 * The checks of single fields and entries (ids, units, lab and treatment limits, MRC grades), appended to `out`.
 * @returns the anchors relative dates may point at
 */
function fieldIssues(raw: Rec, out: Issue[]): Set<string> {
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
    // Each field checked in turn; its path is written only when it has an issue.
    let m = limitMessage(analyte, unit, numOrU(lab.value), 'value');
    if (m) out.push(issue('value', `labs[${i}].value`, m));
    if ((m = limitMessage(analyte, unit, low, 'lower limit')))
      out.push(issue('value', `labs[${i}].referenceRange.low`, m));
    if ((m = limitMessage(analyte, unit, high, 'upper')))
      out.push(issue('value', `labs[${i}].referenceRange.high`, m));
    if ((m = limitMessage(analyte, unit, numOrU(lab.upperLimit), 'upper')))
      out.push(issue('value', `labs[${i}].upperLimit`, m));
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
    if (isRec(t)) treatmentLimitIssues(t, i, out);
  });
  arr(raw.visits).forEach((v, i) =>
    arr(isRec(v) ? v.enzymes : undefined).forEach((e, j) => {
      if (!isRec(e)) return;
      const analyte = str(e.analyte) ?? '';
      const unit = str(e.unit) ?? 'U/L';
      let m = limitMessage(analyte, unit, numOrU(e.value), 'value');
      if (m) out.push(issue('value', `visits[${i}].enzymes[${j}].value`, m));
      if ((m = limitMessage(analyte, unit, numOrU(e.lowerLimit), 'lower limit')))
        out.push(issue('value', `visits[${i}].enzymes[${j}].lowerLimit`, m));
      if ((m = limitMessage(analyte, unit, numOrU(e.upperLimit), 'upper')))
        out.push(issue('value', `visits[${i}].enzymes[${j}].upperLimit`, m));
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

  return anchors;
}

/**
 * Relative dates must point at an existing anchor: walks the raw document (any shape) and lists every relative
 * date with its path. The path is kept as segments and formatted only when an issue is reported.
 */
function relativeDateWalk(
  raw: unknown,
  anchors: ReadonlySet<string>,
  out: Issue[],
  relativeDates: RelativeDateAt[],
): void {
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
        const x: unknown = value[i];
        // Only objects and arrays can hold a relative date: a primitive is not visited.
        if (x === null || typeof x !== 'object') continue;
        segments.push(i);
        visit(x);
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
    for (const k in value) {
      if (k === 'evidence' || !Object.hasOwn(value, k)) continue;
      const x = value[k];
      if (x === null || typeof x !== 'object') continue;
      segments.push(k);
      visit(x);
      segments.pop();
    }
  };
  visit(raw);
}

/**
 * Drug-specific limits ({@link TREATMENT_LIMITS}) a schema cannot express: they depend on the drug and
 * the unit. Each issue, appended to `out`, carries the path of the field at fault in the input (written only
 * then).
 */
function treatmentLimitIssues(t: Rec, index: number, out: Issue[]): void {
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
          `treatments[${index}].dose.value`,
          `${value} mg/m2 of ${drug} per cycle is implausible (at most ${max} mg/m2; is the dose in mg?)`,
        ),
      );
    if (cycles !== undefined && cycles > TREATMENT_LIMITS.doxorubicinCycles)
      out.push(
        issue(
          'value',
          `treatments[${index}].cycles`,
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
          `treatments[${index}].dose.value`,
          `${value} mg of ${drug} per dose is implausible (at most ${max} mg)`,
        ),
      );
  }
}

/**
 * A lab value or limit within plausible bounds ({@link checkUpperLimit}, {@link checkLabMagnitude}), so that
 * value ÷ limit is always finite: the message of its issue, or undefined. `upper` marks an upper limit of normal
 * (checked per analyte).
 */
function limitMessage(
  analyte: string,
  unit: string | undefined,
  v: number | undefined,
  what: string,
): string | undefined {
  if (v === undefined || !Number.isFinite(v)) return undefined;
  return what === 'upper' ? checkUpperLimit(analyte, unit, v) : checkLabMagnitude(what, v);
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
  // Written only into an issue (a clean case has none).
  const range = () => `${formatDay(PLAUSIBLE_DATES.earliest)} to ${formatDay(PLAUSIBLE_DATES.latest)}`;
  for (const { path, date } of dates) {
    const r = resolveCaseDate(c, date);
    if (r) {
      if (r.earliest < PLAUSIBLE_DATES.earliest || r.latest > PLAUSIBLE_DATES.latest)
        out.push(
          issue(
            'value',
            path,
            `resolves to ${formatDay(r.earliest)}${r.latest !== r.earliest ? ` – ${formatDay(r.latest)}` : ''}, outside the plausible range of clinical dates (${range()})`,
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
          `its chain of relative dates spans more than the plausible range of clinical dates (${range()})`,
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
    if (id === undefined || id === '' || RECOGNISED_FINDING_ID_SET.has(id)) return;
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

const RECOGNISED_FINDING_ID_SET: ReadonlySet<string> = new Set(RECOGNISED_FINDING_IDS);

let compiledCase: typeof CaseSchema | undefined;
let fastCase: FastParser | null | undefined;

/**
 * The generated fast parser of the case schema ({@link compileFastParser}, built on first use; `null` when the
 * schema uses something the generator does not model: zod alone then). It lists the relative dates it parsed.
 */
function fastCaseParser(): FastParser | null {
  if (fastCase === undefined) {
    try {
      fastCase = compileFastParser(CaseSchema, { collect: RelativeDateSchema });
    } catch (e) {
      if (!(e instanceof FastParseUnsupported)) throw e;
      fastCase = null;
    }
  }
  return fastCase;
}

/**
 * The fast path of {@link validateCase}: the case when the fast parser accepts the input and not one check
 * has anything to say (no error, no warning); otherwise undefined, and the full path runs (it lists every
 * issue, in order, with its path). `relativeDates` are the relative dates of the parsed case, which in a case
 * the fast parser accepts are exactly those the raw document's walk finds (every object of such a case is one
 * of the schema, with no key the schema lacks, and only {@link RelativeDateSchema} has `relativeTo` and
 * `offset`).
 */
function cleanCase(raw: unknown, c: Case, relativeDates: readonly RelativeDate[]): boolean {
  if (!isRec(raw)) return false;
  const out: Issue[] = [];
  const anchors = fieldIssues(raw, out);
  if (out.length > 0) return false;
  for (const d of relativeDates) if (!anchors.has(d.relativeTo)) return false;
  return (
    relativeDateIssues(
      c,
      relativeDates.map((date) => ({ path: '', date })),
    ).length === 0 &&
    unknownFindingIds(raw).length === 0 &&
    consistencyIssues(c).length === 0
  );
}

/**
 * The case schema with zod's generated fast path (`z.compile`, built on first use): a valid case is parsed by
 * generated code; anything it does not accept goes to zod's own parser, so the issues are zod's.
 */
function compiledCaseSchema(): typeof CaseSchema {
  return (compiledCase ??= z.compile(CaseSchema));
}

/**
 * Validates a parsed JSON value as a case, collecting every problem.
 * @param value - parsed JSON
 * @param options - `strict`: warnings are errors
 */
export function validateCase(value: unknown, options: ValidateOptions = {}): CaseValidation {
  const found: RelativeDate[] = [];
  const fast = fastCaseParser()?.(value, found) as Case | undefined;
  if (fast !== undefined && cleanCase(value, fast, found)) return { case: fast, issues: [] };
  return fullValidation(value, options, fast);
}

/**
 * {@link validateCase} without its fast path: the reference the fast path is tested against
 * (`test/fuzz/validation-fast-path.fuzz.test.ts`).
 * @internal
 */
export function validateCaseFully(value: unknown, options: ValidateOptions = {}): CaseValidation {
  return fullValidation(value, options, undefined);
}

/**
 * Every issue, in order, with its path. `parsedCase`: the fast parser's output when it accepted the value (it
 * is zod's output, so zod need not parse it again).
 */
function fullValidation(
  value: unknown,
  options: ValidateOptions,
  parsedCase: Case | undefined,
): CaseValidation {
  const parsed: { success: true; data: Case } | { success: false; error: z.ZodError } =
    parsedCase !== undefined ? { success: true, data: parsedCase } : compiledCaseSchema().safeParse(value);
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
 * What {@link validateCase} returns with `options` for a value whose validation without options is known to be
 * `v` (a valid case, so its issues are warnings only): with `strict`, warnings are errors and the case is refused.
 * For a caller that has just validated the case (the FHIR import) and must not validate it twice.
 * @param v - `validateCase(value)` of a valid case
 * @param options - the options to apply
 */
export function withValidateOptions(
  v: CaseValidation & { case: Case },
  options: ValidateOptions,
): CaseValidation {
  if (!options.strict || v.issues.length === 0) return v;
  return {
    issues: v.issues.map((i) => (i.severity === 'warning' ? { ...i, severity: 'error' as const } : i)),
  };
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
