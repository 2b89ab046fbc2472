import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../../test/cli-io.js';
import { serveConfig } from '../cli/commands/serve.js';
import { newToken, tokenHash, hashPassword } from './auth.js';
import { silentLogger } from './logger.js';
import { resolveConfig, startServer, type RunningServer } from './start.js';

describe('configuration', () => {
  it('defaults: loopback, port 8080, SQLite under ./data, info logs, demo on', () => {
    const c = resolveConfig({});
    expect(c).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      logLevel: 'info',
      demo: true,
      databaseUrl: resolve('data', 'heliotrope.sqlite'),
    });
    expect(c.adminPassword).toBeUndefined();
    expect(c.sqliteSynchronous).toBe('full');
  });

  it('SQLITE_SYNCHRONOUS chooses SQLite durability (full or normal); anything else is refused', () => {
    expect(resolveConfig({ SQLITE_SYNCHRONOUS: 'normal' }).sqliteSynchronous).toBe('normal');
    expect(resolveConfig({ SQLITE_SYNCHRONOUS: 'FULL' }).sqliteSynchronous).toBe('full');
    expect(() => resolveConfig({ SQLITE_SYNCHRONOUS: 'off' })).toThrow(/SQLITE_SYNCHRONOUS/);
  });

  it('HELIOTROPE_EXTRACT_THREADS sets the extraction worker threads (0 = on the event loop)', () => {
    const d = resolveConfig({}).extractThreads!;
    expect(d).toBeGreaterThanOrEqual(1);
    expect(d).toBeLessThanOrEqual(4);
    expect(resolveConfig({ HELIOTROPE_EXTRACT_THREADS: '0' }).extractThreads).toBe(0);
    expect(resolveConfig({ HELIOTROPE_EXTRACT_THREADS: '3' }).extractThreads).toBe(3);
    expect(() => resolveConfig({ HELIOTROPE_EXTRACT_THREADS: 'many' })).toThrow(/HELIOTROPE_EXTRACT_THREADS/);
  });

  it('environment variables, and flags over them', () => {
    const env = {
      PORT: '9000',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u:p@db/x',
      LOG_LEVEL: 'warn',
      DATA_DIR: '/srv/h',
      HELIOTROPE_ADMIN_PASSWORD: 'pw-from-env-1',
      HELIOTROPE_DEMO: '0',
    };
    expect(resolveConfig(env)).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      databaseUrl: 'postgres://u:p@db/x',
      logLevel: 'warn',
      dataDir: '/srv/h',
      adminPassword: 'pw-from-env-1',
      demo: false,
    });
    expect(resolveConfig({ DATA_DIR: '/srv/h' }).databaseUrl).toBe(resolve('/srv/h', 'heliotrope.sqlite'));
    expect(serveConfig({ port: '7000', logLevel: 'debug', host: '::1', demo: false }, env)).toMatchObject({
      port: 7000,
      logLevel: 'debug',
      host: '::1',
      demo: false,
    });
  });

  it('bad values are input errors (exit 2), before anything starts', async () => {
    expect(() => resolveConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => resolveConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    const r = await cli(['serve', '--port', '99999']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--port/);
    const r2 = await cli(['serve', '--log-level', 'loud']);
    expect(r2.code).toBe(2);
  });
});

describe('running server', () => {
  let server: RunningServer | undefined;
  let tmp: string | undefined;
  afterEach(async () => {
    await server?.close(100);
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('graceful shutdown finishes the request in flight, then refuses new connections', async () => {
    tmp = mkdtempSync(join(tmpdir(), 'heliotrope-start-'));
    let release!: () => void;
    const started = new Promise<void>((ok) => (release = ok));
    server = await startServer(
      {
        port: 0,
        host: '127.0.0.1',
        databaseUrl: join(tmp, 'db.sqlite'),
        dataDir: tmp,
        logLevel: 'silent',
        demo: false,
        adminPassword: 'admin-password-1',
      },
      {
        say: () => undefined,
        logger: silentLogger,
        extract: async () => {
          release();
          await new Promise((r) => setTimeout(r, 300));
          return { case: { schemaVersion: '1.0' } };
        },
      },
    );
    const u = await server.store.accounts.createUser('c', await hashPassword('clinician-pass'), 'clinician');
    const token = newToken('hlt_');
    await server.store.accounts.createApiToken({ tokenHash: tokenHash(token), userId: u.id, name: 't' });
    const url = server.url;
    const inFlight = fetch(`${url}api/extract`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'note' }),
    });
    await started;
    const closing = server.close(5000);
    const res = await inFlight;
    expect(res.status).toBe(200);
    await closing;
    await expect(fetch(`${url}api/health`)).rejects.toThrow();
    server = undefined;
  });

  it('serves the web application and the API from one port, with readiness', async () => {
    tmp = mkdtempSync(join(tmpdir(), 'heliotrope-start-'));
    const said: string[] = [];
    server = await startServer(
      {
        port: 0,
        host: '127.0.0.1',
        databaseUrl: join(tmp, 'db.sqlite'),
        dataDir: tmp,
        logLevel: 'silent',
        demo: true,
        webRoot: join(tmp, 'no-web'),
      },
      { say: (l) => said.push(l), logger: silentLogger },
    );
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(said.join('\n')).toMatch(/created the account "admin" with password \S+/);
    expect(said.join('\n')).toMatch(/Loaded 5 synthetic demo cases/);
    const ready = await fetch(`${server.url}api/ready`);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'sqlite' });
    const page = await fetch(server.url);
    expect(page.status).toBe(404);
    expect(((await page.json()) as { detail: string }).detail).toMatch(/not built/);
  });
});
