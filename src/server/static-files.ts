/**
 * The built web application (dist/web), loaded into memory once and served with ETags; any other
 * non-API path gets index.html so that client-side routes work on reload.
 * @module
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** One file. */
export interface StaticFile {
  body: Uint8Array;
  type: string;
  etag: string;
}

/**
 * Loads every file under a folder.
 * @param root - the folder (missing → empty map)
 */
export function loadStaticFiles(root: string): Map<string, StaticFile> {
  const out = new Map<string, StaticFile>();
  if (!existsSync(root)) return out;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const body = readFileSync(p);
        const key = `/${relative(root, p).split('\\').join('/')}`;
        out.set(key, {
          body,
          type: TYPES[extname(p)] ?? 'application/octet-stream',
          etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`,
        });
      }
    }
  };
  walk(root);
  return out;
}
