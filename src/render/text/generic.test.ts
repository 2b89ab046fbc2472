import { describe, expect, it } from 'vitest';
import { renderGeneric } from './generic.js';

describe('generic text renderer', () => {
  it('prints the headline fields and an item checklist', () => {
    const text = renderGeneric('New set', {
      category: 'definite',
      score: 8.25,
      items: [
        { id: 'a', label: 'Item A', status: 'met', cite: 'Table 1' },
        { id: 'b', label: 'Item B', status: 'unknown' },
      ],
      citation: { label: 'Someone 2030' },
    });
    expect(text).toBe(
      [
        'New set',
        '  Result: category definite, score 8.25',
        '  [x] Item A  [Table 1]',
        '  [?] Item B',
        '  Source: Someone 2030',
      ].join('\n'),
    );
  });
  it('falls back to JSON for other shapes', () => {
    expect(renderGeneric('X', { n: 1 })).toBe('X\n  {"n":1}');
  });
});
