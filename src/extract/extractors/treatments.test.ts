import { describe, expect, it } from 'vitest';
import { analyse } from '../document.js';
import { extractTreatments } from './treatments.js';

const tx = (t: string) => extractTreatments(analyse(t));
const strip = (t: string) => tx(t).treatments.map(({ evidence: _e, id: _i, ...x }) => x);

describe('treatments', () => {
  it('reads drug, dose, unit and schedule', () => {
    expect(strip('Prednisone 60 mg per day was started.')).toEqual([
      {
        drug: 'prednisone',
        class: 'glucocorticoid',
        indication: 'myositis',
        dose: { value: 60, unit: 'mg' },
        schedule: 'daily',
      },
    ]);
  });
  it('reads body-surface doses, target AUC and cycles shared by a regimen', () => {
    const r = strip(
      'Chemotherapy comprised 12 cycles of carboplatin AUC6 plus paclitaxel 80 mg/m2, then four cycles of doxorubicin 60 mg/m2.',
    );
    expect(r).toEqual([
      { drug: 'carboplatin', class: 'chemotherapy', indication: 'cancer', targetAuc: 6, cycles: 12 },
      {
        drug: 'paclitaxel',
        class: 'chemotherapy',
        indication: 'cancer',
        dose: { value: 80, unit: 'mg/m2' },
        cycles: 12,
      },
      {
        drug: 'doxorubicin',
        class: 'chemotherapy',
        indication: 'cancer',
        dose: { value: 60, unit: 'mg/m2' },
        cycles: 4,
      },
    ]);
  });
  it('reads dose reductions and topical routes, and skips planned treatments', () => {
    expect(strip('Six cycles of doxorubicin, with a 25% dose reduction.')[0]).toMatchObject({
      cycles: 6,
      doseReductionPercent: 25,
    });
    expect(strip('Topical clobetasol was applied.')[0]).toMatchObject({ class: 'topical', route: 'topical' });
    expect(strip('She is awaiting surgery.')).toEqual([]);
  });
  it('drops generic corticosteroids when a named one is given, and reads the myositis response', () => {
    const r = tx('High doses of corticosteroid, prednisone 1 mg/kg daily, with improvement of the weakness.');
    expect(r.treatments.map((t) => t.drug)).toEqual(['prednisone']);
    expect(r.treatmentResponse?.value).toBe('improved');
  });
});
