/**
 * Reading FHIR values: quantities with UCUM units (converted with the UCUM library, never by hand),
 * answers (Yes/No, Positive/Negative) from codes, strings, booleans and interpretations, and the dates
 * of a resource (standard elements, or Heliotrope's relative-date extension).
 * @module
 */
import ucum from '@lhncbc/ucum-lhc';
import type { ClinicalDate } from '../../core/dates.js';
import { EXTENSION, SYSTEM } from '../systems.js';
import { arr, fhirDate, num, obj, str, type ImportContext, type Json, type Located } from './context.js';

let utils: ReturnType<typeof ucum.UcumLhcUtils.getInstance> | undefined;
const u = () => (utils ??= ucum.UcumLhcUtils.getInstance());
const validCache = new Map<string, boolean>();
const factorCache = new Map<string, number | null>();

/**
 * True when the string is a valid UCUM unit.
 * @param unit - UCUM code
 */
export function isUcum(unit: string): boolean {
  let v = validCache.get(unit);
  if (v === undefined) {
    v = u().validateUnitString(unit, false).status === 'valid';
    if (validCache.size < 5000) validCache.set(unit, v);
  }
  return v;
}

/**
 * Multiplier taking a value in `from` to `to`, from the UCUM library; null when not commensurable or not
 * a pure scale (offset units such as Cel are not converted here).
 */
export function ucumFactor(from: string, to: string): number | null {
  if (from === to) return 1;
  const key = `${from}\u0000${to}`;
  let f = factorCache.get(key);
  if (f === undefined) {
    const one = u().convertUnitTo(from, 1, to, false);
    const zero = u().convertUnitTo(from, 0, to, false);
    f =
      one.status === 'succeeded' && zero.status === 'succeeded' && one.toVal !== null && zero.toVal === 0
        ? one.toVal
        : null;
    if (factorCache.size < 5000) factorCache.set(key, f);
  }
  return f;
}

/**
 * Rounds away floating-point noise of a conversion (12 significant digits). A whole number of at most 12
 * digits is already exact at that precision and is returned as it is (`toPrecision` and the number parse
 * are the slow part of the import's lab reading); zero is returned as +0, as the rounding gives.
 */
export const tidy = (x: number): number =>
  Number.isInteger(x) && x < 1e12 && x > -1e12 ? x + 0 : Number(x.toPrecision(12));

/** A quantity read from FHIR. */
export interface ReadQuantity {
  value: number;
  comparator?: '<' | '<=' | '>' | '>=';
  /** UCUM code, when the unit is UCUM. */
  unit?: string;
  /** The unit as written when it is not UCUM. */
  unitText?: string;
}

/**
 * Reads a Quantity: the UCUM code when `system` is UCUM, else the unit string when it happens to be valid UCUM.
 * @param q - the Quantity
 */
export function readQuantity(q: unknown): ReadQuantity | undefined {
  const o = obj(q);
  const value = num(o?.value);
  if (!o || value === undefined) return undefined;
  const comparator = str(o.comparator);
  const cmp =
    comparator === '<' || comparator === '<=' || comparator === '>' || comparator === '>='
      ? comparator
      : undefined;
  const code = str(o.code);
  const unitText = str(o.unit);
  let unit: string | undefined;
  if (code && (str(o.system) === SYSTEM.ucum || o.system === undefined) && isUcum(code)) unit = code;
  else if (!code && unitText && isUcum(unitText)) unit = unitText;
  return {
    value,
    ...(cmp ? { comparator: cmp } : {}),
    ...(unit ? { unit } : {}),
    ...(!unit && (unitText ?? code) ? { unitText: unitText ?? code } : {}),
  };
}

/** An answer read from a value or an interpretation. */
export type Answer = 'yes' | 'no' | 'unknown' | 'positive' | 'negative' | 'equivocal';

const TEXT_ANSWERS: Readonly<Record<string, Answer>> = {
  yes: 'yes',
  y: 'yes',
  true: 'yes',
  present: 'yes',
  no: 'no',
  n: 'no',
  false: 'no',
  absent: 'no',
  positive: 'positive',
  pos: 'positive',
  detected: 'positive',
  'weakly positive': 'positive',
  'weak positive': 'positive',
  'strongly positive': 'positive',
  negative: 'negative',
  neg: 'negative',
  'not detected': 'negative',
  equivocal: 'equivocal',
  borderline: 'equivocal',
  indeterminate: 'equivocal',
  unknown: 'unknown',
};

/**
 * Reads an answer from free text ("positive", "Not detected", "yes").
 * @param s - text
 */
export function textAnswer(s: string | undefined): Answer | undefined {
  if (!s) return undefined;
  return TEXT_ANSWERS[s.trim().toLowerCase().replace(/\s+/g, ' ')];
}

/**
 * Reads the date a resource is about, from the named elements (dateTime, Period.start, instant), or from
 * Heliotrope's relative-date extension with that target. Invalid dates are reported.
 * @param ctx - import context
 * @param at - the resource
 * @param elements - element names in order of preference (`effectiveDateTime`, `effectivePeriod`, …)
 * @param target - name of the date in the relative-date extension (`effective`, `onset`, `start`, …)
 */
export function readDate(
  ctx: ImportContext,
  at: Located,
  elements: readonly string[],
  target: string,
): { date: ClinicalDate; expression: string } | undefined {
  const type = str(at.resource.resourceType) ?? 'Resource';
  for (const el of elements) {
    const v = at.resource[el];
    if (v === undefined) continue;
    const raw = obj(v)
      ? el === 'period' || el.endsWith('Period')
        ? obj(v)?.[target === 'end' ? 'end' : 'start']
        : undefined
      : v;
    const d = fhirDate(raw);
    if (d === 'invalid') {
      ctx.report('error', 'value', at, `${type}.${el}`, `"${String(raw)}" is not a FHIR date`);
      continue;
    }
    if (d) return { date: d, expression: `${type}.${el}` };
  }
  const rel = relativeDate(at.resource, target);
  return rel ? { date: rel, expression: `${type}.extension('relative-date')` } : undefined;
}

/**
 * Heliotrope's relative-date extension for one target date, if present and well formed.
 * @param r - the resource (or element) carrying the extension
 * @param target - which date (`effective`, `onset`, `start`, `end`, `diagnosis`, `symptomOnset`, …)
 */
export function relativeDate(r: Json, target: string): ClinicalDate | undefined {
  for (const e of arr(r.extension)) {
    const x = obj(e);
    if (str(x?.url) !== EXTENSION.relativeDate) continue;
    const sub = (name: string) => obj(arr(x?.extension).find((s) => obj(s)?.url === name));
    if (str(sub('target')?.valueCode) !== target) continue;
    const relativeTo = str(sub('relativeTo')?.valueString);
    const offset = num(sub('offset')?.valueDecimal);
    const unit = str(sub('unit')?.valueCode);
    if (!relativeTo || offset === undefined) continue;
    if (unit !== 'day' && unit !== 'week' && unit !== 'month' && unit !== 'year') continue;
    const approximate = sub('approximate')?.valueBoolean === true;
    return { relativeTo, offset, unit, ...(approximate ? { approximate: true } : {}) };
  }
  return undefined;
}

/**
 * A sub-extension value of a Heliotrope extension on a resource.
 * @param r - the resource
 * @param url - extension URL
 * @param name - sub-extension url
 */
export function extValue(r: Json, url: string, name?: string): unknown {
  for (const e of arr(r.extension)) {
    const x = obj(e);
    if (str(x?.url) !== url) continue;
    const holder = name ? obj(arr(x?.extension).find((s) => obj(s)?.url === name)) : x;
    if (!holder) continue;
    for (const k of Object.keys(holder)) if (k.startsWith('value')) return holder[k];
  }
  return undefined;
}
