import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { testBackends } from '../../test/db.js';
import type { Db } from '../store/db.js';
import { Store } from '../store/store.js';
import { createApp } from './app.js';
import { hashPassword, newToken, tokenHash } from './auth.js';
import { demoCases } from './demo-cases.js';

const fixture = (path: string) =>
  JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;

for (const backend of testBackends) {
  describe(`case store features on ${backend.name}: search, restore, export, delete (issue 11 §4)`, () => {
    let db: Db;
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let token: string;
    let viewer: string;
    const auth = (t = token) => ({ Authorization: `Bearer ${t}` });
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      app.request(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...auth(), ...headers },
        body: JSON.stringify(body),
      });
    const ids = async (query: string) => {
      const r = await app.request(`/api/cases?${query}`, { headers: auth() });
      expect(r.status).toBe(200);
      return ((await r.json()) as { items: { title: string }[] }).items.map((i) => i.title).sort();
    };

    beforeEach(async () => {
      db = await backend.open();
      store = new Store(db);
      const u = await store.accounts.createUser('clin', await hashPassword('clinician-pass'), 'clinician');
      const v = await store.accounts.createUser('view', await hashPassword('viewer-pass12'), 'viewer');
      app = createApp({ store, today: () => '2026-01-15' });
      token = newToken('hlt_');
      viewer = newToken('hlt_');
      await store.accounts.createApiToken({ tokenHash: tokenHash(token), userId: u.id, name: 't' });
      await store.accounts.createApiToken({ tokenHash: tokenHash(viewer), userId: v.id, name: 'v' });
    });
    afterEach(async () => db.close());

    it('searches by more than the title: diagnosis, antibody (any spelling), tier, overdue screening, alerts', async () => {
      for (const d of demoCases) expect((await post('/api/cases', d)).status).toBe(201);
      const course = fixture('monitoring/__fixtures__/leiomyosarcoma-course.json');
      expect((await post('/api/cases', { ...course, title: 'Sarcoma course' })).status).toBe(201);
      const all = await ids('');
      expect(all).toHaveLength(6);
      // Antibody: TIF1-γ is positive in demo 1 (and the sarcoma course), whichever way it is spelled.
      const tif1 = await ids('antibody=anti-TIF1%CE%B3');
      expect(tif1).toContain(demoCases[0]!.title);
      expect(tif1).not.toContain(demoCases[1]!.title);
      expect(await ids('antibody=TIF1-gamma')).toEqual(tif1);
      expect(await ids('antibody=tif1')).toEqual(tif1);
      expect(await ids('antibody=Jo-1')).toEqual([demoCases[2]!.title]);
      // A free-text word is looked for in the key results too (here the antibody), not only the title.
      expect(await ids('q=mda5')).toEqual([demoCases[1]!.title]);
      // Category, tier, screening and alert filters read the stored key results.
      const definite = await ids('category=definite');
      expect(definite.length).toBeGreaterThan(0);
      expect(definite.length).toBeLessThan(6);
      const high = await ids('tier=high');
      expect(high).toContain(demoCases[0]!.title);
      expect(high).not.toContain(demoCases[2]!.title);
      expect(await ids('alert=high')).toEqual(['Sarcoma course']);
      const overdue = await ids('screening=overdue');
      for (const t of overdue) expect(all).toContain(t);
      const stored = await store.cases.list({ screening: 'overdue' });
      expect(stored.items.every((i) => i.summary.nextScreeningStatus === 'overdue')).toBe(true);
      const notOverdue = await store.cases.list({});
      expect(notOverdue.items.filter((i) => i.summary.nextScreeningStatus === 'overdue')).toHaveLength(
        overdue.length,
      );
      // Words combine (all must match).
      expect(await ids('q=demo%20jo-1')).toEqual([demoCases[2]!.title]);
      // A bad filter value is a 422 naming the field.
      const bad = await app.request('/api/cases?tier=extreme', { headers: auth() });
      expect(bad.status).toBe(422);
    });

    it('restores an earlier version as a new version, recorded as a restore in the history', async () => {
      const created = await post('/api/cases', {
        schemaVersion: '1.0',
        title: 'First',
        patient: { age: 50 },
      });
      const id = ((await created.json()) as { id: string }).id;
      const put = await app.request(`/api/cases/${id}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'If-Match': '"1"', ...auth() },
        body: JSON.stringify({ schemaVersion: '1.0', title: 'Second', patient: { age: 51 } }),
      });
      expect(put.status).toBe(200);
      // Stale base: 409, nothing changed.
      const stale = await post(`/api/cases/${id}/versions/1/restore`, undefined, { 'If-Match': '"1"' });
      expect(stale.status).toBe(409);
      const viewerTry = await app.request(`/api/cases/${id}/versions/1/restore`, {
        method: 'POST',
        headers: { 'If-Match': '"2"', ...auth(viewer) },
      });
      expect(viewerTry.status).toBe(403);
      const r = await app.request(`/api/cases/${id}/versions/1/restore`, {
        method: 'POST',
        headers: { 'If-Match': '"2"', ...auth() },
      });
      expect(r.status).toBe(200);
      const s = (await r.json()) as { version: number; title: string; data: { patient: { age: number } } };
      expect(s).toMatchObject({ version: 3, title: 'First', data: { patient: { age: 50 } } });
      const h = await app.request(`/api/cases/${id}/history`, { headers: auth() });
      const items = (
        (await h.json()) as { items: { version: number; action: string; restoredFrom?: number }[] }
      ).items;
      expect(items.map((i) => `${i.version}:${i.action}:${i.restoredFrom ?? ''}`)).toEqual([
        '1:create:',
        '2:update:',
        '3:restore:1',
      ]);
      const missing = await app.request(`/api/cases/${id}/versions/9/restore`, {
        method: 'POST',
        headers: { 'If-Match': '"3"', ...auth() },
      });
      expect(missing.status).toBe(404);
      const audit = await store.audit.list({ resourceId: id });
      expect(audit.filter((a) => a.action === 'case.restore').map((a) => a.outcome)).toEqual(
        expect.arrayContaining(['ok', 'denied']),
      );
    });

    it('exports a case as JSON and as a FHIR Bundle (audited), and deletes it (audited; history kept)', async () => {
      const created = await post('/api/cases', demoCases[0]);
      const id = ((await created.json()) as { id: string }).id;
      const j = await app.request(`/api/cases/${id}/export`, { headers: auth(viewer) });
      expect(j.status).toBe(200);
      expect(j.headers.get('content-disposition')).toMatch(/attachment; filename="case-.*-v1\.json"/);
      const doc = (await j.json()) as { title: string; id: string };
      expect(doc).toMatchObject({ title: demoCases[0]!.title, id });
      const f = await app.request(`/api/cases/${id}/export?format=fhir`, { headers: auth(viewer) });
      expect(f.status).toBe(200);
      expect(f.headers.get('content-type')).toMatch(/application\/fhir\+json/);
      const bundle = (await f.json()) as {
        resourceType: string;
        entry: { resource: { resourceType: string } }[];
      };
      expect(bundle.resourceType).toBe('Bundle');
      expect(bundle.entry.some((e) => e.resource.resourceType === 'Patient')).toBe(true);
      const del = await app.request(`/api/cases/${id}`, {
        method: 'DELETE',
        headers: { 'If-Match': '"1"', ...auth() },
      });
      expect(del.status).toBe(204);
      expect((await app.request(`/api/cases/${id}`, { headers: auth() })).status).toBe(404);
      expect((await app.request(`/api/cases/${id}/versions/1`, { headers: auth() })).status).toBe(200);
      const audit = await store.audit.list({ resourceId: id });
      expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['case.export', 'case.delete']));
    });
  });
}
