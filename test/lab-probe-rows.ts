/**
 * The rows of the labs and antibodies probe tables (src/extract/probes: `labs.probe.test.ts`, `labs2.probe.test.ts`): a row is a short
 * synthetic sentence with the extraction the gold format (corpus/README.md, "Gold format") and the reading
 * conventions expect, scored by the corpus scorer (`scoreCase`, labs and antibodies groups); it passes when it has
 * no false positive and no miss.
 *
 * Notation (one string per expected item):
 * - lab: `analyte [cmp]value [unit] [ULN n]` ("CK 2350 U/L ULN 170", "CRP <5 mg/L"), or `analyte elevated|normal|low`
 *   for a result without a number; `?analyte` marks an analyte whose value a clinician could not settle
 *   (gold `ambiguousLabs`: not scored); `_` stands for a space in an analyte's name.
 * - antibodies: one string of `target+` (positive), `target-` (negative), `target~` (equivocal), `_` standing for
 *   a space in a target's name; `panel+` / `panel-` is a result reported only as a group.
 * - a fourth element names a known gap: the row is run as `it.fails` (it must still fail: when a rule starts
 *   reading it, the row turns into a plain one).
 * @module
 */
import { expect, it } from 'vitest';
import { extractCase } from '../src/extract/extract.js';
import { scoreCase } from '../src/eval/score.js';
import type { Gold, GoldLab } from '../src/eval/gold.js';

/** One probe row: text, expected labs, expected antibodies, and a known gap's reason. */
export type Row = [text: string, labs: string[], antibodies: string, gap?: string];

const CMP = /^(<=|>=|<|>)/;

function goldLab(spec: string): GoldLab {
  const [analyte, first, ...rest] = spec.split(' ');
  if (!analyte || !first) throw new Error(`bad lab spec ${spec}`);
  if (first === 'elevated' || first === 'normal' || first === 'low')
    return { analyte: analyte.replace(/_/g, ' '), interpretation: first };
  const cmp = CMP.exec(first)?.[1] as GoldLab['comparator'];
  const lab: GoldLab = { analyte: analyte.replace(/_/g, ' '), value: Number(first.replace(CMP, '')) };
  if (cmp) lab.comparator = cmp;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === 'ULN') lab.upperLimit = Number(rest[++i]);
    else lab.unit = rest[i];
  }
  return lab;
}

function gold(labs: string[], antibodies: string): Gold {
  const result = { '+': 'positive', '-': 'negative', '~': 'equivocal' } as const;
  const abs: Gold['antibodies'] = {};
  const panels: NonNullable<Gold['panels']> = [];
  for (const item of antibodies.split(' ').filter(Boolean)) {
    const sign = item.slice(-1) as keyof typeof result;
    const target = item.slice(0, -1);
    if (target === 'panel') panels.push({ panel: 'panel', result: sign === '+' ? 'positive' : 'negative' });
    else abs[target.replace(/_/g, ' ')] = result[sign];
  }
  return {
    id: 'probe',
    meta: { subtype: 'dm', cancer: false, scope: 'probe' },
    patient: {},
    findings: {},
    labs: labs.filter((l) => !l.startsWith('?')).map(goldLab),
    ambiguousLabs: labs.filter((l) => l.startsWith('?')).map((l) => l.slice(1)),
    antibodies: abs,
    panels,
    cancers: [],
    classification: { authorsDiagnosis: 'probe' },
  };
}

/** The labs and antibodies disagreements of one row (empty when the row passes). */
export function misses(text: string, labs: string[], antibodies: string): string[] {
  const pred = extractCase(text).case;
  const s = scoreCase(gold(labs, antibodies), pred);
  return s.misses
    .filter((m) => m.group === 'labs' || m.group === 'antibodies')
    .map((m) => `${m.kind} ${m.item}${m.pred !== undefined && m.kind === 'wrong' ? ` → ${m.pred}` : ''}`);
}

/** One test per row; a row with a gap runs as `it.fails`. */
export function run(rows: Row[]): void {
  const plain = rows.filter((r) => r[3] === undefined);
  const gaps = rows.filter((r) => r[3] !== undefined);
  if (plain.length > 0)
    it.each(plain)('%s', (text, labs, antibodies) => {
      expect(misses(text, labs, antibodies)).toEqual([]);
    });
  for (const [text, labs, antibodies, gap] of gaps)
    it.fails(`${text} (known gap: ${gap ?? ''})`, () => {
      expect(misses(text, labs, antibodies)).toEqual([]);
    });
}
