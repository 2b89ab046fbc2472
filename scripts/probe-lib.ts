/**
 * Helpers of the durability and load probes (`npm run probe:durability`, `npm run probe:load`): start the
 * built server (`bin/heliotrope.js serve`) as a child process, get an API token, summarise latencies.
 * @module
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The password of the probe's admin account. */
export const ADMIN_PASSWORD = 'probe-admin-password';

/** A server running in a child process. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code or signal once the process has ended. */
  exited: Promise<string>;
}

/**
 * Starts `heliotrope serve` in a child process and waits until it listens.
 * @param args - extra flags (e.g. `--data-dir`, `--database-url`)
 * @param env - extra environment variables
 */
export function startServerProcess(args: string[], env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [
      resolve(ROOT, 'bin/heliotrope.js'),
      'serve',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--no-demo',
      '--log-level',
      'silent',
      ...args,
    ],
    {
      env: { ...process.env, HELIOTROPE_ADMIN_PASSWORD: ADMIN_PASSWORD, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<string>((done) =>
    child.once('exit', (code, signal) => done(signal ?? String(code))),
  );
  return new Promise((ok, fail) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/\S+?)\/? \(/.exec(out);
      if (m) ok({ url: m[1]!.replace(/\/$/, ''), child, exited });
    });
    void exited.then((how) =>
      fail(new Error(`the server stopped before listening (${how}): ${err.slice(0, 500)}`)),
    );
  });
}

/**
 * Logs in as the admin and creates an API token.
 * @param url - the server's base URL
 */
export async function adminToken(url: string): Promise<string> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login failed: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const t = await fetch(`${url}/api/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken },
    body: JSON.stringify({ name: 'probe' }),
  });
  if (t.status !== 201) throw new Error(`token creation failed: ${t.status}`);
  return ((await t.json()) as { token: string }).token;
}

/** p50, p99 and count of latencies in ms. */
export function summarise(ms: number[]): { n: number; p50Ms: number; p99Ms: number } {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]! : NaN);
  return { n: s.length, p50Ms: Number(q(0.5).toFixed(2)), p99Ms: Number(q(0.99).toFixed(2)) };
}

/** Writes a progress line to stderr (stdout carries the result). */
export function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}
