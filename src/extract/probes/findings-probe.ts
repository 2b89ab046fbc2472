/**
 * What the findings probe tables check (src/extract/probes/findings*.probe.test.ts): the criteria findings of a
 * text as "id" / "id:status" strings, and the patient's age and sex.
 */
import { describe, expect, it } from 'vitest';
import { KNOWN_FINDING_IDS } from '../../case/schema.js';
import { extractCase } from '../extract.js';

const KNOWN = new Set<string>(KNOWN_FINDING_IDS);

/** The criteria findings of the text, as sorted "id" / "id:status" strings. */
export function findingsOf(text: string): string[] {
  return extractCase(text)
    .case.findings.filter((f) => KNOWN.has(f.id) && f.status !== 'unknown')
    .map((f) => (f.status === 'present' ? f.id : `${f.id}:${f.status}`))
    .sort();
}

/** A row's expectation ("id, id:absent") as the sorted strings {@link findingsOf} gives. */
export const expected = (spec: string): string[] =>
  spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .sort();

/** A findings row: the text and its criteria findings, exactly ('' = none). */
export type Row = readonly [text: string, expect: string];

/** The text's criteria findings are exactly the row's (a further criteria finding fails, as in the scorer). */
export const check = (text: string, spec: string): void => {
  expect(findingsOf(text)).toEqual(expected(spec));
};

/** A patient row: the text, the age (exact, a range, or none) and the sex (or none). */
export type PRow = readonly [
  text: string,
  age: number | readonly [number, number] | null,
  sex: 'female' | 'male' | null,
];

/** The patient's age (exact, a range, or none) and sex (or none) read from a text. */
export function expectPatient(
  text: string,
  age: number | readonly [number, number] | null,
  sex: string | null,
): void {
  const p = extractCase(text).case.patient;
  if (age === null) expect(p.age).toBeUndefined();
  else if (typeof age === 'number') expect(p.age).toBe(age);
  else {
    expect(p.age).toBeGreaterThanOrEqual(age[0]);
    expect(p.age).toBeLessThanOrEqual(age[1]);
  }
  expect(p.sex === undefined || p.sex === 'unknown' ? null : p.sex).toBe(sex);
}

/**
 * A table of age-and-sex rows as tests: a row named in `gaps` (with its reason) runs as `it.fails`, so the day it
 * passes the table says so.
 */
export function patientRows(
  title: string,
  rows: readonly PRow[],
  gaps: ReadonlyMap<string, string> = new Map(),
): void {
  describe(title, () => {
    for (const [text, age, sex] of rows) {
      const reason = gaps.get(text);
      const name = `${text} → ${JSON.stringify(age)} ${String(sex)}`;
      if (reason === undefined)
        it(name, () => {
          expectPatient(text, age, sex);
        });
      else
        it.fails(`${name} (known gap: ${reason})`, () => {
          expectPatient(text, age, sex);
        });
    }
  });
}

/**
 * A family of findings rows as tests: a row named in `gaps` (with its reason) runs as `it.fails`, so the day it
 * passes the table says so.
 */
export function findingRows(title: string, rows: readonly Row[], gaps: ReadonlyMap<string, string>): void {
  describe(title, () => {
    for (const [text, spec] of rows) {
      const reason = gaps.get(text);
      if (reason === undefined)
        it(`${text} → ${spec}`, () => {
          check(text, spec);
        });
      else
        it.fails(`${text} → ${spec} (known gap: ${reason})`, () => {
          check(text, spec);
        });
    }
  });
}
