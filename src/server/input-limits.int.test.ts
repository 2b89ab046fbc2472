/**
 * The HTTP API refuses the inputs a robustness probe found (issue 15) with a problem document naming
 * where, never a 500: out-of-range dates, deep nesting, invalid UTF-8.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appWithToken } from '../../test/api-token.js';
import { testBackends } from '../../test/db.js';
import type { Db } from '../store/db.js';
import { Store } from '../store/store.js';
import { createApp } from './app.js';
import { createLogger } from './logger.js';

const backend = testBackends[0]!;

describe('HTTP input limits (issue 15)', () => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  let token: string;
  const post = (path: string, body: string | Uint8Array) =>
    app.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body,
    });

  beforeEach(async () => {
    db = await backend.open();
    ({ app, token } = await appWithToken(db));
  });
  afterEach(async () => {
    await db.close();
  });

  it('#1 a 300,000-year offset is refused (422 with its path), not stored', async () => {
    const doc = {
      schemaVersion: '1.0',
      dates: { presentation: '2021-01-01' },
      visits: [{ date: { relativeTo: 'presentation', offset: 300000, unit: 'year' } }],
    };
    for (const path of ['/api/cases', '/api/assess']) {
      const r = await post(path, JSON.stringify(doc));
      expect(r.status).toBe(422);
      const p = (await r.json()) as { issues: { path: string }[] };
      expect(p.issues.map((i) => i.path)).toEqual(['visits[0].date.offset']);
    }
  });

  it('#14 invalid UTF-8 in a body → 400 naming the byte, never silently replaced', async () => {
    const enc = new TextEncoder();
    const body = new Uint8Array([
      ...enc.encode('{"schemaVersion":"1.0","title":"x'),
      0xff,
      ...enc.encode('"}'),
    ]);
    for (const path of ['/api/cases', '/api/assess']) {
      const r = await post(path, body);
      expect(r.status).toBe(400);
      const p = (await r.json()) as {
        detail: string;
        issues: { message: string; line: number; column: number }[];
      };
      expect(p.detail).toBe('the request body is not valid UTF-8');
      expect(p.issues[0]).toMatchObject({ line: 1, column: 34 });
      expect(p.issues[0]!.message).toMatch(/invalid UTF-8 at byte 33/);
    }
  });

  it('#2 a unit holding a name: 422 naming the field, and neither the log nor the process streams hold it', async () => {
    const lines: string[] = [];
    const store = new Store(db);
    const logged = createApp({
      store,
      today: () => '2026-01-15',
      logger: createLogger('debug', (l) => void lines.push(l)),
    });
    const out = vi.spyOn(process.stdout, 'write');
    const err = vi.spyOn(process.stderr, 'write');
    const r = await logged.request('/api/assess', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({
        schemaVersion: '1.0',
        labs: [{ analyte: 'CK', value: 900, unit: 'Jane Roe MRN 4711' }],
      }),
    });
    expect(r.status).toBe(422);
    expect(((await r.json()) as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([
      'labs[0].unit',
    ]);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('')).not.toContain('Jane Roe');
    expect(out).not.toHaveBeenCalled();
    expect(err).not.toHaveBeenCalled();
  });

  it('#3 10,000 nested arrays → 422 naming where (was 500)', async () => {
    const body = `{"schemaVersion":"1.0","notes":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    for (const path of ['/api/cases', '/api/assess', '/api/calc/eular-acr-2017']) {
      const r = await post(path, body);
      expect(r.status).toBe(422);
      const p = (await r.json()) as { issues: { path: string; code: string }[] };
      expect(p.issues[0]).toMatchObject({ code: 'too-large', path: 'notes[0][0][0][0][0]…' });
    }
    const unclosed = await post('/api/assess', `{"schemaVersion":"1.0","notes":${'['.repeat(10_000)}`);
    expect(unclosed.status).toBe(422);
  });
});
