/**
 * Fuzzed HTTP bodies: case documents (valid and hostile), arbitrary JSON, deep nesting, invalid UTF-8 and
 * plain garbage sent to the computing endpoints. The API answers 2xx or a problem document with a 4xx
 * status, never a 500.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createApp } from '../../src/server/app.js';
import type { Db } from '../../src/store/db.js';
import { appWithToken } from '../api-token.js';
import { testBackends } from '../db.js';
import { caseDocument } from './arbitraries.js';
import { FUZZ_TIMEOUT, fuzz } from './config.js';

const enc = new TextEncoder();

const body: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 4, arbitrary: caseDocument.map((d) => enc.encode(JSON.stringify(d))) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => enc.encode(JSON.stringify(v) ?? 'null')) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1, max: 5000 })
      .map((d) => enc.encode(`{"schemaVersion":"1.0","notes":${'['.repeat(d)}`)),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
  {
    weight: 1,
    arbitrary: fc.tuple(caseDocument, fc.nat(), fc.constantFrom(0xff, 0xc3, 0xed, 0x80)).map(([d, at, b]) => {
      const bytes = enc.encode(JSON.stringify(d));
      const copy = new Uint8Array(bytes);
      copy[at % copy.length] = b;
      return copy;
    }),
  },
);

describe('fuzzed HTTP bodies', () => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  let token: string;
  beforeAll(async () => {
    db = await testBackends[0]!.open();
    ({ app, token } = await appWithToken(db));
  });
  afterAll(async () => {
    await db.close();
  });

  it('never answers 500', { timeout: FUZZ_TIMEOUT }, async () => {
    await fc.assert(
      fc.asyncProperty(
        body,
        fc.constantFrom('/api/assess', '/api/calc/eular-acr-2017', '/api/cases'),
        async (bytes, path) => {
          const r = await app.request(path, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
            body: bytes,
          });
          expect([200, 201, 400, 413, 422]).toContain(r.status);
          if (r.status >= 400) expect(r.headers.get('content-type')).toMatch(/problem\+json/);
          await r.arrayBuffer();
        },
      ),
      fuzz(120),
    );
  });
});
