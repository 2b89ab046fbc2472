import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/db.js';
import { assessCase } from '../assess/assess.js';
import { applyMerge, type MergeChange } from '../case/merge.js';
import { validateCase } from '../case/validate.js';
import type { Db } from '../store/db.js';
import { Store } from '../store/store.js';
import { createApp } from './app.js';
import { hashPassword, newToken, tokenHash } from './auth.js';
import { demoCases } from './demo-cases.js';
import { narrativeExtraction } from './extract-hook.js';

const LETTER = 'Follow-up letter: CK today was 900 U/L (normal < 170). She reports mild dysphagia.';

describe('merging an extraction into a recorded case (issue 11: Demo 3)', () => {
  let db: Db;
  let app: ReturnType<typeof createApp>;
  let token: string;
  beforeEach(async () => {
    db = await testBackends[0]!.open();
    const store = new Store(db);
    const u = await store.accounts.createUser('clin', await hashPassword('clinician-pass'), 'clinician');
    app = createApp({ store, extract: narrativeExtraction, today: () => '2026-01-15' });
    token = newToken('hlt_');
    await store.accounts.createApiToken({ tokenHash: tokenHash(token), userId: u.id, name: 't' });
  });
  afterEach(async () => db.close());

  it('the plan adds the dysphagia and the new CK, keeps everything recorded, and the result stays Definite', async () => {
    const demo3 = validateCase(demoCases.find((d) => d.title?.startsWith('Demo 3'))).case!;
    const r = await app.request('/api/extract', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ text: LETTER, base: demo3 }),
    });
    expect(r.status).toBe(200);
    const out = (await r.json()) as { merge: { changes: (MergeChange & { impact?: string[] })[] } };
    expect(out.merge.changes.map((c) => `${c.kind} ${c.section}`)).toEqual(['added findings', 'added labs']);
    expect(out.merge.changes[1]!.after).toMatchObject({ analyte: 'CK', value: 900 });

    const merged = validateCase(applyMerge(demo3, out.merge).case).case!;
    expect(merged.patient).toEqual(demo3.patient);
    expect(merged.antibodies).toEqual(demo3.antibodies);
    expect(merged.labs.map((l) => l.value)).toEqual([1850, 900]);
    expect(merged.findings).toHaveLength(demo3.findings.length + 1);
    const before = assessCase(demo3, { asOf: '2026-01-15' }).eularAcr2017;
    const after = assessCase(merged, { asOf: '2026-01-15' }).eularAcr2017;
    expect('category' in before && before.category).toBe('definite');
    expect('category' in after && after.category).toBe('definite');
  });

  it('marks a conflicting finding and the sections it could move', async () => {
    const demo5 = validateCase({
      schemaVersion: '1.0',
      patient: { sex: 'female', age: 52 },
      findings: [
        { id: 'heliotrope-rash', status: 'absent' },
        { id: 'proximal-weakness-upper', status: 'present' },
        { id: 'proximal-weakness-lower', status: 'present' },
      ],
      labs: [{ analyte: 'CK', value: 2400, unit: 'U/L', referenceRange: { high: 170 } }],
    }).case!;
    const r = await app.request('/api/extract', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ text: 'She has a heliotrope rash and Gottron papules.', base: demo5 }),
    });
    const out = (await r.json()) as { merge: { changes: (MergeChange & { impact?: string[] })[] } };
    const rash = out.merge.changes.find((c) => c.baseItem?.id === 'heliotrope-rash')!;
    expect(rash).toMatchObject({ kind: 'conflict', before: 'absent', after: 'present' });
    // Taking the rash (with Gottron papules added) turns a polymyositis picture into dermatomyositis.
    const gottron = out.merge.changes.find((c) => c.item?.id === 'gottron-papules')!;
    expect(gottron.kind).toBe('added');
    expect(gottron.impact).toContain('eularAcr2017');
  });
});
