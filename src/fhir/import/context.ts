/**
 * What every resource mapper shares: defensive JSON accessors (the input is untrusted), the reference
 * index, the issues (OperationOutcome-shaped) and the provenance of each fact.
 * @module
 */
import type { Issue, IssueCode, IssueSeverity } from '../../core/issues.js';
import { isValidPartialIsoDate } from '../../core/dates.js';
import { newList } from '../../core/lists.js';
import { lookupCode, type MappingRow } from '../mapping/index.js';

/** A JSON object of the input. */
export type Json = Record<string, unknown>;

/** True for a plain JSON object. */
export const isObj = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
/** The value as an array (a new empty one, of the general hidden class: see `newList`, when it is not one). */
export const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : newList());
/** The value as a string, else undefined. */
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** The value as a finite number, else undefined. */
export const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;
/** The value as an object, else undefined. */
export const obj = (v: unknown): Json | undefined => (isObj(v) ? v : undefined);

/** An input problem, OperationOutcome-shaped: `path` is a FHIRPath-like location, `resource` the reference. */
export interface ImportIssue extends Issue {
  /** The resource concerned (`Observation/123`, or the entry's fullUrl). */
  resource?: string;
}

/** Where a fact of the case came from. */
export interface ProvenanceEntry {
  /** Path in the case (`labs[0]`, `patient.sex`, `dates.symptomOnset`). */
  path: string;
  /** The resource (`Observation/123` or its fullUrl). */
  resource: string;
  /** FHIRPath-like location of the element read (`Observation.valueQuantity`). */
  expression: string;
  /** How the resource was recognised: by a code of the table, by its text, or by a Heliotrope extension. */
  match: 'code' | 'text' | 'resource';
  /** The code that matched (`http://loinc.org|2157-6`). */
  code?: string;
  /** What the resource said, when the case field alone loses it (a family history: the relative and the condition). */
  note?: string;
}

/** A resource of the input with where it is. */
export interface Located {
  resource: Json;
  /** Reference used in issues and provenance. */
  ref: string;
  /** FHIRPath-like location of the resource in the input (`Bundle.entry[3].resource`). */
  loc: string;
  /** The Bundle entry's fullUrl, when there is one. */
  fullUrl?: string;
}

/** A code recognised in a CodeableConcept. */
export interface CodeHit {
  row: MappingRow;
  coding: string;
  /** Location of the matching coding. */
  expression: string;
}

/** The import context. */
export class ImportContext {
  readonly issues: ImportIssue[] = [];
  readonly provenance: ProvenanceEntry[] = [];
  /** The resources that can be referenced, in input order (see {@link addNamed}). */
  private readonly named: Located[] = [];
  private refIndex: Map<string, Located> | undefined;

  /**
   * Resources by every name they can be referenced with (their `Type/id`, their Bundle entry's fullUrl; a
   * later resource takes a name from an earlier one). Built on first use: most patients of a population run
   * reference nothing but their Patient, which the import recognises without it, so the index is often
   * never needed.
   */
  get byRef(): ReadonlyMap<string, Located> {
    if (!this.refIndex) {
      const m = new Map<string, Located>();
      for (const at of this.named) {
        const r = at.resource;
        const id = str(r.id);
        // `at.ref` is that very `Type/id` (see the import's refOf) when the resource has an id and a type:
        // reused, not built again (a Bundle entry without a resourceType keeps the key it always had).
        if (id) m.set(typeof r.resourceType === 'string' ? at.ref : `${str(r.resourceType)}/${id}`, at);
        // Entry fullUrls (urn:uuid:… in transactions, absolute URLs in searchsets) also name their resources.
        if (at.fullUrl) m.set(at.fullUrl, at);
      }
      this.refIndex = m;
    }
    return this.refIndex;
  }

  /**
   * Makes a resource referenceable (its names: see {@link byRef}); call in input order, before any lookup.
   * @param at - the resource
   */
  addNamed(at: Located): void {
    this.named.push(at);
  }
  /** Resources consumed by a mapper (directly or as a member of another). */
  readonly used = new Set<Json>();
  /** Unmapped codes, grouped: key system|code → occurrences. */
  readonly unmapped = new Map<string, { display: string; refs: string[]; loc: string; type: string }>();

  /**
   * Records an issue.
   * @param severity - error, warning or information
   * @param code - issue code
   * @param at - the resource concerned (or undefined for the whole input)
   * @param expression - FHIRPath-like location
   * @param message - what is wrong, in words
   */
  report(
    severity: IssueSeverity,
    code: IssueCode,
    at: Located | undefined,
    expression: string,
    message: string,
  ): void {
    this.issues.push({
      severity,
      code,
      path: expression,
      message: at ? `${at.ref}: ${message}` : message,
      ...(at ? { resource: at.ref } : {}),
    });
  }

  /**
   * Records that a case path came from a resource.
   * @param path - case path
   * @param at - the resource
   * @param expression - element read
   * @param match - how the resource was recognised
   * @param code - the code that matched
   * @param note - what the resource said that the case field does not keep
   */
  trace(
    path: string,
    at: Located,
    expression: string,
    match: ProvenanceEntry['match'],
    code?: string,
    note?: string,
  ): void {
    this.provenance.push({
      path,
      resource: at.ref,
      expression,
      match,
      ...(code ? { code } : {}),
      ...(note ? { note } : {}),
    });
  }

  /**
   * Resolves a Reference to a resource of the input; a dangling reference is reported.
   * @param ref - the Reference object
   * @param from - the referring resource
   * @param expression - location of the reference
   * @param quiet - do not report a dangling reference
   */
  resolve(ref: unknown, from: Located, expression: string, quiet = false): Located | undefined {
    const s = str(obj(ref)?.reference);
    if (!s) return undefined;
    if (s.startsWith('#')) return this.contained(s, from);
    const hit = this.byRef.get(s) ?? this.byRef.get(s.split('/').slice(-2).join('/'));
    if (!hit && !quiet)
      this.report(
        'warning',
        'not-found',
        from,
        `${expression}.reference`,
        `reference "${s}" is not in the input`,
      );
    return hit;
  }

  /**
   * {@link resolve} without reporting a dangling reference, and so without its location (which the import
   * would otherwise build for every resource's subject).
   * @param ref - the Reference object
   * @param from - the referring resource
   */
  find(ref: unknown, from: Located): Located | undefined {
    const s = str(obj(ref)?.reference);
    if (!s) return undefined;
    if (s.startsWith('#')) return this.contained(s, from);
    return this.byRef.get(s) ?? this.byRef.get(s.split('/').slice(-2).join('/'));
  }

  /** A contained resource (`#id`) of the referring resource. */
  private contained(s: string, from: Located): Located | undefined {
    const id = s.slice(1);
    const c = arr(from.resource.contained).find((x) => isObj(x) && x.id === id);
    return isObj(c) ? { resource: c, ref: `${from.ref}${s}`, loc: `${from.loc}.contained` } : undefined;
  }

  /**
   * The first coding of a CodeableConcept that has a row in the mapping table.
   * @param cc - the CodeableConcept
   * @param expression - its location
   */
  codeHit(cc: unknown, expression: string): CodeHit | undefined {
    const codings = arr(obj(cc)?.coding);
    for (let i = 0; i < codings.length; i++) {
      const c = obj(codings[i]);
      const system = str(c?.system);
      const code = str(c?.code);
      if (!system || !code) continue;
      const row = lookupCode(system, code);
      if (row) return { row, coding: `${row.system}|${code}`, expression: `${expression}.coding[${i}]` };
    }
    return undefined;
  }

  /**
   * Notes a code that no row maps (grouped per code in the issues).
   * @param cc - the CodeableConcept
   * @param at - its resource
   * @param expression - its location
   */
  notMapped(cc: unknown, at: Located, expression: string): void {
    const c = obj(cc);
    const first = obj(arr(c?.coding)[0]);
    const key = first
      ? `${str(first.system) ?? '(no system)'}|${str(first.code) ?? '(no code)'}`
      : `(text)|${str(c?.text) ?? '(none)'}`;
    const display = str(first?.display) ?? str(c?.text) ?? '';
    const type = str(at.resource.resourceType) ?? 'Resource';
    const u = this.unmapped.get(key);
    if (u) u.refs.push(at.ref);
    else
      this.unmapped.set(key, {
        display,
        refs: [at.ref],
        loc: `${type}.${expression.split('.').slice(-1)[0]}`,
        type,
      });
  }
}

/** Text of a CodeableConcept: its text, else the first display. */
export function ccText(cc: unknown): string | undefined {
  const c = obj(cc);
  if (!c) return undefined;
  const t = str(c.text);
  if (t) return t;
  for (const x of arr(c.coding)) {
    const d = str(obj(x)?.display);
    if (d) return d;
  }
  return undefined;
}

/** Codes of a CodeableConcept, as `system|code` strings. */
export function ccCodes(cc: unknown): { system: string; code: string }[] {
  const out = newList<{ system: string; code: string }>();
  for (const x of arr(obj(cc)?.coding)) {
    const s = str(obj(x)?.system);
    const c = str(obj(x)?.code);
    if (s && c) out.push({ system: s, code: c });
  }
  return out;
}

/** True when a CodeableConcept has this system and code. */
export function hasCode(cc: unknown, system: string, code: string): boolean {
  return ccCodes(cc).some((c) => c.system === system && c.code === code);
}

/**
 * A FHIR date or dateTime as a partial ISO date of the case (the calendar date as written; no time-zone shift).
 * @returns the date, `invalid` when it is not a date, or undefined when absent
 */
export function fhirDate(v: unknown): string | 'invalid' | undefined {
  const s = str(v);
  if (s === undefined) return undefined;
  const m =
    /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/.exec(s);
  if (!m || !isValidPartialIsoDate(m[1]!)) return 'invalid';
  return m[1];
}
