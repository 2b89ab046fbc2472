/**
 * The sign-in screen.
 * @module
 */
import { useState } from 'preact/hooks';
import { api, setCsrf, problemText, type User } from '../api.js';

/** The sign-in form. */
export function Login({ onLogin }: { onLogin: (u: User) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const r = await api<{ user: User; csrfToken: string }>('POST', '/api/auth/login', {
        username,
        password,
      });
      setCsrf(r.data.csrfToken);
      onLogin(r.data.user);
    } catch (err) {
      setError(problemText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="login" id="main">
      <form class="card login-card" onSubmit={(e) => void submit(e)} aria-labelledby="login-h">
        <h1 id="login-h">
          <span class="logo" aria-hidden="true">
            ◐
          </span>{' '}
          Heliotrope
        </h1>
        <p class="muted">Clinical decision support for dermatomyositis and cancer-associated myositis.</p>
        <div class="field">
          <label for="username">User name</label>
          <input
            id="username"
            name="username"
            autocomplete="username"
            required
            value={username}
            onInput={(e) => setUsername((e.target as HTMLInputElement).value)}
          />
        </div>
        <div class="field">
          <label for="password">Password</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
          />
        </div>
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
