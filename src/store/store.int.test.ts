import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testBackends } from '../../test/db.js';
import { openDb, type Db } from './db.js';
import { migrate } from './migrations.js';
import { ConflictError, Store } from './store.js';
import { diffPaths } from './diff.js';

describe('diffPaths', () => {
  it('lists added, removed and changed paths, never values', () => {
    const d = diffPaths(
      { a: 1, labs: [{ v: 1 }], x: 'keep' },
      { a: 2, labs: [{ v: 1 }, { v: 3 }], x: 'keep', n: 'new' },
    );
    expect(d).toEqual([
      { path: 'a', op: 'changed' },
      { path: 'labs[1]', op: 'added' },
      { path: 'n', op: 'added' },
    ]);
    expect(diffPaths({ a: [1] }, { a: { 0: 1 } })).toEqual([{ path: 'a', op: 'changed' }]);
    expect(diffPaths({ a: 1 }, {})).toEqual([{ path: 'a', op: 'removed' }]);
  });
});

for (const backend of testBackends) {
  describe(`store on ${backend.name}`, () => {
    let db: Db;
    let store: Store;
    let tick = 0;
    beforeEach(async () => {
      db = await backend.open();
      tick = 0;
      store = new Store(db, () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)).toISOString());
    });
    afterEach(async () => {
      await db.close();
    });

    it('migrations are idempotent', async () => {
      expect(await migrate(db)).toEqual([]);
    });

    it('keeps every version with who, when and what changed', async () => {
      const c = await store.cases.create(
        { schemaVersion: '1.0', title: 'Demo A', patient: { sex: 'female', age: 50 } },
        'u1',
        { eular: 'definite' },
      );
      expect(c.version).toBe(1);
      expect(c.data.id).toBe(c.id);
      const c2 = await store.cases.update(
        c.id,
        1,
        { schemaVersion: '1.0', title: 'Demo A', patient: { sex: 'female', age: 51 } },
        'u2',
      );
      expect(c2.version).toBe(2);
      expect(c2.updatedBy).toBe('u2');
      const h = await store.cases.history(c.id);
      expect(h[0]!.changedByName).toBeNull();
      expect(h.map((e) => [e.version, e.action, e.changedBy])).toEqual([
        [1, 'create', 'u1'],
        [2, 'update', 'u2'],
      ]);
      expect(h[1]!.changes).toEqual([{ path: 'patient.age', op: 'changed' }]);
      expect(h[1]!.changedAt > h[0]!.changedAt).toBe(true);
      const v1 = await store.cases.get(c.id, 1);
      expect((v1.data.patient as { age: number }).age).toBe(50);
      // An earlier version carries its own title, not the current one.
      await store.cases.update(c.id, 2, { schemaVersion: '1.0', title: 'Demo A renamed' }, 'u2');
      expect((await store.cases.get(c.id, 1)).title).toBe('Demo A');
      expect((await store.cases.get(c.id)).title).toBe('Demo A renamed');
      expect((await store.cases.get(c.id, 2)).data.patient).toEqual({ sex: 'female', age: 51 });
    });

    it('refuses a stale edit with the current version (nothing silently overwritten)', async () => {
      const c = await store.cases.create({ schemaVersion: '1.0', title: 'B' }, 'u1');
      await store.cases.update(c.id, 1, { schemaVersion: '1.0', title: 'B2' }, 'u1');
      const err = await store.cases
        .update(c.id, 1, { schemaVersion: '1.0', title: 'B3' }, 'u2')
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ConflictError);
      expect((err as ConflictError).current.version).toBe(2);
      expect((err as ConflictError).current.title).toBe('B2');
      expect((await store.cases.get(c.id)).title).toBe('B2');
    });

    it('lists and searches case-insensitively, treating % and _ literally', async () => {
      await store.cases.create({ schemaVersion: '1.0', title: 'Alpha dermatomyositis' }, 'u');
      await store.cases.create({ schemaVersion: '1.0', title: 'Beta 100% case' }, 'u');
      await store.cases.create({ schemaVersion: '1.0' }, 'u');
      expect((await store.cases.list()).total).toBe(3);
      expect((await store.cases.list({ q: 'ALPHA' })).items.map((i) => i.title)).toEqual([
        'Alpha dermatomyositis',
      ]);
      expect((await store.cases.list({ q: '%' })).items.map((i) => i.title)).toEqual(['Beta 100% case']);
      expect((await store.cases.list({ q: 'untitled' })).total).toBe(1);
      const page = await store.cases.list({ limit: 2 });
      expect(page.items).toHaveLength(2);
      expect(page.total).toBe(3);
    });

    it('deletes as a final version, keeping history', async () => {
      const c = await store.cases.create({ schemaVersion: '1.0', title: 'C' }, 'u');
      await store.cases.delete(c.id, 1, 'u');
      await expect(store.cases.get(c.id)).rejects.toMatchObject({ kind: 'not-found' });
      expect((await store.cases.history(c.id)).map((e) => e.action)).toEqual(['create', 'delete']);
      expect((await store.cases.get(c.id, 1)).title).toBe('C');
      expect((await store.cases.list()).total).toBe(0);
      await expect(store.cases.history('nope')).rejects.toMatchObject({ kind: 'not-found' });
    });

    it('stores assessments with engine and case version', async () => {
      const c = await store.cases.create({ schemaVersion: '1.0' }, 'u');
      await store.cases.saveAssessment({
        caseId: c.id,
        caseVersion: 1,
        engineVersion: '9.9.9',
        asOf: '2026-01-01',
        createdBy: 'u',
        report: { x: 1 },
      });
      const list = await store.cases.listAssessments(c.id);
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({
        caseVersion: 1,
        engineVersion: '9.9.9',
        asOf: '2026-01-01',
        report: { x: 1 },
      });
    });

    it('accounts, sessions and tokens', async () => {
      const u = await store.accounts.createUser('ann', 'hash', 'clinician');
      await expect(store.accounts.createUser('ann', 'h', 'viewer')).rejects.toMatchObject({
        kind: 'conflict',
      });
      expect(await store.accounts.countUsers()).toBe(1);
      await store.accounts.createSession({
        tokenHash: 's1',
        userId: u.id,
        csrfToken: 'c',
        expiresAt: '2030-01-01T00:00:00.000Z',
      });
      await store.accounts.createSession({
        tokenHash: 's2',
        userId: u.id,
        csrfToken: 'c',
        expiresAt: '2025-01-01T00:00:00.000Z',
      });
      expect((await store.accounts.findSession('s1'))?.user.username).toBe('ann');
      expect(await store.accounts.findSession('s2')).toBeUndefined();
      await store.accounts.createSession({
        tokenHash: 's3',
        userId: u.id,
        csrfToken: 'c',
        expiresAt: '2030-01-01T00:00:00.000Z',
      });
      const left = await db.kysely
        .selectFrom('sessions')
        .select('token_hash')
        .orderBy('token_hash')
        .execute();
      expect(left.map((r) => r.token_hash)).toEqual(['s1', 's3']);
      const t = await store.accounts.createApiToken({ tokenHash: 't1', userId: u.id, name: 'script' });
      expect((await store.accounts.findApiToken('t1'))?.role).toBe('clinician');
      await store.accounts.updateUser(u.id, { disabled: true });
      expect(await store.accounts.findApiToken('t1')).toBeUndefined();
      expect(await store.accounts.findSession('s1')).toBeUndefined();
      await store.accounts.deleteApiToken(t.id, u.id);
      await expect(store.accounts.deleteApiToken(t.id, u.id)).rejects.toMatchObject({ kind: 'not-found' });
    });

    it('audit entries appended together are all written, in order', async () => {
      await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          store.audit.append({
            userId: 'u',
            action: `a${i}`,
            resourceType: 'case',
            resourceId: 'batch',
            outcome: 'ok',
          }),
        ),
      );
      const log = await store.audit.list({ resourceId: 'batch' });
      expect(log.map((e) => e.action)).toEqual(Array.from({ length: 25 }, (_, i) => `a${24 - i}`));
    });

    it('the audit log is append-only in the database', async () => {
      await store.audit.append({
        userId: 'u',
        action: 'case.read',
        resourceType: 'case',
        resourceId: 'c1',
        outcome: 'ok',
        detail: { version: 1 },
      });
      const log = await store.audit.list({ resourceId: 'c1' });
      expect(log).toMatchObject([{ action: 'case.read', detail: { version: 1 } }]);
      await expect(sql`UPDATE audit_log SET action = 'x'`.execute(db.kysely)).rejects.toThrow(/append-only/);
      await expect(sql`DELETE FROM audit_log`.execute(db.kysely)).rejects.toThrow(/append-only/);
    });
  });
}

describe('SQLite durability setting', () => {
  it('a file database runs in WAL mode with synchronous=FULL unless NORMAL is asked for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'heliotrope-sync-'));
    try {
      const read = async (db: Db) => {
        const mode = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(db.kysely);
        const sync = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(db.kysely);
        await db.close();
        return [mode.rows[0]!.journal_mode, Number(sync.rows[0]!.synchronous)];
      };
      // SQLite's codes: 1 = NORMAL, 2 = FULL.
      expect(await read(openDb(join(dir, 'a.sqlite')))).toEqual(['wal', 2]);
      expect(await read(openDb(join(dir, 'b.sqlite'), { synchronous: 'full' }))).toEqual(['wal', 2]);
      expect(await read(openDb(join(dir, 'c.sqlite'), { synchronous: 'normal' }))).toEqual(['wal', 1]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// PostgreSQL only: several schemas of one database (test runs, or tenants) each get their own migrations.
describe.each(testBackends.filter((b) => b.name === 'postgres'))('migrations on $name', (backend) => {
  it('migrates a schema while another schema of the same database already holds migrated tables', async () => {
    const a = await backend.open();
    try {
      const b = await backend.open();
      await b.close();
    } finally {
      await a.close();
    }
  });
});
