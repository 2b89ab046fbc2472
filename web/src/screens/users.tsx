/**
 * The account administration screen (admin).
 * @module
 */
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, problemText, type User } from '../api.js';

/** Account administration (admin). */
export function Users() {
  const [items, setItems] = useState<User[]>([]);
  const [form, setForm] = useState({ username: '', password: '', role: 'clinician' });
  const [msg, setMsg] = useState('');
  const load = () => void api<{ items: User[] }>('GET', '/api/users').then((r) => setItems(r.data.items));
  useEffect(load, []);
  const patch = (u: User, body: Record<string, unknown>) =>
    void api('PATCH', `/api/users/${u.id}`, body)
      .then(() => setMsg(`Updated ${u.username}.`))
      .catch((err: unknown) => setMsg(problemText(err)))
      .finally(load);
  return (
    <main id="main" class="page">
      <h2>Accounts</h2>
      <div class="card table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">User</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {items.map((u) => (
              <tr key={u.id}>
                <td>{u.username}</td>
                <td>
                  <label class="sr-only" for={`role-${u.id}`}>
                    Role of {u.username}
                  </label>
                  <select
                    id={`role-${u.id}`}
                    value={u.role}
                    onChange={(e) => patch(u, { role: (e.target as HTMLSelectElement).value })}
                  >
                    <option value="viewer">viewer</option>
                    <option value="clinician">clinician</option>
                    <option value="admin">admin</option>
                  </select>
                </td>
                <td>
                  {u.disabled ? 'disabled' : 'active'}{' '}
                  <button class="link" onClick={() => patch(u, { disabled: !u.disabled })}>
                    {u.disabled ? 'Enable' : 'Disable'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form
        class="card grid"
        onSubmit={(e) => {
          e.preventDefault();
          api('POST', '/api/users', form)
            .then(() => {
              setMsg(`Created ${form.username}.`);
              setForm({ username: '', password: '', role: 'clinician' });
              load();
            })
            .catch((err: unknown) =>
              setMsg(
                err instanceof ApiError
                  ? (err.problem.issues ?? []).map((i) => `${i.path}: ${i.message}`).join('; ') ||
                      problemText(err)
                  : problemText(err),
              ),
            );
        }}
      >
        <h3 class="wide">New account</h3>
        <div class="field">
          <label for="nu">User name</label>
          <input
            id="nu"
            value={form.username}
            onInput={(e) => setForm({ ...form, username: (e.target as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <label for="np">Password (10+ characters)</label>
          <input
            id="np"
            type="password"
            autocomplete="new-password"
            value={form.password}
            onInput={(e) => setForm({ ...form, password: (e.target as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <label for="nr">Role</label>
          <select
            id="nr"
            value={form.role}
            onChange={(e) => setForm({ ...form, role: (e.target as HTMLSelectElement).value })}
          >
            <option value="viewer">viewer (read)</option>
            <option value="clinician">clinician (read/write)</option>
            <option value="admin">admin (accounts)</option>
          </select>
        </div>
        <div class="field">
          <button class="primary" type="submit">
            Create
          </button>
        </div>
        <p role="status" class="wide">
          {msg}
        </p>
      </form>
    </main>
  );
}
