import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { READ_CHUNK_BYTES, readLines } from './input.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Every line a reader hands out, with its number and its offset in the (decompressed) stream. */
async function linesOf(path: string): Promise<{ n: number; at: number; text: string }[]> {
  const out: { n: number; at: number; text: string }[] = [];
  let consumed = 0;
  for await (const b of readLines(path)) {
    // a batch starts where the last one's consumed bytes ended
    expect(b.offset).toBe(consumed);
    consumed += b.consumed;
    b.starts.forEach((s, i) =>
      out.push({ n: b.firstLine + i, at: b.offset + s, text: b.buf.toString('utf8', s, b.ends[i]) }),
    );
  }
  return out;
}

describe('readLines', () => {
  it('gives the same lines, numbers and offsets from a plain file as from its gzip copy, across read boundaries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'heliotrope-input-'));
    dirs.push(dir);
    // lines around the read size: short ones, one longer than two reads, CRLF endings, an empty line, and a
    // last line without a newline
    const lines = [
      '{"resourceType":"Patient","id":"p1"}',
      'x'.repeat(READ_CHUNK_BYTES - 40),
      '',
      'é'.repeat(READ_CHUNK_BYTES + 12_345),
      ...Array.from({ length: 3000 }, (_, i) => `{"i":${i},"pad":"${'y'.repeat(i % 997)}"}`),
    ];
    const text = `${lines.map((l, i) => (i % 7 === 3 ? `${l}\r\n` : `${l}\n`)).join('')}{"last":true}`;
    writeFileSync(join(dir, 'a.ndjson'), text);
    writeFileSync(join(dir, 'a.ndjson.gz'), gzipSync(Buffer.from(text)));
    const plain = await linesOf(join(dir, 'a.ndjson'));
    const gzip = await linesOf(join(dir, 'a.ndjson.gz'));
    const expected = [...lines, '{"last":true}'];
    expect(plain.map((l) => l.text)).toEqual(expected);
    expect(plain.map((l) => l.n)).toEqual(expected.map((_, i) => i + 1));
    expect(plain[1]!.at).toBe(Buffer.byteLength(lines[0]!) + 1);
    expect(gzip).toEqual(plain);
  });
});
