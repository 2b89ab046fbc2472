import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCase } from '../../case/validate.js';
import type { CaseInput } from '../../case/schema.js';
import { dayNumber, parsePartialIsoDate, type DayInterval } from '../../core/dates.js';
import { CANCER_WINDOWS, cancerTiming, windowStatus } from './timing.js';

const day = (iso: string): DayInterval => parsePartialIsoDate(iso)!;
const win = (id: string) => CANCER_WINDOWS.find((w) => w.id === id)!;

function caseWith(onset: unknown, dx: unknown, extra: Partial<CaseInput> = {}) {
  return parseCase({
    schemaVersion: '1.0',
    dates: { symptomOnset: onset },
    cancers: [{ id: 'k', diagnosisDate: dx }],
    ...extra,
  });
}

describe('CAM ±3-year window edges (exact days)', () => {
  const onset = day('2020-06-15');
  it.each([
    ['2023-06-15', 'in'],
    ['2023-06-16', 'out'],
    ['2023-06-14', 'in'],
    ['2017-06-15', 'in'],
    ['2017-06-14', 'out'],
    ['2020-06-15', 'in'],
  ])('cancer %s → %s', (dx, expected) => {
    expect(windowStatus(onset, day(dx), win('cam-3y'))).toBe(expected);
  });
});

describe('anti-TIF1γ window −3 y … +2.5 y edges', () => {
  const onset = day('2020-06-15');
  it.each([
    ['2022-12-15', 'in'],
    ['2022-12-16', 'out'],
    ['2017-06-15', 'in'],
    ['2017-06-14', 'out'],
  ])('cancer %s → %s', (dx, expected) => {
    expect(windowStatus(onset, day(dx), win('tif1g'))).toBe(expected);
  });
});

describe('PNS windows in both directions', () => {
  const onset = day('2020-06-15');
  it('5 years before and after are inside, a day more is outside', () => {
    expect(windowStatus(onset, day('2015-06-15'), win('pns-5y'))).toBe('in');
    expect(windowStatus(onset, day('2015-06-14'), win('pns-5y'))).toBe('out');
    expect(windowStatus(onset, day('2025-06-15'), win('pns-5y'))).toBe('in');
    expect(windowStatus(onset, day('2025-06-16'), win('pns-5y'))).toBe('out');
  });
  it('2-year window edges', () => {
    expect(windowStatus(onset, day('2018-06-15'), win('pns-2y'))).toBe('in');
    expect(windowStatus(onset, day('2018-06-14'), win('pns-2y'))).toBe('out');
    expect(windowStatus(onset, day('2022-06-16'), win('pns-2y'))).toBe('out');
  });
});

describe('partial dates carry uncertainty', () => {
  it('year-only onset vs a month cancer near the edge → uncertain, with the min–max interval', () => {
    const c = caseWith('2020', '2023-03');
    const r = cancerTiming(c);
    const k = r.cancers[0]!;
    expect(k.windows.find((w) => w.id === 'cam-3y')!.status).toBe('uncertain');
    expect(k.intervalDays).toEqual({
      min: dayNumber(2023, 3, 1) - dayNumber(2020, 12, 31),
      max: dayNumber(2023, 3, 31) - dayNumber(2020, 1, 1),
    });
    expect(r.cancerAssociated).toBe('unknown');
    expect(r.imprecise).toEqual(['dates.symptomOnset', 'cancers[0].diagnosisDate']);
    expect(r.missing).toEqual([]);
  });
  it('year-only onset vs a month cancer well inside → in', () => {
    const r = cancerTiming(caseWith('2020', '2021-03'));
    expect(r.cancers[0]!.windows.find((w) => w.id === 'cam-3y')!.status).toBe('in');
    expect(r.cancerAssociated).toBe('met');
  });
  it('year-only onset vs a cancer more than 4 years later → out', () => {
    const r = cancerTiming(caseWith('2020', '2025-02'));
    expect(r.cancers[0]!.windows.find((w) => w.id === 'cam-3y')!.status).toBe('out');
    expect(r.cancerAssociated).toBe('not-met');
  });
  it('relative cancer date ("two months later") resolves through the onset anchor', () => {
    const r = cancerTiming(caseWith('2020-06-15', { relativeTo: 'symptom-onset', offset: 2, unit: 'month' }));
    const y = r.cancers[0]!.intervalYears!;
    expect(y.min).toBeGreaterThan(0.1);
    expect(y.max).toBeLessThan(0.25);
    expect(r.cancers[0]!.windows.every((w) => w.status === 'in')).toBe(true);
  });
  it('a missing date is unknown, never out', () => {
    const r = cancerTiming(parseCase({ schemaVersion: '1.0', cancers: [{ histology: 'x' }] }));
    expect(r.cancers[0]!.windows.every((w) => w.status === 'unknown')).toBe(true);
    expect(r.missing).toContain('dates.symptomOnset');
    expect(r.missing).toContain('cancers[0].diagnosisDate');
    expect(r.cancerAssociated).toBe('unknown');
  });
  it('no cancer recorded is not "no cancer"', () => {
    expect(
      cancerTiming(parseCase({ schemaVersion: '1.0', dates: { symptomOnset: '2020' } })).cancerAssociated,
    ).toBe('unknown');
  });
  it('TIF1γ window applies only when the antibody is positive', () => {
    const pos = cancerTiming(
      caseWith('2020-06-15', '2021', { antibodies: [{ target: 'anti-TIF1γ', result: 'positive' }] }),
    );
    expect(pos.cancers[0]!.windows.find((w) => w.id === 'tif1g')!.applies).toBe('met');
    const neg = cancerTiming(
      caseWith('2020-06-15', '2021', { antibodies: [{ target: 'TIF1-gamma', result: 'negative' }] }),
    );
    expect(neg.cancers[0]!.windows.find((w) => w.id === 'tif1g')!.applies).toBe('not-met');
  });
});

describe('several cancers', () => {
  const multi = (...dates: (string | undefined)[]) =>
    cancerTiming(
      parseCase({
        schemaVersion: '1.0',
        dates: { symptomOnset: '2020-06-15' },
        cancers: dates.map((d) => (d ? { diagnosisDate: d } : {})),
      }),
    );
  it('one inside is enough', () => expect(multi('2010-01-01', '2021-01-01').cancerAssociated).toBe('met'));
  it('outside plus undated stays unknown', () =>
    expect(multi('2010-01-01', undefined).cancerAssociated).toBe('unknown'));
  it('all outside is not met', () =>
    expect(multi('2010-01-01', '2030-01-01').cancerAssociated).toBe('not-met'));
});

describe('relative dates without a calendar anchor', () => {
  const rel = (offset: number, unit: string, approximate?: boolean) => ({
    relativeTo: 'symptom-onset',
    offset,
    unit,
    ...(approximate ? { approximate } : {}),
  });
  it('cancer "about 8 months before onset", no calendar date anywhere → inside, interval kept', () => {
    const c = parseCase({
      schemaVersion: '1.0',
      cancers: [{ id: 'k', diagnosisDate: rel(-8, 'month', true) }],
    });
    const r = cancerTiming(c);
    expect(r.onset).toBeNull();
    expect(r.cancers[0]!.intervalDays!.max).toBeLessThan(0);
    expect(r.cancers[0]!.windows.map((w) => w.status)).toEqual(['in', 'in', 'in', 'in']);
    expect(r.missing).toEqual([]);
    expect(r.cancerAssociated).toBe('met');
  });
  it('onset stated relative to an undated cancer ("8 months after the sarcoma")', () => {
    const c = parseCase({
      schemaVersion: '1.0',
      dates: { symptomOnset: { relativeTo: 'k', offset: 8, unit: 'month' } },
      cancers: [{ id: 'k' }],
    });
    const k = cancerTiming(c).cancers[0]!;
    expect(k.intervalDays!.max).toBeLessThan(0);
    expect(k.windows.find((w) => w.id === 'cam-3y')!.status).toBe('in');
  });
  it('chains through other anchors (cancer relative to a treatment relative to onset)', () => {
    const c = parseCase({
      schemaVersion: '1.0',
      treatments: [{ id: 'chemo', drug: 'doxorubicin', start: rel(-6, 'month') }],
      cancers: [{ diagnosisDate: { relativeTo: 'chemo', offset: -2, unit: 'week' } }],
    });
    const k = cancerTiming(c).cancers[0]!;
    expect(k.intervalDays!.max).toBeLessThan(-150);
    expect(k.windows.find((w) => w.id === 'pns-2y')!.status).toBe('in');
  });
  it.each([
    [-1095, 'in'],
    [-1096, 'uncertain'],
    [-1097, 'out'],
    [1095, 'in'],
    [1097, 'out'],
  ])('%s days from onset: CAM %s (3 calendar years are 1095 or 1096 days)', (days, status) => {
    const c = parseCase({ schemaVersion: '1.0', cancers: [{ diagnosisDate: rel(days, 'day') }] });
    expect(cancerTiming(c).cancers[0]!.windows.find((w) => w.id === 'cam-3y')!.status).toBe(status);
  });
  it('"3 years before" stated in years is uncertain, not in', () => {
    const c = parseCase({ schemaVersion: '1.0', cancers: [{ diagnosisDate: rel(-3, 'year') }] });
    expect(cancerTiming(c).cancers[0]!.windows.find((w) => w.id === 'cam-3y')!.status).toBe('uncertain');
  });
});

describe('windowStatus properties', () => {
  const arbInterval = fc
    .tuple(fc.integer({ min: 15000, max: 22000 }), fc.integer({ min: 0, max: 400 }))
    .map(([a, w]): DayInterval => ({ earliest: a, latest: a + w, precision: 'approximate' }));
  it('in/out agree with every exact pair inside the intervals', () => {
    fc.assert(
      fc.property(
        arbInterval,
        arbInterval,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        (o, k, i, j) => {
          const s = windowStatus(o, k, win('cam-3y'));
          const od = Math.min(o.earliest + i, o.latest);
          const kd = Math.min(k.earliest + j, k.latest);
          const exact = windowStatus(
            { earliest: od, latest: od, precision: 'day' },
            { earliest: kd, latest: kd, precision: 'day' },
            win('cam-3y'),
          );
          if (s === 'in') expect(exact).toBe('in');
          if (s === 'out') expect(exact).toBe('out');
        },
      ),
    );
  });
});

describe('window anchors: Graus 2004 counts from the diagnosis of the syndrome', () => {
  it('PNS windows use the myositis diagnosis when it is dated; the CAM window stays on the first symptom', () => {
    const c = parseCase({
      schemaVersion: '1.0',
      dates: { symptomOnset: '2015-01-01', diagnosis: '2017-06-01' },
      cancers: [{ id: 'k', histology: 'adenocarcinoma', diagnosisDate: '2022-03-01' }],
    });
    const w = cancerTiming(c).cancers[0]!.windows;
    const byId = (id: string) => w.find((x) => x.id === id)!;
    expect(byId('cam-3y')).toMatchObject({ status: 'out', measuredFrom: 'symptom-onset' });
    expect(byId('pns-5y')).toMatchObject({ status: 'in', measuredFrom: 'diagnosis' });
    expect(byId('pns-2y')).toMatchObject({ status: 'out', measuredFrom: 'diagnosis' });
  });

  it('a cancer dated relative to the diagnosis is placed for the PNS windows even when the onset is unknown', () => {
    const c = parseCase({
      schemaVersion: '1.0',
      cancers: [
        {
          id: 'k',
          histology: 'leiomyosarcoma',
          diagnosisDate: { relativeTo: 'diagnosis', offset: -6, unit: 'month', approximate: true },
        },
      ],
    });
    const w = cancerTiming(c).cancers[0]!.windows;
    expect(w.find((x) => x.id === 'pns-5y')).toMatchObject({ status: 'in', measuredFrom: 'diagnosis' });
    expect(w.find((x) => x.id === 'cam-3y')).toMatchObject({
      status: 'unknown',
      measuredFrom: 'symptom-onset',
    });
  });

  it('without a diagnosis date the PNS windows fall back to the first symptom', () => {
    const c = parseCase({
      schemaVersion: '1.0',
      dates: { symptomOnset: '2015-01-01' },
      cancers: [{ diagnosisDate: '2019-06-01' }],
    });
    expect(cancerTiming(c).cancers[0]!.windows.find((x) => x.id === 'pns-5y')).toMatchObject({
      status: 'in',
      measuredFrom: 'symptom-onset',
    });
  });
});
