/**
 * The form's building blocks, shared by the case editor and its parts (screening, course): the draft and
 * error types, labelled fields with their validation message, finding rows and MRC grades. A leaf module:
 * it imports no part of the editor, so the editor and its parts can share it without an import cycle.
 * @module
 */
import type { CaseInput } from 'heliotrope';
import type { ComponentChildren } from 'preact';
import { BLANK_CHOICE_WORDS } from 'heliotrope/wording';
import { FINDING_LABELS } from '../labels.js';

/**
 * A value being edited: the case format's own shape with every field optional all the way down, since an
 * entry is added empty and filled in field by field (the API validates the whole). A field name the case
 * format does not have is a type error.
 */
export type Editable<T> = T extends readonly (infer U)[]
  ? Editable<U>[]
  : T extends object
    ? { [K in keyof T]?: Editable<T[K]> }
    : T;

/** A case document being edited (the case format as written in a file, `CaseInput`, every field optional). */
export type Draft = Editable<CaseInput>;

/** One entry of a list of the draft (`Item<Draft['labs']>` is a lab being edited). */
export type Item<L> = L extends readonly (infer U)[] ? U : never;

/** The pairs of a wording table keyed by codes, with the codes' own type (for a select's options). */
export const entriesOf = <K extends string>(words: Readonly<Record<K, string>>): [K, string][] =>
  Object.entries(words) as [K, string][];

/** Problems by field path, from the last validation. */
export type FieldErrors = Record<string, string>;

const GROUPS: [NonNullable<MrcEntry['group']>, string][] = [
  ['proximal-upper', 'Proximal upper limbs'],
  ['proximal-lower', 'Proximal lower limbs'],
  ['distal-upper', 'Distal upper limbs'],
  ['distal-lower', 'Distal lower limbs'],
  ['neck-flexors', 'Neck flexors'],
  ['neck-extensors', 'Neck extensors'],
  ['finger-flexors', 'Finger flexors'],
];
/** The MRC grades the form offers, strongest first. */
export const MRC_GRADES = ['5', '4+', '4', '4-', '3+', '3', '3-', '2', '1', '0'];

/** A deep copy of a draft. */
export const clone = (d: Draft): Draft => JSON.parse(JSON.stringify(d)) as Draft;
/** The element id of a field path. */
export const idOf = (s: string) => `f-${s.replace(/[^a-zA-Z0-9]+/g, '-')}`;

/** The validation message of one field path, if any. */
export function Err({ errors, path }: { errors: FieldErrors; path: string }) {
  const m = errors[path];
  return m ? (
    <span class="field-error" id={`${idOf(path)}-err`} role="alert">
      {m}
    </span>
  ) : null;
}

/** A labelled text (or number) input bound to a field path. */
export function TextField(p: {
  label: string;
  path: string;
  value: string | number | undefined;
  onInput: (v: string) => void;
  readOnly: boolean;
  errors: FieldErrors;
  type?: string;
  placeholder?: string;
  wide?: boolean;
  step?: string;
}) {
  const id = idOf(p.path);
  const err = p.errors[p.path];
  return (
    <div class={`field${p.wide ? ' wide' : ''}${err ? ' has-error' : ''}`}>
      <label for={id}>{p.label}</label>
      <input
        id={id}
        name={p.path}
        type={p.type ?? 'text'}
        step={p.step}
        value={p.value ?? ''}
        placeholder={p.placeholder}
        disabled={p.readOnly}
        aria-invalid={err ? 'true' : undefined}
        aria-describedby={err ? `${id}-err` : undefined}
        onInput={(e) => p.onInput((e.target as HTMLInputElement).value)}
      />
      <Err errors={p.errors} path={p.path} />
    </div>
  );
}

/** A labelled select bound to a field path; its values are the options' codes (typed as the field's). */
export function Select<V extends string>(p: {
  label: string;
  path: string;
  value: V | undefined;
  options: [V, string][];
  onChange: (v: V) => void;
  readOnly: boolean;
  errors: FieldErrors;
}) {
  const id = idOf(p.path);
  return (
    <div class={`field${p.errors[p.path] ? ' has-error' : ''}`}>
      <label for={id}>{p.label}</label>
      <select
        id={id}
        name={p.path}
        value={p.value ?? ''}
        disabled={p.readOnly}
        // The select offers only the options' values.
        onChange={(e) => p.onChange((e.target as HTMLSelectElement).value as V)}
      >
        {p.options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
      <Err errors={p.errors} path={p.path} />
    </div>
  );
}

/** A number from an input, or undefined when blank or not a number. */
export function num(v: string): number | undefined {
  if (v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** Sets a key, or deletes it when the value is undefined or blank. */
export function set<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | '' | undefined): void {
  if (value === undefined || value === '') Reflect.deleteProperty(obj, key);
  else obj[key] = value;
}

/** A present / absent / unknown control for one finding. */
export function FindingRow({
  id,
  draft,
  update,
  readOnly,
}: {
  id: string;
  draft: Draft;
  update: (fn: (d: Draft) => void) => void;
  readOnly: boolean;
}) {
  const list = draft.findings ?? [];
  const current = list.find((f) => f.id === id)?.status ?? 'unknown';
  const choose = (status: FindingStatus) =>
    update((d) => {
      const fs = (d.findings ?? []).filter((f) => f.id !== id || status !== 'unknown');
      const f = fs.find((x) => x.id === id);
      if (status === 'unknown') d.findings = fs;
      else if (f) f.status = status;
      else d.findings = [...fs, { id, status }];
    });
  const name = `finding-${id}`;
  const opts: [FindingStatus, string][] = [
    ['present', 'Present'],
    ['absent', 'Absent'],
    ['unknown', 'Unknown'],
  ];
  if (current === 'uncertain') opts.splice(2, 0, ['uncertain', 'Uncertain']);
  return (
    <fieldset class="tri-row" data-finding={id}>
      <legend>{FINDING_LABELS[id] ?? id}</legend>
      <div class="seg" role="presentation">
        {opts.map(([v, l]) => (
          <label key={v} class={`seg-opt seg-${v}${current === v ? ' on' : ''}`}>
            <input
              type="radio"
              name={name}
              value={v}
              checked={current === v}
              disabled={readOnly}
              onChange={() => choose(v)}
            />
            <span>{l}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A finding's status as the form sets it. */
type FindingStatus = NonNullable<Item<Draft['findings']>['status']>;

/** An MRC grade as recorded: muscle group, side, grade as written. */
export type MrcEntry = Item<Draft['strength']>;

/**
 * MRC grades by muscle group (bilateral), one select per group: the case's strength at diagnosis or a visit's
 * grades (`visits[].mrc`, which the flare rules compare between visits). "Not tested" removes the group.
 */
export function MrcGrades({
  list,
  path,
  readOnly,
  errors,
  onChange,
}: {
  list: MrcEntry[];
  path: string;
  readOnly: boolean;
  errors: FieldErrors;
  onChange: (list: MrcEntry[]) => void;
}) {
  return (
    <div class="grid mrc">
      {GROUPS.map(([g, label]) => {
        const idx = list.findIndex((s) => s.group === g);
        return (
          <Select
            key={g}
            label={label}
            path={idx >= 0 ? `${path}[${idx}].grade` : `${path}.${g}`}
            value={idx >= 0 ? list[idx]!.grade : ''}
            options={[
              ['', BLANK_CHOICE_WORDS.notTested],
              ...MRC_GRADES.map((m): [string, string] => [m, `${m}/5`]),
            ]}
            readOnly={readOnly}
            errors={errors}
            onChange={(v) => {
              const rest = list.filter((s) => s.group !== g);
              onChange(v ? [...rest, { group: g, side: 'bilateral', grade: v }] : rest);
            }}
          />
        );
      })}
    </div>
  );
}

/**
 * The entry `i` of a list of the draft, in an edit of a row the form shows (the row was rendered from the same
 * draft, so it exists; a missing one is a bug, not an input).
 */
export function row<T>(list: T[] | undefined, i: number): T {
  const r = list?.[i];
  if (r === undefined) throw new Error(`The form edits entry ${i}, which the draft does not have.`);
  return r;
}

/** A date field of a record: only a date written as text is shown (a relative date of the case file is not). */
export function DateField(p: {
  label: string;
  path: string;
  value: unknown;
  placeholder: string;
  onInput: (v: string) => void;
  readOnly: boolean;
  errors: FieldErrors;
}) {
  return (
    <TextField
      label={p.label}
      path={p.path}
      value={typeof p.value === 'string' ? p.value : ''}
      placeholder={p.placeholder}
      readOnly={p.readOnly}
      errors={p.errors}
      onInput={p.onInput}
    />
  );
}

/**
 * The rows of a list of the draft (cancers, treatments…): each row's fields, then its Remove button, and an Add
 * button under the rows; the buttons only when the form is editable.
 */
export function EditableRows<T>(p: {
  items: readonly T[];
  /** What one row is, in the buttons' words ("cancer": "Remove cancer", "+ Add cancer"). */
  noun: string;
  readOnly: boolean;
  onAdd: () => void;
  onRemove: (i: number) => void;
  children: (item: T, i: number) => ComponentChildren;
}) {
  return (
    <>
      {p.items.map((item, i) => (
        <div class="grid row-block" key={i}>
          {p.children(item, i)}
          {!p.readOnly ? (
            <button type="button" class="link" onClick={() => p.onRemove(i)}>
              Remove {p.noun}
            </button>
          ) : null}
        </div>
      ))}
      {!p.readOnly ? (
        <button type="button" class="chip" onClick={p.onAdd}>
          + Add {p.noun}
        </button>
      ) : null}
    </>
  );
}
