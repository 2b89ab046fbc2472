import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_GROUPS, addCounts, prf, scoreCase } from '../src/eval/score.js';
import { extractCase } from '../src/extract/extract.js';
import {
  formatHistory,
  parseHistoryArgs,
  sampleEvenly,
  scoreCheckout,
  scoreRevision,
  UsageError,
  type HistoryRow,
} from '../scripts/eval-history.js';
import { ROOT, loadCorpus, loadSplit } from '../scripts/lib/corpus.js';

const git = (...args: string[]) => execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8' }).trim();

describe('eval:history — earlier extractors read on today’s corpus', () => {
  it('reads its command line, and names the argument at fault', () => {
    expect(parseHistoryArgs(['HEAD~2', '--half', 'dev', '--sample', '4'])).toEqual({
      corpus: 'real',
      half: 'dev',
      sample: 4,
      json: false,
      revs: ['HEAD~2'],
    });
    expect(() => parseHistoryArgs([])).toThrow(UsageError);
    expect(() => parseHistoryArgs(['--half', 'train', 'HEAD'])).toThrow('--half "train"');
    expect(() => parseHistoryArgs(['--corpus', 'seed', 'HEAD'])).toThrow('--corpus "seed"');
    expect(() => parseHistoryArgs(['--sample', '0'])).toThrow('--sample "0"');
    expect(() => parseHistoryArgs(['--texts'])).toThrow('--texts needs a value');
    expect(() => parseHistoryArgs(['--since', 'x'])).toThrow('unknown option --since');
  });

  it('spreads a sample evenly over the history, the first and the newest commit included', () => {
    const list = Array.from({ length: 11 }, (_, i) => i);
    expect(sampleEvenly(list, 3)).toEqual([0, 5, 10]);
    expect(sampleEvenly(list, 6)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(sampleEvenly(list, 1)).toEqual([10]);
    expect(sampleEvenly([1, 2], 5)).toEqual([1, 2]);
  });

  it('prints one aligned row per commit, with the texts an old extractor could not read', () => {
    const f1 = Object.fromEntries([...FIELD_GROUPS, 'overall'].map((g) => [g, 0.5])) as HistoryRow['f1'];
    const rows: HistoryRow[] = [
      { rev: 'a'.repeat(40), date: '2026-12-01T10:00:00+00:00', cases: 12, failed: 0, f1, overClassified: 2 },
      { rev: 'b'.repeat(40), date: '2026-12-02T11:30:00+00:00', cases: 12, failed: 1, f1, overClassified: 0 },
    ];
    const lines = formatHistory(rows).split('\n');
    expect(lines[0]).toMatch(
      /^commit\s+date\s+findings\s+labs\s+antibodies\s+patient\s+cancers\s+timing\s+overall/,
    );
    expect(lines[1]).toMatch(/^aaaaaaaa {2}2026-12-01 10:00 {2}0\.500/);
    expect(lines[2]).toMatch(/ 0 +12 \(1 failed\)$/);
    // every row's columns start where the header's do
    expect(lines[1]!.indexOf('0.500')).toBe(lines[0]!.indexOf('findings'));
  });

  it('scores a checkout as eval:cases would: the sum of every case’s counts', async () => {
    const split = loadSplit().synthetic ?? {};
    const items = loadCorpus('synthetic').filter((i) => i.text !== undefined && split[i.id] === 'test');
    const total = { tp: 0, fp: 0, fn: 0 };
    for (const it of items) {
      const s = scoreCase(it.gold, extractCase(it.text!).case);
      for (const g of FIELD_GROUPS) addCounts(total, s.groups[g]);
    }
    const got = await scoreCheckout(ROOT, parseHistoryArgs(['--corpus', 'synthetic', 'HEAD']));
    expect(got.cases).toBe(items.length);
    expect(got.failed).toBe(0);
    expect(got.f1.overall).toBe(Number(prf(total).f1.toFixed(3)));
  });

  it('refuses to score a half whose texts are all missing, rather than score every commit perfect on nothing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'heliotrope-no-texts-'));
    try {
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'scripts', 'eval-history.ts'), '--texts', empty, 'HEAD'],
        { cwd: ROOT, encoding: 'utf8' },
      );
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain("MISSING: no text of the real corpus's test half is present");
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, 60_000);

  it('checks a commit out in a temporary worktree, reads the corpus with its extractor, and removes the worktree', () => {
    const o = parseHistoryArgs(['--corpus', 'synthetic', 'HEAD']);
    const row = scoreRevision('HEAD', o, ['--corpus', 'synthetic', '--half', 'test']);
    expect(row.rev).toBe(git('rev-parse', 'HEAD'));
    expect(row.cases).toBeGreaterThan(50);
    expect(row.failed).toBe(0);
    // the synthetic test half is read well by any recent extractor (CI holds floors on it); an extractor that did
    // not run would score 0
    expect(row.f1.overall).toBeGreaterThan(0.9);
    expect(git('worktree', 'list')).not.toContain('heliotrope-history-');
  }, 120_000);
});
