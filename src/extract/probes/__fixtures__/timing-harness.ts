/**
 * The harness of the timing and cancer probe tables (`timing.probe.test.ts`, `timing2.probe.test.ts`): how a row is
 * read and checked, as the scorer counts it (corpus/README.md, "Scoring").
 * @module
 */
import { describe, expect, it } from 'vitest';
import { resolveCaseDate } from '../../../case/dates.js';
import type { Case } from '../../../case/schema.js';
import type { ClinicalDate } from '../../../core/dates.js';
import { extractCase } from '../../extract.js';

export type Cancer = Case['cancers'][number];
const UNIT_MONTHS = { day: 1 / 30.4375, week: 7 / 30.4375, month: 1, year: 12 } as const;
const ANCHORS = new Set(['symptom-onset', 'diagnosis', 'presentation']);

/** Months between the first symptom and the presentation (positive: the onset came first), as scored. */
export function onsetMonths(c: Case): number | undefined {
  const d = c.dates.symptomOnset;
  if (d === undefined) return undefined;
  if (typeof d !== 'string' && d.relativeTo === 'presentation') return -d.offset * UNIT_MONTHS[d.unit];
  const a = resolveCaseDate(c, d);
  const b = resolveCaseDate(c, c.dates.presentation);
  if (!a || !b) return undefined;
  return ((b.earliest + b.latest) / 2 - (a.earliest + a.latest) / 2) / 30.4375;
}

/** Months from the myositis to the cancer (negative: the cancer came first), as scored. */
export function cancerMonths(c: Case, k: Cancer): number | undefined {
  const d = k.diagnosisDate;
  if (d === undefined) return undefined;
  if (typeof d !== 'string' && ANCHORS.has(d.relativeTo)) return d.offset * UNIT_MONTHS[d.unit];
  const myo: ClinicalDate | undefined = c.dates.diagnosis ?? c.dates.symptomOnset ?? c.dates.presentation;
  const a = resolveCaseDate(c, myo);
  const b = resolveCaseDate(c, d);
  if (!a || !b) return undefined;
  return ((b.earliest + b.latest) / 2 - (a.earliest + a.latest) / 2) / 30.4375;
}

/**
 * Every snippet is read as the body of a report under a neutral title: a document's first short line is its
 * title, and a title is not where the case is told in order (a work-up find needs a presentation before it).
 */
export const TITLE = 'Inflammatory myopathy: a case report\n\n';
export const read = (text: string) => extractCase(TITLE + text).case;

export type Onset = [text: string, months: number | null];

export function checkOnset(text: string, months: number | null): void {
  const got = onsetMonths(read(text));
  if (months === null) expect(got).toBeUndefined();
  else {
    expect(got).toBeDefined();
    expect(Math.abs((got ?? NaN) - months)).toBeLessThanOrEqual(Math.max(0.5, months * 0.25));
  }
}

export interface Expected {
  /** A word of the site or histology (alternatives separated by `|`: "gastric|stomach"). */
  name: string;
  relation?: 'before' | 'after' | 'concurrent';
  /** Interval in months (absent: the text states an order only). */
  months?: number;
}
export type Row = [text: string, expected: Expected | null];

/** The site/histology family: the cancer only (its timing is probed by the families after it). */
export function checkSite(text: string, e: Expected): void {
  const re = new RegExp(e.name);
  const c = read(text);
  expect(
    c.cancers.map((x) => `${x.site ?? ''} ${x.histology ?? ''}`.toLowerCase()).some((x) => re.test(x)),
    JSON.stringify(c.cancers.map((x) => [x.site, x.histology])),
  ).toBe(true);
}

export function checkCancer(text: string, e: Expected | null): void {
  const c = read(text);
  if (e === null) {
    expect(c.cancers.map((k) => k.histology ?? k.site)).toEqual([]);
    return;
  }
  const re = new RegExp(e.name);
  const k = c.cancers.find((x) => re.test(`${x.site ?? ''} ${x.histology ?? ''}`.toLowerCase()));
  expect(
    k,
    `a cancer naming "${e.name}" among ${JSON.stringify(c.cancers.map((x) => [x.site, x.histology]))}`,
  ).toBeDefined();
  if (!k) return;
  const m = cancerMonths(c, k);
  const rel = m === undefined ? k.relationToMyositis : undefined;
  if (e.relation === undefined) {
    expect({ m, rel }).toEqual({ m: undefined, rel: undefined });
    return;
  }
  if (rel !== undefined) {
    expect({ rel, months: undefined }).toEqual({ rel: e.relation, months: e.months });
    return;
  }
  expect(m, 'an interval').toBeDefined();
  const v = m ?? NaN;
  if (e.relation === 'concurrent') expect(Math.abs(v)).toBeLessThanOrEqual(Math.max(1, e.months ?? 0));
  else {
    expect(e.relation === 'before' ? v < 0 : v > 0, `sign of ${v}`).toBe(true);
    if (e.months !== undefined)
      expect(Math.abs(Math.abs(v) - e.months)).toBeLessThanOrEqual(Math.max(1, e.months * 0.25));
  }
}

/** A stage expectation: the cancer (a word of its site or histology) and its extent and/or TNM string. */
export interface StageExpected {
  name: string;
  extent?: 'in-situ' | 'localised' | 'locally-advanced' | 'metastatic';
  tnm?: string;
}

/** The stage family: the cancer named, with the extent and the TNM the text states. */
export function checkStage(text: string, e: StageExpected): void {
  const re = new RegExp(e.name);
  const c = read(text);
  const k = c.cancers.find((x) => re.test(`${x.site ?? ''} ${x.histology ?? ''}`.toLowerCase()));
  expect(k, JSON.stringify(c.cancers.map((x) => [x.site, x.histology]))).toBeDefined();
  if (e.extent !== undefined) expect(k?.stage?.extent).toBe(e.extent);
  if (e.tnm !== undefined) expect(k?.stage?.tnm?.replace(/\s/g, '').toLowerCase()).toBe(e.tnm.toLowerCase());
}

/** A row the extractor does not read yet: it runs as `it.fails`, so the day it passes the table says so. */
export const GAP = 'gap';
/** A probe row: the snippet, what it should give, and whether it is a known gap. */
export type Probe<T> = readonly [text: string, expected: T, gap?: typeof GAP];

/** One family of probe rows, each a test (`it.fails` for a known gap). */
export function family<T>(
  title: string,
  rows: readonly Probe<T>[],
  check: (text: string, e: T) => void,
): void {
  describe(title, () => {
    for (const [text, e, gap] of rows) {
      const name = `${text} → ${JSON.stringify(e)}`;
      if (gap === GAP) it.fails(name, () => check(text, e));
      else it(name, () => check(text, e));
    }
  });
}
