/**
 * Reading the extraction corpora from disk (scripts only: the engine and the scorer stay free of I/O).
 *
 * Layout: `corpus/<name>/gold/<id>.json` (committed gold), `corpus/<name>/texts/<id>.txt` (the text the
 * gold describes: committed for the synthetic corpus, git-ignored for published texts), `corpus/split.json`
 * (the development/test assignment of every id), `corpus/real/sources.jsonl` (sources of published texts).
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GoldSchema, SourceSchema, type Gold, type Source } from '../../src/eval/gold.js';

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
    .sort()
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
