/**
 * Case validation: JSON syntax (with line and column), structure (zod, every problem by field path),
 * then the checks a schema cannot express (UCUM units, MRC grades, ranges, relative-date anchors).
 * @module
 */
import ucum from '@lhncbc/ucum-lhc';
import type { z } from 'zod';
import { InputError, issue, type Issue } from '../core/issues.js';
import { parseMrcGrade } from './mrc.js';
import { CaseSchema, type Case } from './schema.js';

/** Formats a path array as `labs[2].value`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}

function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => {
    const path = formatPath(i.path);
    const code = i.code === 'invalid_type' && i.input === undefined ? 'required' : i.code === 'unrecognized_keys' ? 'structure' : 'value';
    return issue(code, path, i.message);
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
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const posMatch = /position (\d+)/.exec(msg);
    const lc = posMatch ? lineColumn(text, Number(posMatch[1])) : undefined;
    const detail = msg.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/, '');
    throw new InputError(`${where} is not valid JSON`, [
      issue('structure', '', `not valid JSON: ${detail}`, lc ? { line: lc.line, column: lc.column } : {}),
    ]);
  }
}

let ucumUtils: { validateUnitString(u: string, suggest?: boolean): { status: string; msg?: string[] } } | undefined;

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

function semanticIssues(c: Case): Issue[] {
  const out: Issue[] = [];
  const ids = new Map<string, string>();
  const anchors = new Set(['symptom-onset', 'diagnosis', 'presentation']);
  const addId = (id: string | undefined, path: string) => {
    if (id === undefined) return;
    if (ids.has(id)) out.push(issue('conflict', `${path}.id`, `id "${id}" is already used at ${ids.get(id)}`));
    ids.set(id, path);
    anchors.add(id);
  };
  c.cancers.forEach((x, i) => addId(x.id, `cancers[${i}]`));
  c.treatments.forEach((x, i) => addId(x.id, `treatments[${i}]`));
  c.investigations.forEach((x, i) => addId(x.id, `investigations[${i}]`));
  c.visits.forEach((x, i) => addId(x.id, `visits[${i}]`));
  c.tumourAssessments.forEach((x, i) => addId(x.id, `tumourAssessments[${i}]`));

  c.labs.forEach((lab, i) => {
    if (lab.unit !== undefined) {
      const m = checkUcumUnit(lab.unit);
      if (m) out.push(issue('value', `labs[${i}].unit`, m));
    }
    const r = lab.referenceRange;
    if (r?.low !== undefined && r.high !== undefined && r.low > r.high) {
      out.push(issue('value', `labs[${i}].referenceRange`, `low (${r.low}) is above high (${r.high})`));
    }
    if (lab.value === undefined && lab.interpretation === undefined) {
      out.push(issue('required', `labs[${i}]`, 'a lab result needs a value or an interpretation'));
    }
    if (lab.comparator !== undefined && lab.value === undefined) {
      out.push(issue('required', `labs[${i}].value`, 'a comparator needs a value'));
    }
  });
  c.treatments.forEach((t, i) => {
    if (t.dose) {
      const m = checkUcumUnit(t.dose.unit);
      if (m) out.push(issue('value', `treatments[${i}].dose.unit`, m));
    }
  });
  c.strength.forEach((s, i) => {
    if (!parseMrcGrade(s.grade)) {
      out.push(issue('value', `strength[${i}].grade`, `"${s.grade}" is not an MRC grade (0–5, e.g. 4, 4-, 3-4/5, III-IV/V)`));
    }
  });

  // Relative dates must point at an existing anchor.
  const visit = (value: unknown, path: string) => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${i}]`));
      return;
    }
    const rec = value as Record<string, unknown>;
    if (typeof rec.relativeTo === 'string' && typeof rec.offset === 'number') {
      if (!anchors.has(rec.relativeTo)) {
        out.push(issue('value', `${path}.relativeTo`, `no event with id "${rec.relativeTo}" (known: ${[...anchors].join(', ')})`));
      }
      return;
    }
    for (const [k, v] of Object.entries(rec)) if (k !== 'evidence') visit(v, path ? `${path}.${k}` : k);
  };
  visit(c, '');
  return out;
}

/** Result of {@link validateCase}: the case when valid, and every issue found. */
export interface CaseValidation {
  case?: Case;
  issues: Issue[];
}

/**
 * Validates a parsed JSON value as a case, collecting every problem.
 * @param value - parsed JSON
 */
export function validateCase(value: unknown): CaseValidation {
  const parsed = CaseSchema.safeParse(value);
  if (!parsed.success) return { issues: zodIssues(parsed.error) };
  const issues = semanticIssues(parsed.data);
  if (issues.some((i) => i.severity === 'error')) return { issues };
  return { case: parsed.data, issues };
}

/**
 * Validates and returns a case, or throws an {@link InputError} listing every problem by field path.
 * @param value - parsed JSON
 * @param where - name of the input for the message
 */
export function parseCase(value: unknown, where = 'case'): Case {
  const r = validateCase(value);
  if (!r.case) {
    const n = r.issues.length;
    throw new InputError(`${where} is not a valid Heliotrope case (${n} problem${n === 1 ? '' : 's'})`, r.issues);
  }
  return r.case;
}
