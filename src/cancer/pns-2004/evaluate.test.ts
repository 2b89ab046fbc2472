import { describe, expect, it } from 'vitest';
import { coerceInputs } from '../../engine/inputs.js';
import { PNS_2004, PNS_2004_INPUTS } from './definition.js';
import { evaluatePns2004 } from './evaluate.js';

const run = (raw: Record<string, unknown>, overrides = {}) => {
  const { values, issues } = coerceInputs(PNS_2004_INPUTS, raw);
  expect(issues).toEqual([]);
  return evaluatePns2004(values, {}, overrides);
};
const rule = (r: ReturnType<typeof run>, id: string) => r.items.find((i) => i.id === id)!.status;

describe('Graus 2004 definite rules', () => {
  it('definite 1: classical syndrome (DM) + cancer within 5 years', () => {
    const r = run({ 'classical-syndrome': 'yes', cancer: 'yes', 'years-from-syndrome-to-cancer': 1 });
    expect(r.category).toBe('definite');
    expect(rule(r, 'definite-1')).toBe('met');
  });
  it.each([
    [5, 'definite'],
    [-5, 'definite'],
    [5.01, 'not-met'],
    [-5.01, 'not-met'],
  ])('5-year edge, both directions: %s years → %s', (y, cat) => {
    const r = run({
      'classical-syndrome': 'yes',
      cancer: 'yes',
      'years-from-syndrome-to-cancer': y,
      'onconeural-antibody': 'none',
    });
    expect(r.category).toBe(cat);
  });
  it('cancer before the syndrome (leiomyosarcoma pattern, −0.7 y) is definite', () => {
    expect(
      run({ 'classical-syndrome': 'yes', cancer: 'yes', 'years-from-syndrome-to-cancer': -0.7 }).category,
    ).toBe('definite');
  });
  it('definite 2: non-classical, improved after cancer treatment alone, not prone to remit', () => {
    const r = run({
      'classical-syndrome': 'no',
      'improved-after-cancer-treatment-without-immunotherapy': 'yes',
      'prone-to-spontaneous-remission': 'no',
    });
    expect(rule(r, 'definite-2')).toBe('met');
    expect(r.category).toBe('definite');
    const prone = run({
      'classical-syndrome': 'no',
      'improved-after-cancer-treatment-without-immunotherapy': 'yes',
      'prone-to-spontaneous-remission': 'yes',
    });
    expect(rule(prone, 'definite-2')).toBe('not-met');
  });
  it('definite 3: non-classical + partially characterised antibody + cancer within 5 years', () => {
    const r = run({
      'classical-syndrome': 'no',
      'onconeural-antibody': 'partially-characterised',
      cancer: 'yes',
      'years-from-syndrome-to-cancer': 3,
    });
    expect(rule(r, 'definite-3')).toBe('met');
    expect(r.category).toBe('definite');
  });
  it('definite 4: well-characterised antibody, no cancer', () => {
    const r = run({ 'classical-syndrome': 'no', 'onconeural-antibody': 'well-characterised', cancer: 'no' });
    expect(rule(r, 'definite-4')).toBe('met');
    expect(r.category).toBe('definite');
  });
});

describe('Graus 2004 possible rules', () => {
  it('possible 1: classical, no antibodies, no cancer, high tumour risk', () => {
    const r = run({
      'classical-syndrome': 'yes',
      'onconeural-antibody': 'none',
      cancer: 'no',
      'high-tumour-risk': 'yes',
    });
    expect(r.category).toBe('possible');
    expect(rule(r, 'possible-1')).toBe('met');
    expect(
      run({
        'classical-syndrome': 'yes',
        'onconeural-antibody': 'none',
        cancer: 'no',
        'high-tumour-risk': 'no',
      }).category,
    ).toBe('not-met');
  });
  it('possible 2: partially characterised antibody and no cancer', () => {
    expect(
      run({ 'classical-syndrome': 'no', 'onconeural-antibody': 'partially-characterised', cancer: 'no' })
        .category,
    ).toBe('possible');
  });
  it.each([
    [2, 'possible'],
    [-2, 'possible'],
    [2.01, 'not-met'],
  ])('possible 3: non-classical, no antibody, cancer at %s years → %s', (y, cat) => {
    const r = run({
      'classical-syndrome': 'no',
      'onconeural-antibody': 'none',
      cancer: 'yes',
      'years-from-syndrome-to-cancer': y,
      'improved-after-cancer-treatment-without-immunotherapy': 'no',
    });
    expect(r.category).toBe(cat);
  });
});

describe('three-valued behaviour', () => {
  it('DM with unknown cancer status: not met now, definite or possible reachable', () => {
    const r = run({ 'classical-syndrome': 'yes' });
    expect(r.category).toBe('not-met');
    expect(r.reachableCategories).toEqual(['definite', 'possible', 'not-met']);
    expect(r.missing).toContain('cancer');
  });
  it('cancer yes but interval unknown → unknown timing, override from dates decides', () => {
    expect(run({ 'classical-syndrome': 'yes', cancer: 'yes', 'onconeural-antibody': 'none' }).category).toBe(
      'not-met',
    );
    expect(
      run(
        { 'classical-syndrome': 'yes', cancer: 'yes', 'onconeural-antibody': 'none' },
        { 'cancer-within-5-years': 'met' },
      ).category,
    ).toBe('definite');
  });
  it('missing lists only inputs behind unknown rules that could raise the category', () => {
    const r = run({ 'classical-syndrome': 'yes', cancer: 'yes', 'onconeural-antibody': 'none' });
    expect(r.missing).toEqual(['years-from-syndrome-to-cancer']);
    expect(
      run({ 'classical-syndrome': 'yes', cancer: 'yes', 'years-from-syndrome-to-cancer': 1 }).missing,
    ).toEqual([]);
  });
  it('every row has a citation and a unique id', () => {
    const ids = PNS_2004.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(PNS_2004.items.every((i) => i.cite.length > 0)).toBe(true);
  });
});
