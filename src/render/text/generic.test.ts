import { describe, expect, it } from 'vitest';
import { renderGeneric } from './generic.js';

describe('generic text renderer', () => {
  it('prints the headline with its ranges and an item checklist', () => {
    const text = renderGeneric(
      'New set',
      {
        code: 'possible',
        reachable: ['possible', 'definite'],
        score: { value: 8.25, min: 8.25, max: 11 },
        probability: { value: 0.6, min: 0.6, max: 0.6 },
      },
      {
        items: [
          { id: 'a', label: 'Item A', status: 'met', cite: 'Table 1' },
          { id: 'b', label: 'Item B', status: 'unknown' },
          { id: 'c', status: 'bogus' },
        ],
        citation: { label: 'Someone 2030' },
      },
    );
    expect(text).toBe(
      [
        'New set',
        '  Result: possible, could be possible / definite with the unknown items, score 8.25 (8.25–11 with the unknown items), probability 0.6',
        '  [x] Item A  [Table 1]',
        '  [?] Item B',
        '  [?] c',
        '  Source: Someone 2030',
      ].join('\n'),
    );
  });
  it('prints the code alone for a result without items', () => {
    expect(renderGeneric('X', { code: 'no-alert', count: 0 }, { n: 1 })).toBe(
      'X\n  Result: no-alert, count 0',
    );
  });
});
