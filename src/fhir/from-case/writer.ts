/**
 * The shared part of the case → FHIR conversion: the resources written so far, resource ids in order, and the
 * small builders every section uses (codings, dates, Observations, a study's Procedure + DiagnosticReport).
 * Pure.
 * @module
 */
import type { Resource } from '@medplum/fhirtypes';
import type { ClinicalDate } from '../../core/dates.js';
import { MAPPING_TABLE, type MappingRow, type MappingTarget } from '../mapping/index.js';
import { CASE_ITEM_ID, EXTENSION, SYSTEM } from '../systems.js';

/** A FHIR element under construction (the Bundle is typed once it is complete). */
export type R = Record<string, unknown>;

/** The preferred standard coding of a case value (first matching non-Heliotrope row), if any. */
export function standardCoding(pred: (t: MappingTarget) => boolean): R | undefined {
  const row: MappingRow | undefined = MAPPING_TABLE.find(
    (r) => r.system !== SYSTEM.heliotrope && !r.prefix && r.target.field !== 'answer' && pred(r.target),
  );
  return row ? { system: row.system, code: row.code, display: row.display } : undefined;
}

/** A coding in Heliotrope's own code system. */
export const h = (code: string, display?: string): R => ({
  system: SYSTEM.heliotrope,
  code,
  ...(display ? { display } : {}),
});

/** A CodeableConcept of the codings given (undefined ones left out) and an optional text. */
export const cc = (codings: (R | undefined)[], text?: string): R => ({
  coding: codings.filter((x): x is R => x !== undefined),
  ...(text ? { text } : {}),
});

/** The case item's own id as an identifier (so that the Bundle reads back to the same id). */
export const ident = (id: string | undefined): R =>
  id ? { identifier: [{ system: CASE_ITEM_ID, value: id }] } : {};

/**
 * A date element: the ISO date under `el`, or, for a relative date, the relative-date extension for that
 * target pushed onto `extensions` (and no element).
 */
export function dateFields(el: string, target: string, d: ClinicalDate | undefined, extensions: R[]): R {
  if (d === undefined) return {};
  if (typeof d === 'string') return { [el]: d };
  extensions.push({
    url: EXTENSION.relativeDate,
    extension: [
      { url: 'target', valueCode: target },
      { url: 'relativeTo', valueString: d.relativeTo },
      { url: 'offset', valueDecimal: d.offset },
      { url: 'unit', valueCode: d.unit },
      ...(d.approximate ? [{ url: 'approximate', valueBoolean: true }] : []),
    ],
  });
  return {};
}

/** What a study (EMG, biopsy, imaging, screening investigation) is written from. */
export interface StudyInput {
  code: R;
  performed: string;
  date: ClinicalDate | undefined;
  site?: string;
  conclusion?: string;
  description?: string;
  /** References of result Observations already written. */
  results?: string[];
  /** The case item's id. */
  id?: string;
}

/** The resources of one Bundle in the making, with ids numbered in the order they are asked for. */
export class BundleWriter {
  /** Every resource written, in order. */
  readonly entries: Resource[] = [];
  /** The reference to the Patient. */
  readonly subject: { reference: string };
  private n = 0;

  /** @param patientId - id of the Patient resource */
  constructor(patientId: string) {
    this.subject = { reference: `Patient/${patientId}` };
  }

  /** The next resource id with this prefix (one counter for the whole Bundle). */
  nextId(prefix: string): string {
    return `${prefix}-${++this.n}`;
  }

  /** Adds a resource; returns its reference (`Type/id`). */
  add(r: R): string {
    this.entries.push(r as unknown as Resource);
    return `${String(r.resourceType)}/${String(r.id)}`;
  }

  /** An Observation of this patient (not yet added) with its code, value elements, date and category. */
  obs(code: R, extra: R, date?: ClinicalDate, category = 'exam'): R {
    const ext: R[] = [];
    const r: R = {
      resourceType: 'Observation',
      id: this.nextId('obs'),
      status: 'final',
      category: [cc([{ system: SYSTEM.observationCategory, code: category }])],
      code,
      subject: this.subject,
      ...dateFields('effectiveDateTime', 'effective', date, ext),
      ...extra,
    };
    if (ext.length) r.extension = ext;
    return r;
  }

  /** Adds a study: a Procedure, and when it was done its DiagnosticReport (conclusion, results). */
  study(s: StudyInput): void {
    const ext: R[] = [];
    const results = s.results ?? [];
    const rep: R | undefined =
      s.performed === 'done'
        ? {
            resourceType: 'DiagnosticReport',
            id: this.nextId('report'),
            status: 'final',
            code: s.code,
            subject: this.subject,
            ...(s.conclusion ? { conclusionCode: [cc([h(s.conclusion)])] } : {}),
            ...(s.description ? { conclusion: s.description } : {}),
            ...(results.length ? { result: results.map((x) => ({ reference: x })) } : {}),
          }
        : undefined;
    const proc: R = {
      resourceType: 'Procedure',
      id: this.nextId('procedure'),
      ...ident(s.id),
      status: s.performed === 'done' ? 'completed' : s.performed === 'not-done' ? 'not-done' : 'unknown',
      code: s.code,
      subject: this.subject,
      ...dateFields('performedDateTime', 'effective', s.date, ext),
      ...(s.site ? { bodySite: [{ text: s.site }] } : {}),
    };
    if (ext.length) proc.extension = ext;
    if (rep) proc.report = [{ reference: this.add(rep) }];
    this.add(proc);
  }
}
