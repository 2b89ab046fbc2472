import { describe, expect, it } from 'vitest';
import { evaluateRaw } from '../../calc/run.js';
import { MESSAGE_CODES, type MessageCode } from '../../core/messages.js';
import { checkEularInputs } from '../../criteria/eular-acr-2017/evaluate.js';
import { checkDosingInputs } from '../../monitoring/dosing/calculator.js';
import { checkTisInputs } from '../../monitoring/tis-2016/evaluate.js';
import { calculators } from '../../sets/registry.js';
import { errorText, issueText, MESSAGE_WORDS, messageWords, wordedIssue } from './messages.js';

const CODES = new Set<string>(MESSAGE_CODES);

describe('message codes in words', () => {
  it('words every message code, in a sentence with no placeholder or code left in it', () => {
    for (const code of MESSAGE_CODES) {
      const words = messageWords({ code, params: { item: 'x-item', value: 1, max: 2, min: 0, unit: 'kg' } });
      expect(words, code).toMatch(/\w/);
      expect(words, code).not.toMatch(/undefined|\$\{|\[object/);
      expect(words, code).not.toBe(code);
    }
    // No row for a code that does not exist.
    for (const code of Object.keys(MESSAGE_WORDS)) expect(CODES.has(code), code).toBe(true);
  });

  it('words the parameters in: the item, the value and the limit', () => {
    expect(
      messageWords({ code: 'mmt-above-max', params: { item: 'mmt-baseline', value: 90, max: 80 } }),
    ).toBe('mmt-baseline 90 is above mmt-max 80');
    expect(messageWords({ code: 'username-taken', params: { username: 'ada' } })).toBe(
      'the user name "ada" is already taken',
    );
    expect(
      messageWords({ code: 'not-found', params: { record: 'case-version', id: 'c1', version: 3 } }),
    ).toBe('version 3 of case c1 not found');
  });

  it('an issue or error with a coded detail reads as words; one without keeps its message', () => {
    const coded = { message: 'enzyme-uln-needed', detail: { code: 'enzyme-uln-needed' as const } };
    expect(issueText(coded)).toBe('enzyme-uln is needed to score the enzyme change');
    expect(wordedIssue(coded).message).toBe('enzyme-uln is needed to score the enzyme change');
    expect(issueText({ message: 'as written' })).toBe('as written');
    expect(
      errorText({ message: 'x', detail: { code: 'stale-version', params: { base: 2, current: 3 } } }),
    ).toMatch(/based on version 2, the current version is 3/);
  });
});

describe('calculator checks carry codes, not English', () => {
  const codeOnly = (c: { input: string; code: MessageCode }) => {
    expect(CODES.has(c.code)).toBe(true);
    expect(c).not.toHaveProperty('message');
  };
  it('EULAR/ACR 2017: a histology item without a biopsy', () => {
    const out = checkEularInputs({ 'muscle-biopsy': 'not-done', 'biopsy-perifascicular-atrophy': 'yes' });
    expect(out).toEqual([
      {
        input: 'biopsy-perifascicular-atrophy',
        code: 'histology-without-biopsy',
        params: { item: 'biopsy-perifascicular-atrophy' },
      },
    ]);
    out.forEach(codeOnly);
  });
  it('TIS 2016: MMT above its maximum, enzymes without the ULN', () => {
    const out = checkTisInputs({ 'mmt-max': '80', 'mmt-baseline': 90, 'enzyme-baseline': 400 });
    expect(out).toEqual([
      { input: 'mmt-baseline', code: 'mmt-above-max', params: { item: 'mmt-baseline', value: 90, max: 80 } },
      { input: 'enzyme-uln', code: 'enzyme-uln-needed' },
    ]);
    out.forEach(codeOnly);
  });
  it('dosing: each missing or conflicting item as a code with its item', () => {
    const out = checkDosingInputs({ 'dose-mg-per-m2': 75, 'dose-cap-mg': 2 });
    expect(out.map((c) => [c.input, c.code])).toEqual([
      ['height-cm', 'item-needed'],
      ['weight-kg', 'item-needed'],
    ]);
    out.forEach(codeOnly);
    const bad = checkDosingInputs({
      'height-cm': 170,
      'weight-kg': 70,
      'target-auc': 5,
      'gfr-measured': 0.5,
    });
    expect(bad.map((c) => [c.input, c.code])).toEqual([['gfr-measured', 'value-implausible']]);
    // The dosing functions' field name is mapped to the item the user typed.
    expect(bad[0]!.params).toMatchObject({ field: 'gfr-measured' });
  });
  it('a calculator run words the conflict from the table and keeps the code', () => {
    const tis = calculators.find((c) => c.id === 'tis-2016')!.calculator;
    if (tis.kind !== 'items') throw new Error('tis-2016 runs on items');
    const r = evaluateRaw(tis, { 'mmt-max': '80', 'mmt-baseline': '90' });
    expect(r.ok).toBe(false);
    const i = r.ok ? undefined : r.issues[0]!;
    expect(i?.detail).toEqual({
      code: 'mmt-above-max',
      params: { item: 'mmt-baseline', value: 90, max: 80 },
    });
    expect(issueText(i!)).toBe('mmt-baseline 90 is above mmt-max 80');
  });
});
