/**
 * `npm run eval:agreement`: how far two annotators agree. A second, blind annotation of some real-corpus texts
 * (`corpus/real/second/<id>.json`, same format as the gold) is scored against the first (`corpus/real/gold`) with
 * the scorer the extractor faces, per field group, with 95 % bootstrap intervals over cases. Where the published
 * texts are present (and match their recorded digests), the extractor is scored on the same items beside it, so
 * the two readers compare on the same ground. Also the 2017 EULAR/ACR category each annotation reaches.
 *
 * Options:
 *   --second <dir>   the second annotations (default corpus/real/second)
 *   --texts <dir>    the published texts (default corpus/real/texts, or $HELIOTROPE_CORPUS_TEXTS)
 *   --json           one JSON document instead of the table
 *   --verbose        every disagreement between the annotators, item by item
 * Exit codes: 0 figures printed, 2 bad usage or unreadable data.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { goldAsExtraction } from '../src/eval/agreement.js';
import { bootstrapF1 } from '../src/eval/bootstrap.js';
import { goldClassification } from '../src/eval/classify.js';
import type { Gold } from '../src/eval/gold.js';
import { FIELD_GROUPS, addCounts, prf, scoreCase, type Counts, type Miss } from '../src/eval/score.js';
import { extractCase } from '../src/extract/extract.js';
import { CORPUS_DIR, loadSplit, parseGold, readTextManifest, textDigest } from './lib/corpus.js';

const GROUPS = [...FIELD_GROUPS, 'overall'] as const;
type Group = (typeof GROUPS)[number];

function usage(message: string): never {
  process.stderr.write(`eval:agreement: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const opt = { second: join(CORPUS_DIR, 'real', 'second'), texts: '', json: false, verbose: false };
opt.texts = process.env.HELIOTROPE_CORPUS_TEXTS ?? join(CORPUS_DIR, 'real', 'texts');
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--json') opt.json = true;
  else if (a === '--verbose') opt.verbose = true;
  else if (a === '--second' || a === '--texts') {
    const v = args[++i];
    if (v === undefined) usage(`${a} needs a folder`);
    opt[a === '--second' ? 'second' : 'texts'] = resolve(v);
  } else usage(`unknown option ${a}`);
}
if (!existsSync(opt.second)) usage(`no second annotations at ${opt.second}`);

interface Side {
  cases: Counts[][];
  totals: Record<Group, Counts>;
}
const side = (): Side => ({
  cases: GROUPS.map(() => []),
  totals: Object.fromEntries(GROUPS.map((g) => [g, { tp: 0, fp: 0, fn: 0 }])) as Record<Group, Counts>,
});

function add(s: Side, groups: Record<string, Counts>): void {
  const all = { tp: 0, fp: 0, fn: 0 };
  GROUPS.forEach((g, k) => {
    const c = g === 'overall' ? all : groups[g]!;
    if (g !== 'overall') addCounts(all, c);
    addCounts(s.totals[g], c);
    s.cases[k]!.push({ ...c });
  });
}

const split = loadSplit().real ?? {};
const manifest = readTextManifest();
const human = side();
const extractor = side();
const items: { id: string; half: string; misses: Miss[]; eular: [string, string] }[] = [];
let withText = 0;
let eularAgree = 0;
let languageSkipped = 0;

for (const f of readdirSync(opt.second)
  .filter((x) => x.endsWith('.json'))
  .sort()) {
  const secondFile = join(opt.second, f);
  let second: Gold;
  let first: Gold;
  try {
    second = parseGold(readFileSync(secondFile, 'utf8'), secondFile);
    const firstFile = join(CORPUS_DIR, 'real', 'gold', f);
    if (!existsSync(firstFile)) usage(`${secondFile}: no first annotation ${firstFile}`);
    first = parseGold(readFileSync(firstFile, 'utf8'), firstFile);
  } catch (e) {
    usage((e as Error).message);
  }
  if (first.meta.language) {
    languageSkipped++;
    continue;
  }
  const s = scoreCase(first, goldAsExtraction(second));
  add(human, s.groups);
  const a = goldClassification(first).eularAcr2017OnStatedFacts;
  const b = goldClassification(second).eularAcr2017OnStatedFacts;
  if (a === b) eularAgree++;
  items.push({ id: first.id, half: split[first.id] ?? '?', misses: s.misses, eular: [a, b] });
  const textFile = join(opt.texts, `${first.id}.txt`);
  if (existsSync(textFile)) {
    const text = readFileSync(textFile, 'utf8');
    if (manifest.get(first.id) === textDigest(text)) {
      withText++;
      add(extractor, scoreCase(first, extractCase(text).case).groups);
    }
  }
}
if (items.length === 0) usage(`no second annotation in ${opt.second}`);

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const figures = (s: Side) =>
  Object.fromEntries(
    GROUPS.map((g, k) => {
      const p = prf(s.totals[g]);
      return [
        g,
        {
          ...s.totals[g],
          precision: r3(p.precision),
          recall: r3(p.recall),
          f1: r3(p.f1),
          interval: bootstrapF1(s.cases[k]!),
        },
      ];
    }),
  );
const extractorFigures = withText === items.length ? figures(extractor) : undefined;
const missingTexts = `texts for ${items.length - withText} of ${items.length} items are not at ${opt.texts}`;
const result = {
  items: items.length,
  halves: {
    dev: items.filter((i) => i.half === 'dev').length,
    test: items.filter((i) => i.half === 'test').length,
  },
  notScoredNotEnglish: languageSkipped,
  secondAgainstFirst: figures(human),
  eularAcr2017: { agree: eularAgree, total: items.length },
  extractorOnSameItems: extractorFigures ?? { missing: missingTexts },
};

if (opt.json) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  const out: string[] = [];
  out.push(
    `Two annotators on the same ${items.length} real texts (${result.halves.dev} dev, ${result.halves.test} test): the second annotation scored against the gold`,
  );
  const row = (label: string, f: ReturnType<typeof figures>) =>
    `${label.padEnd(26)}${GROUPS.map((g) => {
      const x = f[g]!;
      return `${g} ${x.f1.toFixed(3)}`;
    }).join('  ')}`;
  out.push(row('second annotator', result.secondAgainstFirst));
  if (extractorFigures) out.push(row('extractor', extractorFigures));
  else out.push(`extractor: not scored (${missingTexts})`);
  const iv = (f: ReturnType<typeof figures>) =>
    GROUPS.map((g) => `${g} ${f[g]!.interval?.join('–') ?? 'n/a'}`).join('  ');
  out.push(`95 % intervals, second annotator: ${iv(result.secondAgainstFirst)}`);
  out.push(`EULAR/ACR category on the stated facts: same in ${eularAgree} of ${items.length}`);
  if (languageSkipped) out.push(`${languageSkipped} item(s) not in English: not scored`);
  if (opt.verbose)
    for (const it of items) {
      if (it.misses.length === 0 && it.eular[0] === it.eular[1]) continue;
      out.push(`\n${it.id} (${it.half}) EULAR/ACR ${it.eular[0]} / ${it.eular[1]}`);
      for (const m of it.misses)
        out.push(
          `  ${m.group.padEnd(11)} ${m.kind.padEnd(5)} ${m.item}: first ${m.gold ?? '—'} · second ${m.pred ?? '—'}`,
        );
    }
  process.stdout.write(`${out.join('\n')}\n`);
}
