// Issue 12, session 27: the same case written in another layout or typography gives the same facts. Every
// narrative of the synthetic corpus (committed, written for the project) is rewritten without changing its
// meaning — hard-wrapped at the widths of a PDF column, an e-mail and a terminal; two spaces or a tab after a full
// stop; Windows line ends; no-break spaces before numbers — and its extracted facts must equal the original's.
import { describe, expect, it } from 'vitest';
import { extractCase } from '../src/extract/extract.js';
import { loadCorpus } from '../scripts/lib/corpus.js';
import { LAYOUTS, caseFacts } from '../src/eval/layouts.js';

/** The rewritings a reader loses nothing by. */
const NEUTRAL = Object.entries(LAYOUTS).filter(([, l]) => l.neutral);

/** The facts a clinician reads off the case extracted from a text. */
const facts = (text: string): unknown => caseFacts(extractCase(text).case);

const narratives = loadCorpus('synthetic').filter((x) => x.text !== undefined);

describe('layout invariance over the synthetic corpus', () => {
  it('has the corpus to rewrite', () => {
    expect(narratives.length).toBeGreaterThanOrEqual(100);
  });
  const originals = new Map(narratives.map((x) => [x.id, facts(x.text!)]));
  it.each(NEUTRAL)('%s: every narrative gives the facts of its original', (_name, layout) => {
    const changed: string[] = [];
    let rewrittenCount = 0;
    for (const x of narratives) {
      const rewritten = layout.rewrite(x.text!);
      if (rewritten === x.text) continue;
      rewrittenCount++;
      try {
        expect(facts(rewritten)).toEqual(originals.get(x.id));
      } catch {
        changed.push(x.id);
      }
    }
    // the rewriting reached narratives enough for the comparison to mean something (a short note may have no long
    // line to wrap, a note no thousands to group)
    expect(rewrittenCount).toBeGreaterThanOrEqual(5);
    expect(changed).toEqual([]);
  });
});
