/**
 * Dictionary matching over tokens with a trie: longest match at each position, linear in the number
 * of tokens times the longest term. Hyphens and quotes are transparent ("TIF1-gamma" = "TIF1 gamma").
 * @module
 */
import { normalizeWord } from '../normalize.js';
import { isTransparent, tokenize, type Token } from '../tokenize.js';

/** A match of one of the entries. */
export interface Match<T> {
  /** The entries sharing the matched term. */
  entries: readonly T[];
  /** Index of the first and one past the last matched token (in the token array given). */
  tokenStart: number;
  tokenEnd: number;
  /** Character offsets. */
  start: number;
  end: number;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  entries?: T[];
}

/** Matching keys of a term: its tokens without transparent punctuation. */
export function termKeys(term: string): string[] {
  return tokenize(term)
    .filter((t) => !isTransparent(t))
    .map((t) => t.norm);
}

/**
 * The word two tokens make when a hyphen splits it ("afe-brile", "throm- bocytopenia"): the hyphen right after
 * the first part, the second part right after the hyphen or one space later, both parts letters.
 */
function splitWord(tokens: readonly Token[], j: number, end: number): string | undefined {
  const a = tokens[j]!;
  const h = tokens[j + 1];
  const b = tokens[j + 2];
  if (j + 2 >= end || !h || !b || h.norm !== '-' || a.kind !== 'word' || b.kind !== 'word') return undefined;
  if (h.start !== a.end || b.start - h.end > 1) return undefined;
  return normalizeWord(a.norm + b.norm);
}

/** A compiled dictionary. */
export class Dictionary<T> {
  private readonly root: Node<T> = { next: new Map() };
  /** Longest term, in tokens. */
  maxLength = 0;

  /**
   * Adds a term for an entry.
   * @param term - surface form
   * @param entry - what a match returns
   */
  add(term: string, entry: T): void {
    const keys = termKeys(term);
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      let n = node.next.get(k);
      if (!n) {
        n = { next: new Map() };
        node.next.set(k, n);
      }
      node = n;
    }
    node.entries ??= [];
    if (!node.entries.includes(entry)) node.entries.push(entry);
    this.maxLength = Math.max(this.maxLength, keys.length);
  }

  /**
   * Longest match starting at token `i`, or undefined.
   * @param tokens - token array
   * @param i - start index (must not be a transparent token)
   * @param end - index bound, exclusive
   */
  matchAt(tokens: readonly Token[], i: number, end = tokens.length): Match<T> | undefined {
    let node: Node<T> | undefined = this.root;
    // The longest match so far: its entries and end token (the match record is built once, at the end).
    let bestEntries: T[] | undefined;
    let bestEnd = i;
    let j = i;
    let depth = 0;
    while (j < end && node && depth < this.maxLength) {
      const t = tokens[j]!;
      if (isTransparent(t)) {
        j++;
        continue;
      }
      // "afe-brile", "throm- bocytopenia": a word a PDF copy split with a hyphen (the line break gone) is read
      // whole when the dictionary knows the joined word and nothing starting with the first part
      let next: Node<T> | undefined = node.next.get(t.norm);
      let step = 1;
      if (!next) {
        const joined = splitWord(tokens, j, end);
        next = joined === undefined ? undefined : node.next.get(joined);
        if (next) step = 3;
      }
      node = next;
      depth++;
      j += step;
      if (node?.entries) {
        bestEntries = node.entries;
        bestEnd = j;
      }
    }
    if (!bestEntries) return undefined;
    return {
      entries: bestEntries,
      tokenStart: i,
      tokenEnd: bestEnd,
      start: tokens[i]!.start,
      end: tokens[bestEnd - 1]!.end,
    };
  }

  /**
   * Every non-overlapping longest match, left to right.
   * @param tokens - token array
   * @param from - first index
   * @param to - index bound, exclusive
   */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): Match<T>[] {
    const out: Match<T>[] = [];
    let i = from;
    while (i < to) {
      if (isTransparent(tokens[i]!)) {
        i++;
        continue;
      }
      const m = this.matchAt(tokens, i, to);
      if (m) {
        out.push(m);
        i = m.tokenEnd;
      } else i++;
    }
    return out;
  }
}
