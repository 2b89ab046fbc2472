/**
 * `npm run eval:context -- --file <tsv>`: scores the ConText assertion stage on an annotated TSV
 * (default ../shared/benchmarks/context/context-dev.tsv). Prints a table, then one JSON line.
 * `--min negation.f1=0.95 --min temporality.accuracy=0.9 …` makes it exit 1 when a figure falls below its
 * threshold (CI uses this).
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseContextTsv, scoreContext } from '../src/extract/context/evaluate.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const fi = args.indexOf('--file');
const shared = process.env.HELIOTROPE_SHARED ?? resolve(root, '..', 'shared');
const file =
  fi >= 0 && args[fi + 1]
    ? resolve(args[fi + 1]!)
    : resolve(shared, 'benchmarks', 'context', 'context-dev.tsv');
if (!existsSync(file)) {
  process.stderr.write(
    `eval:context: ${file} not found. Pass --file <tsv>, or place the shared data at ../shared beside the repository (or set HELIOTROPE_SHARED).\n`,
  );
  process.exit(2);
}
const s = scoreContext(parseContextTsv(readFileSync(file, 'utf8')));
const line = (k: string, v: string | number) => `${k.padEnd(28)}${v}\n`;
process.stdout.write(`ConText assertion on ${file}\n`);
process.stdout.write(line('rows (unmatched target)', `${s.rows} (${s.unmatched})`));
process.stdout.write(
  line('negation P / R / F1', `${s.negation.precision} / ${s.negation.recall} / ${s.negation.f1}`),
);
process.stdout.write(line('negation accuracy', s.negation.accuracy));
process.stdout.write(
  line('negation TP FP FN TN', `${s.negation.tp} ${s.negation.fp} ${s.negation.fn} ${s.negation.tn}`),
);
process.stdout.write(line('temporality accuracy', s.temporality.accuracy));
process.stdout.write(line('temporality recall', JSON.stringify(s.temporality.recall)));
process.stdout.write(line('experiencer accuracy', s.experiencer.accuracy));
process.stdout.write(line('experiencer recall', JSON.stringify(s.experiencer.recall)));
process.stdout.write(`${JSON.stringify(s)}\n`);

// Thresholds: --min <dotted.path>=<number>, repeatable.
let below = 0;
for (let i = 0; i < args.length; i++) {
  if (args[i] !== '--min') continue;
  const m = /^([\w.]+)=([\d.]+)$/.exec(args[i + 1] ?? '');
  if (!m) {
    process.stderr.write(`eval:context: --min expects <figure>=<number>, e.g. negation.f1=0.95\n`);
    process.exit(2);
  }
  const value = m[1]!
    .split('.')
    .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], s);
  if (typeof value !== 'number') {
    process.stderr.write(`eval:context: no figure named ${m[1]}\n`);
    process.exit(2);
  }
  const ok = value >= Number(m[2]);
  if (!ok) below++;
  process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${m[1]} ${value} ≥ ${m[2]}\n`);
}
process.exit(below ? 1 : 0);
