/**
 * An app on a fresh database with one clinician and an API token, for HTTP tests.
 * @module
 */
import { createApp } from '../src/server/app.js';
import { hashPassword } from '../src/server/auth.js';
import type { Db } from '../src/store/db.js';
import { Store } from '../src/store/store.js';

/**
 * Creates a clinician, signs in and issues an API token.
 * @param db - an open, migrated database
 * @returns the app, its store and a bearer token
 */
export async function appWithToken(
  db: Db,
): Promise<{ app: ReturnType<typeof createApp>; store: Store; token: string }> {
  const store = new Store(db);
  await store.accounts.createUser('clin', await hashPassword('clinician-pass'), 'clinician');
  const app = createApp({ store, today: () => '2026-01-15' });
  const login = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'clin', password: 'clinician-pass' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const t = await app.request('/api/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken },
    body: JSON.stringify({ name: 'tests' }),
  });
  return { app, store, token: ((await t.json()) as { token: string }).token };
}
