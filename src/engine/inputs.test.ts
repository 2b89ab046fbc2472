import { describe, expect, it } from 'vitest';
import { runCsvBatch } from '../calc/csv.js';
import { runJsonlBatch } from '../calc/run.js';
import { tis2016Set } from '../monitoring/tis-2016/set.js';
import { coerceInput, type InputDef } from './inputs.js';

const scale: InputDef = {
  id: 'scale-max',
  label: 'Scale maximum',
  description: 'a numeric choice',
  kind: { type: 'enum', values: ['80', '150'] },
};
const flag: InputDef = { id: 'flag', label: 'Flag', description: 'yes or no', kind: { type: 'tri' } };

describe('coerceInput: numbers and numeric strings read alike', () => {
  it('an enumerated numeric item takes a JSON number, a numeric string or a padded/decimal string', () => {
    for (const raw of [80, '80', ' 80 ', '80.0', 80.0])
      expect(coerceInput(scale, raw, 'scale-max')).toEqual({ value: '80' });
    expect(coerceInput(scale, 150, 'scale-max')).toEqual({ value: '150' });
  });
  it('a number that is not one of the values is refused with the accepted values', () => {
    const r = coerceInput(scale, 100, 'scale-max');
    expect('issue' in r && r.issue.message).toBe(
      'scale-max: "100" is not a valid value (expected 80 | 150 | unknown)',
    );
  });
  it('a yes/no item takes 1 and 0 as JSON numbers as it takes "1" and "0"', () => {
    expect(coerceInput(flag, 1, 'flag')).toEqual({ value: 'yes' });
    expect(coerceInput(flag, 0, 'flag')).toEqual({ value: 'no' });
    expect(coerceInput(flag, 2, 'flag')).toHaveProperty('issue');
  });
});

describe('batches: JSONL numbers and CSV strings give the same result', () => {
  it('tis-2016 with mmt-max as a JSON number (the reported JSONL line) is scored like the CSV row', () => {
    const calc = tis2016Set.calculator;
    if (calc.kind !== 'items') throw new Error('tis-2016 takes item values');
    const jsonl = runJsonlBatch(calc, '{"mmt-baseline":60,"mmt-followup":70,"mmt-max":80}\n')[0]!;
    const csv = runCsvBatch(calc, 'mmt-baseline,mmt-followup,mmt-max\n60,70,80\n')[0]!;
    expect(jsonl).toMatchObject({ ok: true });
    expect(jsonl.ok && csv.ok && jsonl.result).toEqual(csv.ok && csv.result);
  });
});
