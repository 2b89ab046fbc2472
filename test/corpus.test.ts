// The committed extraction corpora are well formed: every gold validates, the split covers every item,
// the stored classification is the one the gold implies, the generated synthetic documents are what the
// generator writes, and the synthetic corpus scores end to end. Published texts are never in the repository.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldClassification } from '../src/eval/classify.js';
import { isDevOnly } from '../src/eval/split.js';
import { FIELD_GROUPS, scoreCase } from '../src/eval/score.js';
import { extractCase } from '../src/extract/extract.js';
import { generate } from '../scripts/generate-synthetic.js';
import {
  CORPUS_DIR,
  loadCorpus,
  loadSources,
  loadSplit,
  parseGold,
  readTextManifest,
} from '../scripts/lib/corpus.js';

const real = loadCorpus('real', join(CORPUS_DIR, 'real', 'no-texts-in-tests'));
const synthetic = loadCorpus('synthetic');
const split = loadSplit();

describe('corpora', () => {
  it('have the sizes the issue asks for', () => {
    expect(real.length).toBeGreaterThanOrEqual(80);
    expect(synthetic.length).toBeGreaterThanOrEqual(100);
  });

  it('name each gold file after its id, and every synthetic gold has its text', () => {
    for (const i of [...real, ...synthetic])
      expect(i.goldFile.endsWith(`${i.id}.json`), i.goldFile).toBe(true);
    for (const i of synthetic) expect(i.text, i.id).toBeDefined();
  });

  it('give every published text a source, and no other', () => {
    const sources = loadSources();
    expect(sources.map((s) => s.id).sort()).toEqual(real.map((i) => i.id).sort());
    for (const s of sources) expect(s.doi ?? s.pmid ?? s.url, s.id).toBeTruthy();
  });

  it('record the digest of each restored published text, for sources that exist', () => {
    const manifest = readTextManifest();
    const ids = new Set(loadSources().map((s) => s.id));
    // Three sources are not in the stored copies any more (corpus/README.md): every other one has a digest.
    expect(manifest.size).toBeGreaterThanOrEqual(ids.size - 3);
    for (const id of manifest.keys()) expect(ids.has(id), id).toBe(true);
  });

  it('keep published texts out of the repository (ignored folder; gold holds short field values only)', () => {
    expect(readFileSync(join(CORPUS_DIR, '..', '.gitignore'), 'utf8')).toMatch(/^corpus\/real\/texts\/$/m);
    const long: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (typeof v === 'string' && v.length > 320) long.push(path);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    for (const i of real) walk(i.gold, i.id);
    expect(long).toEqual([]);
  });

  it('never list an analyte both as a lab and as ambiguous (an ambiguous analyte leaves every value unscored)', () => {
    // (session 43: an intake file listed CK as ambiguous for a misprinted value and as a lab for a clear one, so the
    // clear one could never be matched; the blind second readings of the agreement study are left as written)
    const both = real.flatMap((i) =>
      i.gold.labs
        .filter((l) => (i.gold.ambiguousLabs ?? []).some((a) => a.toLowerCase() === l.analyte.toLowerCase()))
        .map((l) => `${i.id}: ${l.analyte}`),
    );
    expect(both).toEqual([]);
  });
  it('record a half for every item and for nothing else', () => {
    for (const [name, items] of [
      ['real', real],
      ['synthetic', synthetic],
    ] as const) {
      const halves = split[name] ?? {};
      expect(Object.keys(halves).sort()).toEqual(items.map((i) => i.id).sort());
      // items annotated after the test half was fixed are development data only, outside the balance
      const balanced = items.filter((i) => !isDevOnly(name, i.id));
      for (const i of items) if (isDevOnly(name, i.id)) expect(halves[i.id], i.id).toBe('dev');
      const dev = balanced.filter((i) => halves[i.id] === 'dev').length;
      expect(Math.abs(dev * 2 - balanced.length)).toBeLessThanOrEqual(2);
    }
  });

  it('store the classification their gold implies', () => {
    for (const i of [...real, ...synthetic]) {
      const c = goldClassification(i.gold);
      expect(i.gold.classification.eularAcr2017OnStatedFacts, i.id).toBe(c.eularAcr2017OnStatedFacts);
      expect(i.gold.classification.eularAcr2017, i.id).toBe(c.eularAcr2017);
    }
  });
});

describe('second annotations (the agreement study)', () => {
  const dir = join(CORPUS_DIR, 'real', 'second');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('are blind second readings of items that have a gold and a half, in the gold format', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    const ids = new Set(real.map((i) => i.id));
    for (const f of files) {
      const g = parseGold(readFileSync(join(dir, f), 'utf8'), f);
      expect(`${g.id}.json`).toBe(f);
      expect(ids.has(g.id), g.id).toBe(true);
      expect(['dev', 'test']).toContain(split.real?.[g.id]);
      const strings: string[] = [];
      const walk = (v: unknown) => {
        if (typeof v === 'string') strings.push(v);
        else if (v && typeof v === 'object') Object.values(v).forEach(walk);
      };
      walk(g);
      expect(
        strings.filter((x) => x.length > 320),
        g.id,
      ).toEqual([]);
      // the second readers' reasons quoted their texts: notes are not kept (only the scored fields)
      expect(g.notes, g.id).toBeUndefined();
    }
  });
});

describe('synthetic corpus', () => {
  it('is what the generator writes (generated files are never edited by hand)', async () => {
    const docs = await generate();
    for (const [id, [text, json]] of docs) {
      expect(readFileSync(join(CORPUS_DIR, 'synthetic', 'texts', `${id}.txt`), 'utf8'), id).toBe(text);
      expect(readFileSync(join(CORPUS_DIR, 'synthetic', 'gold', `${id}.json`), 'utf8'), id).toBe(json);
    }
    expect(synthetic.filter((i) => i.id.startsWith('syn-')).length).toBe(docs.size);
  });

  it('is scored end to end in every field group', () => {
    const totals = Object.fromEntries(FIELD_GROUPS.map((g) => [g, 0]));
    for (const i of synthetic) {
      const s = scoreCase(i.gold, extractCase(i.text!).case);
      for (const g of FIELD_GROUPS) totals[g]! += s.groups[g].tp + s.groups[g].fn;
    }
    for (const g of FIELD_GROUPS) expect(totals[g], g).toBeGreaterThan(20);
  });
});
