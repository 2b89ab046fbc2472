/**
 * Test helper: a batch of NDJSON lines as the reading phase hands it to `classifyLines` — the bytes of the
 * lines joined by a line break, and each line's `[start, end)` without its break.
 * @module
 */

/** A batch of lines: bytes and the spans of the lines in them. */
export interface LineBatch {
  buf: Buffer;
  starts: number[];
  ends: number[];
}

/**
 * The batch of `lines`, joined by `eol`.
 * @param lines - the lines (UTF-8)
 * @param eol - the line break (`\n` or `\r\n`)
 */
export function lineBatch(lines: readonly string[], eol = '\n'): LineBatch {
  const buf = Buffer.from(lines.join(eol));
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += Buffer.byteLength(l);
    ends.push(at);
    at += eol.length;
  }
  return { buf, starts, ends };
}
