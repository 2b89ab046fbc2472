/**
 * Calculator inputs: the public item ids and the values they take. One definition serves the CLI
 * (`item=value`, JSONL, CSV), the HTTP API and the derivation of inputs from a case.
 * @module
 */
import type { Evidence } from '../core/evidence.js';
import { issue, type Issue } from '../core/issues.js';
import { own } from '../core/lookup.js';
import { levenshtein } from '../core/strings.js';

/** What values an input takes. `tri` = yes/no/unknown. */
export type InputKind =
  | { type: 'tri' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'number'; min: number; max: number; unit?: string; integer?: boolean };

/** One calculator input. */
export interface InputDef {
  /** Public, stable id (kebab-case), e.g. `heliotrope-rash`. */
  id: string;
  /** Short label in the guideline's wording. */
  label: string;
  /** Meaning, with the operational definition. */
  description: string;
  kind: InputKind;
  /** Value when the input is not given; defaults to `unknown` (null for numbers). */
  default?: InputValue;
}

/** An input value: a string for tri/enum inputs (`unknown` allowed), a number, or null for an unknown number. */
export type InputValue = string | number | null;

/** Values by input id. */
export type InputValues = Record<string, InputValue>;

/** Evidence by input id (from a case, or the calculator argument itself). */
export type InputEvidence = Record<string, Evidence[]>;

/** Inputs derived from a case: the values and the evidence behind each. */
export interface DerivedInputs {
  values: InputValues;
  evidence: InputEvidence;
}

const TRI_ALIASES: Record<string, string> = {
  yes: 'yes',
  y: 'yes',
  true: 'yes',
  present: 'yes',
  '1': 'yes',
  no: 'no',
  n: 'no',
  false: 'no',
  absent: 'no',
  '0': 'no',
  unknown: 'unknown',
  '?': 'unknown',
  '': 'unknown',
};

const NUMERIC = /^\s*-?\d+(\.\d+)?\s*$/;

/**
 * The enumerated value equal to a number (`80`, `"80.0"` → `"80"`), so that a JSON number, a CSV cell and
 * an `item=value` argument read alike for every enumerated numeric item.
 */
function enumByNumber(values: readonly string[], n: number): { value: string } | undefined {
  if (!Number.isFinite(n)) return undefined;
  const v = values.find((x) => NUMERIC.test(x) && Number(x) === n);
  return v === undefined ? undefined : { value: v };
}

/** The value of an input when it is not given. */
export function defaultValue(def: InputDef): InputValue {
  if (def.default !== undefined) return def.default;
  return def.kind.type === 'number' ? null : 'unknown';
}

/** Describes the accepted values of an input, for help and error messages. */
export function describeValues(def: InputDef): string {
  switch (def.kind.type) {
    case 'tri':
      return 'yes | no | unknown';
    case 'enum':
      return [...def.kind.values, 'unknown'].filter((v, i, a) => a.indexOf(v) === i).join(' | ');
    case 'number':
      return `number ${def.kind.min}–${def.kind.max}${def.kind.unit ? ` ${def.kind.unit}` : ''} | unknown`;
  }
}

/**
 * Normalises one raw value (from argv, JSON or CSV) for an input.
 * @returns the value, or an issue naming the input and what it accepts
 */
export function coerceInput(
  def: InputDef,
  raw: unknown,
  path: string,
): { value: InputValue } | { issue: Issue } {
  const bad = (got: string) =>
    ({
      issue: issue(
        'value',
        path,
        `${def.id}: "${got}" is not a valid value (expected ${describeValues(def)})`,
      ),
    }) as const;
  if (raw === null || raw === undefined) return { value: defaultValue(def) };
  // Arrays and objects are never item values; they are not turned into text (String() of a deeply
  // nested array recurses once per level).
  if (typeof raw === 'object')
    return {
      issue: issue(
        'value',
        path,
        `${def.id}: ${Array.isArray(raw) ? 'an array' : 'an object'} is not a valid value (expected ${describeValues(def)})`,
      ),
    };
  switch (def.kind.type) {
    case 'tri': {
      const key =
        typeof raw === 'boolean' || typeof raw === 'number'
          ? String(raw)
          : typeof raw === 'string'
            ? raw.trim().toLowerCase()
            : undefined;
      const v = key === undefined ? undefined : own(TRI_ALIASES, key);
      return v === undefined ? bad(String(raw)) : { value: v };
    }
    case 'enum': {
      if (typeof raw === 'number') return enumByNumber(def.kind.values, raw) ?? bad(String(raw));
      if (typeof raw !== 'string') return bad(String(raw));
      const v = raw.trim().toLowerCase();
      if (v === 'unknown' || v === '') return { value: 'unknown' };
      if (def.kind.values.includes(v)) return { value: v };
      return (NUMERIC.test(v) ? enumByNumber(def.kind.values, Number(v)) : undefined) ?? bad(raw);
    }
    case 'number': {
      if (typeof raw === 'string' && ['unknown', '', '?'].includes(raw.trim().toLowerCase()))
        return { value: null };
      const n =
        typeof raw === 'number' ? raw : typeof raw === 'string' && NUMERIC.test(raw) ? Number(raw) : NaN;
      if (!Number.isFinite(n)) return bad(String(raw));
      if (n < def.kind.min || n > def.kind.max) {
        return {
          issue: issue(
            'value',
            path,
            `${def.id}: ${n} is out of range (${def.kind.min}–${def.kind.max}${def.kind.unit ? ` ${def.kind.unit}` : ''})`,
          ),
        };
      }
      if (def.kind.integer && !Number.isInteger(n)) return bad(String(raw));
      return { value: n };
    }
  }
}

/**
 * Builds a complete set of input values from raw key/value pairs, listing every unknown id and bad value.
 * @param defs - the calculator's inputs
 * @param raw - raw values by id
 * @param pathPrefix - prefix for issue paths (e.g. `line 3: `)
 */
export function coerceInputs(
  defs: readonly InputDef[],
  raw: Record<string, unknown>,
  pathPrefix = '',
): { values: InputValues; issues: Issue[] } {
  const byId = new Map(defs.map((d) => [d.id, d]));
  const values: InputValues = {};
  const issues: Issue[] = [];
  for (const d of defs) values[d.id] = defaultValue(d);
  for (const [k, v] of Object.entries(raw)) {
    const def = byId.get(k);
    if (!def) {
      issues.push(
        issue('unknown-item', `${pathPrefix}${k}`, `unknown item "${k}"${suggest(k, [...byId.keys()])}`),
      );
      continue;
    }
    const r = coerceInput(def, v, `${pathPrefix}${k}`);
    if ('issue' in r) issues.push(r.issue);
    else values[k] = r.value;
  }
  return { values, issues };
}

function suggest(k: string, ids: string[]): string {
  const near = ids.filter((id) => id.includes(k) || k.includes(id) || levenshtein(id, k) <= 3);
  return near.length ? ` (did you mean ${near.slice(0, 3).join(', ')}?)` : '';
}
