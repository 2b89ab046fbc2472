import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { narrativeExtraction } from './extract-hook.js';
import { testBackends } from '../../test/db.js';
import { benchCase } from '../../bench/fixtures.js';
import { assessCase } from '../assess/assess.js';
import { reportHeadlines } from '../assess/headlines.js';
import { required } from '../contract/set.js';
import { parseCase, validateCase } from '../case/validate.js';
import type { Db } from '../store/db.js';
import { Store } from '../store/store.js';
import { createApp, type AppDeps } from './app.js';
import { hashPassword } from './auth.js';
import { StoredAttemptLimiter } from './limits.js';
import { bootstrap } from './start.js';
import { demoCases } from './demo-cases.js';

type App = ReturnType<typeof createApp>;

async function login(
  app: App,
  username: string,
  password: string,
): Promise<{ cookie: string; csrf: string }> {
  const r = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(r.status).toBe(200);
  const setCookie = r.headers.get('set-cookie') ?? '';
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/SameSite=Strict/);
  const body = (await r.json()) as { csrfToken: string };
  return { cookie: setCookie.split(';')[0]!, csrf: body.csrfToken };
}

const minimalCase = {
  schemaVersion: '1.0',
  title: 'Case one',
  patient: { sex: 'female', ageAtOnset: 45 },
  findings: [{ id: 'heliotrope-rash', status: 'present' }],
};

for (const backend of testBackends) {
  describe(`HTTP API on ${backend.name}`, () => {
    let db: Db;
    let store: Store;
    let app: App;
    let token: string;
    let viewerToken: string;
    const make = (extra: Partial<AppDeps> = {}) => createApp({ store, today: () => '2026-01-15', ...extra });
    const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const get = (t = token) => ({ headers: { Authorization: `Bearer ${t}` } });

    beforeEach(async () => {
      db = await backend.open();
      store = new Store(db);
      await store.accounts.createUser('clin', await hashPassword('clinician-pass'), 'clinician');
      await store.accounts.createUser('view', await hashPassword('viewer-pass1'), 'viewer');
      await store.accounts.createUser('boss', await hashPassword('admin-pass12'), 'admin');
      app = make();
      const s = await login(app, 'clin', 'clinician-pass');
      const t = await app.request('/api/tokens', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: s.cookie, 'X-CSRF-Token': s.csrf },
        body: JSON.stringify({ name: 'tests' }),
      });
      expect(t.status).toBe(201);
      token = ((await t.json()) as { token: string }).token;
      expect(token).toMatch(/^hlt_/);
      const v = await login(app, 'view', 'viewer-pass1');
      const vt = await app.request('/api/tokens', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: v.cookie, 'X-CSRF-Token': v.csrf },
        body: JSON.stringify({ name: 'v' }),
      });
      viewerToken = ((await vt.json()) as { token: string }).token;
    });
    afterEach(async () => {
      await db.close();
    });

    it('create, read, update with If-Match, stale edit → 409 with the current version, history, versions', async () => {
      const created = await app.request('/api/cases', json('POST', minimalCase));
      expect(created.status).toBe(201);
      expect(created.headers.get('etag')).toBe('"1"');
      const c = (await created.json()) as { id: string; version: number; summary: Record<string, unknown> };
      expect(created.headers.get('location')).toBe(`/api/cases/${c.id}`);
      expect(c.summary.eularCategory).toBe('not-met');

      const upd = await app.request(
        `/api/cases/${c.id}`,
        json(
          'PUT',
          {
            ...minimalCase,
            findings: [...minimalCase.findings, { id: 'gottron-papules', status: 'present' }],
          },
          { 'If-Match': '"1"' },
        ),
      );
      expect(upd.status).toBe(200);
      expect(upd.headers.get('etag')).toBe('"2"');

      const stale = await app.request(
        `/api/cases/${c.id}`,
        json('PUT', { ...minimalCase, title: 'lost update' }, { 'If-Match': '"1"' }),
      );
      expect(stale.status).toBe(409);
      expect(stale.headers.get('content-type')).toMatch(/application\/problem\+json/);
      const p = (await stale.json()) as { currentVersion: number; current: { title: string }; type: string };
      expect(p.currentVersion).toBe(2);
      expect(p.current.title).toBe('Case one');
      expect(p.type).toBe('urn:heliotrope:problem:conflict');

      const noMatch = await app.request(`/api/cases/${c.id}`, json('PUT', minimalCase));
      expect(noMatch.status).toBe(428);

      const hist = (await (await app.request(`/api/cases/${c.id}/history`, get())).json()) as {
        items: { version: number; changes: { path: string }[] }[];
      };
      expect(hist.items.map((h) => h.version)).toEqual([1, 2]);
      expect(hist.items[1]!.changes).toEqual([{ path: 'findings[1]', op: 'added' }]);
      const v1 = (await (await app.request(`/api/cases/${c.id}/versions/1`, get())).json()) as {
        data: { findings: unknown[] };
      };
      expect(v1.data.findings).toHaveLength(1);

      const assessments = (await (await app.request(`/api/cases/${c.id}/assessments`, get())).json()) as {
        items: { caseVersion: number; engineVersion: string }[];
      };
      expect(assessments.items.map((a) => a.caseVersion).sort()).toEqual([1, 2]);
      expect(assessments.items[0]!.engineVersion).toMatch(/^\d+\.\d+\.\d+/);

      const list = (await (await app.request('/api/cases?q=case%20ONE', get())).json()) as {
        total: number;
        items: { id: string }[];
      };
      expect(list.items.map((i) => i.id)).toEqual([c.id]);

      const del = await app.request(`/api/cases/${c.id}`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${token}`, 'If-Match': '"2"' },
      });
      expect(del.status).toBe(204);
      expect((await app.request(`/api/cases/${c.id}`, get())).status).toBe(404);

      const audit = await store.audit.list({ resourceId: c.id });
      expect(audit.map((a) => `${a.action} ${a.outcome}`).reverse()).toEqual([
        'case.create ok',
        'case.update ok',
        'case.update denied', // the stale edit (409)
        'case.history ok',
        'case.read-version ok',
        'assessment.list ok',
        'case.delete ok',
        'case.read denied', // the deleted case (404)
      ]);
      expect(JSON.stringify(audit)).not.toContain('heliotrope-rash');
    });

    it('invalid case → 422 problem with every field path; malformed JSON → 400 with line/column', async () => {
      const r = await app.request(
        '/api/cases',
        json('POST', {
          schemaVersion: '1.0',
          patient: { age: 200 },
          strength: [{ group: 'proximal-upper', grade: '7' }],
          labs: [{ analyte: 'CK', value: 5, unit: 'bananas' }],
        }),
      );
      expect(r.status).toBe(422);
      const p = (await r.json()) as { issues: { path: string }[]; status: number };
      expect(p.status).toBe(422);
      expect(p.issues.map((i) => i.path)).toContain('patient.age');
      const r2 = await app.request(
        '/api/assess',
        json('POST', {
          schemaVersion: '1.0',
          strength: [{ group: 'proximal-upper', grade: '7' }],
          labs: [{ analyte: 'CK', value: 5, unit: 'bananas' }],
        }),
      );
      expect(r2.status).toBe(422);
      expect(((await r2.json()) as { issues: { path: string }[] }).issues.map((i) => i.path).sort()).toEqual([
        'labs[0].unit',
        'strength[0].grade',
      ]);
      const bad = await app.request('/api/assess', json('POST', '{\n "schemaVersion" "1.0"}'));
      expect(bad.status).toBe(400);
      const bp = (await bad.json()) as { issues: { line: number }[] };
      expect(bp.issues[0]).toMatchObject({ line: 2, column: 18 });
      const notJson = await app.request('/api/assess', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/plain' },
        body: '{}',
      });
      expect(notJson.status).toBe(415);
    });

    it('POST /api/calc/dosing like every calculator', async () => {
      const r = await app.request(
        '/api/calc/dosing',
        json('POST', { 'target-auc': 5, age: 62, sex: 'female', 'weight-kg': 60, scr: 0.8 }),
      );
      expect(r.status).toBe(200);
      expect(await r.json()).toMatchObject({ calculatorId: 'dosing', carboplatin: { doseMgRounded: 470 } });
      const bad = await app.request('/api/calc/dosing', json('POST', { 'target-auc': 5 }));
      expect(bad.status).toBe(422);
    });

    it('unknown finding ids: warnings in the response; ?strict=true makes them a 422', async () => {
      const typo = { ...minimalCase, findings: [{ id: 'gotron-papules', status: 'present' }] };
      const r = await app.request('/api/assess', json('POST', typo));
      expect(r.status).toBe(200);
      const body = (await r.json()) as { warnings: { path: string; severity: string; message: string }[] };
      expect(body.warnings).toEqual([
        expect.objectContaining({
          path: 'findings[0].id',
          severity: 'warning',
          message: expect.stringContaining('did you mean "gottron-papules"?'),
        }),
      ]);
      const strict = await app.request('/api/assess?strict=true', json('POST', typo));
      expect(strict.status).toBe(422);
      expect(((await strict.json()) as { issues: { path: string }[] }).issues[0]!.path).toBe(
        'findings[0].id',
      );
      const created = await app.request('/api/cases', json('POST', typo));
      expect(created.status).toBe(201);
      expect(((await created.json()) as { warnings: unknown[] }).warnings).toHaveLength(1);
      expect((await app.request('/api/cases?strict=true', json('POST', typo))).status).toBe(422);
    });

    it('cancer probability: not applicable carries no number; ?prior= sets the prior and the result says so', async () => {
      const post = async (q: string, body: unknown) => {
        const r = await app.request(`/api/assess${q}`, json('POST', body));
        return { status: r.status, body: (await r.json()) as Record<string, unknown> };
      };
      const juvenile = {
        schemaVersion: '1.0',
        patient: { age: 9, ageAtOnset: 8 },
        findings: [{ id: 'heliotrope-rash', status: 'present' }],
      };
      const jo1 = demoCases[2]; // anti-Jo-1 antisynthetase myositis (polymyositis subgroup)
      for (const [doc, reason] of [
        [juvenile, 'juvenile'],
        [jo1, 'not-dermatomyositis'],
        [{ schemaVersion: '1.0' }, 'dermatomyositis-not-established'],
      ] as const) {
        const r = await post('', doc);
        expect(r.status).toBe(200);
        const p = r.body.cancerProbability as Record<string, unknown>;
        expect(p).toMatchObject({ status: 'not-applicable', reason });
        expect(p).not.toHaveProperty('posterior');
        expect(p).not.toHaveProperty('pretest');
      }
      const dm = minimalCase;
      const d = await post('?prior=0.25', dm);
      expect(d.body.cancerProbability).toMatchObject({
        status: 'estimated',
        pretest: 0.25,
        pretestSource: 'user',
        posterior: 0.25,
      });
      expect((await post('', dm)).body.cancerProbability).toMatchObject({
        pretest: 0.17,
        pretestSource: 'default',
      });
      const bad = await post('?prior=0.9', dm);
      expect(bad.status).toBe(422);
      expect((bad.body.issues as { path: string }[])[0]!.path).toBe('prior');
    });

    it('assesses a posted case; results match the engine and carry the engine version', async () => {
      const r = await app.request('/api/assess?asOf=2026-02-01', json('POST', benchCase));
      expect(r.status).toBe(200);
      const rep = (await r.json()) as {
        asOf: string;
        engine: { version: string };
        eularAcr2017: { category: string; model: string };
        bohanPeter1975: { category: string };
      };
      expect(rep.asOf).toBe('2026-02-01');
      expect(rep.eularAcr2017.model).toBe('biopsy');
      expect(rep.eularAcr2017.category).toBe('definite');
      expect(rep.bohanPeter1975.category).toBe('definite-dm');
      expect((await app.request('/api/assess?asOf=2026-02-30', json('POST', benchCase))).status).toBe(422);
    });

    it('the assessment body is exactly the JSON of the engine report, as UTF-8 with its byte length', async () => {
      const r = await app.request('/api/assess?asOf=2026-02-01', json('POST', benchCase));
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toBe('application/json');
      expect(r.headers.get('cache-control')).toBe('no-store');
      expect(r.headers.get('x-frame-options')).toBe('DENY');
      const bytes = new Uint8Array(await r.arrayBuffer());
      const expected = JSON.stringify(assessCase(parseCase(benchCase), { asOf: '2026-02-01' }));
      expect([...expected].some((ch) => ch.charCodeAt(0) > 0x7f)).toBe(true); // non-ASCII text (e.g. ≥, –) is in the report
      expect(Buffer.from(bytes).equals(Buffer.from(expected, 'utf8'))).toBe(true);
      // With warnings, they come last, as before.
      const withWarning = await app.request(
        '/api/assess?asOf=2026-02-01',
        json('POST', { ...minimalCase, strength: [{ group: 'proximal-upper', grade: '4' }] }),
      );
      const v = validateCase({ ...minimalCase, strength: [{ group: 'proximal-upper', grade: '4' }] });
      const text = await withWarning.text();
      expect(text).toBe(
        JSON.stringify({
          ...assessCase(v.case!, { asOf: '2026-02-01' }),
          ...(v.issues.length ? { warnings: v.issues } : {}),
        }),
      );
    });

    it('headlines on request: each computed section in one line, after the report; none by default', async () => {
      const r = await app.request('/api/assess?asOf=2026-02-01&headlines=true', json('POST', benchCase));
      expect(r.status).toBe(200);
      const report = assessCase(parseCase(benchCase), { asOf: '2026-02-01' });
      const body = (await r.json()) as Record<string, unknown>;
      expect(Object.keys(body)).toEqual([...Object.keys(report), 'headlines']);
      expect(body.headlines).toEqual(reportHeadlines(report));
      const h = body.headlines as Record<string, { code: string; probability?: { value: number } }>;
      expect(h.eularAcr2017!.code).toBe(required(report.eularAcr2017).category);
      expect(h.eularAcr2017!.probability!.value).toBe(required(report.eularAcr2017).probability);
      expect(Object.keys(h)).toEqual(
        Object.keys(report).filter((k) => !['engine', 'asOf', 'case'].includes(k)),
      );
      const plain = (await (
        await app.request('/api/assess?asOf=2026-02-01', json('POST', benchCase))
      ).json()) as object;
      expect(plain).not.toHaveProperty('headlines');
      expect((await app.request('/api/assess?headlines=yes', json('POST', benchCase))).status).toBe(422);
    });

    it('calculators: listed generically with inputs, evaluated with item values, bad items → 422 with paths', async () => {
      const list = (await (await app.request('/api/calc', get())).json()) as {
        items: { id: string; inputs: { id: string }[] }[];
      };
      expect(list.items.map((c) => c.id)).toEqual(
        expect.arrayContaining(['eular-acr-2017', 'bohan-peter-1975']),
      );
      expect(list.items.find((c) => c.id === 'eular-acr-2017')!.inputs.map((i) => i.id)).toContain(
        'heliotrope-rash',
      );
      const items = {
        'age-at-onset': 43,
        'heliotrope-rash': 'yes',
        'gottron-papules': 'yes',
        'proximal-weakness-upper': 'yes',
        'proximal-weakness-lower': 'yes',
        'elevated-muscle-enzymes': 'yes',
      };
      const r = await app.request('/api/calc/eular-acr-2017', json('POST', items));
      expect(r.status).toBe(200);
      const res = (await r.json()) as { score: number; category: string };
      // age ≥ 40 (2.1) + heliotrope (3.1) + Gottron papules (2.1) + upper (0.7) + lower (0.8) + enzymes (1.3)
      expect(res.score).toBe(10.1);
      expect(res.category).toBe('definite');
      const bad = await app.request(
        '/api/calc/eular-acr-2017',
        json('POST', { 'heliotrope-rash': 'maybe', nonsense: 'yes' }),
      );
      expect(bad.status).toBe(422);
      expect(((await bad.json()) as { issues: { path: string }[] }).issues.map((i) => i.path).sort()).toEqual(
        ['heliotrope-rash', 'nonsense'],
      );
      expect((await app.request('/api/calc/nope', json('POST', {}))).status).toBe(404);
    });

    it('roles: a viewer reads but cannot write; denied writes are audited', async () => {
      const c = (await (await app.request('/api/cases', json('POST', minimalCase))).json()) as { id: string };
      expect((await app.request(`/api/cases/${c.id}`, get(viewerToken))).status).toBe(200);
      const w = await app.request(`/api/cases/${c.id}`, {
        ...json('PUT', minimalCase, { 'If-Match': '"1"' }),
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${viewerToken}`,
          'If-Match': '"1"',
        },
      });
      expect(w.status).toBe(403);
      expect(
        (await store.audit.list({ resourceId: c.id })).some(
          (a) => a.action === 'case.update' && a.outcome === 'denied',
        ),
      ).toBe(true);
      expect((await app.request('/api/users', get())).status).toBe(403);
    });

    it('authentication: no credentials → 401; bad token → 401; cookie writes need the CSRF token', async () => {
      expect((await app.request('/api/cases')).status).toBe(401);
      expect((await app.request('/api/cases', get('hlt_wrong'))).status).toBe(401);
      const s = await login(app, 'clin', 'clinician-pass');
      const body = JSON.stringify(minimalCase);
      const noCsrf = await app.request('/api/cases', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: s.cookie },
        body,
      });
      expect(noCsrf.status).toBe(403);
      const ok = await app.request('/api/cases', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: s.cookie, 'X-CSRF-Token': s.csrf },
        body,
      });
      expect(ok.status).toBe(201);
      const out = await app.request('/api/auth/logout', {
        method: 'POST',
        headers: { Cookie: s.cookie, 'X-CSRF-Token': s.csrf },
      });
      expect(out.status).toBe(204);
      expect((await app.request('/api/cases', { headers: { Cookie: s.cookie } })).status).toBe(401);
      const cross = await app.request('http://localhost/api/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
        body: JSON.stringify({ username: 'clin', password: 'clinician-pass' }),
      });
      expect(cross.status).toBe(403);
      const proxied = await app.request('http://heliotrope.example/api/auth/login', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Origin: 'https://heliotrope.example',
          'X-Forwarded-Proto': 'https',
        },
        body: JSON.stringify({ username: 'clin', password: 'clinician-pass' }),
      });
      expect(proxied.status).toBe(200);
    });

    it('cookies are Secure behind a TLS proxy', async () => {
      const r = await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-Proto': 'https' },
        body: JSON.stringify({ username: 'clin', password: 'clinician-pass' }),
      });
      expect(r.headers.get('set-cookie')).toMatch(/; Secure/);
    });

    it('admin manages users; new users can log in with their role', async () => {
      const s = await login(app, 'boss', 'admin-pass12');
      const h = { 'Content-Type': 'application/json', Cookie: s.cookie, 'X-CSRF-Token': s.csrf };
      const r = await app.request('/api/users', {
        method: 'POST',
        headers: h,
        body: JSON.stringify({ username: 'newbie', password: 'short', role: 'viewer' }),
      });
      expect(r.status).toBe(422);
      expect(((await r.json()) as { issues: { path: string }[] }).issues[0]!.path).toBe('password');
      const ok = await app.request('/api/users', {
        method: 'POST',
        headers: h,
        body: JSON.stringify({ username: 'newbie', password: 'long-enough-1', role: 'viewer' }),
      });
      expect(ok.status).toBe(201);
      const dup = await app.request('/api/users', {
        method: 'POST',
        headers: h,
        body: JSON.stringify({ username: 'newbie', password: 'long-enough-1', role: 'viewer' }),
      });
      expect(dup.status).toBe(409);
      await login(app, 'newbie', 'long-enough-1');
      const me = (await (
        await app.request('/api/auth/session', { headers: { Cookie: s.cookie } })
      ).json()) as { user: { id: string } };
      const self = await app.request(`/api/users/${me.user.id}`, {
        method: 'PATCH',
        headers: h,
        body: JSON.stringify({ disabled: true }),
      });
      expect(self.status).toBe(409);
      expect((await app.request('/api/audit', { headers: { Cookie: s.cookie } })).status).toBe(200);
    });
  });
}

describe('HTTP API (SQLite only: limits, headers, probes, extraction hook)', () => {
  let db: Db;
  let store: Store;
  beforeEach(async () => {
    db = await testBackends[0]!.open();
    store = new Store(db);
    await store.accounts.createUser('clin', await hashPassword('clinician-pass'), 'clinician');
  });
  afterEach(async () => {
    await db.close();
  });

  it('rate-limits failed logins per client and user name', async () => {
    let t = 0;
    const app = createApp({
      store,
      loginLimiter: new StoredAttemptLimiter(
        store.attempts,
        'login',
        { maxFailures: 3, windowMs: 60_000 },
        () => t,
      ),
    });
    const attempt = (password: string) =>
      app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'clin', password }),
      });
    for (let i = 0; i < 3; i++) expect((await attempt('wrong')).status).toBe(401);
    const limited = await attempt('clinician-pass');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBe(60);
    t = 60_001;
    expect((await attempt('clinician-pass')).status).toBe(200);
  });

  it('security headers, no-store on the API, probes, OpenAPI, body limit, unknown endpoint', async () => {
    const app = createApp({ store, maxBodyBytes: 1000 });
    const h = await app.request('/api/health');
    expect(h.status).toBe(200);
    expect(h.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(h.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(h.headers.get('x-content-type-options')).toBe('nosniff');
    expect(h.headers.get('x-frame-options')).toBe('DENY');
    expect(h.headers.get('cache-control')).toBe('no-store');
    expect(await (await app.request('/api/ready')).json()).toMatchObject({
      status: 'ready',
      database: 'sqlite',
    });
    const spec = (await (await app.request('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/cases',
        '/api/assess',
        '/api/calc/eular-acr-2017',
        '/api/calc/bohan-peter-1975',
        '/api/extract',
      ]),
    );
    const big = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'x', password: 'y'.repeat(5000) }),
    });
    expect(big.status).toBe(413);
    const declared = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': '5000' },
      body: JSON.stringify({ username: 'x', password: 'y' }),
    });
    expect(declared.status).toBe(413);
    expect((await app.request('/api/nothing-here')).status).toBe(401);
    const notReady = createApp({ store, ready: () => false });
    expect((await notReady.request('/api/ready')).status).toBe(503);
  });

  it('internal errors are 500 problems without stack traces; logs carry no patient data', async () => {
    const lines: string[] = [];
    const logger = {
      log: (level: string, msg: string, f?: Record<string, unknown>) =>
        void lines.push(JSON.stringify({ level, msg, ...f })),
    };
    const app = createApp({
      store,
      logger,
      extract: () => {
        throw new Error('secret internals at /srv/x.ts:12');
      },
    });
    const s = await login(app, 'clin', 'clinician-pass');
    const r = await app.request('/api/extract?name=Jane', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: s.cookie, 'X-CSRF-Token': s.csrf },
      body: JSON.stringify({ text: 'Mrs Jane Doe has a heliotrope rash' }),
    });
    expect(r.status).toBe(500);
    const text = await r.text();
    expect(text).not.toMatch(/secret|x\.ts|at /);
    expect(lines.join('\n')).not.toMatch(/Jane|heliotrope rash|secret/);
    expect(lines.some((l) => l.includes('"path":"/api/extract"') && l.includes('"status":500'))).toBe(true);
  });

  it('extraction: 501 without the hook; with it, the draft case is validated and its evidence spans returned', async () => {
    const without = createApp({ store });
    const s = await login(without, 'clin', 'clinician-pass');
    const h = { 'Content-Type': 'application/json', Cookie: s.cookie, 'X-CSRF-Token': s.csrf };
    const r = await without.request('/api/extract', {
      method: 'POST',
      headers: h,
      body: JSON.stringify({ text: 'note' }),
    });
    expect(r.status).toBe(501);
    const caps = (await (await without.request('/api/capabilities', { headers: h })).json()) as {
      extract: boolean;
    };
    expect(caps.extract).toBe(false);
    const text = 'Violaceous heliotrope rash. CK 2000.';
    const app = createApp({
      store,
      extract: (t) => ({
        case: {
          schemaVersion: '1.0',
          findings: [
            {
              id: 'heliotrope-rash',
              status: 'present',
              evidence: [{ spans: [{ start: 11, end: 26, text: t.slice(11, 26) }] }],
            },
          ],
        },
      }),
    });
    const ok = await app.request('/api/extract', {
      method: 'POST',
      headers: h,
      body: JSON.stringify({ text }),
    });
    expect(ok.status).toBe(200);
    const out = (await ok.json()) as { valid: boolean; highlights: { path: string; text: string }[] };
    expect(out.valid).toBe(true);
    expect(out.highlights).toEqual([{ path: 'findings[0]', start: 11, end: 26, text: 'heliotrope rash' }]);
  });

  it('extraction with the real pipeline: a synthetic note gives a valid draft case whose spans point into the text', async () => {
    const app = createApp({ store, extract: narrativeExtraction });
    const s = await login(app, 'clin', 'clinician-pass');
    const h = { 'Content-Type': 'application/json', Cookie: s.cookie, 'X-CSRF-Token': s.csrf };
    const text =
      'A 58-year-old man presented with a 3-week history of weakness of the shoulders and hips (MRC 4/5) and a violaceous rash of both upper eyelids. CK 1450 U/L (normal range 30-200 U/L). Anti-Jo1 antibody negative. He denied dysphagia.';
    const r = await app.request('/api/extract', {
      method: 'POST',
      headers: h,
      body: JSON.stringify({ text }),
    });
    expect(r.status).toBe(200);
    const out = (await r.json()) as {
      valid: boolean;
      case: {
        patient: { age?: number; sex?: string };
        findings: { id: string; status: string }[];
        labs: { analyte: string; value: number }[];
      };
      highlights: { start: number; end: number; text: string }[];
    };
    expect(out.valid).toBe(true);
    expect(out.case.patient).toMatchObject({ age: 58, sex: 'male' });
    expect(out.case.findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'dysphagia', status: 'absent' })]),
    );
    expect(out.case.labs).toEqual(
      expect.arrayContaining([expect.objectContaining({ analyte: 'CK', value: 1450 })]),
    );
    expect(out.highlights.length).toBeGreaterThan(3);
    for (const hl of out.highlights) expect(text.slice(hl.start, hl.end)).toBe(hl.text);
  });

  it('first start creates one admin and the demo cases, once', async () => {
    const said: string[] = [];
    await bootstrap(store, { demo: true }, (l) => said.push(l));
    // a user already exists in this test, so nothing happens
    expect(said).toEqual([]);
    const db2 = await testBackends[0]!.open();
    const s2 = new Store(db2);
    await bootstrap(s2, { demo: true }, (l) => said.push(l));
    await bootstrap(s2, { demo: true }, (l) => said.push(l));
    expect(said).toHaveLength(2);
    expect(said[0]).toMatch(/password [A-Za-z0-9_-]{20,}/);
    const list = await s2.cases.list();
    expect(list.total).toBeGreaterThanOrEqual(5);
    expect(list.items.every((i) => typeof i.summary.eularCategory === 'string')).toBe(true);
    await db2.close();
  });
});
