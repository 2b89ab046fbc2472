// Issue 12, session 27: the same case written in another layout or typography gives the same facts. Every
// narrative of the synthetic corpus (committed, written for the project) is rewritten without changing its
// meaning — hard-wrapped at the widths of a PDF column, an e-mail and a terminal; two spaces or a tab after a full
// stop; Windows line ends; no-break spaces before numbers — and its extracted facts must equal the original's.
import { describe, expect, it } from 'vitest';
import { extractCase } from '../src/extract/extract.js';
import { loadCorpus } from '../scripts/lib/corpus.js';

/** Greedy wrapping at `width` characters, as a mail client or a PDF's text layer does it. */
function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((para) => {
      const lines: string[] = [];
      let line = '';
      for (const word of para.split(' ')) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      lines.push(line);
      return lines.join('\n');
    })
    .join('\n');
}

const LAYOUTS: Record<string, (t: string) => string> = {
  'wrapped at 60': (t) => wrap(t, 60),
  'wrapped at 72': (t) => wrap(t, 72),
  'wrapped at 80': (t) => wrap(t, 80),
  'two spaces after a full stop': (t) => t.replace(/\. /g, '.  '),
  'a tab after a full stop': (t) => t.replace(/\. (?=[A-Z])/g, '.\t'),
  'Windows line ends and no-break spaces before numbers': (t) =>
    t.replace(/\n/g, '\r\n').replace(/ (?=\d)/g, '\u00a0'),
};

/** The facts a clinician reads off a case, in a form two layouts can be compared by. */
function facts(text: string): unknown {
  const c = extractCase(text).case;
  return {
    patient: c.patient,
    dates: c.dates,
    findings: c.findings.map((f) => `${f.id}=${f.status}`),
    labs: c.labs.map((l) => `${l.analyte} ${l.comparator ?? ''}${l.value ?? ''} ${l.unit ?? ''}`),
    antibodies: c.antibodies.map((a) => `${a.target}=${a.result}`),
    cancers: c.cancers.map((k) => [k.histology, k.site, k.relationToMyositis, k.diagnosisDate]),
  };
}

const narratives = loadCorpus('synthetic').filter((x) => x.text !== undefined);

describe('layout invariance over the synthetic corpus', () => {
  it('has the corpus to rewrite', () => {
    expect(narratives.length).toBeGreaterThanOrEqual(100);
  });
  const originals = new Map(narratives.map((x) => [x.id, facts(x.text!)]));
  it.each(Object.keys(LAYOUTS))('%s: every narrative gives the facts of its original', (layout) => {
    const changed: string[] = [];
    let rewrittenCount = 0;
    for (const x of narratives) {
      const rewritten = LAYOUTS[layout]!(x.text!);
      if (rewritten === x.text) continue;
      rewrittenCount++;
      try {
        expect(facts(rewritten)).toEqual(originals.get(x.id));
      } catch {
        changed.push(x.id);
      }
    }
    // the layout reached most narratives (a short note may have no long line to wrap)
    expect(rewrittenCount).toBeGreaterThan(narratives.length / 2);
    expect(changed).toEqual([]);
  });
});
