import { loadCorpus, loadSplit } from './lib/corpus.js';
import { scoreCase } from '../src/eval/score.js';
import { extractCase } from '../src/extract/extract.js';
import { analyse, isCaseSentence } from '../src/extract/document.js';
const half = process.argv[2] ?? 'dev';
const group = process.argv[3] ?? 'antibodies';
const split = loadSplit().real ?? {};
for (const it of loadCorpus('real', '/work/corpus-texts/real')) {
  if (!it.text || split[it.id] !== half || (it.gold.meta.language ?? 'en') !== 'en') continue;
  const s = scoreCase(it.gold, extractCase(it.text).case, { partial: false });
  const sents = analyse(it.text).sentences;
  for (const m of s.misses) {
    if (m.group !== group || m.kind !== 'fn') continue;
    const name = m.item.replace(/^panel: /, '').split(' ')[0]!.toLowerCase();
    const hits = sents.filter((x) => isCaseSentence(x) && it.text!.slice(x.start, x.end).toLowerCase().includes(name));
    console.log(`${it.id} | ${m.item} | ${JSON.stringify((m as any).gold ?? '')}`);
    for (const h of hits.slice(0, 2)) console.log('    > ' + it.text.slice(h.start, h.end).replace(/\s+/g, ' ').slice(0, 400));
  }
}
