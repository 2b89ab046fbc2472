/**
 * Test helper: an app on a fresh database with an account of a given role and an API token for it.
 * @module
 */
import type { Db } from '../src/store/db.js';
import { Store } from '../src/store/store.js';
import { createApp, type AppDeps } from '../src/server/app.js';
import { hashPassword } from '../src/server/auth.js';
import type { TestBackend } from './db.js';

/** An app under test with a bearer token. */
export interface ApiFixture {
  db: Db;
  store: Store;
  app: ReturnType<typeof createApp>;
  token: string;
  /** Request init for a JSON call with the token. */
  json(method: string, body: unknown, headers?: Record<string, string>): RequestInit;
  close(): Promise<void>;
}

/**
 * Opens a database, creates a user with the role and signs in to get an API token.
 * @param backend - the database backend
 * @param role - the account's role
 * @param deps - extra app dependencies
 */
export async function apiFixture(
  backend: TestBackend,
  role: 'viewer' | 'clinician' | 'admin' = 'clinician',
  deps: Partial<AppDeps> = {},
): Promise<ApiFixture> {
  const db = await backend.open();
  const store = new Store(db);
  await store.accounts.createUser('tester', await hashPassword('tester-password'), role);
  const app = createApp({ store, today: () => '2026-01-15', ...deps });
  const token = await signInForToken(app, 'tester', 'tester-password');
  return {
    db,
    store,
    app,
    token,
    json: (method, body, headers = {}) => ({
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
    close: () => db.close(),
  };
}

/**
 * Signs in with a password and issues an API token for the account.
 * @param app - the application
 * @param username - the account
 * @param password - its password
 * @returns the bearer token
 */
export async function signInForToken(
  app: ReturnType<typeof createApp>,
  username: string,
  password: string,
): Promise<string> {
  const login = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const t = await app.request('/api/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken },
    body: JSON.stringify({ name: 'tests' }),
  });
  return ((await t.json()) as { token: string }).token;
}
