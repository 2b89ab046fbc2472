import { describe, expect, it } from 'vitest';
import type { Tri } from '../core/tri.js';
import { yes } from './predicates.js';
import { bounds, scoreTable, type CriteriaTable } from './table.js';

// A synthetic table: two exclusive domains (bands) around a plain one, weights with one decimal.
const table: CriteriaTable<'m'> = {
  id: 'synthetic',
  title: 'Synthetic table',
  version: '1',
  source: { label: 'synthetic test table' },
  intendedUse: 'tests',
  models: ['m'],
  domains: [
    { id: 'band', label: 'Band', exclusive: true },
    { id: 'plain', label: 'Plain' },
    { id: 'band2', label: 'Second band', exclusive: true },
  ],
  items: [
    { id: 'b1', label: 'b1', domain: 'band', test: yes('b1'), points: { m: 1.3 }, cite: 't' },
    { id: 'b2', label: 'b2', domain: 'band', test: yes('b2'), points: { m: 2.1 }, cite: 't' },
    { id: 'p1', label: 'p1', domain: 'plain', test: yes('p1'), points: { m: 0.7 }, cite: 't' },
    { id: 'p2', label: 'p2', domain: 'plain', test: yes('p2'), points: { m: 1.1 }, cite: 't' },
    { id: 'c1', label: 'c1', domain: 'band2', test: yes('c1'), points: { m: 0.5 }, cite: 't' },
  ],
};

describe('bounds', () => {
  it('an exclusive domain counts its best met item, or its best possible one when none is met', () => {
    const s = scoreTable(table, 'm', { b1: 'yes', b2: 'unknown', p1: 'yes', p2: 'unknown', c1: 'unknown' });
    // min: b1 1.3 + p1 0.7 = 2.0; max: band already met → 1.3, plain 0.7 + 1.1, band2 0.5 → 3.6
    expect([s.min, s.max]).toEqual([2, 3.6]);
    const none = scoreTable(table, 'm', { b1: 'unknown', b2: 'unknown', p1: 'no', p2: 'no', c1: 'no' });
    expect([none.min, none.max]).toEqual([0, 2.1]);
  });
  it('an override replaces an item status', () => {
    const s = scoreTable(table, 'm', { b1: 'unknown', b2: 'unknown', p1: 'no', p2: 'unknown', c1: 'no' });
    expect(bounds(table, s.items, new Map<string, Tri>([['b2', 'met']]))).toEqual({ min: 2.1, max: 3.2 });
    expect(bounds(table, s.items, new Map<string, Tri>([['b1', 'met']]))).toEqual({ min: 1.3, max: 2.4 });
    expect(bounds(table, s.items)).toEqual({ min: 0, max: 3.2 });
  });
});
