/**
 * Your account: change password, API tokens for scripts.
 * @module
 */
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, problemText, type User } from '../api.js';
import { when } from '../labels.js';

/** Your account: change password, API tokens for scripts. */
export function Account({ user }: { user: User }) {
  const [pw, setPw] = useState({ currentPassword: '', newPassword: '' });
  const [pwMsg, setPwMsg] = useState('');
  const [tokens, setTokens] = useState<{ id: string; name: string; createdAt: string }[]>([]);
  const [name, setName] = useState('');
  const [created, setCreated] = useState('');
  const load = () =>
    void api<{ items: typeof tokens }>('GET', '/api/tokens').then((r) => setTokens(r.data.items));
  useEffect(load, []);
  return (
    <main id="main" class="page">
      <h2>Your account</h2>
      <p class="muted">
        Signed in as <strong>{user.username}</strong> ({user.role}).
      </p>
      <form
        class="card grid"
        onSubmit={(e) => {
          e.preventDefault();
          api('POST', '/api/auth/password', pw)
            .then(() => {
              setPwMsg('Password changed.');
              setPw({ currentPassword: '', newPassword: '' });
            })
            .catch((err: unknown) =>
              setPwMsg(
                err instanceof ApiError
                  ? (err.problem.issues ?? []).map((i) => `${i.path}: ${i.message}`).join('; ') ||
                      problemText(err)
                  : problemText(err),
              ),
            );
        }}
      >
        <h3 class="wide">Change password</h3>
        <div class="field">
          <label for="cp">Current password</label>
          <input
            id="cp"
            type="password"
            autocomplete="current-password"
            value={pw.currentPassword}
            onInput={(e) => setPw({ ...pw, currentPassword: (e.target as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <label for="np2">New password (10+ characters)</label>
          <input
            id="np2"
            type="password"
            autocomplete="new-password"
            value={pw.newPassword}
            onInput={(e) => setPw({ ...pw, newPassword: (e.target as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <button class="primary" type="submit">
            Change password
          </button>
        </div>
        <p role="status" class="wide">
          {pwMsg}
        </p>
      </form>
      <section class="card">
        <h3>API tokens</h3>
        <p class="small muted">
          For scripts: send <code>Authorization: Bearer &lt;token&gt;</code>. A token acts with your role; it
          is shown once.
        </p>
        <ul>
          {tokens.map((t) => (
            <li key={t.id}>
              {t.name} <span class="muted small">created {when(t.createdAt)}</span>{' '}
              <button class="link" onClick={() => void api('DELETE', `/api/tokens/${t.id}`).then(load)}>
                Revoke
              </button>
            </li>
          ))}
        </ul>
        <form
          class="toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            void api<{ token: string }>('POST', '/api/tokens', { name }).then((r) => {
              setCreated(r.data.token);
              setName('');
              load();
            });
          }}
        >
          <label for="tn" class="sr-only">
            Token name
          </label>
          <input
            id="tn"
            placeholder="Token name, e.g. nightly export"
            value={name}
            onInput={(e) => setName((e.target as HTMLInputElement).value)}
          />
          <button type="submit" disabled={!name.trim()}>
            Create token
          </button>
        </form>
        {created ? (
          <p class="callout" role="status">
            New token (copy it now, it will not be shown again):{' '}
            <code data-testid="new-token">{created}</code>
          </p>
        ) : null}
      </section>
    </main>
  );
}
