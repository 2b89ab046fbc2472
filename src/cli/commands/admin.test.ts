import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newToken, tokenHash, verifyPassword } from '../../server/auth.js';
import { bootstrap } from '../../server/start.js';
import { openDb } from '../../store/db.js';
import { Store } from '../../store/store.js';
import type { CliIo } from '../io.js';
import { runCli } from '../main.js';

function fakeIo(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readText: async (p) => (p === '-' ? stdin : Promise.reject(new Error(`no file ${p}`))),
    readBytes: async () => new Uint8Array(),
    today: () => '2026-01-01',
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('heliotrope admin reset-password, and HELIOTROPE_ADMIN_PASSWORD after the first start', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'heliotrope-admin-'));
    file = join(dir, 'db.sqlite');
    const db = openDb(file);
    const store = new Store(db);
    await bootstrap(store, { demo: false, adminPassword: 'first-password-1' }, () => undefined);
    const admin = (await store.accounts.findLogin('admin'))!.user;
    await store.accounts.createApiToken({
      tokenHash: tokenHash(newToken('hlt_')),
      userId: admin.id,
      name: 'x',
    });
    await store.accounts.updateUser(admin.id, { disabled: true });
    await db.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const stored = async () => {
    const db = openDb(file);
    const store = new Store(db);
    const login = (await store.accounts.findLogin('admin'))!;
    const tokens = await store.accounts.listApiTokens(login.user.id);
    const audit = await store.audit.list({ resourceId: login.user.id });
    await db.close();
    return { login, tokens, audit };
  };

  it('generates a new password, prints it once, ends the tokens, enables the account and audits the reset', async () => {
    const f = fakeIo();
    expect(await runCli(['admin', 'reset-password', '--database-url', file], f.io)).toBe(0);
    const pw = /New password of "admin": (\S+)/.exec(f.out())![1]!;
    expect(f.out()).toMatch(
      /Ended 0 session\(s\) and 1 API token\(s\); the account was disabled and is enabled again/,
    );
    const s = await stored();
    expect(await verifyPassword(pw, s.login.passwordHash)).toBe(true);
    expect(await verifyPassword('first-password-1', s.login.passwordHash)).toBe(false);
    expect(s.login.user.disabled).toBe(false);
    expect(s.tokens).toEqual([]);
    expect(s.audit.map((a) => [a.action, a.outcome, a.detail?.via])).toEqual([
      ['user.password-reset', 'ok', 'cli'],
    ]);
  });

  it('takes the password from standard input; a short one or an unknown account is an input error', async () => {
    const ok = fakeIo('a-chosen-password-9\n');
    expect(await runCli(['admin', 'reset-password', '--password-stdin', '--database-url', file], ok.io)).toBe(
      0,
    );
    expect(ok.out()).not.toMatch(/a-chosen-password-9/);
    expect(await verifyPassword('a-chosen-password-9', (await stored()).login.passwordHash)).toBe(true);
    const short = fakeIo('short\n');
    expect(
      await runCli(['admin', 'reset-password', '--password-stdin', '--database-url', file], short.io),
    ).toBe(2);
    expect(short.err()).toMatch(/too short/);
    const nobody = fakeIo();
    expect(
      await runCli(['admin', 'reset-password', '--user', 'ghost', '--database-url', file], nobody.io),
    ).toBe(2);
    expect(nobody.err()).toMatch(/no account named "ghost"/);
    expect(nobody.err()).toMatch(/known accounts: admin/);
    // A database that was never started has no accounts: the message says how to get one.
    const empty = fakeIo();
    expect(
      await runCli(['admin', 'reset-password', '--database-url', join(dir, 'new.sqlite')], empty.io),
    ).toBe(2);
    expect(empty.err()).toMatch(/no accounts yet: start the server once/);
  });

  it('a HELIOTROPE_ADMIN_PASSWORD set after the first start is not applied, and the operator is told so', async () => {
    const db = openDb(file);
    const store = new Store(db);
    const said: string[] = [];
    await bootstrap(store, { demo: false, adminPassword: 'another-password-2' }, (l) => said.push(l));
    const login = (await store.accounts.findLogin('admin'))!;
    await db.close();
    expect(await verifyPassword('first-password-1', login.passwordHash)).toBe(true);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/HELIOTROPE_ADMIN_PASSWORD is set but was NOT applied/);
    expect(said[0]).toMatch(/heliotrope admin reset-password/);
    // Without the variable, a later start says nothing.
    const db2 = openDb(file);
    const quiet: string[] = [];
    await bootstrap(new Store(db2), { demo: false }, (l) => quiet.push(l));
    await db2.close();
    expect(quiet).toEqual([]);
  });
});
