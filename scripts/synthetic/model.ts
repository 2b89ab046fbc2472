/**
 * The synthetic corpus: a patient "scenario" (the facts), and a document builder that writes sentences and
 * records, for each sentence it writes, the gold facts a clinician would read from it. Decoy sentences
 * (definitions, cohorts, relatives, hypotheticals, ruled-out cancers) record nothing for the patient, so
 * the gold is exactly what the text says about this patient.
 * @module
 */
import type { Gold, GoldCancer, GoldLab } from '../../src/eval/gold.js';

/** Deterministic PRNG (mulberry32). */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** A float in [0, 1). */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** One element. */
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** A shuffled copy. */
  shuffle<T>(xs: readonly T[]): T[] {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  }
}

/** English variant of a document. */
export type Variant = 'uk' | 'us';

/** The facts of one synthetic patient. */
export interface Scenario {
  subtype: Gold['meta']['subtype'];
  mimic?: string;
  diagnosis: string;
  age: number;
  sex: 'female' | 'male';
  /** Skin signs to describe: finding id → how (name or description). */
  skin: { id: string; how: 'name' | 'describe' }[];
  /** Weakness pattern. */
  weakness:
    | 'named-unspecified'
    | 'functional-both'
    | 'graded-both'
    | 'lower-only'
    | 'upper-only'
    | 'none-stated'
    | 'denied';
  /** Other findings present (finding ids). */
  other: string[];
  /** Findings stated absent. */
  absent: string[];
  labs: GoldLab[];
  antibodies: { target: string; result: 'positive' | 'negative' }[];
  panel?: { name: string; result: 'negative' };
  extraAntibodies?: { target: string; result: 'positive' | 'negative' }[];
  cancer?: GoldCancer & {
    histology: string;
    site: string;
    when: 'before' | 'after' | 'concurrent';
    months?: number;
  };
  suspectedCancer?: { site: string };
  familyHistory?: { relative: string; cancer: string };
  smoking?: 'current' | 'former' | 'never';
  onsetMonths?: number;
  emg?: 'myopathic' | 'normal' | 'neurogenic';
  biopsy?: {
    conclusion: 'consistent-with-myositis' | 'normal' | 'other';
    features: Record<string, 'present' | 'absent'>;
  };
  negativeScreen?: boolean;
}

/** Builds a document and its gold together. */
export class Doc {
  readonly parts: string[] = [];
  readonly gold: Gold;
  constructor(
    id: string,
    sc: Scenario,
    style: string,
    readonly variant: Variant,
  ) {
    this.gold = {
      id,
      meta: {
        subtype: sc.subtype,
        ...(sc.mimic ? { mimic: sc.mimic } : {}),
        cancer: sc.cancer !== undefined,
        scope: 'whole synthetic document',
        style,
      },
      patient: {},
      findings: {},
      labs: [],
      antibodies: {},
      cancers: [],
      classification: { authorsDiagnosis: sc.diagnosis, ...(sc.subtype === 'mimic' ? { mimic: true } : {}) },
    };
  }
  /** Appends text. */
  add(text: string): this {
    this.parts.push(text);
    return this;
  }
  /** Records a finding (present beats uncertain beats absent, as a clinician merges mentions). */
  finding(id: string, status: 'present' | 'absent' | 'uncertain', inferred = false): this {
    const f = this.gold.findings as Record<string, string>;
    const rank = { present: 3, uncertain: 2, absent: 1 } as const;
    const cur = f[id] as keyof typeof rank | undefined;
    if (!cur || rank[status] > rank[cur]) f[id] = status;
    if (inferred) {
      const inf = (this.gold.inferred ??= []);
      if (!inf.includes(id as never)) inf.push(id as never);
    }
    return this;
  }
  /** Records a lab. */
  lab(l: GoldLab): this {
    this.gold.labs.push(l);
    return this;
  }
  /** Records an antibody result. */
  antibody(target: string, result: 'positive' | 'negative'): this {
    this.gold.antibodies[target] = result;
    return this;
  }
  /** Records a negative panel. */
  panel(name: string): this {
    (this.gold.panels ??= []).push({ panel: name, result: 'negative' });
    return this;
  }
  /** Records the patient's cancer. */
  cancer(c: GoldCancer): this {
    this.gold.cancers.push(c);
    return this;
  }
  /** The text. */
  text(): string {
    return (
      this.parts
        .join('')
        .replace(/[ \t]+\n/g, '\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim() + '\n'
    );
  }
}

/** British or American spelling of a word with both forms. */
export function sp(v: Variant, uk: string, us: string): string {
  return v === 'uk' ? uk : us;
}
