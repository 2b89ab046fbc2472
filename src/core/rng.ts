/**
 * A small seeded pseudo-random generator (sfc32 seeded through splitmix32) with the draws the population
 * generator and the evaluation's bootstrap need. Patient `i` of seed `s` gets its own stream, so a patient is
 * the same whatever the population size or the order of generation. Pure (no clock, no I/O).
 * @module
 */

function splitmix32(a: number): () => number {
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) >>> 0;
  };
}

/** Hashes a string seed to 32 bits (FNV-1a). */
export function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A seeded random stream. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /**
   * @param seed - 32-bit seed
   * @param stream - stream number (e.g. the patient index)
   */
  constructor(seed: number, stream = 0) {
    const sm = splitmix32(seed ^ Math.imul(stream + 1, 0x85ebca6b));
    this.a = sm();
    this.b = sm();
    this.c = sm();
    this.d = sm();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A uniform draw in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** A uniform number in [lo, hi). */
  uniform(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }

  /** A normal draw (Box–Muller). */
  normal(mean: number, sd: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A log-normal draw with the given median and geometric SD factor. */
  logNormal(median: number, gsd: number): number {
    return median * Math.exp(this.normal(0, Math.log(gsd)));
  }

  /** One of the items, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One key of a weight table, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    let total = 0;
    for (const k in weights) total += weights[k];
    let x = this.next() * total;
    let last: K | undefined;
    for (const k in weights) {
      last = k;
      x -= weights[k];
      if (x < 0) return k;
    }
    return last!;
  }

  /** A version-4-shaped UUID (deterministic). */
  uuid(): string {
    const h = (n: number) =>
      Math.floor(this.next() * 16 ** n)
        .toString(16)
        .padStart(n, '0');
    const v = (8 + Math.floor(this.next() * 4)).toString(16);
    return `${h(8)}-${h(4)}-4${h(3)}-${v}${h(3)}-${h(6)}${h(6)}`;
  }
}
