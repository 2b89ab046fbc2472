/**
 * `npm run corpus:fetch -- [--only real-001,real-002] [--out <dir>] [--force] [--dry-run] [--delay <ms>] [--check] [--record]
 * [--from <dir>]`:
 * retrieves the published texts of the real-text corpus into the git-ignored folder corpus/real/texts
 * (or `--out`), from the source list corpus/real/sources.jsonl. This is the only script of the project that
 * uses the network, and only when you run it.
 *
 * For each source, in order of preference:
 *   1. a PMID → NCBI E-utilities EFetch (`db=pubmed&rettype=abstract&retmode=xml`): title and abstract;
 *   2. a DOI → E-utilities ESearch (`term=<doi>[doi]`) to find the PMID, then 1;
 *   3. the URL → the page, reduced to text (scripts, navigation and tags removed).
 * With `--from <dir>`, nothing is downloaded: the texts are copied from a folder that holds the annotated
 * copies (`<id>.txt`), e.g. another checkout's corpus/real/texts.
 * Every run ends by comparing the texts in the folder with the digests committed in corpus/real/texts.sha256
 * (the copies the figures in docs/extraction.md were computed on) and saying how many match. `--check` only
 * does that comparison (exit 1 when a text is missing or differs); `--record` writes the digests of the
 * texts present into the manifest (after a deliberate re-annotation, nothing else).
 * NCBI asks for at most 3 requests a second without an API key: the default delay is 400 ms (set
 * `NCBI_API_KEY` to use a key, and `--delay` to change the pace). Existing files are kept unless `--force`.
 *
 * The gold describes the copy that was annotated (its `scope` in sources.jsonl: e.g. "title + abstract",
 * "title + case presentation (first paragraph)"). A re-fetched text may be longer or shorter than that copy
 * (a whole page instead of an excerpt, an abstract instead of a case section): figures computed on
 * re-fetched texts are comparable, not identical, to the recorded ones. corpus/README.md tells how to
 * restore the exact annotated copies where they are kept.
 * @module
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { esearchFirstId, htmlToText, pubmedXmlToText } from './lib/fetch-parse.js';
import {
  CORPUS_DIR,
  checkTexts,
  describeTextCheck,
  loadSources,
  readTextManifest,
  textDigest,
  writeTextManifest,
} from './lib/corpus.js';

const EUTILS = 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils';

const args = process.argv.slice(2);
const value = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = resolve(value('--out') ?? join(CORPUS_DIR, 'real', 'texts'));
const only = value('--only')?.split(',');
const force = args.includes('--force');
const dryRun = args.includes('--dry-run');
const delay = Number(value('--delay') ?? 400);
const apiKey = process.env.NCBI_API_KEY;
const from = value('--from') ? resolve(value('--from')!) : undefined;
const checkOnly = args.includes('--check');
const record = args.includes('--record');

/** The texts present in the output folder, id → text, for the ids asked. */
function presentTexts(ids: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const id of ids) {
    const file = join(out, `${id}.txt`);
    if (existsSync(file)) texts.set(id, readFileSync(file, 'utf8'));
  }
  return texts;
}

if (checkOnly || record) {
  const ids = loadSources()
    .map((s) => s.id)
    .filter((id) => !only || only.includes(id));
  const texts = presentTexts(ids);
  if (record) {
    const digests = readTextManifest();
    for (const [id, text] of texts) digests.set(id, textDigest(text));
    writeTextManifest(digests);
    process.stdout.write(
      `corpus:fetch: recorded the digests of ${texts.size} text(s) in corpus/real/texts.sha256\n`,
    );
    process.exit(0);
  }
  const check = checkTexts(texts, readTextManifest());
  const missing = ids.length - texts.size;
  process.stdout.write(
    `corpus:fetch: ${texts.size} of ${ids.length} text(s) in ${out}${missing ? ` (${missing} missing)` : ''}; ${describeTextCheck(check)}\n`,
  );
  process.exit(missing || check.differ.length ? 1 : 0);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const withKey = (url: string) => (apiKey ? `${url}&api_key=${encodeURIComponent(apiKey)}` : url);

async function get(url: string): Promise<string> {
  const res = await fetch(url, {
    headers: { 'user-agent': 'heliotrope-corpus-fetch (research; see corpus/README.md)' },
  });
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  return res.text();
}

async function fromPubmed(pmid: string): Promise<string | undefined> {
  const xml = await get(
    withKey(`${EUTILS}/efetch.fcgi?db=pubmed&id=${encodeURIComponent(pmid)}&rettype=abstract&retmode=xml`),
  );
  return pubmedXmlToText(xml);
}

async function pmidForDoi(doi: string): Promise<string | undefined> {
  const json = await get(
    withKey(`${EUTILS}/esearch.fcgi?db=pubmed&retmode=json&term=${encodeURIComponent(`${doi}[doi]`)}`),
  );
  return esearchFirstId(json);
}

const sources = loadSources().filter((s) => !only || only.includes(s.id));
if (only && sources.length !== only.length) {
  const known = new Set(sources.map((s) => s.id));
  process.stderr.write(`corpus:fetch: unknown id(s): ${only.filter((x) => !known.has(x)).join(', ')}\n`);
  process.exit(2);
}
if (!dryRun) mkdirSync(out, { recursive: true });
let fetched = 0;
let failed = 0;
for (const s of sources) {
  const file = join(out, `${s.id}.txt`);
  if (existsSync(file) && !force) continue;
  const plan = s.pmid ? `PubMed ${s.pmid}` : s.doi ? `DOI ${s.doi} via PubMed, else ${s.url}` : s.url;
  if (dryRun) {
    process.stdout.write(`${s.id}: ${from ? `copy from ${from}` : plan}\n`);
    continue;
  }
  if (from) {
    const src = join(from, `${s.id}.txt`);
    if (existsSync(src)) {
      copyFileSync(src, file);
      fetched++;
    } else {
      failed++;
      process.stderr.write(`${s.id}: not in ${from}\n`);
    }
    continue;
  }
  try {
    let text: string | undefined;
    const pmid = s.pmid ?? (s.doi ? await pmidForDoi(s.doi) : undefined);
    if (pmid) {
      await sleep(delay);
      text = await fromPubmed(pmid);
    }
    if (!text) {
      await sleep(delay);
      text = htmlToText(await get(s.url));
      text = `${s.title}\n\n${text}`;
    }
    writeFileSync(file, text);
    fetched++;
    process.stdout.write(`${s.id}: ${pmid ? `PubMed ${pmid}` : s.url}\n`);
  } catch (e) {
    failed++;
    process.stderr.write(`${s.id}: not fetched (${(e as Error).message})\n`);
  }
  await sleep(delay);
}
process.stdout.write(`corpus:fetch: ${fetched} fetched, ${failed} failed, into ${out}\n`);
if (!dryRun) {
  const texts = presentTexts(sources.map((s) => s.id));
  process.stdout.write(
    `corpus:fetch: of the ${texts.size} text(s) there, ${describeTextCheck(checkTexts(texts, readTextManifest()))}\n`,
  );
}
process.exit(failed ? 1 : 0);
