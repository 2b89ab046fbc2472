/**
 * Limits on JSON input that keep every later step bounded: a maximum nesting depth, checked on the text
 * before it is parsed (so that neither `JSON.parse`, the error-locating fallback parser, nor any
 * recursive walk over the result can exhaust the stack).
 * @module
 */

/**
 * Deepest nesting of arrays and objects accepted in a JSON input (a case document, a request body, a
 * JSONL batch line). Decision: the case format itself nests at most about 8 levels
 * (`tumourAssessments[0].targets[0]…`, `labs[0].evidence[0].spans[0]`); 64 leaves ample room for tools
 * that wrap a case, while staying far below what recursive code (parsers, validators, `String()` of an
 * array) can handle.
 */
export const MAX_JSON_DEPTH = 64;

/** Where a JSON text or value first nests deeper than allowed. */
export interface ExcessiveNesting {
  /** Character offset of the opening bracket that goes one level too deep (text input only). */
  offset?: number;
  /** Keys and indices leading to that bracket. */
  path: (string | number)[];
}

interface Level {
  array: boolean;
  /** Current key (objects) or index (arrays). */
  key: string | number;
}

function readKey(raw: string): string {
  try {
    return JSON.parse(raw) as string;
  } catch {
    return raw.slice(1, -1);
  }
}

/**
 * Scans JSON text (valid or not) for nesting deeper than `max`, without parsing it. Linear time,
 * constant stack; strings (with escapes) are skipped so brackets inside them do not count.
 * @param text - the JSON text
 * @param max - deepest nesting allowed (default {@link MAX_JSON_DEPTH})
 * @returns where the limit is first exceeded, or undefined
 */
export function findExcessiveNesting(text: string, max = MAX_JSON_DEPTH): ExcessiveNesting | undefined {
  const stack: Level[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: find its closing quote (one not preceded by an odd number of backslashes).
      let j = i + 1;
      for (;;) {
        j = text.indexOf('"', j);
        if (j < 0) return undefined; // unterminated: the parser reports it
        let k = j - 1;
        while (text.charCodeAt(k) === 0x5c) k--;
        if ((j - 1 - k) % 2 === 0) break;
        j++;
      }
      const top = stack[stack.length - 1];
      if (expectKey && top && !top.array) top.key = readKey(text.slice(i, j + 1));
      expectKey = false;
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      if (stack.length >= max) return { offset: i, path: stack.map((l) => l.key) };
      stack.push({ array: c === 0x5b, key: c === 0x5b ? 0 : '' });
      expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top?.array) top.key = (top.key as number) + 1;
      else if (top) expectKey = true;
    }
  }
  return undefined;
}
