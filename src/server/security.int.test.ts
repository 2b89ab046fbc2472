import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/db.js';
import type { Db } from '../store/db.js';
import { Store } from '../store/store.js';
import { createApp, type AppDeps } from './app.js';
import { hashPassword } from './auth.js';
import { StoredAttemptLimiter } from './limits.js';

type App = ReturnType<typeof createApp>;

/** A way to call the API as someone: a session (cookie + CSRF token) or an API token. */
interface Caller {
  headers: Record<string, string>;
}

async function login(app: App, username: string, password: string): Promise<Caller> {
  const r = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(r.status).toBe(200);
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  return { headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken } };
}

async function apiToken(app: App, as: Caller, name: string): Promise<Caller> {
  const r = await app.request('/api/tokens', {
    method: 'POST',
    headers: { ...as.headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  expect(r.status).toBe(201);
  return { headers: { Authorization: `Bearer ${((await r.json()) as { token: string }).token}` } };
}

const send = async (app: App, as: Caller, method: string, path: string, body?: unknown) =>
  app.request(path, {
    method,
    headers: { ...as.headers, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });

const status = async (app: App, as: Caller) => (await send(app, as, 'GET', '/api/auth/session')).status;

for (const backend of testBackends) {
  describe(`security on ${backend.name}`, () => {
    let db: Db;
    let store: Store;
    let app: App;
    const make = (extra: Partial<AppDeps> = {}) => createApp({ store, today: () => '2026-01-15', ...extra });

    beforeEach(async () => {
      db = await backend.open();
      store = new Store(db);
      await store.accounts.createUser('xavier', await hashPassword('xavier-pass-1'), 'clinician');
      await store.accounts.createUser('boss', await hashPassword('admin-pass-12'), 'admin');
      app = make();
    });
    afterEach(async () => {
      await db.close();
    });

    it('changing your password ends your other sessions and API tokens, not the session that changed it', async () => {
      const a = await login(app, 'xavier', 'xavier-pass-1');
      const b = await login(app, 'xavier', 'xavier-pass-1');
      const t = await apiToken(app, a, 'script');
      const boss = await login(app, 'boss', 'admin-pass-12');
      const r = await send(app, a, 'POST', '/api/auth/password', {
        currentPassword: 'xavier-pass-1',
        newPassword: 'xavier-pass-2',
      });
      expect(r.status).toBe(204);
      expect(await status(app, a)).toBe(200);
      expect(await status(app, b)).toBe(401);
      expect(await status(app, t)).toBe(401);
      expect(await status(app, boss)).toBe(200); // someone else's session is untouched
      await login(app, 'xavier', 'xavier-pass-2');
      const entry = (await store.audit.list()).find((e) => e.action === 'auth.password');
      expect(entry).toMatchObject({ outcome: 'ok', detail: { sessionsEnded: 1, tokensRevoked: 1 } });
    });

    it('changing your password with an API token keeps that token and ends everything else', async () => {
      const a = await login(app, 'xavier', 'xavier-pass-1');
      const t1 = await apiToken(app, a, 'one');
      const t2 = await apiToken(app, a, 'two');
      const r = await send(app, t1, 'POST', '/api/auth/password', {
        currentPassword: 'xavier-pass-1',
        newPassword: 'xavier-pass-2',
      });
      expect(r.status).toBe(204);
      expect(await status(app, t1)).toBe(200);
      expect(await status(app, t2)).toBe(401);
      expect(await status(app, a)).toBe(401);
    });

    it('an admin password reset ends every session and API token of the account', async () => {
      const a = await login(app, 'xavier', 'xavier-pass-1');
      const t = await apiToken(app, a, 'script');
      const boss = await login(app, 'boss', 'admin-pass-12');
      const bossToken = await apiToken(app, boss, 'admin-script');
      const users = (await (await send(app, boss, 'GET', '/api/users')).json()) as {
        items: { id: string; username: string }[];
      };
      const x = users.items.find((u) => u.username === 'xavier')!;
      const me = users.items.find((u) => u.username === 'boss')!;
      const r = await send(app, boss, 'PATCH', `/api/users/${x.id}`, { password: 'reset-by-admin-1' });
      expect(r.status).toBe(200);
      expect(await status(app, a)).toBe(401);
      expect(await status(app, t)).toBe(401);
      expect(await status(app, boss)).toBe(200);
      // The admin resetting their own password keeps the session doing it and ends the rest.
      const own = await send(app, boss, 'PATCH', `/api/users/${me.id}`, { password: 'new-admin-pass-1' });
      expect(own.status).toBe(200);
      expect(await status(app, boss)).toBe(200);
      expect(await status(app, bossToken)).toBe(401);
    });

    it('wrong current passwords on a password change are rate-limited: 5, then 429 with Retry-After; each is audited', async () => {
      const a = await login(app, 'xavier', 'xavier-pass-1');
      const change = (currentPassword: string) =>
        send(app, a, 'POST', '/api/auth/password', { currentPassword, newPassword: 'xavier-pass-2' });
      for (let i = 0; i < 5; i++) expect((await change(`guess-${i}`)).status).toBe(422);
      const limited = await change('xavier-pass-1');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(800); // the 15-minute window
      const log = (await store.audit.list()).filter((e) => e.action === 'auth.password');
      expect(log.map((e) => `${e.outcome} ${String(e.detail?.status)}`)).toEqual([
        'denied 429',
        ...Array.from({ length: 5 }, () => 'denied 422'),
      ]);
      // The window passes: the right password works again and clears the count.
      let t = Date.now();
      const later = make({
        passwordLimiter: new StoredAttemptLimiter(store.attempts, 'password', undefined, () => t),
      });
      t += 15 * 60 * 1000 + 1;
      const ok = await send(later, a, 'POST', '/api/auth/password', {
        currentPassword: 'xavier-pass-1',
        newPassword: 'xavier-pass-2',
      });
      expect(ok.status).toBe(204);
    });

    it('a login lockout holds in another server process on the same database', async () => {
      const attempt = (target: App, password: string) =>
        target.request('/api/auth/login', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: 'xavier', password }),
        });
      for (let i = 0; i < 5; i++) expect((await attempt(app, 'wrong')).status).toBe(401);
      // A second process: its own store and application, nothing shared in memory.
      const other = createApp({ store: new Store(db) });
      const r = await attempt(other, 'xavier-pass-1');
      expect(r.status).toBe(429);
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(800);
      // Failed logins are audited as denied, the lockout too; the account is named when it exists.
      const log = (await store.audit.list()).filter((e) => e.action === 'auth.login');
      expect(log.map((e) => `${e.outcome} ${String(e.detail?.status)}`)).toEqual([
        'denied 429',
        ...Array.from({ length: 5 }, () => 'denied 401'),
      ]);
      expect(new Set(log.map((e) => e.userId)).size).toBe(1);
      expect(log[0]!.userId).not.toBeNull();
    });

    it('every denied attempt is in the audit log: a scripted run of 31 events, each checked', async () => {
      await store.accounts.createUser('vera', await hashPassword('viewer-pass-1'), 'viewer');
      const clin = await login(app, 'xavier', 'xavier-pass-1');
      const clinToken = await apiToken(app, clin, 'script');
      const viewer = await apiToken(app, await login(app, 'vera', 'viewer-pass-1'), 'v');
      const xavier = (await store.accounts.findLogin('xavier'))!.user.id;
      const veraId = (await store.accounts.findLogin('vera'))!.user.id;
      const anon: Caller = { headers: {} };
      const badToken: Caller = { headers: { Authorization: 'Bearer hlt_not-a-token' } };
      const noCsrf: Caller = { headers: { Cookie: clin.headers.Cookie! } };
      const wrongCsrf: Caller = { headers: { Cookie: clin.headers.Cookie!, 'X-CSRF-Token': 'nope' } };
      const doc = { schemaVersion: '1.0', title: 'Audit case Jane Roe' };
      const created = await send(app, clinToken, 'POST', '/api/cases', doc);
      const id = ((await created.json()) as { id: string }).id;
      await send(app, clinToken, 'PUT', `/api/cases/${id}`, doc).then((r) => expect(r.status).toBe(428));
      const put = async (as: Caller, caseId: string, version: string) =>
        app.request(`/api/cases/${caseId}`, {
          method: 'PUT',
          headers: { ...as.headers, 'Content-Type': 'application/json', 'If-Match': version },
          body: JSON.stringify(doc),
        });
      const del = async (as: Caller, caseId: string, version: string) =>
        app.request(`/api/cases/${caseId}`, {
          method: 'DELETE',
          headers: { ...as.headers, 'If-Match': version },
        });
      const gone = (await send(app, clinToken, 'POST', '/api/cases', doc).then((r) => r.json())) as {
        id: string;
      };
      expect((await del(clinToken, gone.id, '"1"')).status).toBe(204);
      const unknown = '00000000-0000-0000-0000-000000000000';

      type Event = [
        string,
        () => Promise<Response>,
        number,
        string,
        string | null,
        string | null,
        'denied' | 'ok',
      ];
      const events: Event[] = [
        // [what, request, status, action, resource id, user id, outcome]
        [
          'list, no credentials',
          () => send(app, anon, 'GET', '/api/cases'),
          401,
          'case.list',
          null,
          null,
          'denied',
        ],
        [
          'read, no credentials',
          () => send(app, anon, 'GET', `/api/cases/${id}`),
          401,
          'case.read',
          id,
          null,
          'denied',
        ],
        [
          'read, bad token',
          () => send(app, badToken, 'GET', `/api/cases/${id}`),
          401,
          'case.read',
          id,
          null,
          'denied',
        ],
        [
          'history, no credentials',
          () => send(app, anon, 'GET', `/api/cases/${id}/history`),
          401,
          'case.history',
          id,
          null,
          'denied',
        ],
        [
          'version, no credentials',
          () => send(app, anon, 'GET', `/api/cases/${id}/versions/1`),
          401,
          'case.read-version',
          id,
          null,
          'denied',
        ],
        [
          'assessments, no credentials',
          () => send(app, anon, 'GET', `/api/cases/${id}/assessments`),
          401,
          'assessment.list',
          id,
          null,
          'denied',
        ],
        [
          'ad-hoc assess, no credentials',
          () => send(app, anon, 'POST', '/api/assess', doc),
          401,
          'assess.adhoc',
          null,
          null,
          'denied',
        ],
        [
          'extract, no credentials',
          () => send(app, anon, 'POST', '/api/extract', { text: 'note' }),
          401,
          'extract',
          null,
          null,
          'denied',
        ],
        [
          'create without CSRF token',
          () => send(app, noCsrf, 'POST', '/api/cases', doc),
          403,
          'case.create',
          null,
          xavier,
          'denied',
        ],
        ['update without CSRF token', () => put(noCsrf, id, '"1"'), 403, 'case.update', id, xavier, 'denied'],
        [
          'delete with a wrong CSRF token',
          () => del(wrongCsrf, id, '"1"'),
          403,
          'case.delete',
          id,
          xavier,
          'denied',
        ],
        [
          'token without CSRF token',
          () => send(app, noCsrf, 'POST', '/api/tokens', { name: 'x' }),
          403,
          'token.create',
          null,
          xavier,
          'denied',
        ],
        [
          'users list as clinician',
          () => send(app, clinToken, 'GET', '/api/users'),
          403,
          'user.list',
          null,
          xavier,
          'denied',
        ],
        [
          'user create as clinician',
          () =>
            send(app, clinToken, 'POST', '/api/users', {
              username: 'mallory',
              password: 'long-enough-1',
              role: 'admin',
            }),
          403,
          'user.create',
          null,
          xavier,
          'denied',
        ],
        [
          'user update as clinician',
          () => send(app, clinToken, 'PATCH', `/api/users/${xavier}`, { role: 'admin' }),
          403,
          'user.update',
          xavier,
          xavier,
          'denied',
        ],
        [
          'audit log as clinician',
          () => send(app, clinToken, 'GET', '/api/audit'),
          403,
          'audit.read',
          null,
          xavier,
          'denied',
        ],
        ['update as viewer', () => put(viewer, id, '"1"'), 403, 'case.update', id, veraId, 'denied'],
        [
          'assess stored case as viewer',
          () => send(app, viewer, 'POST', `/api/cases/${id}/assess`),
          403,
          'assessment.create',
          id,
          veraId,
          'denied',
        ],
        ['stale update', () => put(clinToken, id, '"7"'), 409, 'case.update', id, xavier, 'denied'],
        ['stale delete', () => del(clinToken, id, '"7"'), 409, 'case.delete', id, xavier, 'denied'],
        [
          'read unknown case',
          () => send(app, clinToken, 'GET', `/api/cases/${unknown}`),
          404,
          'case.read',
          unknown,
          xavier,
          'denied',
        ],
        [
          'read deleted case',
          () => send(app, clinToken, 'GET', `/api/cases/${gone.id}`),
          404,
          'case.read',
          gone.id,
          xavier,
          'denied',
        ],
        [
          'update unknown case',
          () => put(clinToken, unknown, '"1"'),
          404,
          'case.update',
          unknown,
          xavier,
          'denied',
        ],
        [
          'update deleted case',
          () => put(clinToken, gone.id, '"2"'),
          404,
          'case.update',
          gone.id,
          xavier,
          'denied',
        ],
        [
          'history of unknown case',
          () => send(app, clinToken, 'GET', `/api/cases/${unknown}/history`),
          404,
          'case.history',
          unknown,
          xavier,
          'denied',
        ],
        [
          'missing version',
          () => send(app, clinToken, 'GET', `/api/cases/${id}/versions/99`),
          404,
          'case.read-version',
          id,
          xavier,
          'denied',
        ],
        [
          'assess unknown case',
          () => send(app, clinToken, 'POST', `/api/cases/${unknown}/assess`),
          404,
          'assessment.create',
          unknown,
          xavier,
          'denied',
        ],
        [
          'revoke unknown token',
          () => send(app, clinToken, 'DELETE', `/api/tokens/${unknown}`),
          404,
          'token.delete',
          unknown,
          xavier,
          'denied',
        ],
        [
          'login, wrong password',
          () => send(app, anon, 'POST', '/api/auth/login', { username: 'xavier', password: 'guess' }),
          401,
          'auth.login',
          null,
          xavier,
          'denied',
        ],
        [
          'password change, wrong current password',
          () =>
            send(app, clin, 'POST', '/api/auth/password', {
              currentPassword: 'guess',
              newPassword: 'xavier-pass-2',
            }),
          422,
          'auth.password',
          null,
          xavier,
          'denied',
        ],
        [
          'password change',
          () =>
            send(app, clin, 'POST', '/api/auth/password', {
              currentPassword: 'xavier-pass-1',
              newPassword: 'xavier-pass-2',
            }),
          204,
          'auth.password',
          xavier,
          xavier,
          'ok',
        ],
      ];
      expect(events).toHaveLength(31);
      const missing: string[] = [];
      for (const [what, run, expected, action, resourceId, userId, outcome] of events) {
        const before = (await store.audit.list({ limit: 1 }))[0]?.seq ?? 0;
        const r = await run();
        expect(r.status, what).toBe(expected);
        const added = (await store.audit.list()).filter((e) => (e.seq ?? 0) > before);
        const hit = added.find(
          (e) =>
            e.action === action &&
            e.outcome === outcome &&
            e.resourceId === resourceId &&
            e.userId === userId &&
            (outcome === 'ok' || e.detail?.status === expected),
        );
        if (!hit || added.length !== 1) missing.push(`${what}: ${JSON.stringify(added)}`);
      }
      expect(missing).toEqual([]);
      // Entries hold ids, versions and statuses, never case content.
      expect(JSON.stringify(await store.audit.list({ limit: 1000 }))).not.toMatch(
        /Jane|Roe|guess|xavier-pass/,
      );
    });
  });
}

describe('login lockout under a flood of other names (SQLite)', () => {
  it('failing 10,001 other names does not release a locked account', async () => {
    const db = await testBackends[0]!.open();
    try {
      const store = new Store(db);
      await store.accounts.createUser('xavier', await hashPassword('xavier-pass-1'), 'clinician');
      const t = Date.now();
      const limiter = new StoredAttemptLimiter(store.attempts, 'login', undefined, () => t);
      const app = createApp({ store, loginLimiter: limiter });
      const attempt = (password: string) =>
        app.request('/api/auth/login', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: 'xavier', password }),
        });
      for (let i = 0; i < 5; i++) expect((await attempt('wrong')).status).toBe(401);
      expect((await attempt('xavier-pass-1')).status).toBe(429);
      // The flood: one failure each for 10,001 other names (the old in-memory limiter kept 10,000 keys
      // and evicted the oldest, locked or not).
      for (let i = 0; i <= 10_000; i++) await limiter.fail(`unknown|flood-${i}`);
      expect((await attempt('xavier-pass-1')).status).toBe(429);
    } finally {
      await db.close();
    }
  });
});
