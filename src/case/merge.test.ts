import { describe, expect, it } from 'vitest';
import { applyMerge, mergeCounts, planMerge, type MergeChange } from './merge.js';

/** A recorded case like the third demo case (synthetic). */
const recorded = () => ({
  schemaVersion: '1.0',
  title: 'Synthetic antisynthetase case',
  patient: { sex: 'female', age: 38, ageAtOnset: 37 },
  dates: { symptomOnset: '2024-10', diagnosis: '2025-01' },
  findings: [
    { id: 'heliotrope-rash', status: 'absent' },
    { id: 'gottron-papules', status: 'absent' },
    { id: 'mechanics-hands', status: 'present' },
    { id: 'proximal-weakness-upper', status: 'present' },
    { id: 'night-sweats', status: 'unknown' },
  ],
  strength: [],
  labs: [{ analyte: 'CK', value: 1850, unit: 'U/L', referenceRange: { high: 170 } }],
  antibodies: [{ target: 'Jo-1', result: 'positive' }],
  muscleBiopsy: { performed: 'done', features: { perimysialPerivascularInfiltrate: 'present' } },
  muscleImaging: [],
  cancers: [],
  treatments: [],
  investigations: [],
  visits: [],
  tumourAssessments: [],
  notes: 'Synthetic.',
});

/** What extraction makes of "CK today was 900 U/L (normal < 170). She reports mild dysphagia." */
const extracted = () => ({
  schemaVersion: '1.0',
  patient: { sex: 'unknown' },
  dates: {},
  findings: [
    {
      id: 'dysphagia',
      status: 'present',
      note: 'HPO HP:0002015',
      evidence: [{ spans: [{ start: 72, end: 81, text: 'dysphagia' }], stage: 'findings' }],
    },
  ],
  strength: [],
  labs: [{ analyte: 'CK', value: 900, unit: 'U/L', referenceRange: { high: 170 }, upperLimit: 170 }],
  antibodies: [],
  muscleImaging: [],
  cancers: [],
  treatments: [],
  investigations: [],
  visits: [],
  tumourAssessments: [],
});

const kinds = (cs: MergeChange[]) => cs.map((c) => `${c.kind} ${c.section}${c.field ? `.${c.field}` : ''}`);

describe('planMerge / applyMerge', () => {
  it('adds a follow-up letter to a recorded case without losing anything (issue 11, Demo 3)', () => {
    const base = recorded();
    const plan = planMerge(base, extracted());
    expect(kinds(plan.changes)).toEqual(['added findings', 'added labs']);
    expect(plan.changes[1]!.notes).toEqual(['undated']);
    const merged = applyMerge(base, plan).case as ReturnType<typeof recorded>;
    // Demographics, other findings, the antibody and the first CK are kept; the new facts are added.
    expect(merged.patient).toEqual({ sex: 'female', age: 38, ageAtOnset: 37 });
    expect(merged.findings.map((f) => `${f.id}:${f.status}`)).toEqual([
      'heliotrope-rash:absent',
      'gottron-papules:absent',
      'mechanics-hands:present',
      'proximal-weakness-upper:present',
      'night-sweats:unknown',
      'dysphagia:present',
    ]);
    expect(merged.labs.map((l) => l.value)).toEqual([1850, 900]);
    expect(merged.antibodies).toEqual([{ target: 'Jo-1', result: 'positive' }]);
    expect(merged.muscleBiopsy).toEqual(base.muscleBiopsy);
    expect(merged.notes).toBe('Synthetic.');
    // The evidence of the new finding travels with it; the recorded case itself is untouched.
    expect((merged.findings[5] as { evidence?: unknown[] }).evidence).toHaveLength(1);
    expect(base.findings).toHaveLength(5);
  });

  it('shows a finding recorded with another status as a conflict, kept until the clinician chooses', () => {
    const base = recorded();
    const incoming = {
      ...extracted(),
      findings: [
        { id: 'gottron-papules', status: 'present' },
        { id: 'mechanics-hands', status: 'present' },
        { id: 'night-sweats', status: 'present' },
      ],
      labs: [],
    };
    const plan = planMerge(base, incoming);
    expect(kinds(plan.changes)).toEqual([
      'conflict findings.status',
      'same findings',
      'filled findings.status',
    ]);
    const [conflict, , filled] = plan.changes;
    expect(conflict).toMatchObject({ before: 'absent', after: 'present', path: ['findings', 1, 'status'] });
    expect(filled).toMatchObject({ before: 'unknown', after: 'present' });
    expect(mergeCounts(plan)).toEqual({ added: 0, filled: 1, same: 1, conflict: 1 });

    const undecided = applyMerge(base, plan);
    expect(undecided.unresolved).toEqual([conflict!.id]);
    const f = (undecided.case as ReturnType<typeof recorded>).findings;
    expect(f[1]!.status).toBe('absent');
    expect(f[4]!.status).toBe('present');

    const taken = applyMerge(base, plan, { [conflict!.id]: { action: 'accept' } });
    expect((taken.case as ReturnType<typeof recorded>).findings[1]!.status).toBe('present');
    expect(taken.unresolved).toEqual([]);
    // "Change": the clinician corrects the incoming value before accepting it.
    const changed = applyMerge(base, plan, { [filled!.id]: { action: 'accept', value: 'absent' } });
    expect((changed.case as ReturnType<typeof recorded>).findings[4]!.status).toBe('absent');
    // Rejecting the filled field leaves it unknown.
    const rejected = applyMerge(base, plan, { [filled!.id]: { action: 'reject' } });
    expect((rejected.case as ReturnType<typeof recorded>).findings[4]!.status).toBe('unknown');
  });

  it('never overwrites demographics with unknown or blank, fills unknown ones, and conflicts on different ones', () => {
    const base = recorded();
    expect(planMerge(base, { patient: { sex: 'unknown' } }).changes).toEqual([]);
    const plan = planMerge(
      { ...base, patient: { sex: 'unknown', age: 38 } },
      { patient: { sex: 'female', age: 39, familyHistoryOfCancer: 'yes' } },
    );
    expect(kinds(plan.changes)).toEqual([
      'filled patient.sex',
      'conflict patient.age',
      'added patient.familyHistoryOfCancer',
    ]);
    const merged = applyMerge({ ...base, patient: { sex: 'unknown', age: 38 } }, plan).case;
    expect(merged.patient).toEqual({ sex: 'female', age: 38, familyHistoryOfCancer: 'yes' });
  });

  it('keeps every dated result of a series: a new date is a new row, the same date with another value a conflict', () => {
    const base = { labs: [{ analyte: 'CK', value: 1850, date: '2025-01-10' }] };
    const plan = planMerge(base, {
      labs: [
        { analyte: 'CK', value: 900, date: '2025-06-02' },
        { analyte: 'ck', value: 1850, date: '2025-01-10' },
        { analyte: 'CK', value: 1500, date: '2025-01-10' },
      ],
    });
    expect(kinds(plan.changes)).toEqual(['added labs', 'same labs', 'conflict labs']);
    const conflict = plan.changes[2]!;
    expect(conflict.allowBoth).toBe(true);
    expect(conflict.notes).toContain('same-date');
    const both = applyMerge(base, plan, { [conflict.id]: { action: 'both' } }).case as typeof base;
    expect(both.labs.map((l) => l.value)).toEqual([1850, 900, 1500]);
    const replaced = applyMerge(base, plan, { [conflict.id]: { action: 'accept' } }).case as typeof base;
    expect(replaced.labs.map((l) => l.value)).toEqual([1500, 900]);
  });

  it('does not add an undated result that repeats a recorded undated one', () => {
    const base = recorded();
    const plan = planMerge(base, { labs: [{ analyte: 'CK', value: 1850, unit: 'U/L' }] });
    expect(kinds(plan.changes)).toEqual(['same labs']);
    expect(applyMerge(base, plan).case.labs).toEqual(base.labs);
  });

  it('merges antibodies by target: the same result is recorded, another result conflicts', () => {
    const base = recorded();
    const plan = planMerge(base, {
      antibodies: [
        { target: 'anti-Jo-1', result: 'negative' },
        { target: 'Ro52', result: 'positive' },
        { target: 'MDA5', result: 'unknown' },
      ],
    });
    expect(kinds(plan.changes)).toEqual([
      'conflict antibodies.result',
      'added antibodies',
      'added antibodies',
    ]);
    const merged = applyMerge(base, plan).case as ReturnType<typeof recorded>;
    expect(merged.antibodies.map((a) => `${a.target}:${a.result}`)).toEqual([
      'Jo-1:positive',
      'Ro52:positive',
      'MDA5:unknown',
    ]);
  });

  it('merges biopsy features field by field and adds a missing EMG whole', () => {
    const base = recorded();
    const plan = planMerge(base, {
      muscleBiopsy: {
        performed: 'done',
        features: { perifascicularAtrophy: 'present', necrosis: 'unknown' },
      },
      emg: { performed: 'done', interpretation: 'myopathic' },
    });
    expect(kinds(plan.changes)).toEqual(['added emg', 'added muscleBiopsy.features.perifascicularAtrophy']);
    const merged = applyMerge(base, plan).case as Record<string, Record<string, unknown>>;
    expect(merged.muscleBiopsy!.features).toEqual({
      perimysialPerivascularInfiltrate: 'present',
      perifascicularAtrophy: 'present',
    });
    expect(merged.emg).toEqual({ performed: 'done', interpretation: 'myopathic' });
  });

  it('keeps both notes when asked, and never replaces the title', () => {
    const base = recorded();
    const plan = planMerge(base, { title: 'Letter', notes: 'Seen in clinic.' });
    expect(kinds(plan.changes)).toEqual(['conflict notes']);
    const merged = applyMerge(base, plan, { [plan.changes[0]!.id]: { action: 'both' } }).case;
    expect(merged.notes).toBe('Synthetic.\n\nSeen in clinic.');
    expect(merged.title).toBe(base.title);
  });

  it('appends the source of a fact accepted into a recorded row to that row', () => {
    const base = recorded();
    const ev = [{ spans: [{ start: 0, end: 11, text: 'night sweat' }] }];
    const plan = planMerge(base, { findings: [{ id: 'night-sweats', status: 'present', evidence: ev }] });
    const merged = applyMerge(base, plan).case as ReturnType<typeof recorded>;
    expect(merged.findings[4]).toEqual({ id: 'night-sweats', status: 'present', evidence: ev });
  });
});
