import { describe, expect, it } from 'vitest';
import { readCount, readNumber } from './numbers.js';

describe('counts written in narratives', () => {
  it.each([
    ['12', 12, false],
    ['six', 6, false],
    ['Two', 2, false],
    ['a', 1, false],
    ['a few', 3, true],
    ['several', 3, true],
    ['a couple of', 2, true],
    ['one and a half', 1.5, false],
    ['2 and a half', 2.5, false],
    ['half a', 0.5, false],
  ])('%s → %i (approximate %s)', (text, value, approximate) => {
    expect(readCount(text)).toEqual({ value, approximate });
  });
  it('a caller may read a vague count differently; non-counts are undefined', () => {
    expect(readCount('several', { several: 5 })).toEqual({ value: 5, approximate: true });
    expect(readCount('many')).toBeUndefined();
    expect(readCount('a few and a half')).toBeUndefined();
  });
});

describe('readNumber (conventions, "Labs": number formats)', () => {
  const read = (t: string) => readNumber(t, 0, (at) => t.slice(at).trimStart().startsWith('U/L'));
  it.each([
    ['3,120 U/L', 3120],
    ['12 480 U/L', 12480],
    ['12\u00a0480 U/L', 12480],
    ['12\u202f480 U/L', 12480],
    ['3, 120 U/L', 3120],
    ['1,35 mg/dL', 1.35],
    ['74,2 mg/L', 74.2],
    ['3.2k', 3200],
    ['4k.', 4000],
    ['11.4', 11.4],
    ['17,622.', 17622],
    ['1,234.5', 1234.5],
    ['0,045 ng/mL', 0.045],
    ['0,5 mg/dL', 0.5],
  ] as const)('reads "%s" as %d', (text, value) => {
    expect(read(text)?.value).toBe(value);
  });
  it('does not join list items or a stray-space group without a unit', () => {
    expect(read('11, 658 mg')?.value).toBe(11);
    expect(read('40 and 120')?.value).toBe(40);
  });
  it('returns both readings of a full stop that may separate thousands', () => {
    expect(read('1.679 ng/mL')).toEqual({ value: 1.679, end: 5, alternative: 1679 });
    expect(read('0.040')?.alternative).toBeUndefined();
    expect(read('1.35')?.alternative).toBeUndefined();
  });
});

describe('runs of digits', () => {
  it('reads no number from a run of more than 15 digits, from its start or from inside it', () => {
    const run = '7'.repeat(40);
    expect(readNumber(run, 0)).toBeUndefined();
    expect(readNumber(run, 30)).toMatchObject({ value: 7777777777 });
    expect(readNumber('CK 123456789012345 U/L', 3)).toMatchObject({ value: 123456789012345 });
  });
});
