// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by function (top N) and by source area
// (the folder under src/, node internals, GC, JSON). Usage: node bench/profile-summary.mjs FILE [N].
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
const top = Number(topArg ?? 30);
const prof = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map(); // node id → µs
for (let i = 0; i < prof.samples.length; i++) {
  const id = prof.samples[i];
  self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const fn = new Map();
const area = new Map();
const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
for (const [id, us] of self) {
  const { callFrame: cf } = byId.get(id);
  const url = cf.url.replace(/^file:\/\/.*?\/(dist\/(?=src\/)|(?=src\/|bench\/|node_modules\/))/, '');
  const key = `${cf.functionName || '(anonymous)'} ${url ? `${url}:${cf.lineNumber + 1}` : ''}`;
  add(fn, key, us);
  const m = /^src\/([^/]+)(?:\/([^/]+))?/.exec(url);
  const a = m
    ? `src/${m[1]}${m[2] && !m[2].endsWith('.js') ? `/${m[2]}` : ''}`
    : url.includes('node_modules')
      ? `node_modules/${url.split('node_modules/')[1].split('/')[0]}`
      : url.startsWith('node:')
        ? 'node internals'
        : cf.functionName || '(other)';
  add(area, a, us);
}
const show = (title, m, n) => {
  process.stdout.write(`${title}\n`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n))
    process.stdout.write(
      `${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}\n`,
    );
};
process.stdout.write(`total ${(total / 1000).toFixed(0)} ms\n`);
show('— self time by area', area, 25);
show('— self time by function', fn, top);
// Inclusive time by function (a function's own time plus its callees', recursion counted once).
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (const [id, us] of self) {
  const seen = new Set();
  for (let p = id; p !== undefined; p = parent.get(p)) {
    const { callFrame: cf } = byId.get(p);
    const url = cf.url.replace(/^file:\/\/.*?\/(dist\/(?=src\/)|(?=src\/|bench\/|node_modules\/))/, '');
    if (!url.startsWith('src/')) continue;
    const key = `${cf.functionName || '(anonymous)'} ${url}:${cf.lineNumber + 1}`;
    if (seen.has(key)) continue;
    seen.add(key);
    add(incl, key, us);
  }
}
show('— inclusive time by function (src/ only)', incl, top);
