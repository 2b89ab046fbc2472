/**
 * `npm run eval:layouts`: the extractor on the same narratives rewritten in other layouts, typography and
 * registers (src/eval/layouts.ts), each scored against the same gold. For each rewriting it prints the F1 of every
 * field group and overall, the change of the overall F1 from the text as it came, and how many narratives give
 * other facts than their original. A robust extractor loses nothing on a rewriting a reader loses nothing by
 * (marked "neutral").
 *
 * Options:
 *   --corpus real|synthetic   which corpus (default real; the published texts are read from --texts)
 *   --half dev|test           which half (default dev)
 *   --texts <dir>             where the published texts are (default corpus/real/texts, or $HELIOTROPE_CORPUS_TEXTS)
 *   --layout <name>           one rewriting only (repeatable)
 *   --json                    one JSON document instead of the table
 * Exit codes: 0 figures printed, 2 bad usage or no text to score.
 * @module
 */
import { join, resolve } from 'node:path';
import { LAYOUTS, caseFacts } from '../src/eval/layouts.js';
import { FIELD_GROUPS, addCounts, prf, scoreCase, type Counts, type FieldGroup } from '../src/eval/score.js';
import { extractCase } from '../src/extract/extract.js';
import { CORPUS_DIR, loadCorpus, loadSplit } from './lib/corpus.js';

function usage(message: string): never {
  process.stderr.write(`eval:layouts: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let corpus: 'real' | 'synthetic' = 'real';
let half: 'dev' | 'test' = 'dev';
let json = false;
const only: string[] = [];
let textsDir = process.env.HELIOTROPE_CORPUS_TEXTS ?? join(CORPUS_DIR, 'real', 'texts');
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  const next = () => args[++i] ?? usage(`${a} needs a value`);
  if (a === '--json') json = true;
  else if (a === '--corpus') {
    const c = next();
    if (c !== 'real' && c !== 'synthetic') usage(`--corpus must be real or synthetic, not "${c}"`);
    corpus = c;
  } else if (a === '--half') {
    const h = next();
    if (h !== 'dev' && h !== 'test') usage(`--half must be dev or test, not "${h}"`);
    half = h;
  } else if (a === '--texts') textsDir = resolve(next());
  else if (a === '--layout') {
    const l = next();
    if (!LAYOUTS[l]) usage(`unknown layout "${l}" (${Object.keys(LAYOUTS).join(', ')})`);
    only.push(l);
  } else usage(`unknown option ${a}`);
}

const split = loadSplit()[corpus] ?? {};
const all = corpus === 'real' ? loadCorpus(corpus, textsDir) : loadCorpus(corpus);
const items = all.filter(
  (i) => i.text !== undefined && split[i.id] === half && (i.gold.meta.language ?? 'en') === 'en',
);
const inHalf = all.filter((i) => split[i.id] === half).length;
if (items.length === 0)
  usage(
    corpus === 'real'
      ? `MISSING: no published text of the ${half} half in ${textsDir}; fetch them with npm run corpus:fetch (corpus/README.md) or point --texts at a copy`
      : `no narrative in the ${half} half`,
  );

type Row = {
  layout: string;
  description: string;
  neutral: boolean;
  f1: Record<FieldGroup | 'overall', number>;
  deltaOverall: number;
  changed: number;
};

/** The facts of a case as one string, to tell whether a rewriting changed them. */
const factsOf = (c: ReturnType<typeof extractCase>['case']) => JSON.stringify(caseFacts(c));

const originals = new Map(items.map((i) => [i.id, extractCase(i.text!).case]));

function run(layout: string | undefined): Row {
  const totals = Object.fromEntries(FIELD_GROUPS.map((g) => [g, { tp: 0, fp: 0, fn: 0 }])) as Record<
    FieldGroup,
    Counts
  >;
  let changed = 0;
  for (const it of items) {
    const original = originals.get(it.id)!;
    const pred = layout ? extractCase(LAYOUTS[layout]!.rewrite(it.text!)).case : original;
    if (layout && factsOf(pred) !== factsOf(original)) changed++;
    const s = scoreCase(it.gold, pred, {});
    for (const g of FIELD_GROUPS) addCounts(totals[g], s.groups[g]);
  }
  const overall = { tp: 0, fp: 0, fn: 0 };
  for (const g of FIELD_GROUPS) addCounts(overall, totals[g]);
  const f1 = Object.fromEntries([
    ...FIELD_GROUPS.map((g) => [g, prf(totals[g]).f1]),
    ['overall', prf(overall).f1],
  ]) as Row['f1'];
  return {
    layout: layout ?? 'as it came',
    description: layout ? LAYOUTS[layout]!.description : 'the text as it came',
    neutral: layout ? LAYOUTS[layout]!.neutral : true,
    f1,
    deltaOverall: 0,
    changed,
  };
}

const base = run(undefined);
const rows = [base, ...(only.length ? only : Object.keys(LAYOUTS)).map((l) => run(l))];
for (const r of rows) r.deltaOverall = Number((r.f1.overall - base.f1.overall).toFixed(3));

const where = corpus === 'real' ? textsDir : join(CORPUS_DIR, corpus, 'texts');
const status = `${corpus} ${half}: ${items.length} narrative(s) scored from ${where}${
  items.length < inHalf ? ` (${inHalf - items.length} of the half missing or not in English)` : ''
}`;
if (json) {
  process.stdout.write(
    `${JSON.stringify({ corpus, half, narratives: items.length, status, rows }, null, 2)}\n`,
  );
} else {
  const f = (x: number) => x.toFixed(3);
  const lines = [
    'Narrative extraction on rewritten layouts (src/eval/layouts.ts), scored against the same gold',
    '',
    status,
    '',
    `  ${'layout'.padEnd(20)} ${FIELD_GROUPS.map((g) => g.slice(0, 10).padStart(10)).join(' ')}   overall    Δ   changed  neutral`,
    ...rows.map(
      (r) =>
        `  ${r.layout.padEnd(20)} ${FIELD_GROUPS.map((g) => f(r.f1[g]).padStart(10)).join(' ')}   ${f(
          r.f1.overall,
        )} ${(r.deltaOverall >= 0 ? '+' : '') + r.deltaOverall.toFixed(3)} ${String(r.changed).padStart(6)}   ${
          r.neutral ? 'yes' : 'no'
        }`,
    ),
    '',
    ...rows.slice(1).map((r) => `  ${r.layout}: ${r.description}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
