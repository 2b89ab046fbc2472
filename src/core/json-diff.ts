/**
 * What changed between two versions of a case, as field paths (never values: values are patient data and
 * stay in the versions themselves).
 * @module
 */

/** One changed path. */
export interface Change {
  path: string;
  op: 'added' | 'removed' | 'changed';
}

function join(base: string, key: string | number): string {
  return typeof key === 'number' ? `${base}[${key}]` : base ? `${base}.${key}` : key;
}

/**
 * Lists the paths that differ between two JSON values, depth-first, in document order.
 * @param before - the earlier value
 * @param after - the later value
 * @param path - path prefix
 */
export function diffPaths(before: unknown, after: unknown, path = ''): Change[] {
  if (before === after) return [];
  if (before === undefined) return [{ path, op: 'added' }];
  if (after === undefined) return [{ path, op: 'removed' }];
  const bothObjects =
    before !== null && after !== null && typeof before === 'object' && typeof after === 'object';
  if (!bothObjects || Array.isArray(before) !== Array.isArray(after)) return [{ path, op: 'changed' }];
  const out: Change[] = [];
  if (Array.isArray(before) && Array.isArray(after)) {
    const n = Math.max(before.length, after.length);
    for (let i = 0; i < n; i++) out.push(...diffPaths(before[i], after[i], join(path, i)));
    return out;
  }
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  for (const k of keys) out.push(...diffPaths(b[k], a[k], join(path, k)));
  return out;
}
