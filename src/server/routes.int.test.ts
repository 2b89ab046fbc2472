import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/db.js';
import { calculators } from '../sets/registry.js';
import type { Db } from '../store/db.js';
import { Store } from '../store/store.js';
import { createApp } from './app.js';
import { routeGroups } from './routes/index.js';
import { caseComponent } from './schemas.js';

interface Operation {
  security?: unknown[];
  'x-heliotrope-role'?: string;
  'x-audit'?: string;
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, unknown>;
}
interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

/** `/api/cases/:id` → `/api/cases/{id}` */
const toTemplate = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

describe('routes and the OpenAPI document', () => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  let doc: OpenApiDoc;
  beforeEach(async () => {
    db = await testBackends[0]!.open();
    app = createApp({ store: new Store(db), extract: () => ({ case: {} }) });
    doc = (await (await app.request('/api/openapi.json')).json()) as OpenApiDoc;
  });
  afterEach(async () => {
    await db.close();
  });

  it('every route the app serves under /api and /cds-services is in the document, with its method', () => {
    const served = app.routes
      .filter((r) => r.method !== 'ALL' && (r.path.startsWith('/api/') || r.path.startsWith('/cds-services')))
      .map((r) => `${r.method} ${toTemplate(r.path)}`);
    expect(served.length).toBeGreaterThan(25);
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)),
    );
    expect(served.filter((s) => !documented.has(s))).toEqual([]);
    // …and everything documented is served: by its own route, or (each calculator) by POST /api/calc/{id}.
    const servedSet = new Set(served);
    const unserved = [...documented].filter(
      (d) =>
        !servedSet.has(d) &&
        !(/^POST \/api\/calc\/[a-z0-9.-]+$/.test(d) && servedSet.has('POST /api/calc/{id}')),
    );
    expect(unserved).toEqual([]);
  });

  it('request bodies are described by the schemas that validate them', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const login = doc.paths['/api/auth/login']!.post!.requestBody!.content['application/json']!.schema;
    expect(login).toMatchObject({ required: ['username', 'password'], additionalProperties: false });
    const newUser = doc.paths['/api/users']!.post!.requestBody!.content['application/json']!.schema as {
      properties: { password: { minLength: number }; role: { enum: string[] } };
    };
    expect(newUser.properties.password.minLength).toBe(10);
    expect(newUser.properties.role.enum).toEqual(['viewer', 'clinician', 'admin']);
    for (const [path, method] of [
      ['/api/cases', 'post'],
      ['/api/cases/{id}', 'put'],
      ['/api/assess', 'post'],
    ] as const) {
      expect(doc.paths[path]![method]!.requestBody!.content['application/json']!.schema).toEqual({
        $ref: '#/components/schemas/Case',
      });
    }
    expect(doc.components.schemas.Case).toEqual(caseComponent());
    for (const k of calculators) expect(doc.paths[`/api/calc/${k.id}`]?.post).toBeDefined();
    // What the document says is what the validator does: a body missing a required field is refused.
    const r = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'x' }),
    });
    expect(r.status).toBe(422);
    expect(((await r.json()) as { issues: { path: string; code: string }[] }).issues).toEqual([
      expect.objectContaining({ path: 'password', code: 'required' }),
    ]);
  });

  it('every operation states its role or that it is public; every authenticated one but the session probe and logout names its audit action', () => {
    const ops = Object.entries(doc.paths).flatMap(([p, o]) =>
      Object.entries(o).map(([m, op]) => ({ p, m, op })),
    );
    // The CDS Hooks routes authenticate the EHR by its signed JWT (their own scheme), not by session or token.
    const ownScheme = ops.filter(({ op }) => op.security?.some((s) => 'cdsJwt' in (s as object)));
    expect(ownScheme.map(({ m, p }) => `${m} ${p}`).sort()).toEqual([
      'get /cds-services',
      'post /cds-services/{id}',
      'post /cds-services/{id}/feedback',
    ]);
    for (const { p, m, op } of ownScheme) {
      expect(Object.keys(op.responses), `${m} ${p}`).toContain('401');
    }
    for (const { p, m, op } of ops) {
      if (ownScheme.some((o) => o.op === op)) continue;
      const isPublic = Array.isArray(op.security) && op.security.length === 0;
      if (/^\/api\/calc\/[a-z0-9.-]+$/.test(p)) continue; // described only; served by /api/calc/{id}
      expect(isPublic || typeof op['x-heliotrope-role'] === 'string', `${m} ${p}`).toBe(true);
      if (!isPublic && !['/api/auth/session', '/api/auth/logout'].includes(p))
        expect(op['x-audit'], `${m} ${p}`).toMatch(/^[a-z.-]+$/);
      if (!isPublic) expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['401', '403']));
    }
    expect(
      ops
        .filter(({ op }) => op.security?.length === 0)
        .map(({ m, p }) => `${m} ${p}`)
        .sort(),
    ).toEqual(['get /api/health', 'get /api/openapi.json', 'get /api/ready', 'post /api/auth/login']);
  });

  it('route groups have distinct names; the static group is not among them (it is registered last)', () => {
    const names = routeGroups.map((g) => g.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['auth', 'users', 'cases', 'compute']));
    expect(names).not.toContain('static');
  });
});

describe('the web application (static files)', () => {
  let db: Db;
  let root: string;
  let app: ReturnType<typeof createApp>;
  beforeEach(async () => {
    db = await testBackends[0]!.open();
    root = mkdtempSync(join(tmpdir(), 'heliotrope-web-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Heliotrope</title>');
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, '..', 'heliotrope-secret.txt'), 'outside the web root');
    app = createApp({ store: new Store(db), webRoot: root });
  });
  afterEach(async () => {
    await db.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(join(root, '..', 'heliotrope-secret.txt'), { force: true });
  });

  it('serves files with a type, an ETag (304 when unchanged) and no-cache; client routes get the page', async () => {
    const js = await app.request('/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('cache-control')).toBe('no-cache');
    expect(js.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const tag = js.headers.get('etag');
    expect(tag).toMatch(/^"[^"]+"$/);
    expect(await js.text()).toBe('console.log(1)');
    const again = await app.request('/assets/app.js', { headers: { 'If-None-Match': tag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    for (const path of ['/', '/cases/123', '/admin']) {
      const page = await app.request(path);
      expect(page.status, path).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await page.text()).toContain('<title>Heliotrope</title>');
    }
  });

  it('a missing file is a 404 problem; paths cannot leave the web root; API paths are never the page', async () => {
    const missing = await app.request('/assets/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/application\/problem\+json/);
    for (const path of [
      '/../heliotrope-secret.txt',
      '/assets/..%2F..%2Fheliotrope-secret.txt',
      '/%2e%2e/heliotrope-secret.txt',
    ]) {
      const r = await app.request(`http://localhost${path}`);
      expect(await r.text(), path).not.toContain('outside the web root');
    }
    const api = await app.request('/api/nothing-here');
    expect(api.status).toBe(401);
    expect(api.headers.get('content-type')).toMatch(/application\/problem\+json/);
  });
});
