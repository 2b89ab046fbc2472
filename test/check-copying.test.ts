import { describe, expect, it } from 'vitest';
import { addedLinesByFile, runsOf, sharedRuns, wordsOf } from '../scripts/check-copying.js';

describe('check:copying — runs of words shared with texts the project must not copy', () => {
  it('compares words only: case, punctuation and line breaks do not hide a run', () => {
    expect(wordsOf('Serum CK, 4,500 U/L — raised.')).toEqual(['serum', 'ck', '4', '500', 'u', 'l', 'raised']);
    expect(runsOf('a b c d', 3)).toEqual(new Set(['a b c', 'b c d']));
    expect(runsOf('a b', 3).size).toBe(0);
  });

  it('reads the lines each file gained from a unified diff, not the removed or context lines', () => {
    const diff = [
      'diff --git a/src/x.ts b/src/x.ts',
      '--- a/src/x.ts',
      '+++ b/src/x.ts',
      '@@ -1,2 +1,2 @@',
      ' kept line',
      '-removed line',
      '+added line',
      'diff --git a/old.md b/old.md',
      '--- a/old.md',
      '+++ /dev/null',
      '-gone',
    ].join('\n');
    expect([...addedLinesByFile(diff)]).toEqual([['src/x.ts', ['added line']]]);
  });

  it('finds a sentence carried over across a line break and a change of case, and names where it came from', () => {
    const reference = new Map([
      ['ref.txt', 'The violet lilac rash spread over both upper eyelids within a week.'],
    ]);
    const copied = new Map([
      ['src/a.ts', '// the violet lilac rash spread over\n// both upper eyelids today'],
    ]);
    const hits = sharedRuns(copied, reference, 7);
    expect(hits.map((h) => h.run)).toEqual([
      'the violet lilac rash spread over both',
      'violet lilac rash spread over both upper',
      'lilac rash spread over both upper eyelids',
    ]);
    expect(new Set(hits.map((h) => `${h.file}<-${h.source}`))).toEqual(new Set(['src/a.ts<-ref.txt']));
  });

  it('lets a run one word shorter than the limit pass (control)', () => {
    const reference = new Map([['ref.txt', 'one two three four five six seven eight']]);
    expect(sharedRuns(new Map([['f', 'zero two three four five six seven nine']]), reference, 7)).toEqual([]);
    expect(sharedRuns(new Map([['f', 'one two three four five six seven']]), reference, 7)).toHaveLength(1);
  });
});
