/**
 * Readings remembered per object: a pure reading of a sentence or a document that several callers ask for again
 * (every cancer of a text asks about the same sentences) is made once and kept while its object lives.
 * @module
 */

/**
 * `read(context, key)`, made once for each `key` object and kept while the key lives (a `WeakMap`). The context
 * must be the same whenever a key is asked about: a sentence and the document it belongs to.
 * @param read - a pure reading of the key in its context (its value may be undefined or null: remembered too)
 */
export function memoBy<C, K extends object, V>(read: (context: C, key: K) => V): (context: C, key: K) => V {
  const known = new WeakMap<K, V>();
  return (context, key) => {
    const hit = known.get(key);
    if (hit !== undefined || known.has(key)) return hit as V;
    const value = read(context, key);
    known.set(key, value);
    return value;
  };
}
