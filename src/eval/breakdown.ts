/**
 * Disagreements counted by kind, for `npm run eval:cases -- --breakdown`: where a field group loses its F1
 * (a fact missed, a fact added, a fact read wrong), and for the groups that hold more than one kind of fact
 * (timing: the symptom onset and the cancers' order; antibodies: single antibodies and panels; cancers: the
 * cancer itself, its site and its histology) which kind. Only counts leave this module: no item, value or text,
 * so a test half can be reported this way without reading its items. Pure.
 * @module
 */
import type { FieldGroup, LabDifference, Miss } from './score.js';

/** The kind of fact a disagreement is about, within its field group. */
export type FactKind =
  | 'finding'
  | 'lab'
  | 'antibody'
  | 'panel'
  | 'age'
  | 'sex'
  | 'smoking'
  | 'family history'
  | 'cancer'
  | 'cancer site'
  | 'cancer histology'
  | 'symptom onset'
  | 'cancer timing'
  | 'study';

/** Missed (gold only), added (extraction only) and wrong (both, not the same) disagreements of one kind. */
export interface KindCounts {
  missed: number;
  added: number;
  wrong: number;
}

/** One row of a breakdown: a field group, a kind of fact in it, and its counts. */
export interface BreakdownRow extends KindCounts {
  group: FieldGroup | 'studies';
  kind: FactKind;
}

/** The kind of fact of one disagreement, from its group and its item label (see `scoreCase`). */
export function factKind(m: Miss): FactKind {
  switch (m.group) {
    case 'findings':
      return 'finding';
    case 'labs':
      return 'lab';
    case 'antibodies':
      return m.item.startsWith('panel: ') ? 'panel' : 'antibody';
    case 'patient':
      return m.item === 'sex'
        ? 'sex'
        : m.item === 'smoking'
          ? 'smoking'
          : m.item === 'family history of cancer'
            ? 'family history'
            : 'age';
    case 'cancers':
      return m.item.startsWith('site of ')
        ? 'cancer site'
        : m.item.startsWith('histology of ')
          ? 'cancer histology'
          : 'cancer';
    case 'timing':
      return m.item === 'symptom onset' ? 'symptom onset' : 'cancer timing';
    case 'studies':
      return 'study';
  }
}

/** Adds one disagreement to its row's counts: missed (gold only), added (extraction only) or wrong. */
function count(row: KindCounts, m: Miss): void {
  if (m.kind === 'fn') row.missed++;
  else if (m.kind === 'fp') row.added++;
  else row.wrong++;
}

/** Counts the disagreements by group and kind of fact, in a fixed order (groups, then kinds as first met). */
export function breakdown(misses: Iterable<Miss>): BreakdownRow[] {
  const rows = new Map<string, BreakdownRow>();
  for (const m of misses) {
    const kind = factKind(m);
    const key = `${m.group}\u0000${kind}`;
    let row = rows.get(key);
    if (!row) {
      row = { group: m.group, kind, missed: 0, added: 0, wrong: 0 };
      rows.set(key, row);
    }
    count(row, m);
  }
  const order: readonly string[] = [
    'findings',
    'labs',
    'antibodies',
    'patient',
    'cancers',
    'timing',
    'studies',
  ];
  return [...rows.values()].sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group));
}

/** How a cancer's timing read wrong differs from the gold. */
export type TimingWrongKind = 'order' | 'interval not read' | 'interval';

/** The relation a timing label states: before, after or concurrent ("same time" is concurrent). */
function relationOf(label: string): 'before' | 'after' | 'concurrent' | undefined {
  if (/^(?:concurrent|same time)\b/.test(label)) return 'concurrent';
  const m = /\b(before|after)\b/.exec(label);
  return m ? (m[1] as 'before' | 'after') : undefined;
}

/**
 * Splits a wrong cancer timing (see `scoreCancersAndTiming` in score.ts for the labels) into: the order differs
 * (before, after, concurrent); the order agrees but the extraction states no interval where the gold has one; the
 * order agrees and the interval is outside the tolerance. Undefined for any other disagreement.
 */
export function timingWrongKind(m: Miss): TimingWrongKind | undefined {
  if (m.group !== 'timing' || m.kind !== 'wrong' || m.item === 'symptom onset') return undefined;
  if (m.gold === undefined || m.pred === undefined) return undefined;
  const g = relationOf(m.gold);
  const p = relationOf(m.pred);
  if (g === undefined || p === undefined) return undefined;
  if (g !== p) return 'order';
  return m.pred.includes('interval not stated') ? 'interval not read' : 'interval';
}

/** Counts the wrong cancer timings by how they differ from the gold. */
export function timingWrongCounts(misses: Iterable<Miss>): Record<TimingWrongKind, number> {
  const out: Record<TimingWrongKind, number> = { order: 0, 'interval not read': 0, interval: 0 };
  for (const m of misses) {
    const k = timingWrongKind(m);
    if (k) out[k]++;
  }
  return out;
}

/**
 * The cancers whose order was read wrong, counted by the gold's relation and the one read ("concurrent → after"),
 * in a fixed order of the pairs; pairs with no disagreement are left out. Counts only.
 */
export function timingOrderPairs(misses: Iterable<Miss>): { gold: string; read: string; count: number }[] {
  const relations = ['before', 'concurrent', 'after'] as const;
  const order = [...misses].filter((m) => timingWrongKind(m) === 'order');
  return relations
    .flatMap((gold) =>
      relations.map((read) => ({
        gold,
        read,
        count: order.filter((m) => relationOf(m.gold!) === gold && relationOf(m.pred!) === read).length,
      })),
    )
    .filter((p) => p.count > 0);
}

/** Counts the wrong labs by the part of the reading that differs (see `labDifference` in score.ts). */
export function labWrongCounts(misses: Iterable<Miss>): Record<LabDifference, number> {
  const out: Record<LabDifference, number> = {
    value: 0,
    'value by a power of ten': 0,
    'unit not read': 0,
    unit: 0,
    comparator: 0,
    'upper limit': 0,
    interpretation: 0,
  };
  for (const m of misses) if (m.group === 'labs' && m.kind === 'wrong' && m.differs) out[m.differs]++;
  return out;
}

/** One row of {@link overClassifiedFacts}: a fact that may have raised a classification, and its counts. */
export interface OverClassifiedRow extends KindCounts {
  /** A finding's criteria id ("gottron-sign"), a lab's analyte ("CK"), or another group's kind of fact. */
  fact: string;
}

/**
 * The disagreements of the over-classified cases only (EULAR/ACR probable or definite where the gold does not reach
 * it), counted by fact: findings by their criteria id, studies by their item ("muscle biopsy", "EMG"), labs by
 * analyte (never a value), and the other groups by kind of fact. The ids are the criteria's own, so a test half can
 * be reported this way without reading its items: it says which criteria items the extra score came from, most
 * counted first.
 * @param cases - each over-classified case's disagreements
 */
export function overClassifiedFacts(cases: Iterable<readonly Miss[]>): OverClassifiedRow[] {
  const rows = new Map<string, OverClassifiedRow>();
  for (const misses of cases)
    for (const m of misses) {
      const fact =
        m.group === 'findings' || m.group === 'studies'
          ? m.item
          : m.group === 'labs'
            ? `lab ${m.analyte ?? '?'}`
            : factKind(m);
      let row = rows.get(fact);
      if (!row) rows.set(fact, (row = { fact, missed: 0, added: 0, wrong: 0 }));
      count(row, m);
    }
  const weight = (r: OverClassifiedRow) => r.added + r.wrong;
  return [...rows.values()].sort((a, b) => weight(b) - weight(a) || a.fact.localeCompare(b.fact));
}
