/**
 * `npm run eval:history -- [--corpus real|synthetic] [--half test|dev] [--texts DIR] [--sample N] [--json] [REV …]`:
 * the extractor of earlier commits read on today's corpus and scored by today's scorer — a learning curve on a half
 * that no rule was written from. Each commit's extractor is checked out in a temporary git worktree of this
 * repository's own history (nothing is fetched) and run in a child process; the gold, the split, the scorer and the
 * classification check are today's, so every row is measured the same way.
 *
 * REV is any git revision; `--sample N` adds N commits spread evenly over the history of `src/extract`
 * (the first commit that has `src/extract/extract.ts` onwards). Rows are printed in commit order.
 * @module
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Case } from '../src/case/schema.js';
import { checkClassification, goldClassification } from '../src/eval/classify.js';
import { FIELD_GROUPS, addCounts, prf, scoreCase, type Counts } from '../src/eval/score.js';
import { extractCase } from '../src/extract/extract.js';
import { CORPORA, ROOT, loadCorpus, loadSplit, type CorpusItem, type CorpusName } from './lib/corpus.js';

/** One commit's figures on one half. */
export interface HistoryRow {
  rev: string;
  /** Author date, ISO 8601 (kept when a commit message is reworded, unlike the committer date). */
  date: string;
  cases: number;
  /** Cases whose text the old extractor could not read (an exception), counted as read with nothing. */
  failed: number;
  /** F1 per field group and overall. */
  f1: Record<(typeof FIELD_GROUPS)[number] | 'overall', number>;
  /** Extracted cases classified above what the gold reaches (EULAR/ACR). */
  overClassified: number;
}

/** Options of a run. */
export interface HistoryOptions {
  corpus: CorpusName;
  half: 'dev' | 'test';
  texts?: string;
  sample: number;
  json: boolean;
  revs: string[];
}

/** Thrown for a command line that cannot be run; the message says what is wrong. */
export class UsageError extends Error {}

/**
 * Reads the command line.
 * @param args - the arguments after the script
 * @throws UsageError naming the argument at fault
 */
export function parseHistoryArgs(args: readonly string[]): HistoryOptions {
  const o: HistoryOptions = { corpus: 'real', half: 'test', sample: 0, json: false, revs: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--json') o.json = true;
    else if (a === '--corpus') {
      const v = value();
      if (!(CORPORA as readonly string[]).includes(v))
        throw new UsageError(`--corpus "${v}": expected ${CORPORA.join(' or ')}`);
      o.corpus = v as CorpusName;
    } else if (a === '--half') {
      const v = value();
      if (v !== 'dev' && v !== 'test') throw new UsageError(`--half "${v}": expected dev or test`);
      o.half = v;
    } else if (a === '--texts') o.texts = resolve(value());
    else if (a === '--sample') {
      const v = value();
      if (!/^[1-9][0-9]{0,2}$/.test(v))
        throw new UsageError(`--sample "${v}": expected a count from 1 to 999`);
      o.sample = Number(v);
    } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else o.revs.push(a);
  }
  if (!o.revs.length && !o.sample) throw new UsageError('name at least one revision, or --sample N');
  return o;
}

/**
 * `n` entries spread evenly over a list, its first and last included (all of it when it is shorter).
 * @param list - entries in order
 * @param n - how many to keep
 */
export function sampleEvenly<T>(list: readonly T[], n: number): T[] {
  if (n >= list.length) return [...list];
  if (n === 1) return [list[list.length - 1]!];
  const out: T[] = [];
  for (let k = 0; k < n; k++) out.push(list[Math.round((k * (list.length - 1)) / (n - 1))]!);
  return out;
}

/** The rows as a table (F1 to three places; the last column counts over-classifications). */
export function formatHistory(rows: readonly HistoryRow[]): string {
  const groups = [...FIELD_GROUPS, 'overall'] as const;
  const head = ['commit', 'date', ...groups, 'over', 'cases'];
  const body = rows.map((r) => [
    r.rev.slice(0, 8),
    r.date.slice(0, 16).replace('T', ' '),
    ...groups.map((g) => r.f1[g].toFixed(3)),
    String(r.overClassified),
    r.failed ? `${r.cases} (${r.failed} failed)` : String(r.cases),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  return [head, ...body]
    .map((cells) =>
      cells
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const git = (...args: string[]) =>
  execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/** Commits that changed `src/extract`, oldest first, from the first that has the extractor. */
function extractorCommits(): string[] {
  const all = git('log', '--reverse', '--format=%H', '--', 'src/extract').split('\n').filter(Boolean);
  const first = all.findIndex((c) => {
    try {
      git('cat-file', '-e', `${c}:src/extract/extract.ts`);
      return true;
    } catch {
      return false;
    }
  });
  return first < 0 ? [] : all.slice(first);
}

/** The scored items of the chosen half (texts in English), with their texts where present. */
function halfItems(o: HistoryOptions): CorpusItem[] {
  const split = loadSplit()[o.corpus] ?? {};
  return loadCorpus(o.corpus, o.texts).filter(
    (i) => split[i.id] === o.half && (i.gold.meta.language ?? 'en') === 'en',
  );
}

/**
 * Scores the extractor found under `root` (a checkout of some commit) on today's corpus half: the work of the
 * child process.
 * @param root - the checkout
 * @param o - which corpus, half and texts
 */
export async function scoreCheckout(
  root: string,
  o: HistoryOptions,
): Promise<Omit<HistoryRow, 'rev' | 'date'>> {
  const mod = (await import(pathToFileURL(join(root, 'src', 'extract', 'extract.ts')).href)) as {
    extractCase: (text: string) => { case: Case };
  };
  const items = halfItems(o).filter((i) => i.text !== undefined);
  const totals: Record<string, Counts> = Object.fromEntries(
    [...FIELD_GROUPS, 'overall'].map((g) => [g, { tp: 0, fp: 0, fn: 0 }]),
  );
  // today's reading of an empty text: a case with nothing in it
  const nothingRead = extractCase('').case;
  let failed = 0;
  let overClassified = 0;
  for (const it of items) {
    let pred: Case;
    try {
      pred = mod.extractCase(it.text!).case;
    } catch {
      // counted as a text read with nothing: every gold fact of it is missed
      failed++;
      pred = nothingRead;
    }
    const s = scoreCase(it.gold, pred);
    for (const g of FIELD_GROUPS) {
      addCounts(totals[g]!, s.groups[g]);
      addCounts(totals.overall!, s.groups[g]);
    }
    const goldCategory =
      it.gold.classification.eularAcr2017OnStatedFacts ??
      goldClassification(it.gold).eularAcr2017OnStatedFacts;
    if (goldCategory && checkClassification(goldCategory, pred, it.gold.classification.mimic === true)?.over)
      overClassified++;
  }
  const f1 = Object.fromEntries(
    Object.entries(totals).map(([g, c]) => [g, Number(prf(c).f1.toFixed(3))]),
  ) as HistoryRow['f1'];
  return { cases: items.length, failed, f1, overClassified };
}

/**
 * Checks out `rev` in a temporary worktree, scores it in a child process, removes the worktree.
 * @param rev - a git revision
 * @param o - the run's options
 * @param args - the options passed on to the child
 */
export function scoreRevision(rev: string, o: HistoryOptions, args: readonly string[]): HistoryRow {
  const sha = git('rev-parse', '--verify', `${rev}^{commit}`);
  const date = git('show', '-s', '--format=%aI', sha);
  const dir = mkdtempSync(join(tmpdir(), 'heliotrope-history-'));
  const tree = join(dir, 'tree');
  git('worktree', 'add', '--detach', '--quiet', tree, sha);
  try {
    // the old code runs on today's installed packages
    symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'), 'dir');
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts', 'eval-history.ts'), '--child', tree, ...args],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    if (child.status !== 0)
      throw new Error(
        `${sha.slice(0, 8)}: its extractor could not be run (${child.stderr.trim().split('\n').pop()})`,
      );
    return { rev: sha, date, ...(JSON.parse(child.stdout) as Omit<HistoryRow, 'rev' | 'date'>) };
  } finally {
    git('worktree', 'remove', '--force', tree);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === '--child') {
    const o = parseHistoryArgs([...argv.slice(2), 'HEAD']);
    process.stdout.write(JSON.stringify(await scoreCheckout(argv[1]!, o)));
    return 0;
  }
  let o: HistoryOptions;
  try {
    o = parseHistoryArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`eval:history: ${e.message}\n`);
    return 2;
  }
  const inHalf = halfItems(o);
  const present = inHalf.filter((i) => i.text !== undefined).length;
  if (!present) {
    // a half read with no text would score every commit perfect on nothing
    process.stderr.write(
      `eval:history: MISSING: no text of the ${o.corpus} corpus's ${o.half} half is present; fetch the published texts with npm run corpus:fetch (corpus/README.md) or point --texts at a copy\n`,
    );
    return 2;
  }
  const passOn = ['--corpus', o.corpus, '--half', o.half, ...(o.texts ? ['--texts', o.texts] : [])];
  const revs = [...o.revs, ...(o.sample ? sampleEvenly(extractorCommits(), o.sample) : [])];
  const rows: HistoryRow[] = [];
  for (const rev of new Set(revs)) {
    const row = scoreRevision(rev, o, passOn);
    rows.push(row);
    if (!o.json) process.stderr.write(`  ${row.rev.slice(0, 8)} read\n`);
  }
  rows.sort((a, b) => a.date.localeCompare(b.date));
  process.stdout.write(
    o.json
      ? `${JSON.stringify(rows, null, 2)}\n`
      : `${o.corpus} ${o.half} half, today's gold and scorer${
          present < inHalf.length
            ? ` (INCOMPLETE: ${present} of ${inHalf.length} texts present, scored on those)`
            : ''
        }\n${formatHistory(rows)}\n`,
  );
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`eval:history: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
