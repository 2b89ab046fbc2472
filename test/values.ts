/**
 * Walks over results for tests: non-finite numbers, and text spans.
 * @module
 */

/** Paths of every number in a value that is NaN or ±Infinity (an iterative walk). */
export function nonFinitePaths(root: unknown): string[] {
  const out: string[] = [];
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) out.push(path);
    } else if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, `${path}[${i}]`]));
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) stack.push([x, path ? `${path}.${k}` : k]);
  }
  return out;
}

/** Every object with numeric `start` and `end` (an evidence span or a section) anywhere in a value. */
export function spansIn(root: unknown): { start: number; end: number; text?: unknown }[] {
  const out: { start: number; end: number; text?: unknown }[] = [];
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.start === 'number' && typeof o.end === 'number')
        out.push(o as { start: number; end: number; text?: unknown });
      stack.push(...Object.values(o));
    }
  }
  return out;
}
