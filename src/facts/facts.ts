/**
 * Reading clinical facts from a case, three-valued and with evidence: findings, strength grades,
 * enzymes against their upper limits, antibodies, age at onset. Criteria read cases only through here.
 * @module
 */
import type { Case, Lab, MuscleGroup } from '../case/schema.js';
import { parseMrcGrade } from '../case/mrc.js';
import { resolveCaseDate } from '../case/dates.js';
import type { Evidence } from '../core/evidence.js';
import { triFromResult, type Tri } from '../core/tri.js';
import { wholeYearsBetween } from '../core/dates.js';
import { canonicalAnalyte, canonicalAntibody, MUSCLE_ENZYMES_GROUP } from './names.js';

/** A three-valued fact with the evidence that decided it. */
export interface Fact {
  status: Tri;
  evidence: Evidence[];
}

/** Combines facts with Kleene OR, keeping the evidence of the deciding facts. */
export function factOr(...facts: Fact[]): Fact {
  let met = false;
  let unknown = false;
  for (const f of facts) {
    if (f.status === 'met') met = true;
    else if (f.status === 'unknown') unknown = true;
  }
  const status: Tri = met ? 'met' : unknown ? 'unknown' : 'not-met';
  const evidence: Evidence[] = [];
  for (const f of facts) if (!met || f.status === 'met') for (const e of f.evidence) evidence.push(e);
  return { status, evidence };
}

/**
 * Combines independent observations of the SAME fact (a recorded finding and what strength grades show):
 * met if any source shows it, not-met if a source rules it out and none shows it, unknown only when no
 * source knows. Unlike {@link factOr}, a source with no data does not make a known answer unknown.
 */
export function factSources(...facts: Fact[]): Fact {
  let status: Tri = 'unknown';
  for (const f of facts) {
    if (f.status === 'met') {
      status = 'met';
      break;
    }
    if (f.status === 'not-met') status = 'not-met';
  }
  const evidence: Evidence[] = [];
  for (const f of facts)
    if (status === 'unknown' || f.status === status) for (const e of f.evidence) evidence.push(e);
  return { status, evidence };
}

function withSpans(
  target: Evidence,
  e: { evidence?: { spans?: { start: number; end: number; text: string }[]; stage?: string }[] | undefined },
): Evidence {
  if (!e.evidence || e.evidence.length === 0) return target;
  const spans = e.evidence.flatMap((x) => x.spans ?? []);
  const stage = e.evidence.find((x) => x.stage)?.stage;
  if (spans.length) target.spans = spans;
  if (stage) target.stage = stage;
  return target;
}

const FINDING_TRI: Record<string, Tri> = {
  present: 'met',
  absent: 'not-met',
  unknown: 'unknown',
  uncertain: 'unknown',
};

/**
 * Status of a finding: present → met, absent → not-met, unknown/uncertain/not recorded → unknown.
 * With several entries, present wins (the most abnormal state during the course).
 */
export function findingFact(c: Case, id: string): Fact {
  let met = false;
  let unknown = false;
  let any = false;
  for (const f of c.findings) {
    if (f.id !== id) continue;
    any = true;
    const t = FINDING_TRI[f.status];
    if (t === 'met') met = true;
    else if (t === 'unknown') unknown = true;
  }
  if (!any) return { status: 'unknown', evidence: [] };
  const status: Tri = met ? 'met' : unknown ? 'unknown' : 'not-met';
  const evidence: Evidence[] = [];
  c.findings.forEach((f, i) => {
    if (f.id !== id || FINDING_TRI[f.status] !== status) return;
    const e: Evidence = { path: `findings[${i}]`, value: f.status };
    if (f.reason) e.note = f.reason;
    evidence.push(withSpans(e, f));
  });
  return { status, evidence };
}

/** Weakness of a muscle group from MRC grades: any grade below 5 → met; all graded 5 → not-met; none → unknown. */
export function strengthWeakFact(c: Case, group: MuscleGroup): Fact {
  let graded = 0;
  let weak = 0;
  for (const s of c.strength) {
    if (s.group !== group) continue;
    const g = parseMrcGrade(s.grade);
    if (!g) continue;
    graded++;
    if (g.min < 5) weak++;
  }
  if (graded === 0) return { status: 'unknown', evidence: [] };
  const evidence: Evidence[] = [];
  c.strength.forEach((s, i) => {
    if (s.group !== group) return;
    const g = parseMrcGrade(s.grade);
    if (!g || (weak > 0 && g.min >= 5)) return;
    evidence.push(
      withSpans({ path: `strength[${i}]`, value: s.grade, note: `MRC ${s.grade} (${s.side})` }, s),
    );
  });
  return { status: weak ? 'met' : 'not-met', evidence };
}

function lowestGrade(c: Case, group: MuscleGroup): { min: number; max: number; path: string } | undefined {
  let out: { min: number; max: number; path: string } | undefined;
  c.strength.forEach((s, i) => {
    if (s.group !== group) return;
    const g = parseMrcGrade(s.grade);
    if (g && (!out || g.max < out.max)) out = { min: g.min, max: g.max, path: `strength[${i}]` };
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
      return lab.value <= high
        ? { status: 'not-met', note: `${cmp}${lab.value} ≤ upper limit ${high}` }
        : { status: 'unknown', note: `${cmp}${lab.value} does not settle the comparison with ${high}` };
    }
    const above = cmp === '>' ? lab.value >= high : lab.value > high;
    return {
      status: above ? 'met' : 'not-met',
      note: `${cmp ?? ''}${lab.value} ${above ? '>' : '≤'} upper limit ${high}`,
    };
  }
  if (lab.interpretation) {
    const status: Tri = lab.interpretation === 'elevated' ? 'met' : 'not-met';
    return {
      status,
      note: `stated ${lab.interpretation}${lab.inferred ? ' (inferred)' : ''}`,
      ...(lab.inferred ? { inferred: true } : {}),
    };
  }
  return {
    status: 'unknown',
    note: lab.value !== undefined ? `value ${lab.value} without an upper limit of normal` : 'no value',
  };
}

/**
 * Any of the analytes above its upper limit → met; every analyte known and none above → not-met; otherwise unknown.
 * Decision (session 45): a result stated for the muscle enzymes as a group ({@link MUSCLE_ENZYMES_GROUP}) stands for
 * each analyte of the item — "raised muscle enzymes" meets it, "normal muscle enzymes" is each of them normal —
 * marked inferred, since the text names none of them (a clinician reads Bohan & Peter's "elevated serum
 * skeletal-muscle enzymes" and the EULAR/ACR enzyme item from such a sentence; an enzyme named with its own result
 * is read as well, and any enzyme above its limit meets the item).
 * @param analytes - canonical analyte names (CK, LDH, AST, ALT, aldolase)
 */
export function enzymesElevatedFact(c: Case, analytes: readonly string[]): Fact {
  const rows: {
    i: number;
    name: string;
    lab: Lab;
    e: ReturnType<typeof labElevation>;
    group: boolean;
  }[] = [];
  c.labs.forEach((lab, i) => {
    const name = canonicalAnalyte(lab.analyte);
    const group = name === MUSCLE_ENZYMES_GROUP;
    if (group || analytes.includes(name)) rows.push({ i, name, lab, e: labElevation(lab), group });
  });
  const ev = (r: (typeof rows)[number]): Evidence => {
    const e: Evidence = {
      path: `labs[${r.i}]`,
      value: r.lab.value ?? r.lab.interpretation,
      note: `${r.name}: ${r.e.note}${r.group ? ' (a group statement: no enzyme named)' : ''}`,
    };
    if (r.e.inferred || r.group) e.inferred = true;
    return withSpans(e, r.lab);
  };
  const met = rows.filter((r) => r.e.status === 'met');
  if (met.length) return { status: 'met', evidence: met.map(ev) };
  const allKnown = analytes.every((a) =>
    rows.some((r) => (r.name === a || r.group) && r.e.status === 'not-met'),
  );
  return { status: allKnown ? 'not-met' : 'unknown', evidence: rows.map(ev) };
}

/** Antibody result: positive → met, negative → not-met, equivocal/unknown/not tested → unknown. */
export function antibodyFact(c: Case, target: string): Fact {
  const want = canonicalAntibody(target);
  let met = false;
  let unknown = false;
  let any = false;
  for (const a of c.antibodies) {
    if (canonicalAntibody(a.target) !== want) continue;
    any = true;
    const t = triFromResult(a.result);
    if (t === 'met') met = true;
    else if (t === 'unknown') unknown = true;
  }
  if (!any) return { status: 'unknown', evidence: [] };
  const status: Tri = met ? 'met' : unknown ? 'unknown' : 'not-met';
  const evidence: Evidence[] = [];
  c.antibodies.forEach((a, i) => {
    if (canonicalAntibody(a.target) !== want || triFromResult(a.result) !== status) return;
    const e: Evidence = { path: `antibodies[${i}]`, value: a.result };
    if (a.titre) e.note = `titre ${a.titre}`;
    evidence.push(withSpans(e, a));
  });
  return { status, evidence };
}

/** Age at onset of the first symptom, in years, with how it was obtained. */
export function ageAtOnsetFact(c: Case): { value: number | null; evidence: Evidence[] } {
  if (c.patient.ageAtOnset !== undefined) {
    return {
      value: c.patient.ageAtOnset,
      evidence: [{ path: 'patient.ageAtOnset', value: c.patient.ageAtOnset }],
    };
  }
  const birth = resolveCaseDate(c, c.patient.birthDate);
  const onset = resolveCaseDate(c, c.dates.symptomOnset);
  if (birth && onset) {
    const lo = wholeYearsBetween(birth.latest, onset.earliest);
    const hi = wholeYearsBetween(birth.earliest, onset.latest);
    if (lo === hi)
      return {
        value: lo,
        evidence: [
          {
            path: 'patient.birthDate',
            value: c.patient.birthDate,
            note: `age at symptom onset ${lo} from birth date and onset date`,
          },
        ],
      };
    return {
      value: null,
      evidence: [
        {
          path: 'patient.birthDate',
          value: c.patient.birthDate,
          note: `age at onset between ${lo} and ${hi}: dates too imprecise`,
        },
      ],
    };
  }
  if (c.patient.age !== undefined) {
    return {
      value: c.patient.age,
      evidence: [
        {
          path: 'patient.age',
          value: c.patient.age,
          note: 'age at presentation used as age at onset (no onset age or birth date recorded)',
          inferred: true,
        },
      ],
    };
  }
  return { value: null, evidence: [] };
}
