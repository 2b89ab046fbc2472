/**
 * The Narrative tab: paste a note, extract its facts, and review them against the case before anything
 * reaches the form. Each fact is listed with its status, the sentence it came from (highlighted) and a
 * decision (accept, change, reject; for a conflict with what is recorded: keep, take the new value, or keep
 * both), grouped by section of the case, facts that could change a classification first. Above the list, the
 * diff: what accepting will add, fill in and leave alone, and the conflicts still to resolve. Accepting
 * merges into the form (never replaces it); saving stays a separate, explicit step.
 * @module
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, problemText } from './api.js';
import type { Draft } from './case-form.js';
import { FINDING_LABELS, humanize } from './labels.js';
import { sectionTitles } from './report-views.js';
import {
  applyMerge,
  defaultDecision,
  MERGE_SECTIONS,
  type MergeChange,
  type MergeDecision,
  type MergeSection,
} from 'heliotrope/merge';
import { fieldWords } from 'heliotrope/wording';

/** A change of the plan as the server sends it, with the sections whose headline it moves. */
type Change = MergeChange & { impact?: string[] };

interface ExtractAnswer {
  case: Draft;
  valid: boolean;
  issues: { path: string; message: string }[];
  highlights: { path: string; start: number; end: number; text: string }[];
  merge?: { changes: Change[] };
}

interface Span {
  start: number;
  end: number;
  text: string;
}

/** Headings of the case's sections in the review. */
const SECTION_HEADINGS: Record<MergeSection, string> = {
  patient: 'Patient',
  dates: 'Dates',
  findings: 'Findings',
  strength: 'Muscle strength',
  labs: 'Laboratory',
  antibodies: 'Autoantibodies',
  emg: 'EMG',
  muscleBiopsy: 'Muscle biopsy',
  skinBiopsy: 'Skin biopsy',
  muscleImaging: 'Muscle imaging',
  cancers: 'Cancers',
  treatments: 'Treatments',
  investigations: 'Investigations',
  visits: 'Visits',
  tumourAssessments: 'Tumour assessments',
  diagnoses: 'Recorded diagnoses',
  treatmentResponse: 'Response to treatment',
  title: 'Title',
  notes: 'Notes',
};

const KIND_WORDS: Record<MergeChange['kind'], string> = {
  added: 'new',
  filled: 'fills unknown',
  same: 'already recorded',
  conflict: 'conflict',
};

function short(v: unknown): string {
  if (v === undefined || v === null) return '—';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    if (typeof o.relativeTo === 'string')
      return `${String(o.offset)} ${String(o.unit)}(s) from ${o.relativeTo}`;
    return Object.entries(o)
      .filter(([k, x]) => k !== 'evidence' && x !== undefined && typeof x !== 'object')
      .map(([k, x]) => `${humanize(k).toLowerCase()} ${String(x)}`)
      .join(', ');
  }
  return JSON.stringify(v);
}

function labText(l: Record<string, unknown>): string {
  const range = l.referenceRange as { low?: number; high?: number } | undefined;
  const v =
    l.value !== undefined
      ? `${(l.comparator as string | undefined) ?? ''}${String(l.value)}${l.unit ? ` ${String(l.unit)}` : ''}`
      : String(l.interpretation ?? '');
  return `${v}${range?.high !== undefined ? ` (ULN ${range.high})` : ''}${l.date ? ` on ${short(l.date)}` : ''}`;
}

/** The fact's name and value, in words. */
export function describeChange(c: Change): { label: string; value: string; before?: string } {
  const item = (c.item ?? c.baseItem ?? {}) as Record<string, unknown>;
  const base = (c.baseItem ?? {}) as Record<string, unknown>;
  const field = c.field ? humanize(c.field.split('.').pop()!).toLowerCase() : '';
  switch (c.section) {
    case 'findings': {
      const id = String(item.id ?? base.id ?? '');
      return {
        label: FINDING_LABELS[id] ?? humanize(id),
        value: c.field ? `${field === 'status' ? '' : `${field} `}${short(c.after)}` : String(item.status),
        ...(c.before !== undefined && c.field ? { before: short(c.before) } : {}),
      };
    }
    case 'labs':
    case 'strength': {
      const name =
        c.section === 'labs'
          ? String(item.analyte)
          : `${humanize(String(item.group))} (${String(item.side ?? 'bilateral')})`;
      const text = (o: Record<string, unknown>) =>
        c.section === 'labs' ? labText(o) : `MRC ${String(o.grade)}`;
      return {
        label: name,
        value: text(item),
        ...(c.kind === 'conflict' || c.kind === 'same' ? { before: text(base) } : {}),
      };
    }
    case 'antibodies': {
      const t = String(item.target ?? base.target);
      return {
        label: /^anti/i.test(t) ? t : `Anti-${t}`,
        value:
          c.field && c.field !== 'result'
            ? `${field} ${short(c.after)}`
            : String(c.field ? c.after : item.result),
        ...(c.before !== undefined && c.field ? { before: short(c.before) } : {}),
      };
    }
    default: {
      const label = c.field
        ? c.field
            .split('.')
            .map((p) => humanize(p))
            .join(' › ')
        : SECTION_HEADINGS[c.section];
      return {
        label,
        value: short(c.op === 'push' ? c.after : c.after),
        ...(c.before !== undefined ? { before: short(c.before) } : {}),
      };
    }
  }
}

/** The status of the fact as extracted: present / absent / uncertain, and historical. */
function factStatus(c: Change): string[] {
  const item = (c.item ?? {}) as Record<string, unknown>;
  const out: string[] = [];
  const status = c.section === 'findings' ? (c.field === 'status' ? c.after : item.status) : undefined;
  if (typeof status === 'string') out.push(status);
  if (c.section === 'antibodies' && typeof item.result === 'string') out.push(item.result);
  const notes = (c.evidence ?? []) as { note?: string }[];
  if (notes.some((e) => typeof e.note === 'string' && /historical/.test(e.note))) out.push('historical');
  return out;
}

function spansOf(c: Change): Span[] {
  return ((c.evidence ?? []) as { spans?: Span[] }[]).flatMap((e) => e.spans ?? []);
}

/** The sentence around a span, with the span marked. */
function SourceSentence({ text, spans }: { text: string; spans: Span[] }) {
  if (!spans.length) return <span class="muted">(no source span)</span>;
  const first = Math.min(...spans.map((s) => s.start));
  const last = Math.max(...spans.map((s) => s.end));
  const before = text.slice(0, first);
  const start = Math.max(before.search(/[^.!?\n]*$/), 0);
  const afterIdx = text.slice(last).search(/[.!?\n]/);
  const end = afterIdx < 0 ? text.length : last + afterIdx + 1;
  const pieces: { t: string; m: boolean }[] = [];
  let at = start;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    pieces.push({ t: text.slice(at, s.start), m: false }, { t: text.slice(s.start, s.end), m: true });
    at = s.end;
  }
  pieces.push({ t: text.slice(at, end), m: false });
  return (
    <q class="source">
      {pieces.map((p, i) => (p.m ? <mark key={i}>{p.t}</mark> : <span key={i}>{p.t}</span>))}
    </q>
  );
}

const STATUS_CHOICES: Record<string, string[]> = {
  findings: ['present', 'absent', 'uncertain', 'unknown'],
  antibodies: ['positive', 'negative', 'equivocal', 'unknown'],
};

/** The "change" control: another status or value for the incoming fact. */
function ChangeControl({
  c,
  value,
  onValue,
  disabled,
}: {
  c: Change;
  value: unknown;
  onValue: (v: unknown) => void;
  disabled: boolean;
}) {
  const statusField = c.section === 'findings' ? 'status' : c.section === 'antibodies' ? 'result' : null;
  if (statusField && (c.op === 'push' || c.field === statusField)) {
    const current = c.op === 'push' ? (value as Record<string, unknown>)[statusField] : value;
    return (
      <select
        aria-label={`Change ${describeChange(c).label}`}
        disabled={disabled}
        value={String(current)}
        onChange={(e) => {
          const v = (e.target as HTMLSelectElement).value;
          onValue(c.op === 'push' ? { ...(value as Record<string, unknown>), [statusField]: v } : v);
        }}
      >
        {STATUS_CHOICES[c.section]!.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    );
  }
  if (c.section === 'labs' && c.op === 'push') {
    const v = value as Record<string, unknown>;
    return (
      <input
        type="number"
        aria-label={`Change the value of ${String(v.analyte)}`}
        class="narrow"
        disabled={disabled}
        value={v.value === undefined ? '' : String(v.value)}
        onInput={(e) => {
          const t = (e.target as HTMLInputElement).value;
          onValue({ ...v, value: t === '' ? undefined : Number(t) });
        }}
      />
    );
  }
  return null;
}

function FactRow({
  c,
  text,
  decision,
  onDecision,
  readOnly,
}: {
  c: Change;
  text: string;
  decision: MergeDecision | undefined;
  onDecision: (d: MergeDecision) => void;
  readOnly: boolean;
}) {
  const d = describeChange(c);
  const name = `fact-${c.id}`;
  const value = decision?.value ?? c.after;
  const impact = (c.impact ?? []).map((k) => sectionTitles[k] ?? humanize(k));
  return (
    <li
      class={`fact kind-${c.kind}${decision?.action === 'reject' && c.kind !== 'same' ? ' rejected' : ''}`}
      data-testid="fact"
      data-kind={c.kind}
    >
      <div class="fact-head">
        <span class={`badge kind kind-${c.kind}`}>{KIND_WORDS[c.kind]}</span> <strong>{d.label}</strong>{' '}
        {factStatus(c).map((s) => (
          <span key={s} class={`badge st st-${s}`}>
            {s}
          </span>
        ))}{' '}
        {c.kind === 'conflict' || c.kind === 'filled' ? (
          <span>
            recorded <span class="was">{d.before}</span> → extracted <strong>{d.value}</strong>
          </span>
        ) : c.kind === 'same' ? (
          <span class="muted">{d.value}</span>
        ) : c.section === 'findings' ? null : (
          <span>{d.value}</span>
        )}
        {c.notes?.includes('undated') ? <span class="badge warn-badge">undated</span> : null}
        {impact.length ? (
          <span class="badge impact" title="Accepting or rejecting this fact changes these results">
            could change {impact.join(', ')}
          </span>
        ) : null}
      </div>
      <div class="fact-source small">
        <SourceSentence text={text} spans={spansOf(c)} />
      </div>
      {readOnly || c.kind === 'same' ? null : c.kind === 'conflict' ? (
        <fieldset class="choices">
          <legend class="sr-only">Resolve the conflict on {d.label}</legend>
          <label>
            <input
              type="radio"
              name={name}
              checked={decision?.action === 'reject'}
              onChange={() => onDecision({ action: 'reject' })}
            />{' '}
            Keep recorded ({d.before})
          </label>
          <label>
            <input
              type="radio"
              name={name}
              checked={decision?.action === 'accept'}
              onChange={() => onDecision({ action: 'accept' })}
            />{' '}
            Take extracted ({d.value})
          </label>
          {c.allowBoth ? (
            <label>
              <input
                type="radio"
                name={name}
                checked={decision?.action === 'both'}
                onChange={() => onDecision({ action: 'both' })}
              />{' '}
              Keep both
            </label>
          ) : null}
        </fieldset>
      ) : (
        <div class="choices">
          <label>
            <input
              type="checkbox"
              checked={decision?.action !== 'reject'}
              onChange={(e) =>
                onDecision(
                  (e.target as HTMLInputElement).checked
                    ? {
                        action: 'accept',
                        ...(decision?.value !== undefined ? { value: decision.value } : {}),
                      }
                    : { action: 'reject' },
                )
              }
            />{' '}
            Accept
          </label>
          <ChangeControl
            c={c}
            value={value}
            disabled={decision?.action === 'reject'}
            onValue={(v) => onDecision({ action: 'accept', value: v })}
          />
        </div>
      )}
    </li>
  );
}

/** The Narrative tab with the review of extracted facts against the case in the form. */
export function ExtractionReview({
  draft,
  readOnly,
  onAccept,
}: {
  draft: Draft;
  readOnly: boolean;
  onAccept: (merged: Draft, summary: string) => void;
}) {
  const [available, setAvailable] = useState<boolean | null>(null);
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [out, setOut] = useState<ExtractAnswer | null>(null);
  const [decisions, setDecisions] = useState<Record<string, MergeDecision>>({});
  const [noteDate, setNoteDate] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void api<{ extract: boolean }>('GET', '/api/capabilities').then((r) => setAvailable(r.data.extract));
  }, []);

  const changes = out?.merge?.changes ?? [];
  const decided = (c: Change): MergeDecision | undefined => decisions[c.id] ?? defaultDecision(c);
  const effective = useMemo(() => {
    // The note's date goes onto undated new results (the series needs it to order them).
    const out: Record<string, MergeDecision> = {};
    for (const c of changes) {
      const d = decisions[c.id] ?? defaultDecision(c);
      if (!d) continue;
      if (noteDate && c.op === 'push' && c.notes?.includes('undated') && d.action === 'accept')
        out[c.id] = {
          action: 'accept',
          value: { ...((d.value ?? c.after) as Record<string, unknown>), date: noteDate },
        };
      else out[c.id] = d;
    }
    return out;
  }, [changes, decisions, noteDate]);
  const unresolved = changes.filter((c) => c.kind === 'conflict' && !decisions[c.id]);
  const count = (k: MergeChange['kind'], accepted = true) =>
    changes.filter(
      (c) => c.kind === k && (!accepted || (effective[c.id] && effective[c.id]!.action !== 'reject')),
    ).length;

  // Sections with a fact that could change a classification first; inside a section, those facts first.
  const groups = useMemo(() => {
    const by = new Map<MergeSection, Change[]>();
    for (const c of changes) by.set(c.section, [...(by.get(c.section) ?? []), c]);
    const hasImpact = (cs: Change[]) => cs.some((c) => c.impact?.length);
    return [...by.entries()]
      .map(([s, cs]) => ({
        s,
        cs: [...cs].sort((a, b) => Number(Boolean(b.impact?.length)) - Number(Boolean(a.impact?.length))),
      }))
      .sort(
        (a, b) =>
          Number(hasImpact(b.cs)) - Number(hasImpact(a.cs)) ||
          MERGE_SECTIONS.indexOf(a.s) - MERGE_SECTIONS.indexOf(b.s),
      );
  }, [changes]);

  const marks = useMemo(() => {
    const spans = changes
      .flatMap((c) => spansOf(c).map((s) => ({ ...s, cls: factStatus(c)[0] ?? 'fact' })))
      .sort((a, b) => a.start - b.start);
    const res: { text: string; cls?: string }[] = [];
    let at = 0;
    for (const s of spans) {
      if (s.start < at) continue;
      res.push({ text: source.slice(at, s.start) }, { text: source.slice(s.start, s.end), cls: s.cls });
      at = s.end;
    }
    res.push({ text: source.slice(at) });
    return res;
  }, [changes, source]);

  const extract = () => {
    setBusy(true);
    api<ExtractAnswer>('POST', '/api/extract', { text, base: draft })
      .then((r) => {
        setOut(r.data);
        setSource(text);
        setDecisions({});
        setError('');
      })
      .catch((e: unknown) => setError(problemText(e)))
      .finally(() => setBusy(false));
  };

  if (available === null) return <p aria-busy="true">Checking…</p>;
  if (!available)
    return (
      <div class="callout" data-testid="extract-unavailable">
        <strong>Narrative extraction is not available on this server.</strong>
        <p>
          When the extraction module is installed, you can paste a clinical note here, review the facts found
          in it against the case, and accept or correct them before saving.
        </p>
      </div>
    );
  const p = (out?.case.patient ?? {}) as { age?: number; sex?: string; familyHistoryOfCancer?: string };
  return (
    <div class="narrative">
      <label for="note">Clinical note</label>
      <textarea
        id="note"
        rows={8}
        value={text}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
      />
      <button class="primary" disabled={!text.trim() || busy} onClick={extract}>
        {busy ? 'Extracting…' : 'Extract facts'}
      </button>
      {error ? <p class="error">{error}</p> : null}
      {out ? (
        <section class="review" aria-label="Review of the extracted facts">
          <p class="callout small">
            These facts were extracted by machine: check each one against the highlighted text before
            accepting it.
          </p>
          <p data-testid="extracted-patient">
            Extracted about the patient: {p.age !== undefined ? `${p.age} years` : 'age not found'} ·{' '}
            {p.sex && p.sex !== 'unknown' ? p.sex : 'sex not found'} · family history of cancer:{' '}
            {p.familyHistoryOfCancer ?? 'not found'}
          </p>
          <p class="note-text">
            {marks.map((m, i) =>
              m.cls ? (
                <mark key={i} class={`st-${m.cls}`} title={m.cls}>
                  {m.text}
                </mark>
              ) : (
                <span key={i}>{m.text}</span>
              ),
            )}
          </p>
          {out.issues.length ? (
            <ul class="small">
              {out.issues.map((i) => (
                <li key={`${i.path} ${i.message}`}>
                  <strong title={i.path}>{fieldWords(i.path)}</strong>: {i.message}
                </li>
              ))}
            </ul>
          ) : null}
          {changes.length === 0 ? (
            <p class="muted">No facts found that the case does not already have.</p>
          ) : (
            <>
              <div class="diff-summary callout" data-testid="merge-summary" role="status">
                <strong>What accepting will do to the case in the form:</strong> add {count('added')} new,
                fill {count('filled')} unknown, {count('same', false)} already recorded (unchanged),{' '}
                {count('conflict', false)} conflict{count('conflict', false) === 1 ? '' : 's'}
                {unresolved.length ? ` — ${unresolved.length} to resolve` : ''}. Nothing recorded is removed;
                nothing is saved until you save the case.
              </div>
              {changes.some((c) => c.notes?.includes('undated')) && !readOnly ? (
                <div class="field inline">
                  <label for="note-date">Date of the note (for undated results)</label>
                  <input
                    id="note-date"
                    type="date"
                    value={noteDate}
                    onInput={(e) => setNoteDate((e.target as HTMLInputElement).value)}
                  />
                </div>
              ) : null}
              {groups.map((g) => (
                <section key={g.s} class="fact-group">
                  <h4>{SECTION_HEADINGS[g.s]}</h4>
                  <ul class="facts-review">
                    {g.cs.map((c) => (
                      <FactRow
                        key={c.id}
                        c={c}
                        text={source}
                        decision={decided(c)}
                        readOnly={readOnly}
                        onDecision={(d) => setDecisions({ ...decisions, [c.id]: d })}
                      />
                    ))}
                  </ul>
                </section>
              ))}
              {!readOnly ? (
                <div class="toolbar">
                  <button
                    class="primary"
                    disabled={unresolved.length > 0}
                    onClick={() => {
                      const r = applyMerge(draft, { changes }, effective);
                      onAccept(
                        r.case,
                        `Merged into the form: ${count('added')} added, ${count('filled')} filled, ${
                          changes.filter((c) => c.kind === 'conflict' && effective[c.id]?.action !== 'reject')
                            .length
                        } conflict${count('conflict', false) === 1 ? '' : 's'} resolved with the extracted value. Check, then save.`,
                      );
                    }}
                  >
                    Accept into the form
                  </button>
                  {unresolved.length ? (
                    <span class="muted small">Resolve the {unresolved.length} conflict(s) first.</span>
                  ) : null}
                </div>
              ) : null}
            </>
          )}
        </section>
      ) : null}
    </div>
  );
}
