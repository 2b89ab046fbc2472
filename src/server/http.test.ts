import { z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { zodToInput } from './http.js';

describe('request validation in words', () => {
  it('names each field with a clinician message, never the validation library text', () => {
    const r = z
      .object({ age: z.number().max(130), name: z.string().min(1) })
      .safeParse({ age: 200, name: '' });
    if (r.success) throw new Error('expected invalid');
    const e = zodToInput(r.error, 'request body');
    expect(e.issues.map((i) => [i.path, i.message])).toEqual([
      ['age', 'must be 130 or less'],
      ['name', 'must not be empty'],
    ]);
    for (const i of e.issues) expect(i.message).not.toMatch(/Too (big|small)|expected/);
  });
});
