/**
 * Reading clinical facts from a case, three-valued and with evidence: findings, strength grades,
 * enzymes against their upper limits, antibodies, age at onset. Criteria read cases only through here.
 * @module
 */
import type { Case, Lab, MuscleGroup } from '../case/schema.js';
import { parseMrcGrade } from '../case/mrc.js';
import { resolveCaseDate } from '../case/dates.js';
import type { Evidence } from '../core/evidence.js';
import { triOr, type Tri } from '../core/tri.js';
import { wholeYearsBetween } from '../core/dates.js';
import { canonicalAnalyte, canonicalAntibody } from './names.js';

/** A three-valued fact with the evidence that decided it. */
export interface Fact {
  status: Tri;
  evidence: Evidence[];
}

/** Combines facts with Kleene OR, keeping the evidence of the deciding facts. */
export function factOr(...facts: Fact[]): Fact {
  const status = triOr(...facts.map((f) => f.status));
  const used = status === 'met' ? facts.filter((f) => f.status === 'met') : facts;
  return { status, evidence: used.flatMap((f) => f.evidence) };
}

function spansOf(e: { evidence?: { spans?: { start: number; end: number; text: string }[]; stage?: string }[] | undefined }): Pick<Evidence, 'spans' | 'stage'> {
  const spans = e.evidence?.flatMap((x) => x.spans ?? []) ?? [];
  const stage = e.evidence?.find((x) => x.stage)?.stage;
  return { ...(spans.length ? { spans } : {}), ...(stage ? { stage } : {}) };
}

/**
 * Status of a finding: present → met, absent → not-met, unknown/uncertain/not recorded → unknown.
 * With several entries, present wins (the most abnormal state during the course).
 */
export function findingFact(c: Case, id: string): Fact {
  const entries = c.findings.map((f, i) => ({ f, i })).filter(({ f }) => f.id === id);
  if (entries.length === 0) return { status: 'unknown', evidence: [] };
  const toTri = (s: string): Tri => (s === 'present' ? 'met' : s === 'absent' ? 'not-met' : 'unknown');
  const status = triOr(...entries.map(({ f }) => toTri(f.status)));
  const used = entries.filter(({ f }) => toTri(f.status) === status);
  return {
    status,
    evidence: used.map(({ f, i }) => ({ path: `findings[${i}]`, value: f.status, ...(f.reason ? { note: f.reason } : {}), ...spansOf(f) })),
  };
}

/** Weakness of a muscle group from MRC grades: any grade below 5 → met; all graded 5 → not-met; none → unknown. */
export function strengthWeakFact(c: Case, group: MuscleGroup): Fact {
  const entries = c.strength.map((s, i) => ({ s, i, g: parseMrcGrade(s.grade) })).filter(({ s, g }) => s.group === group && g);
  if (entries.length === 0) return { status: 'unknown', evidence: [] };
  const weak = entries.filter(({ g }) => g!.min < 5);
  const used = weak.length ? weak : entries;
  return {
    status: weak.length ? 'met' : 'not-met',
    evidence: used.map(({ s, i }) => ({ path: `strength[${i}]`, value: s.grade, note: `MRC ${s.grade} (${s.side})`, ...spansOf(s) })),
  };
}

function lowestGrade(c: Case, group: MuscleGroup): { min: number; max: number; path: string } | undefined {
  let out: { min: number; max: number; path: string } | undefined;
  c.strength.forEach((s, i) => {
    const g = parseMrcGrade(s.grade);
    if (s.group === group && g && (!out || g.max < out.max)) out = { min: g.min, max: g.max, path: `strength[${i}]` };
  });
  return out;
}

/** `weaker` graded lower than `stronger` (whole ranges apart) → met; equal or higher → not-met; ungraded → unknown. */
export function weakerThanFact(c: Case, weaker: MuscleGroup, stronger: MuscleGroup): Fact {
  const a = lowestGrade(c, weaker);
  const b = lowestGrade(c, stronger);
  if (!a || !b) return { status: 'unknown', evidence: [] };
  const evidence: Evidence[] = [
    { path: a.path, note: `${weaker} graded ${a.min === a.max ? a.min : `${a.min}–${a.max}`}` },
    { path: b.path, note: `${stronger} graded ${b.min === b.max ? b.min : `${b.min}–${b.max}`}` },
  ];
  if (a.max < b.min) return { status: 'met', evidence };
  if (a.min >= b.max) return { status: 'not-met', evidence };
  return { status: 'unknown', evidence };
}

/** Whether one lab result is above its upper limit: derived from value and limit, or stated; never guessed. */
export function labElevation(lab: Lab): { status: Tri; note: string; inferred?: boolean } {
  const high = lab.referenceRange?.high ?? lab.upperLimit;
  if (lab.value !== undefined && high !== undefined) {
    const cmp = lab.comparator;
    if (cmp === '<' || cmp === '<=') {
      return lab.value <= high ? { status: 'not-met', note: `${cmp}${lab.value} ≤ upper limit ${high}` } : { status: 'unknown', note: `${cmp}${lab.value} does not settle the comparison with ${high}` };
    }
    const above = cmp === '>' ? lab.value >= high : lab.value > high;
    return { status: above ? 'met' : 'not-met', note: `${cmp ?? ''}${lab.value} ${above ? '>' : '≤'} upper limit ${high}` };
  }
  if (lab.interpretation) {
    const status: Tri = lab.interpretation === 'elevated' ? 'met' : 'not-met';
    return { status, note: `stated ${lab.interpretation}${lab.inferred ? ' (inferred)' : ''}`, ...(lab.inferred ? { inferred: true } : {}) };
  }
  return { status: 'unknown', note: lab.value !== undefined ? `value ${lab.value} without an upper limit of normal` : 'no value' };
}

/**
 * Any of the analytes above its upper limit → met; every analyte known and none above → not-met; otherwise unknown.
 * @param analytes - canonical analyte names (CK, LDH, AST, ALT, aldolase)
 */
export function enzymesElevatedFact(c: Case, analytes: readonly string[]): Fact {
  const rows = c.labs
    .map((lab, i) => ({ lab, i, name: canonicalAnalyte(lab.analyte) }))
    .filter((r) => analytes.includes(r.name))
    .map((r) => ({ ...r, e: labElevation(r.lab) }));
  const ev = (r: (typeof rows)[number]): Evidence => ({
    path: `labs[${r.i}]`,
    value: r.lab.value ?? r.lab.interpretation,
    note: `${r.name}: ${r.e.note}`,
    ...(r.e.inferred ? { inferred: true } : {}),
    ...spansOf(r.lab),
  });
  const met = rows.filter((r) => r.e.status === 'met');
  if (met.length) return { status: 'met', evidence: met.map(ev) };
  const knownNormal = new Set(rows.filter((r) => r.e.status === 'not-met').map((r) => r.name));
  const allKnown = analytes.every((a) => knownNormal.has(a));
  return { status: allKnown ? 'not-met' : 'unknown', evidence: rows.map(ev) };
}

/** Antibody result: positive → met, negative → not-met, equivocal/unknown/not tested → unknown. */
export function antibodyFact(c: Case, target: string): Fact {
  const want = canonicalAntibody(target);
  const rows = c.antibodies.map((a, i) => ({ a, i })).filter(({ a }) => canonicalAntibody(a.target) === want);
  if (rows.length === 0) return { status: 'unknown', evidence: [] };
  const toTri = (r: string): Tri => (r === 'positive' ? 'met' : r === 'negative' ? 'not-met' : 'unknown');
  const status = triOr(...rows.map(({ a }) => toTri(a.result)));
  return {
    status,
    evidence: rows.filter(({ a }) => toTri(a.result) === status).map(({ a, i }) => ({ path: `antibodies[${i}]`, value: a.result, ...(a.titre ? { note: `titre ${a.titre}` } : {}), ...spansOf(a) })),
  };
}

/** Age at onset of the first symptom, in years, with how it was obtained. */
export function ageAtOnsetFact(c: Case): { value: number | null; evidence: Evidence[] } {
  if (c.patient.ageAtOnset !== undefined) {
    return { value: c.patient.ageAtOnset, evidence: [{ path: 'patient.ageAtOnset', value: c.patient.ageAtOnset }] };
  }
  const birth = resolveCaseDate(c, c.patient.birthDate);
  const onset = resolveCaseDate(c, c.dates.symptomOnset);
  if (birth && onset) {
    const lo = wholeYearsBetween(birth.latest, onset.earliest);
    const hi = wholeYearsBetween(birth.earliest, onset.latest);
    if (lo === hi) return { value: lo, evidence: [{ path: 'patient.birthDate', value: c.patient.birthDate, note: `age at symptom onset ${lo} from birth date and onset date` }] };
    return { value: null, evidence: [{ path: 'patient.birthDate', value: c.patient.birthDate, note: `age at onset between ${lo} and ${hi}: dates too imprecise` }] };
  }
  if (c.patient.age !== undefined) {
    return {
      value: c.patient.age,
      evidence: [{ path: 'patient.age', value: c.patient.age, note: 'age at presentation used as age at onset (no onset age or birth date recorded)', inferred: true }],
    };
  }
  return { value: null, evidence: [] };
}
