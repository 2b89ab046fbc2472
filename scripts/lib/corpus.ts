/**
 * Reading the extraction corpora from disk (scripts only: the engine and the scorer stay free of I/O).
 *
 * Layout: `corpus/<name>/gold/<id>.json` (committed gold), `corpus/<name>/texts/<id>.txt` (the text the
 * gold describes: committed for the synthetic corpus, git-ignored for published texts), `corpus/split.json`
 * (the development/test assignment of every id), `corpus/real/sources.jsonl` (sources of published texts).
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GoldSchema, SourceSchema, type Gold, type Source } from '../../src/eval/gold.js';
import { compareIds } from '../../src/eval/split.js';

/** Repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The corpus folder. */
export const CORPUS_DIR = join(ROOT, 'corpus');
/** The committed split file. */
export const SPLIT_FILE = join(CORPUS_DIR, 'split.json');

/** The corpora of the repository. */
export const CORPORA = ['real', 'synthetic'] as const;
/** A corpus of the repository. */
export type CorpusName = (typeof CORPORA)[number];

/** One annotated item: its gold, and its text when the text is present. */
export interface CorpusItem {
  id: string;
  gold: Gold;
  goldFile: string;
  textFile: string;
  text?: string;
}

/**
 * Reads and validates every gold file of a corpus, with the texts found beside them.
 * @throws an Error naming the file and field when a gold file is malformed
 */
export function loadCorpus(name: CorpusName, textsDir = join(CORPUS_DIR, name, 'texts')): CorpusItem[] {
  const goldDir = join(CORPUS_DIR, name, 'gold');
  if (!existsSync(goldDir)) return [];
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => compareIds(a.slice(0, -5), b.slice(0, -5)))
    .map((f) => {
      const goldFile = join(goldDir, f);
      const gold = parseGold(readFileSync(goldFile, 'utf8'), goldFile);
      const textFile = join(textsDir, `${gold.id}.txt`);
      const item: CorpusItem = { id: gold.id, gold, goldFile, textFile };
      if (existsSync(textFile)) item.text = readFileSync(textFile, 'utf8');
      return item;
    });
}

/** Parses one gold file, naming the file and the field path of any problem. */
export function parseGold(json: string, where: string): Gold {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    throw new Error(`${where}: not valid JSON (${(e as Error).message})`, { cause: e });
  }
  const r = GoldSchema.safeParse(value);
  if (!r.success) {
    const issues = r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`${where}: ${issues}`);
  }
  return r.data;
}

/** Reads `corpus/real/sources.jsonl`. */
export function loadSources(file = join(CORPUS_DIR, 'real', 'sources.jsonl')): Source[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter((x) => x.line.trim())
    .map(({ line, n }) => {
      const r = SourceSchema.safeParse(JSON.parse(line));
      if (!r.success) {
        throw new Error(
          `${file}:${n}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      }
      return r.data;
    });
}

/** The split file: corpus → id → half. */
export type SplitFile = Record<string, Record<string, 'dev' | 'test'>>;

/** Reads the split file (empty when absent). */
export function loadSplit(file = SPLIT_FILE): SplitFile {
  if (!existsSync(file)) return {};
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { assignments?: SplitFile };
  return raw.assignments ?? {};
}

/** The committed digests of the published texts the real-text gold describes (`sha256sum` format). */
export const TEXT_MANIFEST = join(CORPUS_DIR, 'real', 'texts.sha256');

/** SHA-256 of a text's UTF-8 bytes, in hex. */
export function textDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Reads a text manifest: one `<sha256>  <id>.txt` line per text (the output of `sha256sum`), blank lines ignored.
 * @returns id → digest (empty when the file is absent)
 * @throws an Error naming the file and line of a malformed entry
 */
export function readTextManifest(file = TEXT_MANIFEST): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(file)) return out;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const m = /^([0-9a-f]{64}) [ *](\S+)\.txt$/.exec(line);
      if (!m) throw new Error(`${file}:${i + 1}: expected "<sha256>  <id>.txt"`);
      out.set(m[2]!, m[1]!);
    });
  return out;
}

/** Writes a text manifest (sorted by id), in the format {@link readTextManifest} reads. */
export function writeTextManifest(digests: ReadonlyMap<string, string>, file = TEXT_MANIFEST): void {
  const ids = [...digests.keys()].sort(compareIds);
  writeFileSync(file, ids.map((id) => `${digests.get(id)}  ${id}.txt\n`).join(''));
}

/** How a set of texts compares with the manifest. */
export interface TextCheck {
  /** Texts whose digest is the recorded one. */
  same: string[];
  /** Texts whose digest differs from the recorded one. */
  differ: string[];
  /** Texts with no recorded digest. */
  unrecorded: string[];
}

/** Compares texts (id → text) with a manifest (id → digest). */
export function checkTexts(
  texts: Iterable<readonly [string, string]>,
  manifest: ReadonlyMap<string, string>,
): TextCheck {
  const check: TextCheck = { same: [], differ: [], unrecorded: [] };
  for (const [id, text] of texts) {
    const want = manifest.get(id);
    if (want === undefined) check.unrecorded.push(id);
    else (want === textDigest(text) ? check.same : check.differ).push(id);
  }
  return check;
}

/** One line saying how texts compare with the manifest, e.g. "217 as recorded in corpus/real/texts.sha256". */
export function describeTextCheck(c: TextCheck): string {
  const parts = [`${c.same.length} as recorded in corpus/real/texts.sha256`];
  if (c.differ.length)
    parts.push(
      `${c.differ.length} differ from the recorded copy (${c.differ.slice(0, 5).join(', ')}${c.differ.length > 5 ? ', …' : ''}): figures on them are comparable, not identical, to the recorded ones`,
    );
  if (c.unrecorded.length) parts.push(`${c.unrecorded.length} with no recorded digest`);
  return parts.join('; ');
}
