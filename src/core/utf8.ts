/**
 * Strict UTF-8 decoding for structured input. A JSON case with invalid bytes is refused, not repaired:
 * replacing them (U+FFFD) would silently change a value a clinician wrote — a name, a unit, a note —
 * and nothing downstream could tell. Narratives are decoded leniently instead, with a warning
 * (`decodeUtf8` in `src/extract/extract.ts`): free text survives a stray byte, a field value must not.
 * @module
 */
import { InputError, issue } from './issues.js';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Byte offset of the first invalid UTF-8 sequence (0-based), or -1 when the bytes are valid. Follows the
 * WHATWG decoder: overlong forms, surrogates and code points above U+10FFFF are invalid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes UTF-8 bytes strictly (a leading byte-order mark is dropped).
 * @param bytes - the input
 * @param where - name of the input for the message (file name or "the request body")
 * @throws InputError naming the byte offset, line and column of the first invalid sequence
 */
export function decodeUtf8Strict(bytes: Uint8Array, where = 'input'): string {
  try {
    return strict.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = strict.decode(bytes.subarray(0, Math.max(0, offset)));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    const hex = Array.from(bytes.subarray(offset, offset + 4), (b) => b.toString(16).padStart(2, '0')).join(
      ' ',
    );
    throw new InputError(`${where} is not valid UTF-8`, [
      issue('structure', '', `invalid UTF-8 at byte ${offset} (bytes ${hex}); save the file as UTF-8`, {
        line,
        column,
      }),
    ]);
  }
}
