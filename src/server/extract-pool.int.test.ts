import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackends } from '../../test/db.js';
import { validateCase } from '../case/validate.js';
import type { Db } from '../store/db.js';
import { Store } from '../store/store.js';
import { createApp } from './app.js';
import { newToken, tokenHash } from './auth.js';
import { narrativeExtraction } from './extract-hook.js';
import { createExtractionPool, type ExtractionPool } from './extract-pool.js';

/** A synthetic clinic letter of exactly `chars` characters (sentences repeated with varied numbers). */
function narrative(chars: number, seed: number): string {
  const sentences = [
    'A 54-year-old woman presented with proximal weakness of the shoulders and hips (MRC 4/5).',
    'She had a violaceous rash of both upper eyelids and papules over the knuckles.',
    'CK 2300 U/L (normal range 30-200 U/L); anti-TIF1-gamma antibody positive.',
    'She denied dysphagia. Chest CT showed no mass.',
    'Follow-up visit: strength improved, CK 410 U/L.',
  ];
  let out = '';
  for (let i = 0; out.length < chars; i++) out += `${sentences[(i + seed) % sentences.length]!} `;
  return out.slice(0, chars);
}

describe('narrative extraction off the event loop', () => {
  let db: Db;
  let store: Store;
  let token: string;
  let pool: ExtractionPool | undefined;
  beforeEach(async () => {
    db = await testBackends[0]!.open();
    store = new Store(db);
    const u = await store.accounts.createUser('clin', 'x', 'clinician');
    token = newToken('hlt_');
    await store.accounts.createApiToken({ tokenHash: tokenHash(token), userId: u.id, name: 't' });
  });
  afterEach(async () => {
    await pool?.destroy();
    pool = undefined;
    await db.close();
  });

  /**
   * Sends four 200,000-character extractions at once; when the first starts, sends GET /api/health.
   * Returns the order in which the health answer and the extraction results came back on this thread;
   * with `compare`, also checks that the first result is what extraction on this thread gives.
   */
  async function probe(p: ExtractionPool, compare: boolean): Promise<string[]> {
    const app = createApp({ store, extract: p.extract });
    const order: string[] = [];
    p.events.once('start', () => {
      void Promise.resolve(app.request('/api/health')).then((r) => order.push(`health ${r.status}`));
    });
    p.events.on('finish', () => order.push('finish'));
    const texts = [0, 1, 2, 3].map((i) => narrative(200_000, i));
    const responses = await Promise.all(
      texts.map(async (text) =>
        app.request('/api/extract', {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ text }),
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    if (compare) {
      // The same draft case as extraction on this thread.
      const body = (await responses[0]!.json()) as { case: unknown; highlights: unknown[] };
      const inline = narrativeExtraction(texts[0]!) as { case: unknown };
      expect(body.case).toEqual(validateCase(inline.case).case ?? inline.case);
      expect(body.highlights.length).toBeGreaterThan(100);
    }
    return order;
  }

  it('four concurrent 200,000-character extractions in workers: a request sent once one has started is answered before any of them finishes', async () => {
    pool = createExtractionPool({ threads: 2 });
    const order = await probe(pool, true);
    // Event order, not time: the health request was sent after a worker began an extraction, and its
    // answer came back before that extraction's result: the event loop was free meanwhile.
    expect(order).toEqual(['health 200', 'finish', 'finish', 'finish', 'finish']);
  }, 120_000);

  it('the same probe with extraction inline on the event loop (threads: 0) sees the request wait for the extraction', async () => {
    pool = createExtractionPool({ threads: 0 });
    const order = await probe(pool, false);
    expect(order[0]).toBe('finish');
    expect(order.indexOf('health 200')).toBeGreaterThan(0);
  }, 120_000);
});
