/**
 * `npm run check:copying -- --base <rev> [--texts <dir>] [--also <dir>]… [--words n]`: what was added to the
 * repository since `<rev>` must be our own words. Every run of `n` words (default 7) of the added lines (code,
 * comments, tests, docs) is looked up among the texts the project reads but must never copy: the published case
 * texts of the real corpus (`--texts`, else `$HELIOTROPE_CORPUS_TEXTS`, else `corpus/real/texts`), everything
 * under `../shared` (`$HELIOTROPE_SHARED`), and any folder given with `--also` (for instance re-told texts kept
 * outside the repository). Words are compared lower-cased, letters and digits only, so punctuation, case and
 * line breaks do not hide a copied sentence.
 *
 * New files count once git knows them (committed, staged, or `git add -N`). Prints each hit with the repository
 * file, the shared run and the text it comes from. Exit 0 when there is none, 1 when there are, 2 on bad usage or
 * when no reference text was found at all (said clearly: the check needs them). A source that is missing while
 * others are present is named on its own line, and the check runs on the rest.
 * @module
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, sharedDir } from './shared.js';

/** The folders and files of the repository whose added lines are checked. */
export const CHECKED_PATHS = [
  'src',
  'test',
  'docs',
  'scripts',
  'bench',
  'corpus/README.md',
  'README.md',
  'AGENTS.md',
];

/** The words of a text: lower-cased runs of letters and digits. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every run of `n` consecutive words of a text, joined by single spaces. */
export function runsOf(text: string, n: number): Set<string> {
  const w = wordsOf(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

/** The lines each file gained in a unified diff (`git diff` output), by file. */
export function addedLinesByFile(diff: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let file: string | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      file = line.startsWith('+++ b/') ? line.slice(6) : undefined;
      continue;
    }
    if (file && line.startsWith('+')) {
      const list = out.get(file) ?? [];
      list.push(line.slice(1));
      out.set(file, list);
    }
  }
  return out;
}

/** A run of words found both in an added text and in a reference text. */
export interface CopyHit {
  file: string;
  run: string;
  source: string;
}

/**
 * The runs of `n` words that the added texts share with the reference texts (the first reference text holding
 * each run is named).
 * @param added - repository file → its added text
 * @param references - reference file → its text
 * @param n - words in a run
 */
export function sharedRuns(
  added: Map<string, string>,
  references: Map<string, string>,
  n: number,
): CopyHit[] {
  const where = new Map<string, string>();
  for (const [source, text] of references)
    for (const r of runsOf(text, n)) if (!where.has(r)) where.set(r, source);
  const hits: CopyHit[] = [];
  for (const [file, text] of added)
    for (const run of runsOf(text, n)) {
      const source = where.get(run);
      if (source) hits.push({ file, run, source });
    }
  return hits;
}

/** Every text file under a folder (recursively; hidden entries and files over 5 MB skipped). */
function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...textFiles(p));
    else if (e.isFile() && statSync(p).size <= 5 << 20) out.push(p);
  }
  return out;
}

function usage(message: string): never {
  process.stderr.write(
    `check:copying: ${message}\nusage: npm run check:copying -- --base <rev> [--texts <dir>] [--also <dir>]… [--words n]\n`,
  );
  process.exit(2);
}

function main(argv: string[]): number {
  let base: string | undefined;
  let texts = process.env.HELIOTROPE_CORPUS_TEXTS ?? resolve(repoRoot, 'corpus/real/texts');
  const also: string[] = [];
  let n = 7;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => argv[++i] ?? usage(`${a} needs a value`);
    if (a === '--base') base = next();
    else if (a === '--texts') texts = resolve(next());
    else if (a === '--also') also.push(resolve(next()));
    else if (a === '--words') {
      n = Number(next());
      if (!Number.isInteger(n) || n < 3) usage('--words must be a whole number of at least 3');
    } else usage(`unknown argument "${a}"`);
  }
  if (!base) usage('--base <rev> is required: the commit the added lines are counted from');

  let diff: string;
  try {
    diff = execFileSync('git', ['diff', base, '--', ...CHECKED_PATHS], {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
  } catch {
    return usage(
      `git could not compare the working tree with "${base}" (is it a commit of this repository?)`,
    );
  }
  const added = new Map([...addedLinesByFile(diff)].map(([f, lines]) => [f, lines.join('\n')]));

  const references = new Map<string, string>();
  const sources: [string, string][] = [
    ['published case texts', texts],
    ['shared folder', sharedDir()],
    ...also.map((d): [string, string] => ['--also', d]),
  ];
  for (const [what, dir] of sources) {
    if (!existsSync(dir)) {
      process.stdout.write(`${what}: MISSING (${dir}); not checked against it\n`);
      continue;
    }
    const files = textFiles(dir);
    for (const f of files) references.set(f, readFileSync(f, 'utf8'));
    process.stdout.write(`${what}: ${files.length} file(s) in ${dir}\n`);
  }
  if (!references.size) {
    process.stderr.write(
      'check:copying: no reference text was found, so nothing can be checked (fetch the corpus texts with npm run corpus:fetch, or set HELIOTROPE_SHARED)\n',
    );
    return 2;
  }
  const hits = sharedRuns(added, references, n);
  for (const h of hits) process.stdout.write(`${h.file} | ${h.run} | ${relative(repoRoot, h.source)}\n`);
  process.stdout.write(
    `${hits.length} run(s) of ${n} words shared with the reference texts, in ${added.size} changed file(s) since ${base}\n`,
  );
  return hits.length ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(main(process.argv.slice(2)));
