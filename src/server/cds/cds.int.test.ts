import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle } from '@medplum/fhirtypes';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../../../test/db.js';
import { discoveryProblems, requestProblems, responseProblems } from '../../../test/cds-conformance.js';
import { startFhirServer, type TestFhirServer } from '../../../test/fhir-server.js';
import { parseCase } from '../../case/validate.js';
import { CDS_SERVICES } from '../../cds/services.js';
import type { CdsCard, CdsResponse } from '../../cds/types.js';
import { caseToFhir } from '../../fhir/from-case.js';
import { demoCases } from '../demo-cases.js';
import type { Db } from '../../store/db.js';
import { Store } from '../../store/store.js';
import { createApp } from '../app.js';
import { hashPassword } from '../auth.js';
import type { CdsConfig } from './config.js';
import { CdsWorkerPool } from './pool.js';

type Json = Record<string, unknown>;
const ISS = 'https://ehr.example.org';
const PUBLIC = 'https://heliotrope.test';
const FHIR_TOKEN = 'opaque-fhir-token-1';

/** The record as an EHR holds it: caseToFhir, with treatments as MedicationRequests. */
function ehrResources(doc: unknown, patientId: string): Json[] {
  const b = caseToFhir(parseCase(doc, patientId), { patientId });
  return b.entry!.map((e) => {
    const r = e.resource as unknown as Json;
    if (r.resourceType !== 'MedicationStatement') return r;
    const period = (r.effectivePeriod ?? {}) as Json;
    return {
      resourceType: 'MedicationRequest',
      id: r.id,
      ...(r.identifier ? { identifier: r.identifier } : {}),
      ...(r.extension ? { extension: r.extension } : {}),
      status: r.status === 'completed' ? 'completed' : 'active',
      intent: 'order',
      medicationCodeableConcept: r.medicationCodeableConcept,
      subject: r.subject,
      ...(period.start ? { authoredOn: period.start } : {}),
      ...(r.reasonCode ? { reasonCode: r.reasonCode } : {}),
      ...(r.dosage ? { dosageInstruction: r.dosage } : {}),
      ...(period.end
        ? { dispenseRequest: { validityPeriod: { start: period.start, end: period.end } } }
        : {}),
    };
  });
}

const lms = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../monitoring/__fixtures__/leiomyosarcoma-course.json'), 'utf8'),
) as unknown;
const records: Json[] = [
  ...ehrResources(demoCases[1], 'p-screen'),
  ...ehrResources(lms, 'p-flare'),
  // A patient without myositis (as most of a hospital's are).
  { resourceType: 'Patient', id: 'p-none', gender: 'male', birthDate: '1970-03-04' },
  {
    resourceType: 'Observation',
    id: 'bp-1',
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: '29463-7', display: 'Body weight' }] },
    subject: { reference: 'Patient/p-none' },
    effectiveDateTime: '2026-01-02',
    valueQuantity: { value: 81, unit: 'kg', system: 'http://unitsofmeasure.org', code: 'kg' },
  },
  // Dosing data of the chemotherapy patient.
  { resourceType: 'Patient', id: 'p-chemo', gender: 'female', birthDate: '1963-06-01' },
  ...[
    ['h1', '8302-2', 'Body height', 165, 'cm'],
    ['w1', '29463-7', 'Body weight', 60, 'kg'],
    ['c1', '2160-0', 'Creatinine [Mass/volume] in Serum or Plasma', 0.8, 'mg/dL'],
  ].map(([id, code, display, value, unit]) => ({
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code, display }] },
    subject: { reference: 'Patient/p-chemo' },
    effectiveDateTime: '2026-01-10',
    valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
  })),
];

/** The prefetch a CDS client would send for a service and patient (from the same records). */
function prefetchFor(serviceId: string, patientId: string): Json {
  const svc = CDS_SERVICES.find((s) => s.id === serviceId)!;
  const out: Json = {};
  for (const [key, tpl] of Object.entries(svc.prefetch ?? {})) {
    if (tpl.startsWith('Patient/')) {
      out[key] = records.find((r) => r.resourceType === 'Patient' && r.id === patientId) ?? null;
      continue;
    }
    const type = tpl.split('?')[0]!;
    const codes = /code=([^&]+)/
      .exec(tpl)?.[1]
      ?.split(',')
      .map((c) => c.split('|')[1]);
    const hits = records.filter(
      (r) =>
        r.resourceType === type &&
        ((r.subject ?? r.patient) as Json | undefined)?.reference === `Patient/${patientId}` &&
        (!codes || ((r.code as Json).coding as Json[]).some((c) => codes.includes(String(c.code)))),
    );
    out[key] = hits.length
      ? { resourceType: 'Bundle', type: 'searchset', entry: hits.map((resource) => ({ resource })) }
      : null;
  }
  return out;
}

for (const backend of testBackends) {
  describe(`CDS Hooks service on ${backend.name}`, () => {
    let fhir: TestFhirServer;
    let privateKey: CryptoKey;
    let otherKey: CryptoKey;
    let jwk: JWK;
    let db: Db;
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let config: CdsConfig;

    beforeAll(async () => {
      const kp = await generateKeyPair('ES384', { extractable: true });
      privateKey = kp.privateKey;
      otherKey = (await generateKeyPair('ES384')).privateKey;
      jwk = { ...(await exportJWK(kp.publicKey)), kid: 'ehr-key-1', alg: 'ES384', use: 'sig' };
      fhir = await startFhirServer(records, { token: FHIR_TOKEN, jwks: { keys: [jwk] }, pageSize: 25 });
    });
    afterAll(() => fhir.close());

    beforeEach(async () => {
      db = await backend.open();
      store = new Store(db);
      config = {
        issuers: [{ iss: ISS, jwksUrl: `${fhir.origin}/jwks.json` }],
        allowUnsigned: false,
        publicBaseUrl: PUBLIC,
        corsOrigins: ['https://sandbox.cds-hooks.org'],
        fhirTimeoutMs: 3000,
        snapshotHours: 24,
      };
      app = createApp({ store, today: () => '2026-01-15', cds: config });
      fhir.requests.length = 0;
    });
    afterEach(() => db.close());

    const sign = (
      aud: string,
      o: { key?: CryptoKey; iss?: string; jti?: string; header?: Json; exp?: string | number } = {},
    ) =>
      new SignJWT({ tenant: 'hospital-1' })
        .setProtectedHeader({
          alg: 'ES384',
          typ: 'JWT',
          kid: 'ehr-key-1',
          jku: `${fhir.origin}/jwks.json`,
          ...(o.header ?? {}),
        })
        .setIssuer(o.iss ?? ISS)
        .setAudience(aud)
        .setIssuedAt()
        .setExpirationTime(o.exp ?? '5m')
        .setJti(o.jti ?? randomUUID())
        .sign(o.key ?? privateKey);
    const call = async (serviceId: string, body: Json, token?: string) =>
      app.request(`/cds-services/${serviceId}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token !== undefined ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
    const aud = (path: string) => `${PUBLIC}/cds-services${path}`;
    const patientView = (patientId: string, extra: Json = {}): Json => ({
      hook: 'patient-view',
      hookInstance: randomUUID(),
      context: { userId: 'Practitioner/dr-1', patientId },
      ...extra,
    });

    /** A signed patient-view call with the full prefetch of a patient; the parsed cards. */
    const viewWithPrefetch = async (patientId: string) =>
      (await (
        await call(
          'heliotrope-patient-view',
          patientView(patientId, { prefetch: prefetchFor('heliotrope-patient-view', patientId) }),
          await sign(aud('/heliotrope-patient-view')),
        )
      ).json()) as CdsResponse;

    it('discovery lists the services with prefetch templates, and conforms to CDS Hooks 2.0', async () => {
      const r = await app.request('/cds-services', {
        headers: { Authorization: `Bearer ${await sign(aud(''))}` },
      });
      expect(r.status).toBe(200);
      const body = (await r.json()) as { services: { id: string; hook: string; prefetch: Json }[] };
      expect(discoveryProblems(body)).toEqual([]);
      expect(body.services.map((s) => s.hook)).toEqual(['patient-view', 'order-select']);
      expect(Object.keys(body.services[0]!.prefetch)).toEqual(
        expect.arrayContaining([
          'patient',
          'conditions',
          'observations',
          'medications',
          'reports',
          'familyHistory',
        ]),
      );
    });

    it('patient-view with prefetch: cards in a clinician’s words, no call to the FHIR server', async () => {
      const req = patientView('p-screen', { prefetch: prefetchFor('heliotrope-patient-view', 'p-screen') });
      expect(requestProblems(req)).toEqual([]);
      const r = await call('heliotrope-patient-view', req, await sign(aud('/heliotrope-patient-view')));
      expect(r.status).toBe(200);
      const body = (await r.json()) as CdsResponse;
      expect(responseProblems(body)).toEqual([]);
      expect(fhir.requests.filter((q) => q.url.startsWith('/fhir/'))).toEqual([]);
      const summaries = body.cards.map((c) => c.summary);
      expect(summaries[0]).toMatch(
        /^Possible IIM — 2017 EULAR\/ACR \d+ %; unknown items could make it Definite IIM$/,
      );
      const screening = body.cards.find((c) => c.summary.startsWith('High cancer risk (IMACS 2023)'))!;
      expect(screening.summary).toMatch(/enhanced screening overdue — CT neck\/chest\/abdomen\/pelvis/);
      expect(screening.indicator).toBe('warning');
      expect(screening.source.url).toBe('https://doi.org/10.1038/s41584-023-01045-w');
      const ct = screening.suggestions!.find((s) => s.label.includes('CT neck'))!;
      const sr = ct.actions![0]!.resource as Json;
      expect(sr.resourceType).toBe('ServiceRequest');
      expect((sr.subject as Json).reference).toBe('Patient/p-screen');
      // Every card links back to Heliotrope and offers override reasons with displays.
      for (const c of body.cards) {
        expect(c.uuid).toMatch(/^[0-9a-f-]{36}$/);
        expect(c.links![0]!.url).toMatch(new RegExp(`^${PUBLIC}/cds/[A-Za-z0-9_-]+$`));
        expect(c.overrideReasons!.every((o) => o.display)).toBe(true);
      }
    });

    it('patient-view without prefetch fetches from fhirServer with the access token, and gives the same cards', async () => {
      const withPrefetch = await viewWithPrefetch('p-flare');
      const req = patientView('p-flare', {
        fhirServer: fhir.base,
        fhirAuthorization: {
          access_token: FHIR_TOKEN,
          token_type: 'Bearer',
          expires_in: 300,
          scope: 'patient/*.read',
          subject: 'heliotrope',
        },
      });
      expect(requestProblems(req)).toEqual([]);
      const r = await call('heliotrope-patient-view', req, await sign(aud('/heliotrope-patient-view')));
      expect(r.status).toBe(200);
      const body = (await r.json()) as CdsResponse;
      expect(responseProblems(body)).toEqual([]);
      const fetched = fhir.requests.filter((q) => q.url.startsWith('/fhir/'));
      expect(fetched.length).toBeGreaterThanOrEqual(6);
      expect(fetched.every((q) => q.authorization === `Bearer ${FHIR_TOKEN}`)).toBe(true);
      expect(fetched.some((q) => q.url.includes('_page=2'))).toBe(true); // paging followed
      const strip = (cs: CdsCard[]) => cs.map((c) => [c.summary, c.indicator]);
      expect(strip(body.cards)).toEqual(strip(withPrefetch.cards));
      expect(body.cards.map((c) => c.summary)).toContain(
        'Myositis flare with a known cancer: consider re-staging',
      );
    });

    it('a patient without myositis gets no card', async () => {
      const r = await call(
        'heliotrope-patient-view',
        patientView('p-none', { prefetch: prefetchFor('heliotrope-patient-view', 'p-none') }),
        await sign(aud('/heliotrope-patient-view')),
      );
      expect(r.status).toBe(200);
      expect(await r.json()).toEqual({ cards: [] });
    });

    it('answers without the optional family-history prefetch (no FHIR access), the family history unknown', async () => {
      const partial = prefetchFor('heliotrope-patient-view', 'p-screen');
      const full = await call(
        'heliotrope-patient-view',
        patientView('p-screen', { prefetch: partial }),
        await sign(aud('/heliotrope-patient-view')),
      );
      delete partial.familyHistory;
      const r = await call(
        'heliotrope-patient-view',
        patientView('p-screen', { prefetch: partial }),
        await sign(aud('/heliotrope-patient-view')),
      );
      expect(r.status).toBe(200);
      const cards = ((await r.json()) as { cards: unknown[] }).cards;
      expect(cards.length).toBeGreaterThan(0);
      expect(cards.length).toBe(((await full.json()) as { cards: unknown[] }).cards.length);
    });

    it('412 when it can neither prefetch nor fetch', async () => {
      const partial = prefetchFor('heliotrope-patient-view', 'p-screen');
      delete partial.observations;
      const r = await call(
        'heliotrope-patient-view',
        patientView('p-screen', { prefetch: partial }),
        await sign(aud('/heliotrope-patient-view')),
      );
      expect(r.status).toBe(412);
      expect(((await r.json()) as { detail: string }).detail).toMatch(/observations/);
      // A FHIR server that refuses the token is a 412 too.
      const r2 = await call(
        'heliotrope-patient-view',
        patientView('p-screen', {
          fhirServer: fhir.base,
          fhirAuthorization: {
            access_token: 'wrong',
            token_type: 'Bearer',
            expires_in: 60,
            scope: 'x',
            subject: 'y',
          },
        }),
        await sign(aud('/heliotrope-patient-view')),
      );
      expect(r2.status).toBe(412);
      expect(((await r2.json()) as { detail: string }).detail).toMatch(/answered 401/);
    });

    it('refuses calls without a valid JWT, and audits the refusal', async () => {
      const body = patientView('p-screen', { prefetch: prefetchFor('heliotrope-patient-view', 'p-screen') });
      const svc = '/heliotrope-patient-view';
      const cases: [string, string | undefined, RegExp][] = [
        ['no token', undefined, /signed JWT/],
        ['not a JWT', 'abc.def', /not a JWT/],
        ['wrong audience', await sign(aud('/other')), /aud/],
        ['untrusted issuer', await sign(aud(svc), { iss: 'https://evil.example' }), /not a trusted/],
        ['foreign jku', await sign(aud(svc), { header: { jku: 'https://evil.example/jwks' } }), /jku/],
        ['wrong key', await sign(aud(svc), { key: otherKey }), /signature/],
        ['expired', await sign(aud(svc), { exp: Math.floor(Date.now() / 1000) - 3600 }), /expired|exp/],
      ];
      for (const [what, token, msg] of cases) {
        const r = await call('heliotrope-patient-view', body, token);
        expect(r.status, what).toBe(401);
        expect(((await r.json()) as { detail: string }).detail, what).toMatch(msg);
      }
      const hs = await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256', kid: 'ehr-key-1', typ: 'JWT' })
        .setIssuer(ISS)
        .setAudience(aud(svc))
        .setIssuedAt()
        .setExpirationTime('5m')
        .setJti(randomUUID())
        .sign(new TextEncoder().encode('a-shared-secret-of-32-bytes-long!'));
      expect((await call('heliotrope-patient-view', body, hs)).status).toBe(401);
      // A token is accepted once.
      const once = await sign(aud(svc));
      expect((await call('heliotrope-patient-view', body, once)).status).toBe(200);
      const replay = await call('heliotrope-patient-view', body, once);
      expect(replay.status).toBe(401);
      expect(((await replay.json()) as { detail: string }).detail).toMatch(/already used/);
      const audit = await store.audit.list({ limit: 100 });
      expect(
        audit.filter((a) => a.action === 'cds.call' && a.outcome === 'denied').length,
      ).toBeGreaterThanOrEqual(8);
      expect(audit.filter((a) => a.action === 'cds.call' && a.outcome === 'ok')).toHaveLength(1);
    });

    it('sandbox mode accepts unsigned calls only when configured', async () => {
      const sandbox = createApp({
        store,
        today: () => '2026-01-15',
        cds: { ...config, allowUnsigned: true },
      });
      const r = await sandbox.request('/cds-services/heliotrope-patient-view', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(
          patientView('p-screen', { prefetch: prefetchFor('heliotrope-patient-view', 'p-screen') }),
        ),
      });
      expect(r.status).toBe(200);
    });

    it('feedback is stored and audited; malformed feedback is refused', async () => {
      const res = await viewWithPrefetch('p-screen');
      const screening = res.cards.find((c) => c.suggestions)!;
      const fb = {
        feedback: [
          {
            card: screening.uuid,
            outcome: 'accepted',
            acceptedSuggestions: [{ id: screening.suggestions![0]!.uuid }],
            outcomeTimestamp: '2026-01-15T10:00:00Z',
          },
          {
            card: res.cards[0]!.uuid,
            outcome: 'overridden',
            overrideReason: { reason: res.cards[0]!.overrideReasons![0], userComment: 'seen last week' },
            outcomeTimestamp: '2026-01-15T10:01:00Z',
          },
        ],
      };
      const r = await app.request('/cds-services/heliotrope-patient-view/feedback', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${await sign(aud('/heliotrope-patient-view/feedback'))}`,
        },
        body: JSON.stringify(fb),
      });
      expect(r.status).toBe(200);
      const stored = await store.cds.listFeedback();
      expect(stored.map((s) => [s.cardUuid, s.outcome])).toEqual([
        [res.cards[0]!.uuid, 'overridden'],
        [screening.uuid, 'accepted'],
      ]);
      expect(stored[0]!.overrideReason!.code).toBe(res.cards[0]!.overrideReasons![0]!.code);
      expect(stored[0]!.clientIss).toBe(ISS);
      expect(stored[0]!.clientTenant).toBe('hospital-1');
      expect(stored[1]!.acceptedSuggestions).toEqual([screening.suggestions![0]!.uuid]);
      const audit = await store.audit.list({});
      expect(audit.find((a) => a.action === 'cds.feedback')!.detail).toMatchObject({ items: 2 });

      const bad = await app.request('/cds-services/heliotrope-patient-view/feedback', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${await sign(aud('/heliotrope-patient-view/feedback'))}`,
        },
        body: JSON.stringify({
          feedback: [{ card: 'x', outcome: 'accepted', outcomeTimestamp: 'yesterday' }],
        }),
      });
      expect(bad.status).toBe(422);
      const p = (await bad.json()) as { issues: { path: string }[] };
      expect(p.issues.map((i) => i.path).sort()).toEqual([
        'feedback[0].acceptedSuggestions',
        'feedback[0].outcomeTimestamp',
      ]);
    });

    it('the card link opens the record behind it for a signed-in user (audited)', async () => {
      const res = await viewWithPrefetch('p-screen');
      const id = res.cards[0]!.links![0]!.url.split('/cds/')[1]!;
      expect((await app.request(`/api/fhir/snapshots/${id}`)).status).toBe(401);
      await store.accounts.createUser('dr', await hashPassword('doctor-password'), 'viewer');
      const login = await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'dr', password: 'doctor-password' }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
      const r = await app.request(`/api/fhir/snapshots/${id}`, { headers: { Cookie: cookie } });
      expect(r.status).toBe(200);
      const snap = (await r.json()) as {
        case: { patient: { sex: string } };
        issues: unknown[];
        provenance: unknown[];
      };
      expect(snap.case.patient.sex).toBe(parseCase(demoCases[1], 'd').patient.sex);
      expect(snap.provenance.length).toBeGreaterThan(0);
      expect((await store.audit.list({})).some((a) => a.action === 'cds.snapshot.read')).toBe(true);
      expect(
        (await app.request('/api/fhir/snapshots/unknown-snapshot-id-0', { headers: { Cookie: cookie } }))
          .status,
      ).toBe(404);
    });

    it('order-select: a carboplatin dose off the Calvert dose gets a suggestion; the right dose gets no card', async () => {
      const order = (mg: number) => ({
        resourceType: 'MedicationRequest',
        id: 'carbo-1',
        status: 'draft',
        intent: 'order',
        medicationCodeableConcept: { text: 'Carboplatin 10 mg/mL injection' },
        subject: { reference: 'Patient/p-chemo' },
        dosageInstruction: [
          {
            text: 'AUC 5 IV over 60 min, day 1 every 21 days',
            doseAndRate: [
              { doseQuantity: { value: mg, unit: 'mg', system: 'http://unitsofmeasure.org', code: 'mg' } },
            ],
          },
        ],
      });
      const req = (mg: number): Json => ({
        hook: 'order-select',
        hookInstance: randomUUID(),
        context: {
          userId: 'Practitioner/dr-1',
          patientId: 'p-chemo',
          selections: ['MedicationRequest/carbo-1'],
          draftOrders: {
            resourceType: 'Bundle',
            type: 'collection',
            entry: [{ resource: order(mg) }],
          } as Bundle,
        },
        prefetch: prefetchFor('heliotrope-order-select', 'p-chemo'),
      });
      const svc = '/heliotrope-order-select';
      const r = await call('heliotrope-order-select', req(600), await sign(aud(svc)));
      expect(r.status).toBe(200);
      const body = (await r.json()) as CdsResponse;
      expect(responseProblems(body)).toEqual([]);
      // Female, 62 y, 60 kg, SCr 0.8 mg/dL → CrCl 69.1 mL/min → AUC 5: 5 × (69.1 + 25) = 470 mg.
      expect(body.cards).toHaveLength(1);
      expect(body.cards[0]!.summary).toBe('Carboplatin 600 mg ordered; Calvert (AUC 5) gives 470 mg');
      expect(body.cards[0]!.indicator).toBe('warning');
      const action = body.cards[0]!.suggestions![0]!.actions![0]!;
      expect(action.type).toBe('update');
      const updated = action.resource as {
        dosageInstruction: { doseAndRate: { doseQuantity: { value: number } }[] }[];
      };
      expect(updated.dosageInstruction[0]!.doseAndRate[0]!.doseQuantity.value).toBe(470);
      const ok = await call('heliotrope-order-select', req(470), await sign(aud(svc)));
      expect(await ok.json()).toEqual({ cards: [] });
    });

    it('CORS: a browser client of an allowed origin gets the preflight answered', async () => {
      const r = await app.request('/cds-services/heliotrope-patient-view', {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://sandbox.cds-hooks.org',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type',
        },
      });
      expect(r.status).toBe(204);
      expect(r.headers.get('access-control-allow-origin')).toBe('https://sandbox.cds-hooks.org');
      const other = await app.request('/cds-services/heliotrope-patient-view', {
        method: 'OPTIONS',
        headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
      });
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('malformed requests are 422 with the field paths', async () => {
      const r = await call(
        'heliotrope-patient-view',
        { hook: 'order-select', context: {}, fhirAuthorization: { access_token: 'x' } },
        await sign(aud('/heliotrope-patient-view')),
      );
      expect(r.status).toBe(422);
      const p = (await r.json()) as { issues: { path: string }[] };
      const paths = p.issues.map((i) => i.path);
      expect(paths).toEqual(
        expect.arrayContaining(['hookInstance', 'fhirServer', 'fhirAuthorization.token_type']),
      );
    });

    it('with compute threads: the same cards, snapshot, audit and errors as on the event loop', async () => {
      const pool = new CdsWorkerPool(1);
      try {
        const threaded = createApp({ store, today: () => '2026-01-15', cds: config, cdsWorkers: pool });
        const send = async (target: ReturnType<typeof createApp>, body: string) =>
          target.request('/cds-services/heliotrope-patient-view', {
            method: 'POST',
            headers: {
              'Content-Type': 'application/json',
              Authorization: `Bearer ${await sign(aud('/heliotrope-patient-view'))}`,
            },
            body,
          });
        const req = JSON.stringify(
          patientView('p-flare', { prefetch: prefetchFor('heliotrope-patient-view', 'p-flare') }),
        );
        const [a, b] = [await send(app, req), await send(threaded, req)];
        expect([a.status, b.status]).toEqual([200, 200]);
        expect(pool.completed).toBe(1);
        const cardsOf = async (r: Response) => ((await r.json()) as CdsResponse).cards;
        const [ca, cb] = [await cardsOf(a), await cardsOf(b)];
        expect(responseProblems({ cards: cb })).toEqual([]);
        expect(cb.length).toBeGreaterThan(0);
        // Same cards but for the fresh uuids and snapshot links.
        const strip = (cards: CdsCard[]) =>
          JSON.parse(
            JSON.stringify(cards)
              .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'uuid')
              .replace(/\/cds\/[A-Za-z0-9_-]+/g, '/cds/id'),
          ) as unknown;
        expect(strip(cb)).toEqual(strip(ca));
        // The record behind the link is the same import as on the event loop.
        const snap = async (cards: CdsCard[]) =>
          (await store.cds.getSnapshot(cards[0]!.links![0]!.url.split('/cds/')[1]!))!.data as Json;
        expect(await snap(cb)).toEqual(await snap(ca));
        const audit = (await store.audit.list({})).filter((x) => x.action === 'cds.call');
        expect(audit).toHaveLength(2);
        expect({ ...audit[0]!.detail, cards: [] }).toEqual({ ...audit[1]!.detail, cards: [] });
        // Errors raised on the thread are the same problem documents.
        for (const bad of ['{"hook": ', JSON.stringify({ hook: 'order-select', context: {} })]) {
          const [x, y] = [await send(app, bad), await send(threaded, bad)];
          expect(y.status).toBe(x.status);
          expect(await y.json()).toEqual(await x.json());
        }
        // A call whose prefetch is incomplete comes back to the event loop: fetched, or refused with 412.
        const partial = prefetchFor('heliotrope-patient-view', 'p-flare');
        delete partial.observations;
        const r412 = await send(threaded, JSON.stringify(patientView('p-flare', { prefetch: partial })));
        expect(r412.status).toBe(412);
        const fetched = await send(
          threaded,
          JSON.stringify(
            patientView('p-flare', {
              fhirServer: fhir.base,
              fhirAuthorization: {
                access_token: FHIR_TOKEN,
                token_type: 'Bearer',
                expires_in: 300,
                scope: 'patient/*.read',
                subject: 'heliotrope',
              },
            }),
          ),
        );
        expect(fetched.status).toBe(200);
        expect(strip(await cardsOf(fetched))).toEqual(strip(ca));
      } finally {
        await pool.destroy();
      }
    });
  });
}
