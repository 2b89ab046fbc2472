import { describe, expect, it } from 'vitest';
import { cli } from './cli-io.js';

describe('heliotrope calc imacs-2023', () => {
  it('--help lists the public items', async () => {
    const m = await cli(['calc', 'imacs-2023', '--help']);
    expect(m.code).toBe(0);
    for (const id of [
      'age-at-onset',
      'sex',
      'subtype',
      'anti-tif1-gamma',
      'anti-hmgcr',
      'dysphagia',
      'weight-loss',
      'night-sweats',
      'high-npc-risk-region',
    ]) {
      expect(m.out).toContain(id);
    }
  });
  it('--json result carries the contract fields', async () => {
    const args = [
      'age-at-onset=43',
      'sex=female',
      'subtype=dermatomyositis',
      'anti-tif1-gamma=positive',
      'high-npc-risk-region=yes',
    ];
    const m = await cli(['calc', 'imacs-2023', ...args, '--json']);
    expect(m.code).toBe(0);
    const r = JSON.parse(m.out) as Record<string, unknown>;
    expect(r['tier']).toBe('high');
    expect(r['factors']).toEqual(
      expect.arrayContaining([{ id: 'anti-tif1-gamma', level: 'high', verified: true }]),
    );
    expect(r['panels']).toEqual(['basic', 'enhanced']);
    expect(r['repeat']).toEqual({ every: 'year', everyYears: 1, forYears: 3, panel: 'basic' });
    expect(r['consider']).toEqual(['pet-ct', 'gi-endoscopy', 'nasoendoscopy']);
    expect(r['redFlags']).toMatchObject({ present: [], considerScreening: false, strength: 'conditional' });
    expect(r['considerPanels']).toEqual([]);
  });
  it('bad value → exit 2 with the item named', async () => {
    const m = await cli(['calc', 'imacs-2023', 'subtype=lupus']);
    expect(m.code).toBe(2);
    expect(m.err).toContain('subtype');
  });
  it('a batch with a bad line exits 2 and still scores the others', async () => {
    const files = {
      'b.jsonl':
        '{"age-at-onset":55,"subtype":"dermatomyositis"}\n{"age-at-onset":"old"}\n{"age-at-onset":12}\n',
    };
    const m = await cli(['calc', 'imacs-2023', '--input', 'b.jsonl', '--json'], { files });
    expect(m.code).toBe(2);
    const rows = m.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; tier?: string });
    expect(rows.map((l) => [l.line, l.tier ?? 'error'])).toEqual([
      [1, 'high'],
      [2, 'error'],
      [3, 'not-applicable'],
    ]);
    expect(m.err).toContain('line 2');
  });
});

describe('heliotrope calc pns-2004 / pns-care-2021', () => {
  it('pns-2004 definite for DM with a cancer 8 months earlier', async () => {
    const m = await cli([
      'calc',
      'pns-2004',
      'classical-syndrome=yes',
      'cancer=yes',
      'years-from-syndrome-to-cancer=-0.7',
      '--json',
    ]);
    expect(m.code).toBe(0);
    expect(JSON.parse(m.out)).toMatchObject({ category: 'definite' });
  });
  it('pns-care-2021 score and category', async () => {
    const m = await cli([
      'calc',
      'pns-care-2021',
      'phenotype=intermediate-risk',
      'antibody=high-risk',
      'cancer=not-found',
      'follow-up-years=1',
      '--json',
    ]);
    expect(m.code).toBe(0);
    expect(JSON.parse(m.out)).toMatchObject({ category: 'probable', score: 6 });
  });
  it('human output renders', async () => {
    const m = await cli(['calc', 'pns-2004', 'classical-syndrome=yes']);
    expect(m.code).toBe(0);
    expect(m.out).toContain('Graus 2004');
  });
});

describe('heliotrope assess with the cancer sections', () => {
  it('human report gives the known-cancer message and the probability steps', async () => {
    const m = await cli([
      'assess',
      'src/cancer/__fixtures__/leiomyosarcoma-tif1g.json',
      '--as-of',
      '2026-11-21',
    ]);
    expect(m.code).toBe(0);
    expect(m.out).toContain('IMACS 2023');
    expect(m.out).toContain('oncological follow-up');
    expect(m.out).toContain('58.2 %');
  });
  it('--json has the five section keys', async () => {
    const m = await cli([
      'assess',
      'src/cancer/__fixtures__/breast-idc-tnbc.json',
      '--as-of',
      '2026-11-21',
      '--json',
    ]);
    expect(m.code).toBe(0);
    const r = JSON.parse(m.out) as Record<string, { category?: string; tier?: string }>;
    expect(r['pns2004']!.category).toBe('definite');
    expect(r['imacs2023']!.tier).toBe('high');
    for (const k of ['cancerAssociation', 'pnsCare2021', 'cancerProbability']) expect(r[k]).toBeDefined();
  });
  it('a case without cancer gets a dated checklist', async () => {
    const doc = JSON.stringify({
      schemaVersion: '1.0',
      patient: { sex: 'male', ageAtOnset: 62 },
      dates: { symptomOnset: '2026-06-01', diagnosis: '2026-07-01' },
      antibodies: [{ target: 'NXP2', result: 'positive' }],
      investigations: [{ kind: 'psa', date: '2026-07-05', result: 'normal' }],
    });
    const m = await cli(['assess', 'c.json', '--as-of', '2026-11-21'], { files: { 'c.json': doc } });
    expect(m.code).toBe(0);
    expect(m.out).toContain('[x] Prostate-specific antigen — due 2026-07-01: done 2026-07-05, result normal');
    expect(m.out).toContain('[!] Urinalysis — due 2026-07-01: overdue');
    expect(m.out).toContain('[-] Mammography — due 2026-07-01: not applicable (other sex)');
  });
});
