/**
 * `npm run eval:cases`: narrative extraction scored against gold, per corpus, per half and per field group.
 *
 * Corpora: `seed` (../shared/cases, development data), `real` (published case reports: gold in
 * corpus/real/gold, texts in the git-ignored corpus/real/texts — said clearly when missing), `synthetic`
 * (corpus/synthetic, committed). Halves come from corpus/split.json. For each corpus and half it prints
 * precision, recall and F1 of the field groups (findings, labs, antibodies, patient, cancers, timing) and
 * overall, the studies line (EMG, biopsies; not in overall), and the 2017 EULAR/ACR check: agreement with
 * the category the gold reaches, over-classifications (probable/definite where the gold does not reach
 * it) and mimics classified probable/definite. Matching rules: corpus/README.md. When a test half has items
 * split at intake (src/eval/split.ts `testPart`), its two parts are also reported apart, as `test.fixed` (split
 * before any tuning) and `test.intake` (split when their batch arrived), under `testParts` in the JSON.
 *
 * Options:
 *   --json                     one JSON document instead of the table
 *   --corpus seed,real,synthetic   which corpora (default: all)
 *   --half dev|test            one half only
 *   --min-f1 [corpus.][half.]group=x   fail (exit 1) when an F1 is below x; group is a field group or
 *                              overall; repeatable (e.g. --min-f1 overall=0.5 --min-f1 synthetic.test.labs=0.6)
 *   --max-over [corpus.][half.]n   fail when over-classifications exceed n
 *   --texts <dir>              where the published texts are (default corpus/real/texts, or
 *                              $HELIOTROPE_CORPUS_TEXTS)
 *   --verbose                  list every disagreement, case by case
 *   --breakdown                count the disagreements of each half by kind of fact (missed, added, wrong):
 *                              counts only, so a test half can be reported this way without reading its items;
 *                              with the missed antibodies and lab values counted by whether their name (and
 *                              value) is written in the text (src/eval/anatomy.ts); and the over-classified cases'
 *                              disagreements by criteria item, with the findings they read present that the
 *                              gold leaves ambiguous (overClassifiedFacts, src/eval/breakdown.ts)
 * Exit codes: 0 figures printed (thresholds met), 1 a threshold failed, 2 bad usage or unreadable data.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assessCase, type AssessmentReport } from '../src/assess/assess.js';
import { isFailedSection, type Headline, type SectionSet } from '../src/contract/set.js';
import type { EularCategory } from '../src/criteria/eular-acr-2017/evaluate.js';
import { checkClassification, goldClassification } from '../src/eval/classify.js';
import type { Gold } from '../src/eval/gold.js';
import { testPart } from '../src/eval/split.js';
import { bootstrapF1 } from '../src/eval/bootstrap.js';
import {
  addAnatomy,
  emptyAnatomy,
  missAnatomy,
  type MissAnatomy,
  type ReadSentence,
} from '../src/eval/anatomy.js';
import {
  breakdown,
  labWrongCounts,
  overClassifiedFacts,
  timingOrderPairs,
  timingWrongCounts,
} from '../src/eval/breakdown.js';
import {
  FIELD_GROUPS,
  addCounts,
  prf,
  scoreCase,
  type Counts,
  type FieldGroup,
  type Miss,
} from '../src/eval/score.js';
import { seedToGold, type SeedGold } from '../src/eval/seed.js';
import { analyse, isCaseSentence } from '../src/extract/document.js';
import { extractCase } from '../src/extract/extract.js';
import { reportSections, type SectionKey } from '../src/sets/registry.js';
import {
  CORPUS_DIR,
  checkTexts,
  describeTextCheck,
  loadCorpus,
  loadSplit,
  readTextManifest,
} from './lib/corpus.js';
import { sharedDir } from './shared.js';

type CorpusKey = 'seed' | 'real' | 'synthetic';
type HalfKey = 'dev' | 'test';

/** The text's sentences as the extractor reads them: the patient's case, another subject's, or a section not read. */
function readSentences(text: string): ReadSentence[] {
  return analyse(text).sentences.map((s) => ({
    start: s.start,
    end: s.end,
    reading: isCaseSentence(s) ? 'case' : s.attribution.subject !== 'patient' ? 'other-subject' : 'section',
  }));
}

const ALL_CORPORA: CorpusKey[] = ['seed', 'real', 'synthetic'];
const GROUP_KEYS = [...FIELD_GROUPS, 'overall'] as const;

interface Item {
  id: string;
  gold: Gold;
  text: string;
  half: HalfKey;
  partial: boolean;
  seedExpected?: Record<string, string>;
}

interface HalfTotals {
  cases: number;
  groups: Record<(typeof FIELD_GROUPS)[number], Counts>;
  studies: Counts;
  unscoredFindings: number;
  eular: {
    agree: number;
    total: number;
    over: number;
    mimicClassified: number;
    overCases: string[];
    /** Per finding id: over-classified cases where it was read present and the gold leaves it ambiguous. */
    overAmbiguous: Record<string, number>;
  };
  perCase: { id: string; f1: number; misses: Miss[]; eular?: string; counts: Record<FieldGroup, Counts> }[];
  /** What the missed antibodies and labs are made of (with --breakdown). */
  anatomy: MissAnatomy;
}

/** The parts of a test half reported apart (src/eval/split.ts `testPart`). */
type PartKey = 'test.fixed' | 'test.intake';

interface CorpusResult {
  status: string;
  halves: Partial<Record<HalfKey, HalfTotals>>;
  /** The test half's two parts, present when the corpus has items split at intake. */
  parts?: Partial<Record<PartKey, HalfTotals>>;
  seedAgreement?: Record<string, { agree: number; total: number }>;
}

function usage(message: string): never {
  process.stderr.write(`eval:cases: ${message}\n`);
  process.exit(2);
}

// ── Arguments ────────────────────────────────────────────────────────────────────────────────────────
const args = process.argv.slice(2);
const opt = {
  json: false,
  verbose: false,
  breakdown: false,
  corpora: ALL_CORPORA,
  half: undefined as HalfKey | undefined,
};
const minF1: { corpus?: string; half?: string; group: string; value: number; spec: string }[] = [];
const maxOver: { corpus?: string; half?: string; value: number; spec: string }[] = [];
let textsDir = process.env.HELIOTROPE_CORPUS_TEXTS ?? join(CORPUS_DIR, 'real', 'texts');
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  const next = () => args[++i] ?? usage(`${a} needs a value`);
  if (a === '--json') opt.json = true;
  else if (a === '--verbose') opt.verbose = true;
  else if (a === '--breakdown') opt.breakdown = true;
  else if (a === '--corpus') {
    const list = next().split(',') as CorpusKey[];
    for (const c of list)
      if (!ALL_CORPORA.includes(c)) usage(`unknown corpus "${c}" (seed, real, synthetic)`);
    opt.corpora = list;
  } else if (a === '--half') {
    const h = next();
    if (h !== 'dev' && h !== 'test') usage(`--half must be dev or test, not "${h}"`);
    opt.half = h;
  } else if (a === '--texts') textsDir = resolve(next());
  else if (a === '--min-f1') {
    const spec = next();
    const m = /^(?:(seed|real|synthetic)\.)?(?:(dev|test)\.)?([a-z]+)=([0-9.]+)$/.exec(spec);
    if (!m || !(GROUP_KEYS as readonly string[]).includes(m[3]!))
      usage(
        `--min-f1 "${spec}": expected [corpus.][half.]group=x with group one of ${GROUP_KEYS.join(', ')}`,
      );
    minF1.push({ corpus: m[1], half: m[2], group: m[3]!, value: Number(m[4]), spec });
  } else if (a === '--max-over') {
    const spec = next();
    const m = /^(?:(seed|real|synthetic)\.)?(?:(dev|test)\.)?([0-9]+)$/.exec(spec);
    if (!m) usage(`--max-over "${spec}": expected [corpus.][half.]n`);
    maxOver.push({ corpus: m[1], half: m[2], value: Number(m[3]), spec });
  } else usage(`unknown option ${a}`);
}

// ── Loading ──────────────────────────────────────────────────────────────────────────────────────────
function loadSeed(): { items: Item[]; status: string } {
  const dir = join(sharedDir(), 'cases');
  if (!existsSync(dir))
    return {
      items: [],
      status: `MISSING: ${dir} not found (the seed cases live in ../shared beside the repository, or set HELIOTROPE_SHARED)`,
    };
  const items: Item[] = [];
  for (const name of readdirSync(dir).sort()) {
    const txt = join(dir, name, 'case.txt');
    const gj = join(dir, name, 'gold.json');
    if (!existsSync(txt) || !existsSync(gj)) continue;
    const seed = JSON.parse(readFileSync(gj, 'utf8')) as SeedGold;
    items.push({
      id: name,
      gold: seedToGold(name, seed),
      text: readFileSync(txt, 'utf8'),
      half: 'dev',
      partial: true,
      ...(seed.expected ? { seedExpected: seed.expected } : {}),
    });
  }
  return {
    items,
    status: `${dir}: ${items.length} case(s); development data (the extractor was built on them)`,
  };
}

function loadRepoCorpus(name: 'real' | 'synthetic'): { items: Item[]; status: string } {
  const split = loadSplit()[name] ?? {};
  const all = name === 'real' ? loadCorpus(name, textsDir) : loadCorpus(name);
  const unsplit = all.filter((i) => !split[i.id]).map((i) => i.id);
  if (unsplit.length) usage(`${name}: no half recorded for ${unsplit.join(', ')} (run npm run corpus:split)`);
  const withText = all.filter((i) => i.text !== undefined);
  // texts in another language are annotated like the others but not scored: the extractor reads English
  const foreign = withText.filter((i) => (i.gold.meta.language ?? 'en') !== 'en');
  const items = withText
    .filter((i) => !foreign.includes(i))
    .map((i) => ({
      id: i.id,
      gold: i.gold,
      text: i.text!,
      half: split[i.id]!,
      partial: false,
    }));
  const where = name === 'real' ? textsDir : join(CORPUS_DIR, name, 'texts');
  let status = `${all.length} gold, ${withText.length} text(s) in ${where}`;
  if (name === 'real' && withText.length < all.length) {
    status +=
      withText.length === 0
        ? ' — MISSING: the published texts are not in the repository; fetch them with npm run corpus:fetch (corpus/README.md) or point --texts at a copy'
        : ` — INCOMPLETE: ${all.length - withText.length} text(s) missing, scored on the ${withText.length} present`;
  }
  if (name === 'real' && withText.length) {
    // Which copies are scored: a re-fetched text may differ from the copy the gold was written on.
    status += `; ${describeTextCheck(
      checkTexts(
        withText.map((i) => [i.id, i.text!] as const),
        readTextManifest(),
      ),
    )}`;
  }
  if (foreign.length)
    status += `; ${foreign.length} text(s) not in English not scored (${foreign
      .map((i) => `${i.id}: ${i.gold.meta.language}`)
      .join(', ')})`;
  return { items, status };
}

// ── Scoring ──────────────────────────────────────────────────────────────────────────────────────────
const emptyTotals = (): HalfTotals => ({
  cases: 0,
  groups: Object.fromEntries(FIELD_GROUPS.map((g) => [g, { tp: 0, fp: 0, fn: 0 }])) as HalfTotals['groups'],
  studies: { tp: 0, fp: 0, fn: 0 },
  unscoredFindings: 0,
  eular: { agree: 0, total: 0, over: 0, mimicClassified: 0, overCases: [], overAmbiguous: {} },
  perCase: [],
  anatomy: emptyAnatomy(),
});

/** A section's headline, or undefined when it could not be computed. */
function headlineOf(r: AssessmentReport, key: SectionKey): Headline | undefined {
  const set: SectionSet | undefined = reportSections.find((s) => s.key === key);
  const outcome = r[key];
  return set && !isFailedSection(outcome) ? set.headline(outcome) : undefined;
}
const SEED_EXPECTED: Record<string, (r: AssessmentReport) => string | undefined> = {
  eular_acr_2017_category: (r) => headlineOf(r, 'eularAcr2017')?.code,
  eular_acr_2017_subgroup: (r) => headlineOf(r, 'eularAcr2017')?.qualifier ?? undefined,
  bohan_peter: (r) => headlineOf(r, 'bohanPeter1975')?.code,
};
/** The headline code of the first section whose key matches (e.g. /pns/i → Graus 2004). */
const sectionValue = (r: AssessmentReport, pattern: RegExp): string | undefined => {
  const s = reportSections.find((x) => pattern.test(x.key));
  return s ? headlineOf(r, s.key)?.code : undefined;
};

function runCorpus(name: CorpusKey, items: Item[]): Pick<CorpusResult, 'halves' | 'parts' | 'seedAgreement'> {
  const halves: Partial<Record<HalfKey, HalfTotals>> = {};
  const parts: Partial<Record<PartKey, HalfTotals>> = {};
  const seedAgreement: Record<string, { agree: number; total: number }> = {};
  for (const it of items) {
    if (opt.half && it.half !== opt.half) continue;
    const t = (halves[it.half] ??= emptyTotals());
    const part = it.half === 'test' ? (`test.${testPart(name, it.id)}` as const) : undefined;
    const p = part ? (parts[part] ??= emptyTotals()) : undefined;
    const pred = extractCase(it.text).case;
    const s = scoreCase(it.gold, pred, { partial: it.partial });
    t.cases++;
    for (const g of FIELD_GROUPS) addCounts(t.groups[g], s.groups[g]);
    addCounts(t.studies, s.studies);
    t.unscoredFindings += s.unscoredFindings;
    const anatomy = opt.breakdown ? missAnatomy(it.text, s.misses, readSentences(it.text)) : undefined;
    if (anatomy) {
      addAnatomy(t.anatomy, anatomy);
      if (p) addAnatomy(p.anatomy, anatomy);
    }
    const goldCat: EularCategory | undefined =
      it.gold.classification.eularAcr2017OnStatedFacts ??
      (it.partial ? undefined : goldClassification(it.gold).eularAcr2017OnStatedFacts);
    let eular: string | undefined;
    const c = goldCat ? checkClassification(goldCat, pred, it.gold.classification.mimic === true) : undefined;
    // the findings an over-classified case read present that the gold leaves open (`ambiguous`, not scored): they
    // count in the classification all the same (criteria ids only, for --breakdown)
    const open = new Set<string>(c?.over ? (it.gold.ambiguous ?? []) : []);
    const ambiguousRead = pred.findings
      .filter((f) => f.status === 'present' && open.has(f.id))
      .map((f) => f.id);
    const tallyEular = (e: HalfTotals['eular']) => {
      if (!c) return;
      e.total++;
      if (c.agree) e.agree++;
      if (c.over) {
        e.over++;
        e.overCases.push(it.id);
        for (const id of ambiguousRead) e.overAmbiguous[id] = (e.overAmbiguous[id] ?? 0) + 1;
      }
      if (c.mimicClassified) e.mimicClassified++;
    };
    tallyEular(t.eular);
    if (c) {
      eular = `EULAR/ACR ${c.pred} (gold reaches ${c.gold})${c.over ? ' OVER-CLASSIFIED' : ''}`;
    }
    if (it.seedExpected) {
      const report = assessCase(pred, { asOf: '2026-01-01' });
      for (const [key, want] of Object.entries(it.seedExpected)) {
        const got = SEED_EXPECTED[key]
          ? SEED_EXPECTED[key](report)
          : /pns/i.test(key)
            ? sectionValue(report, /pns/i)
            : /imacs/i.test(key)
              ? sectionValue(report, /imacs/i)
              : undefined;
        if (got === undefined) continue;
        const slot = (seedAgreement[key] ??= { agree: 0, total: 0 });
        slot.total++;
        if (got === want) slot.agree++;
      }
    }
    const all = { tp: 0, fp: 0, fn: 0 };
    for (const g of FIELD_GROUPS) addCounts(all, s.groups[g]);
    const perCase: HalfTotals['perCase'][number] = {
      id: it.id,
      f1: prf(all).f1,
      misses: s.misses,
      ...(eular ? { eular } : {}),
      counts: Object.fromEntries(FIELD_GROUPS.map((g) => [g, { ...s.groups[g] }])) as Record<
        FieldGroup,
        Counts
      >,
    };
    t.perCase.push(perCase);
    if (p) {
      // the same case counted once more in its part of the test half
      p.cases++;
      for (const g of FIELD_GROUPS) addCounts(p.groups[g], s.groups[g]);
      addCounts(p.studies, s.studies);
      p.unscoredFindings += s.unscoredFindings;
      tallyEular(p.eular);
      p.perCase.push(perCase);
    }
  }
  return {
    halves,
    // the parts are worth a line only when there is more than one
    ...(parts['test.intake'] ? { parts } : {}),
    ...(Object.keys(seedAgreement).length ? { seedAgreement } : {}),
  };
}

const results: Partial<Record<CorpusKey, CorpusResult>> = {};
for (const name of opt.corpora) {
  const { items, status } = name === 'seed' ? loadSeed() : loadRepoCorpus(name);
  results[name] = { status, ...runCorpus(name, items) };
}

// ── Summaries, thresholds, output ───────────────────────────────────────────────────────────────────
function summary(t: HalfTotals) {
  const over = new Set(t.eular.overCases);
  const overall = { tp: 0, fp: 0, fn: 0 };
  for (const g of FIELD_GROUPS) addCounts(overall, t.groups[g]);
  // 95 % bootstrap interval over cases (src/eval/bootstrap.ts): how far a few dozen cases let the F1 move.
  const ci = (pick: (c: Record<FieldGroup, Counts>) => Counts) => ({
    f1Ci95: bootstrapF1(t.perCase.map((pc) => pick(pc.counts))),
  });
  const caseTotal = (c: Record<FieldGroup, Counts>) => {
    const sum = { tp: 0, fp: 0, fn: 0 };
    for (const g of FIELD_GROUPS) addCounts(sum, c[g]);
    return sum;
  };
  return {
    cases: t.cases,
    groups: Object.fromEntries(FIELD_GROUPS.map((g) => [g, { ...prf(t.groups[g]), ...ci((c) => c[g]) }])),
    overall: { ...prf(overall), ...ci(caseTotal) },
    studies: prf(t.studies),
    unscoredFindings: t.unscoredFindings,
    ...(opt.breakdown
      ? {
          breakdown: breakdown(t.perCase.flatMap((pc) => pc.misses)),
          timingWrong: timingWrongCounts(t.perCase.flatMap((pc) => pc.misses)),
          labWrong: labWrongCounts(t.perCase.flatMap((pc) => pc.misses)),
          timingOrder: timingOrderPairs(t.perCase.flatMap((pc) => pc.misses)),
          overAmbiguousRead: t.eular.overAmbiguous,
          overClassified: overClassifiedFacts(
            t.perCase.filter((pc) => over.has(pc.id)).map((pc) => pc.misses),
          ),
          missAnatomy: t.anatomy,
        }
      : {}),
    eularAcr2017: {
      agree: t.eular.agree,
      total: t.eular.total,
      overClassifications: t.eular.over,
      overClassifiedCases: t.eular.overCases,
      mimicsClassifiedProbableOrDefinite: t.eular.mimicClassified,
    },
  };
}

const failures: string[] = [];
const doc: Record<string, unknown> = {};
for (const [name, r] of Object.entries(results) as [CorpusKey, CorpusResult][]) {
  const halves: Record<string, ReturnType<typeof summary>> = {};
  for (const h of ['dev', 'test'] as const) if (r.halves[h]) halves[h] = summary(r.halves[h]);
  const testParts: Record<string, ReturnType<typeof summary>> = {};
  for (const [k, t] of Object.entries(r.parts ?? {})) testParts[k] = summary(t);
  doc[name] = {
    status: r.status,
    halves,
    ...(Object.keys(testParts).length ? { testParts } : {}),
    ...(r.seedAgreement ? { seedClassificationAgreement: r.seedAgreement } : {}),
  };
  for (const [h, s] of Object.entries(halves)) {
    for (const th of minF1) {
      if ((th.corpus && th.corpus !== name) || (th.half && th.half !== h)) continue;
      const f1 = th.group === 'overall' ? s.overall.f1 : (s.groups[th.group] as { f1: number }).f1;
      if (f1 < th.value)
        failures.push(`${name}.${h}.${th.group} F1 ${f1.toFixed(3)} < ${th.value} (--min-f1 ${th.spec})`);
    }
    for (const th of maxOver) {
      if ((th.corpus && th.corpus !== name) || (th.half && th.half !== h)) continue;
      const n = s.eularAcr2017.overClassifications;
      if (n > th.value)
        failures.push(`${name}.${h} over-classifications ${n} > ${th.value} (--max-over ${th.spec})`);
    }
  }
  for (const th of minF1) {
    if (th.corpus === name && !Object.keys(halves).length)
      failures.push(`${name}: no case was scored, so --min-f1 ${th.spec} cannot be checked (${r.status})`);
  }
}

if (opt.json) {
  process.stdout.write(`${JSON.stringify({ corpora: doc, thresholdFailures: failures })}\n`);
} else {
  const out: string[] = ['Narrative extraction against gold (matching rules: corpus/README.md)', ''];
  const fmt = (c: {
    precision: number;
    recall: number;
    f1: number;
    tp: number;
    fp: number;
    fn: number;
    f1Ci95?: [number, number] | undefined;
  }) =>
    `${c.precision.toFixed(3)}  ${c.recall.toFixed(3)}  ${c.f1.toFixed(3)}  ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)}${c.f1Ci95 ? `  ${c.f1Ci95[0].toFixed(3)}–${c.f1Ci95[1].toFixed(3)}` : ''}`;
  for (const [name, r] of Object.entries(results) as [CorpusKey, CorpusResult][]) {
    out.push(`${name}: ${r.status}`);
    const d = doc[name] as {
      halves: Record<string, ReturnType<typeof summary>>;
      testParts?: Record<string, ReturnType<typeof summary>>;
    };
    if (!Object.keys(d.halves).length) {
      out.push('  (nothing scored)', '');
      continue;
    }
    // the test half's parts (fixed before tuning / split at intake) follow the halves when there are two
    const rows = { ...d.halves, ...d.testParts };
    const w = Math.max(...Object.keys(rows).map((h) => h.length));
    out.push(
      `  ${'half'.padEnd(w)} ${'group'.padEnd(11)} P      R      F1        tp    fp    fn  F1 95% CI (cases resampled)`,
    );
    for (const [h, s] of Object.entries(rows)) {
      for (const g of FIELD_GROUPS) out.push(`  ${h.padEnd(w)} ${g.padEnd(11)} ${fmt(s.groups[g] as never)}`);
      out.push(`  ${h.padEnd(w)} ${'overall'.padEnd(11)} ${fmt(s.overall)}`);
      out.push(`  ${h.padEnd(w)} ${'(studies)'.padEnd(11)} ${fmt(s.studies)}`);
      const e = s.eularAcr2017;
      out.push(
        `  ${h.padEnd(w)} ${s.cases} case(s); EULAR/ACR agrees with the gold category ${e.agree}/${e.total}; over-classifications ${e.overClassifications}${e.overClassifiedCases.length ? ` (${e.overClassifiedCases.join(', ')})` : ''}; mimics classified probable/definite ${e.mimicsClassifiedProbableOrDefinite}; unscored findings ${s.unscoredFindings}`,
      );
    }
    if (opt.breakdown) {
      out.push(
        `  ${'half'.padEnd(w)} ${'group'.padEnd(11)} ${'kind of fact'.padEnd(17)} missed  added  wrong`,
      );
      for (const [h, s] of Object.entries(rows))
        for (const b of s.breakdown ?? [])
          out.push(
            `  ${h.padEnd(w)} ${b.group.padEnd(11)} ${b.kind.padEnd(17)} ${String(b.missed).padStart(6)} ${String(b.added).padStart(6)} ${String(b.wrong).padStart(6)}`,
          );
      for (const [h, s] of Object.entries(rows)) {
        const tw = s.timingWrong;
        if (tw)
          out.push(
            `  ${h.padEnd(w)} wrong cancer timings: order differs ${tw.order}, order right but no interval read ${tw['interval not read']}, interval outside tolerance ${tw.interval}`,
          );
        const lw = s.labWrong;
        if (lw)
          out.push(
            `  ${h.padEnd(w)} wrong labs by what differs: ${Object.entries(lw)
              .map(([k, n]) => `${k} ${n}`)
              .join(', ')}`,
          );
        if (s.timingOrder?.length)
          out.push(
            `  ${h.padEnd(w)} order differs by relation (gold → read): ${s.timingOrder.map((p) => `${p.gold} → ${p.read} ${p.count}`).join(', ')}`,
          );
        // which criteria items the over-classified cases' extra score came from (counts by criteria id only)
        if (s.overClassified?.length)
          out.push(
            `  ${h.padEnd(w)} over-classified cases' disagreements by fact (added/wrong/missed): ${s.overClassified.map((r) => `${r.fact} ${r.added}/${r.wrong}/${r.missed}`).join(', ')}`,
          );
        const amb = Object.entries(s.overAmbiguousRead ?? {});
        if (amb.length)
          out.push(
            `  ${h.padEnd(w)} over-classified cases' findings read present where the gold leaves them ambiguous (not scored): ${amb.map(([id, n]) => `${id} ${n}`).join(', ')}`,
          );
      }
      // What the misses are made of: a name the table knows in the text (a construction not read) or not (vocabulary).
      for (const [h, s] of Object.entries(rows)) {
        const a = s.missAnatomy;
        if (!a) continue;
        out.push(
          `  ${h.padEnd(w)} missed antibodies: named in the text (a form the names table knows) ${a.antibodies.named}, not named ${a.antibodies.notNamed}`,
          `  ${h.padEnd(w)} missed lab values: analyte named and value written ${a.labs.namedWithValue}, analyte named but value not found as written ${a.labs.namedValueNotFound}, analyte not named ${a.labs.notNamed}; qualitative: named ${a.labs.qualitativeNamed}, not named ${a.labs.qualitativeNotNamed}`,
          ...(['antibodies', 'labs'] as const).map((g) => {
            const x = a.where[g];
            return `  ${h.padEnd(w)} named missed ${g === 'labs' ? 'lab results (with their value when they have one)' : 'antibodies'} stand in: a case sentence ${x.case}, only another subject's ${x['other-subject']}, only a section not read for the case ${x.section}${g === 'labs' ? `, never beside their value ${x.apart}` : ''}`;
          }),
        );
      }
    }
    if (r.seedAgreement) {
      out.push(
        `  seed classification agreement: ${Object.entries(r.seedAgreement)
          .map(([k, v]) => `${k} ${v.agree}/${v.total}`)
          .join(', ')}`,
      );
    }
    if (opt.verbose) {
      for (const h of ['dev', 'test'] as const) {
        for (const pc of r.halves[h]?.perCase ?? []) {
          out.push(`  [${h}] ${pc.id}  F1 ${pc.f1.toFixed(3)}${pc.eular ? `  ${pc.eular}` : ''}`);
          for (const m of pc.misses)
            out.push(
              `      ${m.group.padEnd(10)} ${m.kind.padEnd(5)} ${m.item}${m.gold !== undefined ? `  gold: ${m.gold}` : ''}${m.pred !== undefined ? `  extracted: ${m.pred}` : ''}`,
            );
        }
      }
    }
    out.push('');
  }
  for (const f of failures) out.push(`THRESHOLD FAILED: ${f}`);
  process.stdout.write(`${out.join('\n')}\n`);
}
process.exit(failures.length ? 1 : 0);
