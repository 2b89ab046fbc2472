/**
 * `npm run corpus:check-reserved -- [--hashes <file>] <file…>`: refuses published sources that are reserved
 * for an independent evaluation of extraction.
 *
 * The reserved list (`../shared/hooks/reserved-sources.sha256`, or `--hashes`, or `$HELIOTROPE_SHARED`)
 * holds one SHA-256 per line of `heliotrope-reserved:` followed by a normalised identifier: a DOI, a URL
 * without its scheme and leading `www.`, or a title, lower-cased with everything but `a-z0-9` removed
 * (identifiers shorter than 12 characters after normalisation are never compared). This script reads the
 * given files (candidate lists, source lists, gold files, any text), collects every DOI, URL and title it
 * finds (JSON `"title"` values and `title:` / `source:` lines), and prints the ones that are reserved with
 * the file they came from. Exit 0 when none is reserved, 1 when some are, 2 on bad usage.
 *
 * Run it on a candidate list BEFORE annotating a published case, and on the committed source list after.
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDir } from './shared.js';

/** Lower-case and keep only `a-z0-9`. */
export function normaliseIdentifier(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The digest the reserved list stores for an identifier (undefined when too short to compare). */
export function reservedDigest(identifier: string): string | undefined {
  const n = normaliseIdentifier(identifier.replace(/[/.,;)]+$/, ''));
  if (n.length < 12) return undefined;
  return createHash('sha256').update(`heliotrope-reserved:${n}`).digest('hex');
}

/** DOIs, URLs (scheme and `www.` dropped) and titles found in a text. */
export function identifiersIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/10\.\d{4,9}\/[^\s"<>]+/g)) out.push(m[0]);
  for (const m of text.matchAll(/https?:\/\/(?:www\.)?([^\s"<>]+)/g)) out.push(m[1]!);
  for (const m of text.matchAll(/"title"\s*:\s*"([^"]{12,300})"/g)) out.push(m[1]!);
  for (const m of text.matchAll(/^\s*(?:title|source)\s*[:=]\s*(.{12,300})$/gim)) out.push(m[1]!);
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  let hashes = resolve(sharedDir(), 'hooks', 'reserved-sources.sha256');
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--hashes') hashes = resolve(args[++i] ?? '');
    else files.push(args[i]!);
  }
  if (!files.length) {
    process.stderr.write('usage: check-reserved [--hashes <file>] <file…>\n');
    process.exit(2);
  }
  if (!existsSync(hashes)) {
    process.stderr.write(
      `check-reserved: ${hashes} not found (the reserved list lives in ../shared/hooks; pass --hashes or set HELIOTROPE_SHARED).\n`,
    );
    process.exit(2);
  }
  const reserved = new Set(readFileSync(hashes, 'utf8').split(/\s+/).filter(Boolean));
  let hits = 0;
  let seen = 0;
  for (const f of files) {
    if (!existsSync(f)) {
      process.stderr.write(`check-reserved: ${f} not found\n`);
      process.exit(2);
    }
    for (const id of identifiersIn(readFileSync(f, 'utf8'))) {
      seen++;
      const d = reservedDigest(id);
      if (d && reserved.has(d)) {
        hits++;
        process.stdout.write(`RESERVED  ${f}: ${id}\n`);
      }
    }
  }
  process.stdout.write(
    `check-reserved: ${seen} identifier(s) in ${files.length} file(s), ${hits} reserved (list of ${reserved.size})\n`,
  );
  process.exit(hits ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
