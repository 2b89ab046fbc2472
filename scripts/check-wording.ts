/**
 * `npm run corpus:check-wording -- [--texts <dir>]`: the annotators' own words. Notes, diagnoses, scopes and mimic
 * names of the real corpus's gold and second annotations must not repeat a run of 45 characters of the published
 * text they describe (its title excepted: titles are part of the source record), nor of the seed cases in
 * `../shared/cases` (read when present). Text is compared lower-cased with runs of white space as one space.
 * Field values that are names (histologies, sites, analytes, antibodies, group names) are not checked: a term is
 * not a sentence.
 *
 * Prints each hit with its file, field and the shared run. Exit 0 when there is none, 1 when there are, 2 when the
 * texts are missing (said clearly: the check needs them).
 * @module
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Gold } from '../src/eval/gold.js';
import { CORPUS_DIR, loadSources, parseGold } from './lib/corpus.js';
import { sharedDir } from './shared.js';

/** The length of a run that counts as repeated text. */
export const RUN = 45;

/** Lower case, white space as single spaces. */
export const normaliseText = (t: string): string => t.toLowerCase().replace(/\s+/g, ' ');

/** The free-text fields of an annotation: where its author's own words belong. */
export function wordedFields(g: Gold): { field: string; value: string }[] {
  const out: { field: string; value: string }[] = [
    { field: 'classification.authorsDiagnosis', value: g.classification.authorsDiagnosis },
    { field: 'meta.scope', value: g.meta.scope },
  ];
  if (g.meta.mimic) out.push({ field: 'meta.mimic', value: g.meta.mimic });
  (g.notes ?? []).forEach((value, i) => out.push({ field: `notes[${i}]`, value }));
  return out;
}

/** The first run of {@link RUN} characters of `value` found in `source`, or undefined. */
export function sharedRun(value: string, source: string): string | undefined {
  const v = normaliseText(value);
  for (let k = 0; k + RUN <= v.length; k++) {
    const run = v.slice(k, k + RUN);
    if (source.includes(run)) return run;
  }
  return undefined;
}

function main(): void {
  const args = process.argv.slice(2);
  let texts = process.env.HELIOTROPE_CORPUS_TEXTS ?? join(CORPUS_DIR, 'real', 'texts');
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--texts' && args[i + 1]) texts = resolve(args[++i]!);
    else {
      process.stderr.write(`corpus:check-wording: unknown option ${args[i]}\n`);
      process.exit(2);
    }
  }
  if (!existsSync(texts)) {
    process.stderr.write(
      `corpus:check-wording: no published texts at ${texts} (corpus/README.md says how to fetch them; or --texts)\n`,
    );
    process.exit(2);
  }
  const titles = new Map(loadSources().map((s) => [s.id, normaliseText(s.title ?? '')]));
  const seeds: string[] = [];
  const casesDir = join(sharedDir(), 'cases');
  if (existsSync(casesDir))
    for (const d of readdirSync(casesDir)) {
      const f = join(casesDir, d, 'case.txt');
      if (existsSync(f)) seeds.push(normaliseText(readFileSync(f, 'utf8')));
    }
  let hits = 0;
  let checked = 0;
  let missing = 0;
  for (const folder of ['gold', 'second']) {
    const dir = join(CORPUS_DIR, 'real', folder);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const file = join(dir, f);
      const g = parseGold(readFileSync(file, 'utf8'), file);
      const textFile = join(texts, `${g.id}.txt`);
      let source = '';
      if (existsSync(textFile)) {
        source = normaliseText(readFileSync(textFile, 'utf8'));
        const title = titles.get(g.id);
        if (title && title.length > 20) source = source.split(title).join(' | ');
      } else missing++;
      checked++;
      for (const { field, value } of wordedFields(g)) {
        const run =
          (source && sharedRun(value, source)) || seeds.map((s) => sharedRun(value, s)).find(Boolean);
        if (!run) continue;
        hits++;
        process.stdout.write(`corpus/real/${folder}/${f} ${field}: "${run}"\n`);
      }
    }
  }
  process.stdout.write(
    `check-wording: ${checked} annotation(s), ${hits} repeated run(s) of ${RUN} characters` +
      (missing ? `; ${missing} text(s) missing at ${texts}, checked against the seed cases only` : '') +
      (seeds.length ? '' : '; seed cases not found (../shared/cases), not checked') +
      '\n',
  );
  process.exit(hits ? 1 : 0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
