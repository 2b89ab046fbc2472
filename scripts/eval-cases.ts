/**
 * `npm run eval:cases`: extraction and assessment over every folder of ../shared/cases (case.txt +
 * gold.json). Prints per-field precision / recall / F1 (findings by id and status, labs, antibodies,
 * age/sex, cancer) and agreement of the classifications with the gold `expected` block, as a table
 * and, last, one JSON line.
 *
 * Scoring rules: findings are scored only on the ids the gold lists (gold feature lists are partial by
 * design; other predicted findings are counted as "unscored"); labs and antibodies are scored strictly
 * (a predicted item absent from the gold is a false positive). A lab matches on analyte and value (and
 * upper limit when the gold gives one) or, for qualitative gold, on interpretation.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assessCase, type AssessmentReport } from '../src/assess/assess.js';
import { isFailedSection, type Headline, type SectionSet } from '../src/contract/set.js';
import { reportSections, type SectionKey } from '../src/sets/registry.js';
import type { Case } from '../src/case/schema.js';
import { extractCase } from '../src/extract/extract.js';
import { ucumUnit } from '../src/extract/extractors/units.js';
import { canonicalAnalyte, canonicalAntibody } from '../src/facts/names.js';

interface Gold {
  age?: number;
  sex?: string;
  features?: Record<string, boolean>;
  labs?: {
    name: string;
    value?: number;
    unit?: string | null;
    upper_limit?: number | null;
    comparator?: string;
  }[];
  labs_qualitative?: Record<string, string>;
  antibodies?: Record<string, string>;
  cancer?: { type?: string; site?: string; stage_or_extent?: string };
  expected?: Record<string, string>;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const add = (a: Counts, b: Counts) => ((a.tp += b.tp), (a.fp += b.fp), (a.fn += b.fn));
const prf = (c: Counts) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return { ...c, precision: r3(p), recall: r3(r), f1: r3(f) };
};

function scoreFindings(c: Case, g: Gold): Counts & { unscored: number } {
  const out = { ...zero(), unscored: 0 };
  const gold = new Map(
    Object.entries(g.features ?? {}).map(([k, v]) => [k.replace(/_/g, '-'), v ? 'present' : 'absent']),
  );
  for (const [id, status] of gold) {
    const p = c.findings.find((f) => f.id === id);
    if (!p) out.fn++;
    else if (p.status === status) out.tp++;
    else {
      out.fp++;
      out.fn++;
    }
  }
  out.unscored = c.findings.filter((f) => !gold.has(f.id)).length;
  return out;
}

function scoreLabs(c: Case, g: Gold): Counts {
  const out = zero();
  const used = new Set<number>();
  const close = (a: number | undefined, b: number | undefined | null) =>
    b === undefined || b === null || (a !== undefined && Math.abs(a - b) < 1e-9);
  for (const gl of g.labs ?? []) {
    const name = canonicalAnalyte(gl.name);
    const i = c.labs.findIndex(
      (l, k) =>
        !used.has(k) &&
        canonicalAnalyte(l.analyte) === name &&
        close(l.value, gl.value) &&
        close(l.upperLimit ?? l.referenceRange?.high, gl.upper_limit) &&
        (!gl.unit || !l.unit || ucumUnit(gl.unit) === l.unit || gl.unit === l.unit),
    );
    if (i >= 0) {
      used.add(i);
      out.tp++;
    } else out.fn++;
  }
  for (const [name, desc] of Object.entries(g.labs_qualitative ?? {})) {
    const want = /elevat|raised|high/i.test(desc) ? 'elevated' : /low/i.test(desc) ? 'low' : 'normal';
    const i = c.labs.findIndex(
      (l, k) =>
        !used.has(k) && canonicalAnalyte(l.analyte) === canonicalAnalyte(name) && l.interpretation === want,
    );
    if (i >= 0) {
      used.add(i);
      out.tp++;
    } else out.fn++;
  }
  out.fp += c.labs.length - used.size;
  return out;
}

function scoreAntibodies(c: Case, g: Gold): Counts {
  const out = zero();
  const gold = new Map(
    Object.entries(g.antibodies ?? {}).map(([k, v]) => [canonicalAntibody(k), v.toLowerCase()]),
  );
  for (const [t, r] of gold) {
    const p = c.antibodies.find((a) => canonicalAntibody(a.target) === t);
    if (!p) out.fn++;
    else if (p.result === r) out.tp++;
    else {
      out.fp++;
      out.fn++;
    }
  }
  out.fp += c.antibodies.filter((a) => !gold.has(canonicalAntibody(a.target))).length;
  return out;
}

function scoreCancer(c: Case, g: Gold): Counts {
  const out = zero();
  if (!g.cancer) {
    out.fp += c.cancers.length;
    return out;
  }
  const k = c.cancers[0];
  const type = (g.cancer.type ?? '').toLowerCase();
  const site = (g.cancer.site ?? '').toLowerCase();
  const stage = (g.cancer.stage_or_extent ?? '').toLowerCase().replace(/-/g, ' ');
  const field = (pred: string | undefined, ok: (p: string) => boolean, goldHas: boolean) => {
    if (!goldHas) return;
    if (pred === undefined) out.fn++;
    else if (ok(pred.toLowerCase())) out.tp++;
    else {
      out.fp++;
      out.fn++;
    }
  };
  field(k?.histology, (p) => type.includes(p), type !== '');
  field(k?.site ?? (k?.primaryUnknown ? 'unknown primary' : undefined), (p) => site.includes(p), site !== '');
  field(k?.grade, (p) => type.includes(`grade ${p}`), /grade/.test(type));
  field(k?.stage?.tnm ?? k?.stage?.extent, (p) => stage.includes(p.replace(/-/g, ' ')), stage !== '');
  out.fp += Math.max(0, c.cancers.length - 1);
  return out;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.HELIOTROPE_SHARED ?? resolve(root, '..', 'shared');
const casesDir = join(shared, 'cases');
if (!existsSync(casesDir)) {
  process.stderr.write(
    `eval:cases: ${casesDir} is missing. The seed cases live in ../shared/cases beside the repository (or set HELIOTROPE_SHARED).\n`,
  );
  process.exit(2);
}
const folders = readdirSync(casesDir, { withFileTypes: true })
  .filter(
    (d) =>
      d.isDirectory() &&
      existsSync(join(casesDir, d.name, 'case.txt')) &&
      existsSync(join(casesDir, d.name, 'gold.json')),
  )
  .map((d) => d.name)
  .sort();
if (!folders.length) {
  process.stderr.write(`eval:cases: no case folders (case.txt + gold.json) in ${casesDir}\n`);
  process.exit(2);
}

const totals = { findings: zero(), labs: zero(), antibodies: zero(), demographics: zero(), cancer: zero() };
let unscored = 0;
const classification: Record<string, { agree: number; total: number }> = {};
const perCase: Record<string, unknown>[] = [];
/** A section's headline, or undefined when it could not be computed. */
function headlineOf<K extends SectionKey>(r: AssessmentReport, key: K): Headline | undefined {
  const set: SectionSet | undefined = reportSections.find((s) => s.key === key);
  const outcome = r[key];
  return set && !isFailedSection(outcome) ? set.headline(outcome) : undefined;
}
const EXPECTED: Record<string, (r: AssessmentReport) => string | undefined> = {
  eular_acr_2017_category: (r) => headlineOf(r, 'eularAcr2017')?.code,
  eular_acr_2017_subgroup: (r) => headlineOf(r, 'eularAcr2017')?.qualifier ?? undefined,
  bohan_peter: (r) => headlineOf(r, 'bohanPeter1975')?.code,
};
/** The headline code of the first section whose key matches (e.g. /pns/i → Graus 2004). */
const sectionValue = (r: AssessmentReport, pattern: RegExp): string | undefined => {
  const s = reportSections.find((x) => pattern.test(x.key));
  return s ? headlineOf(r, s.key)?.code : undefined;
};

for (const name of folders) {
  const text = readFileSync(join(casesDir, name, 'case.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(casesDir, name, 'gold.json'), 'utf8')) as Gold;
  const t0 = performance.now();
  const ex = extractCase(text);
  const ms = performance.now() - t0;
  const c = ex.case;
  const report = assessCase(c, { asOf: '2026-01-01' });
  const f = scoreFindings(c, gold);
  unscored += f.unscored;
  const l = scoreLabs(c, gold);
  const a = scoreAntibodies(c, gold);
  const d = zero();
  for (const [want, got] of [
    [gold.age, c.patient.age],
    [gold.sex, c.patient.sex === 'unknown' ? undefined : c.patient.sex],
  ] as const) {
    if (want === undefined) continue;
    if (got === undefined) d.fn++;
    else if (got === want) d.tp++;
    else {
      d.fp++;
      d.fn++;
    }
  }
  const k = scoreCancer(c, gold);
  add(totals.findings, f);
  add(totals.labs, l);
  add(totals.antibodies, a);
  add(totals.demographics, d);
  add(totals.cancer, k);
  const cls: Record<string, string> = {};
  for (const [key, want] of Object.entries(gold.expected ?? {})) {
    let got: string | undefined;
    if (EXPECTED[key]) got = EXPECTED[key](report);
    else if (/pns/i.test(key)) got = sectionValue(report, /pns/i);
    else if (/imacs/i.test(key)) got = sectionValue(report, /imacs/i);
    const slot = (classification[key] ??= { agree: 0, total: 0 });
    if (got === undefined) {
      cls[key] = `n/a (expected ${want})`;
      continue;
    }
    slot.total++;
    if (got === want) slot.agree++;
    cls[key] = got === want ? `${got} ✓` : `${got} ✗ (expected ${want})`;
  }
  perCase.push({
    case: name,
    ms: Math.round(ms * 10) / 10,
    findings: prf(f),
    labs: prf(l),
    antibodies: prf(a),
    demographics: prf(d),
    cancer: prf(k),
    classification: cls,
  });
}

const fmt = (c: ReturnType<typeof prf>) =>
  `${c.precision.toFixed(3)}  ${c.recall.toFixed(3)}  ${c.f1.toFixed(3)}   (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
const out: string[] = [`Narrative extraction over ${folders.length} case(s) in ${casesDir}`, ''];
for (const pc of perCase) {
  out.push(`${pc.case as string}  (${pc.ms as number} ms)`);
  for (const k of ['findings', 'labs', 'antibodies', 'demographics', 'cancer'] as const)
    out.push(`  ${k.padEnd(14)} P/R/F1  ${fmt(pc[k] as ReturnType<typeof prf>)}`);
  for (const [k, v] of Object.entries(pc.classification as Record<string, string>))
    out.push(`  ${k.padEnd(26)} ${v}`);
  out.push('');
}
out.push('Totals');
const summary: Record<string, unknown> = {};
for (const k of Object.keys(totals) as (keyof typeof totals)[]) {
  const s = prf(totals[k]);
  summary[k] = s;
  out.push(`  ${k.padEnd(14)} P/R/F1  ${fmt(s)}`);
}
const all = zero();
for (const k of Object.keys(totals) as (keyof typeof totals)[]) add(all, totals[k]);
summary.overall = prf(all);
out.push(`  ${'overall'.padEnd(14)} P/R/F1  ${fmt(prf(all))}`);
out.push(`  unscored findings (ids not in the gold): ${unscored}`);
const agreement: Record<string, unknown> = {};
for (const [k, v] of Object.entries(classification)) {
  agreement[k] = v.total
    ? { agree: v.agree, total: v.total, rate: Math.round((v.agree / v.total) * 1000) / 1000 }
    : 'n/a';
  out.push(
    `  ${k.padEnd(26)} ${v.total ? `${v.agree}/${v.total} agree` : 'n/a (section not in the report)'}`,
  );
}
process.stdout.write(`${out.join('\n')}\n`);
process.stdout.write(
  `${JSON.stringify({ cases: folders.length, ...summary, unscoredFindings: unscored, classification: agreement, perCase })}\n`,
);
