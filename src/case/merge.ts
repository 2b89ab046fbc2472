/**
 * Merging facts into an existing case (e.g. facts extracted from a follow-up letter) without losing any:
 * {@link planMerge} lists what would change — facts added, unknown fields filled in, facts already recorded,
 * and conflicts (a fact recorded with a different value) — and {@link applyMerge} applies the plan with the
 * clinician's decisions. Nothing in the base case is replaced unless a decision says so: an incoming
 * `unknown` (or a missing field) never overwrites a recorded value, a new dated result is a new row of its
 * series, and a conflict stays unresolved until the clinician chooses.
 *
 * Pure: no I/O, no clock. The web application shows the plan as a diff before anything reaches the form.
 * @module
 */

/** A JSON object. */
type Obj = Record<string, unknown>;
/** A location in a case document: keys and array indices. */
export type MergePath = (string | number)[];

/** The sections of a case a change belongs to, in the order the review lists them. */
export const MERGE_SECTIONS = [
  'patient',
  'dates',
  'findings',
  'strength',
  'labs',
  'antibodies',
  'emg',
  'muscleBiopsy',
  'skinBiopsy',
  'muscleImaging',
  'cancers',
  'treatments',
  'investigations',
  'visits',
  'tumourAssessments',
  'diagnoses',
  'treatmentResponse',
  'title',
  'notes',
] as const;

/** A section of the case. */
export type MergeSection = (typeof MERGE_SECTIONS)[number];

/**
 * What accepting a change does:
 * - `added`: a fact the case does not have (a new row, a field not recorded);
 * - `filled`: a field recorded as `unknown` gets a value;
 * - `same`: already recorded with the same value (nothing changes; listed so the review shows every fact);
 * - `conflict`: recorded with another value — the clinician keeps it, takes the new one, or (for a row of a
 *   series) keeps both.
 */
export type MergeKind = 'added' | 'filled' | 'same' | 'conflict';

/** Why a change needs attention (codes; the interface words them). */
export type MergeNote =
  /** a result without a date: the series cannot order it (set the note's date) */
  | 'undated'
  /** another result of the same test on the same date */
  | 'same-date'
  /** the extraction hedged ("compatible with", "possible") */
  | 'uncertain';

/** One change the merge would make. */
export interface MergeChange {
  /** stable id within the plan, used for decisions */
  id: string;
  kind: MergeKind;
  section: MergeSection;
  /** where the value goes in the merged case (for `added` rows: the array they are appended to) */
  path: MergePath;
  /** `set` a value at `path`, or `push` a row onto the array at `path` */
  op: 'set' | 'push';
  /** the recorded value (filled, same, conflict) */
  before?: unknown;
  /** the incoming value */
  after: unknown;
  /** the whole incoming row this change comes from (finding, lab, antibody…), for labels */
  item?: Obj;
  /** the row of the base case it was matched to, for labels */
  baseItem?: Obj;
  /** the field inside the row or object, dot-separated (e.g. `status`, `features.necrosis`) */
  field?: string;
  /** a conflict on a row of a series may keep both rows */
  allowBoth?: boolean;
  notes?: MergeNote[];
  /** source evidence of the incoming fact (spans into the narrative) */
  evidence?: unknown[];
  /** where the evidence is appended when a field of a recorded row is accepted */
  evidenceTarget?: MergePath;
}

/** A merge plan: every change, in section order. */
export interface MergePlan {
  changes: MergeChange[];
}

/**
 * The clinician's decision on a change: `accept` (take the incoming value; for a conflict, replace the
 * recorded one), `reject` (keep the case as it is), `both` (a conflicting row of a series: keep the recorded
 * row and add the new one). `value` replaces the incoming value ("change" in the review).
 */
export interface MergeDecision {
  action: 'accept' | 'reject' | 'both';
  value?: unknown;
}

/** The result of applying a plan. */
export interface MergeResult {
  /** the merged case */
  case: Obj;
  /** ids of conflicts without a decision (left as recorded) */
  unresolved: string[];
  /** ids of the changes applied */
  applied: string[];
}

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Structural equality of JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => jsonEqual(a[k], b[k]));
  }
  return false;
}

/** A value that states nothing: missing, `unknown`, an empty string. */
const isBlank = (v: unknown): boolean => v === undefined || v === null || v === 'unknown' || v === '';

/** Free-text fields of a row: never merged field by field (a new row keeps its own). */
const SOFT_FIELDS = new Set(['note', 'notes', 'description', 'reason', 'title']);
/** Fields never merged field by field. */
const SKIP_FIELDS = new Set(['evidence', 'id', 'schemaVersion']);

const norm = (s: unknown): string =>
  typeof s === 'string'
    ? s
        .toLowerCase()
        .replace(/^anti[-\s]?/, '')
        .replace(/[^a-z0-9γ]/g, '')
    : '';
const dateKey = (d: unknown): string => (d === undefined ? '' : JSON.stringify(d));

function evidenceOf(o: Obj): unknown[] | undefined {
  return Array.isArray(o.evidence) && o.evidence.length ? (o.evidence as unknown[]) : undefined;
}

/** Builds the plan. */
class Planner {
  readonly changes: MergeChange[] = [];
  private n = 0;

  private push(c: Omit<MergeChange, 'id'>): void {
    this.changes.push({ id: `${c.section}:${++this.n}`, ...c });
  }

  /**
   * Field-by-field merge of an incoming object into a recorded one: blanks never overwrite, a blank
   * recorded field is filled, different values conflict (free text excepted).
   */
  fields(
    section: MergeSection,
    base: Obj,
    incoming: Obj,
    path: MergePath,
    ctx: { item?: Obj; baseItem?: Obj; fieldPrefix?: string; evidenceTarget?: MergePath; keys?: Set<string> },
  ): void {
    for (const [k, v] of Object.entries(incoming)) {
      // The fields a row was matched by (spelled perhaps differently) are not changes.
      if (!ctx.fieldPrefix && ctx.keys?.has(k)) continue;
      // Free text of a recorded row stays as it is (the source text is in the evidence).
      if (SKIP_FIELDS.has(k) || SOFT_FIELDS.has(k) || isBlank(v)) continue;
      const b = base[k];
      const field = ctx.fieldPrefix ? `${ctx.fieldPrefix}.${k}` : k;
      const common = {
        section,
        path: [...path, k],
        op: 'set' as const,
        field,
        ...(ctx.item ? { item: ctx.item } : {}),
        ...(ctx.baseItem ? { baseItem: ctx.baseItem } : {}),
        ...(ctx.item && evidenceOf(ctx.item) ? { evidence: evidenceOf(ctx.item) } : {}),
        ...(ctx.evidenceTarget ? { evidenceTarget: ctx.evidenceTarget } : {}),
      };
      if (isObj(v) && isObj(b) && !jsonEqual(v, b)) {
        this.fields(section, b, v, [...path, k], { ...ctx, fieldPrefix: field });
        continue;
      }
      if (b === undefined || (isObj(v) && isObj(b) && Object.keys(b).length === 0)) {
        this.push({ ...common, kind: 'added', after: v });
      } else if (isBlank(b)) {
        this.push({ ...common, kind: 'filled', before: b, after: v });
      } else if (jsonEqual(b, v)) {
        continue;
      } else {
        this.push({ ...common, kind: 'conflict', before: b, after: v });
      }
    }
  }

  /** A single object of the case (patient, dates, EMG, biopsies). */
  object(section: MergeSection, base: unknown, incoming: unknown): void {
    if (!isObj(incoming)) return;
    const meaningful = Object.entries(incoming).some(
      ([k, v]) => !SKIP_FIELDS.has(k) && !isBlank(v) && !(isObj(v) && Object.keys(v).length === 0),
    );
    if (!meaningful) return;
    if (!isObj(base)) {
      this.push({
        section,
        kind: 'added',
        path: [section],
        op: 'set',
        after: incoming,
        item: incoming,
        ...(evidenceOf(incoming) ? { evidence: evidenceOf(incoming) } : {}),
      });
      return;
    }
    this.fields(section, base, incoming, [section], {
      item: incoming,
      baseItem: base,
      evidenceTarget: [section],
    });
  }

  /** A scalar of the case (treatment response, title, notes). */
  scalar(section: MergeSection, base: unknown, incoming: unknown): void {
    if (isBlank(incoming)) return;
    if (base === undefined)
      this.push({ section, kind: 'added', path: [section], op: 'set', after: incoming });
    else if (isBlank(base))
      this.push({ section, kind: 'filled', path: [section], op: 'set', before: base, after: incoming });
    else if (!jsonEqual(base, incoming) && section !== 'title')
      this.push({
        section,
        kind: 'conflict',
        path: [section],
        op: 'set',
        before: base,
        after: incoming,
        // Two different notes: keeping both appends the new one.
        allowBoth: section === 'notes',
      });
  }

  /**
   * A collection of rows matched by key. `series` collections (labs, strength) keep every dated result:
   * a row matches only a recorded row of the same test and the same date; a matched row with another value
   * is a conflict that may keep both.
   */
  rows(
    section: MergeSection,
    base: unknown,
    incoming: unknown,
    match: (b: Obj, i: Obj) => boolean,
    opts: { series?: boolean; notes?: (i: Obj) => MergeNote[]; keys?: string[] } = {},
  ): void {
    const keys = new Set(opts.keys ?? []);
    const list = Array.isArray(base) ? (base as unknown[]) : [];
    for (const raw of Array.isArray(incoming) ? (incoming as unknown[]) : []) {
      if (!isObj(raw)) continue;
      const notes = opts.notes?.(raw) ?? [];
      const withNotes = notes.length ? { notes } : {};
      const ev = evidenceOf(raw) ? { evidence: evidenceOf(raw) } : {};
      const idx = list.findIndex((b) => isObj(b) && match(b, raw));
      if (idx < 0) {
        this.push({
          section,
          kind: 'added',
          path: [section],
          op: 'push',
          after: raw,
          item: raw,
          ...withNotes,
          ...ev,
        });
        continue;
      }
      const b = list[idx] as Obj;
      const before = this.changes.length;
      if (opts.series) {
        // The same result: every field both rows state is equal (one the recorded row lacks is not a change).
        const same = Object.entries(raw).every(
          ([k, v]) =>
            SKIP_FIELDS.has(k) ||
            SOFT_FIELDS.has(k) ||
            keys.has(k) ||
            isBlank(v) ||
            b[k] === undefined ||
            jsonEqual(b[k], v),
        );
        const row = {
          section,
          path: [section, idx],
          op: 'set' as const,
          before: b,
          after: raw,
          item: raw,
          baseItem: b,
        };
        if (same) this.push({ ...row, kind: 'same', ...withNotes, ...ev });
        else this.push({ ...row, kind: 'conflict', allowBoth: true, notes: [...notes, 'same-date'], ...ev });
        continue;
      }
      this.fields(section, b, raw, [section, idx], {
        keys,
        item: raw,
        baseItem: b,
        evidenceTarget: [section, idx],
      });
      if (this.changes.length === before)
        this.push({
          section,
          kind: 'same',
          path: [section, idx],
          op: 'set',
          before: b,
          after: raw,
          item: raw,
          baseItem: b,
          ...withNotes,
          ...ev,
        });
      else if (notes.length)
        for (const c of this.changes.slice(before)) c.notes = [...(c.notes ?? []), ...notes];
    }
  }
}

/**
 * Plans the merge of an incoming (partial) case into a recorded one. Every fact of the incoming case
 * appears once: as added, filled, already recorded (`same`) or a conflict.
 * @param base - the recorded case (as in the form)
 * @param incoming - the facts to merge (e.g. a case extracted from a narrative)
 */
export function planMerge(base: Obj, incoming: Obj): MergePlan {
  const p = new Planner();
  p.object('patient', base.patient, incoming.patient);
  p.object('dates', base.dates, incoming.dates);
  p.rows('findings', base.findings, incoming.findings, (b, i) => b.id === i.id, {
    keys: ['id'],
    notes: (i) => (i.status === 'uncertain' ? ['uncertain'] : []),
  });
  p.rows(
    'strength',
    base.strength,
    incoming.strength,
    (b, i) =>
      b.group === i.group &&
      (b.side ?? 'bilateral') === (i.side ?? 'bilateral') &&
      dateKey(b.date) === dateKey(i.date),
    {
      series: true,
      keys: ['group', 'side', 'date'],
      notes: (i) => (i.date === undefined ? ['undated'] : []),
    },
  );
  p.rows(
    'labs',
    base.labs,
    incoming.labs,
    (b, i) => {
      if (norm(b.analyte) !== norm(i.analyte) || dateKey(b.date) !== dateKey(i.date)) return false;
      // Two undated results of a test are two results unless they say the same.
      if (i.date === undefined)
        return jsonEqual(b.value, i.value) && jsonEqual(b.interpretation, i.interpretation);
      return true;
    },
    { series: true, keys: ['analyte', 'date'], notes: (i) => (i.date === undefined ? ['undated'] : []) },
  );
  p.rows(
    'antibodies',
    base.antibodies,
    incoming.antibodies,
    (b, i) =>
      norm(b.target) === norm(i.target) &&
      (b.date === undefined || i.date === undefined || dateKey(b.date) === dateKey(i.date)),
    { keys: ['target'] },
  );
  p.object('emg', base.emg, incoming.emg);
  p.object('muscleBiopsy', base.muscleBiopsy, incoming.muscleBiopsy);
  p.object('skinBiopsy', base.skinBiopsy, incoming.skinBiopsy);
  p.rows(
    'muscleImaging',
    base.muscleImaging,
    incoming.muscleImaging,
    (b, i) =>
      (b.modality ?? 'mri') === (i.modality ?? 'mri') &&
      norm(b.region) === norm(i.region) &&
      dateKey(b.date) === dateKey(i.date),
    { keys: ['modality', 'region'] },
  );
  p.rows(
    'cancers',
    base.cancers,
    incoming.cancers,
    (b, i) =>
      b.id !== undefined && i.id !== undefined
        ? b.id === i.id
        : norm(b.site) === norm(i.site) &&
          (isBlank(b.histology) || isBlank(i.histology) || norm(b.histology) === norm(i.histology)),
    { keys: ['site'] },
  );
  p.rows(
    'treatments',
    base.treatments,
    incoming.treatments,
    (b, i) =>
      norm(b.drug) === norm(i.drug) &&
      (b.start === undefined || i.start === undefined || dateKey(b.start) === dateKey(i.start)),
    { keys: ['drug'] },
  );
  p.rows(
    'investigations',
    base.investigations,
    incoming.investigations,
    (b, i) => norm(b.kind) === norm(i.kind) && dateKey(b.date) === dateKey(i.date),
    { keys: ['kind'] },
  );
  p.rows('visits', base.visits, incoming.visits, (b, i) => dateKey(b.date) === dateKey(i.date), {
    series: true,
    keys: ['date'],
  });
  p.rows(
    'tumourAssessments',
    base.tumourAssessments,
    incoming.tumourAssessments,
    (b, i) => dateKey(b.date) === dateKey(i.date),
    { series: true, keys: ['date'] },
  );
  p.rows('diagnoses', base.diagnoses, incoming.diagnoses, (b, i) => b.subtype === i.subtype, {
    keys: ['subtype'],
  });
  p.scalar('treatmentResponse', base.treatmentResponse, incoming.treatmentResponse);
  p.scalar('title', base.title, incoming.title);
  p.scalar('notes', base.notes, incoming.notes);
  const order = (s: MergeSection) => MERGE_SECTIONS.indexOf(s);
  return {
    changes: p.changes
      .map((c, i) => ({ c, i }))
      .sort((a, b) => order(a.c.section) - order(b.c.section) || a.i - b.i)
      .map((x) => x.c),
  };
}

/** The default decision: accept what adds or fills, leave conflicts to the clinician. */
export function defaultDecision(c: MergeChange): MergeDecision | undefined {
  return c.kind === 'conflict' ? undefined : c.kind === 'same' ? { action: 'reject' } : { action: 'accept' };
}

function at(doc: Obj, path: MergePath): unknown {
  let cur: unknown = doc;
  for (const k of path)
    cur = isObj(cur) || Array.isArray(cur) ? (cur as Record<string | number, unknown>)[k] : undefined;
  return cur;
}

function setAt(doc: Obj, path: MergePath, value: unknown): void {
  let cur: Record<string | number, unknown> = doc;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    if (!isObj(cur[k]) && !Array.isArray(cur[k])) cur[k] = typeof path[i + 1] === 'number' ? [] : {};
    cur = cur[k] as Record<string | number, unknown>;
  }
  cur[path[path.length - 1]!] = value;
}

function pushAt(doc: Obj, path: MergePath, value: unknown): void {
  const arr = at(doc, path);
  if (Array.isArray(arr)) arr.push(value);
  else setAt(doc, path, [value]);
}

/**
 * Applies a plan to the recorded case with the clinician's decisions (a change without a decision gets
 * {@link defaultDecision}). The recorded case is not modified; row indices of the plan stay valid because
 * rows are only ever appended.
 * @param base - the recorded case the plan was made for
 * @param plan - the plan
 * @param decisions - decisions by change id
 */
export function applyMerge(
  base: Obj,
  plan: MergePlan,
  decisions: Record<string, MergeDecision> = {},
): MergeResult {
  const doc = structuredClone(base);
  const unresolved: string[] = [];
  const applied: string[] = [];
  const evidenceDone = new Set<string>();
  for (const c of plan.changes) {
    const d = decisions[c.id] ?? defaultDecision(c);
    if (!d) {
      unresolved.push(c.id);
      continue;
    }
    if (d.action === 'reject') continue;
    const value = structuredClone('value' in d && d.value !== undefined ? d.value : c.after);
    if (c.op === 'push') pushAt(doc, c.path, value);
    else if (d.action === 'both' && c.allowBoth) {
      if (c.section === 'notes') setAt(doc, c.path, `${String(c.before)}\n\n${String(value)}`);
      else pushAt(doc, c.path.slice(0, -1), value);
    } else setAt(doc, c.path, value);
    applied.push(c.id);
    // The source of a field accepted into a recorded row travels with it (once per row).
    if (c.evidence && c.evidenceTarget && c.op === 'set' && c.field) {
      const key = JSON.stringify(c.evidenceTarget);
      const target = at(doc, c.evidenceTarget);
      if (!evidenceDone.has(key) && isObj(target)) {
        evidenceDone.add(key);
        target.evidence = [
          ...(Array.isArray(target.evidence) ? (target.evidence as unknown[]) : []),
          ...structuredClone<unknown[]>(c.evidence),
        ];
      }
    }
  }
  return { case: doc, unresolved, applied };
}

/** Counts of a plan's changes by kind. */
export function mergeCounts(plan: MergePlan): Record<MergeKind, number> {
  const out: Record<MergeKind, number> = { added: 0, filled: 0, same: 0, conflict: 0 };
  for (const c of plan.changes) out[c.kind]++;
  return out;
}
