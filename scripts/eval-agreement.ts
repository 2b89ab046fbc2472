/**
 * `npm run eval:agreement`: how far two annotators agree. A second, blind annotation of some real-corpus texts
 * (`corpus/real/second/<id>.json`, same format as the gold) is scored against the first (`corpus/real/gold`) with
 * the scorer the extractor faces, per field group and per half, with 95 % bootstrap intervals over cases. Where the
 * published texts are present (and match their recorded digests), the extractor is scored on the same items beside
 * it, so the two readers compare on the same ground. Also the 2017 EULAR/ACR category each annotation reaches.
 *
 * Options:
 *   --second <dir>   the second annotations (default corpus/real/second)
 *   --texts <dir>    the published texts (default corpus/real/texts, or $HELIOTROPE_CORPUS_TEXTS)
 *   --json           one JSON document instead of the table
 *   --verbose        every disagreement between the annotators on development items (test items' disagreements
 *                    are never listed: they would show test content to rule work)
 *
 * Where only some texts are present, both readers are also scored on those items alone, and the extractor's
 * disagreements with the gold are counted by whether the second annotator made the same one (the same item read
 * the same way, or left out the same way): a disagreement both readers share is more likely a question of the
 * annotation convention than of reading. Counts only, per field group, so a test half is reported without its items.
 * Exit codes: 0 figures printed, 2 bad usage or unreadable data.
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { countSharedDisagreements, goldAsExtraction, type SharedCount } from '../src/eval/agreement.js';
import { bootstrapF1 } from '../src/eval/bootstrap.js';
import { goldClassification } from '../src/eval/classify.js';
import type { Gold } from '../src/eval/gold.js';
import { FIELD_GROUPS, addCounts, prf, scoreCase, type Counts, type Miss } from '../src/eval/score.js';
import { extractCase } from '../src/extract/extract.js';
import { CORPUS_DIR, loadSplit, parseGold, readTextManifest, textDigest } from './lib/corpus.js';

const GROUPS = [...FIELD_GROUPS, 'overall'] as const;
type Group = (typeof GROUPS)[number];
const HALVES = ['dev', 'test'] as const;
type HalfKey = (typeof HALVES)[number];

function usage(message: string): never {
  process.stderr.write(`eval:agreement: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const opt = {
  second: join(CORPUS_DIR, 'real', 'second'),
  texts: process.env.HELIOTROPE_CORPUS_TEXTS ?? join(CORPUS_DIR, 'real', 'texts'),
  json: false,
  verbose: false,
};
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

/** Per-case counts and totals of one reader on one half. */
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

interface HalfTally {
  items: { id: string; misses: Miss[]; eular: [string, string] }[];
  human: Side;
  extractor: Side;
  /** The second annotator on the items whose text is present (the extractor's ground). */
  humanOnText: Side;
  /** Per field group: the extractor's disagreements with the gold, and how many the second annotator shares. */
  shared: Record<string, SharedCount>;
  withText: number;
  eularAgree: number;
}
const tally = (): HalfTally => ({
  items: [],
  human: side(),
  extractor: side(),
  humanOnText: side(),
  shared: Object.fromEntries(FIELD_GROUPS.map((g) => [g, { disagreements: 0, shared: 0 }])),
  withText: 0,
  eularAgree: 0,
});

const split = loadSplit().real ?? {};
const manifest = readTextManifest();
const halves: Record<HalfKey, HalfTally> = { dev: tally(), test: tally() };
const notEnglish: string[] = [];

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
  const half = split[first.id];
  if (half === undefined) usage(`${secondFile}: ${first.id} has no half in corpus/split.json`);
  if (first.meta.language) {
    notEnglish.push(first.id);
    continue;
  }
  const t = halves[half];
  const s = scoreCase(first, goldAsExtraction(second));
  add(t.human, s.groups);
  const a = goldClassification(first).eularAcr2017OnStatedFacts;
  const b = goldClassification(second).eularAcr2017OnStatedFacts;
  if (a === b) t.eularAgree++;
  t.items.push({ id: first.id, misses: s.misses, eular: [a, b] });
  const textFile = join(opt.texts, `${first.id}.txt`);
  if (existsSync(textFile)) {
    const text = readFileSync(textFile, 'utf8');
    if (manifest.get(first.id) === textDigest(text)) {
      t.withText++;
      const e = scoreCase(first, extractCase(text).case);
      add(t.extractor, e.groups);
      add(t.humanOnText, s.groups);
      countSharedDisagreements(
        t.shared,
        e.misses.filter((m) => m.group !== 'studies'),
        s.misses,
      );
    }
  }
}
if (halves.dev.items.length + halves.test.items.length === 0) usage(`no second annotation in ${opt.second}`);

const r3 = (x: number) => Math.round(x * 1000) / 1000;
type Figures = Record<
  Group,
  Counts & { precision: number; recall: number; f1: number; interval: [number, number] | undefined }
>;
const figures = (s: Side): Figures =>
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
  ) as Figures;

const report = (t: HalfTally) => {
  const n = t.items.length;
  return {
    items: n,
    secondAgainstFirst: figures(t.human),
    eularAcr2017: { agree: t.eularAgree, total: n },
    extractorOnSameItems:
      t.withText === n
        ? figures(t.extractor)
        : { missing: `texts for ${n - t.withText} of ${n} items are not at ${opt.texts}` },
    ...(t.withText > 0 && t.withText < n
      ? {
          itemsWithText: t.withText,
          extractorOnItemsWithText: figures(t.extractor),
          secondOnItemsWithText: figures(t.humanOnText),
        }
      : {}),
    ...(t.withText > 0 ? { extractorDisagreementsSharedBySecond: t.shared } : {}),
  };
};
const present = HALVES.filter((h) => halves[h].items.length > 0);
const result = {
  halves: Object.fromEntries(present.map((h) => [h, report(halves[h])])),
  notScoredNotEnglish: notEnglish,
};

if (opt.json) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  const out: string[] = [
    'Two annotators on the same real texts: the second annotation scored against the gold',
  ];
  const row = (label: string, f: Figures) =>
    `  ${label.padEnd(22)}${GROUPS.map((g) => `${g} ${f[g].f1.toFixed(3)}`).join('  ')}`;
  const iv = (f: Figures) => GROUPS.map((g) => `${g} ${f[g].interval?.join('–') ?? 'n/a'}`).join('  ');
  for (const h of present) {
    const r = report(halves[h]);
    out.push(`${h} (${r.items} items)`);
    out.push(row('second annotator', r.secondAgainstFirst));
    if ('overall' in r.extractorOnSameItems) out.push(row('extractor', r.extractorOnSameItems));
    else out.push(`  extractor: not scored on all (${String(r.extractorOnSameItems.missing)})`);
    if (r.extractorOnItemsWithText && r.secondOnItemsWithText) {
      out.push(`  on the ${r.itemsWithText} items whose text is present:`);
      out.push(row('  second annotator', r.secondOnItemsWithText));
      out.push(row('  extractor', r.extractorOnItemsWithText));
    }
    if (r.extractorDisagreementsSharedBySecond)
      out.push(
        `  extractor's disagreements with the gold that the second annotator shares: ${FIELD_GROUPS.map(
          (g) => {
            const c = r.extractorDisagreementsSharedBySecond![g]!;
            return `${g} ${c.shared}/${c.disagreements}`;
          },
        ).join('  ')}`,
      );
    out.push(`  95 % intervals, second annotator: ${iv(r.secondAgainstFirst)}`);
    out.push(`  EULAR/ACR category on the stated facts: same in ${r.eularAcr2017.agree} of ${r.items}`);
  }
  if (notEnglish.length) out.push(`not in English, not scored: ${notEnglish.join(', ')}`);
  if (opt.verbose) {
    for (const it of halves.dev.items) {
      if (it.misses.length === 0 && it.eular[0] === it.eular[1]) continue;
      out.push(`\n${it.id} (dev) EULAR/ACR ${it.eular[0]} / ${it.eular[1]}`);
      for (const m of it.misses)
        out.push(
          `  ${m.group.padEnd(11)} ${m.kind.padEnd(5)} ${m.item}: first ${m.gold ?? '—'} · second ${m.pred ?? '—'}`,
        );
    }
    if (halves.test.items.length)
      out.push(`\n(${halves.test.items.length} test items: their disagreements are not listed)`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
