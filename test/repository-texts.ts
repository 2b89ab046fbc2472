/**
 * Every synthetic text of the repository, for the tests of the speed devices (a gate must hold wherever the code it
 * guards would read something): the committed synthetic corpus (`corpus/synthetic/texts`) and 200,000 characters of
 * the bench's generated corpus. No published text.
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticCorpus } from '../src/extract/__fixtures__/synthetic.js';

/** The committed synthetic texts and a generated corpus, read once per test file. */
export function repositoryTexts(): string[] {
  const dir = join(import.meta.dirname, '../corpus/synthetic/texts');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return [...files.map((f) => readFileSync(join(dir, f), 'utf8')), ...syntheticCorpus(200_000, 3)];
}
