/**
 * An app on a fresh database with one clinician and an API token, for HTTP tests.
 * @module
 */
import { createApp } from '../src/server/app.js';
import { hashPassword } from '../src/server/auth.js';
import type { Db } from '../src/store/db.js';
import { Store } from '../src/store/store.js';
import { signInForToken } from './api-helpers.js';

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
  return { app, store, token: await signInForToken(app, 'clin', 'clinician-pass') };
}
