import { describe, expect, it } from 'vitest';
import { analyse } from '../document.js';
import { extractInvestigations } from './investigations.js';

const inv = (t: string) => extractInvestigations(analyse(t)).map((i) => [i.kind, i.result]);

describe('investigations', () => {
  it('recognises a CT of thorax, abdomen and pelvis and its result', () => {
    expect(inv('CT of the chest, abdomen and pelvis was normal.')).toEqual([
      ['ct-neck-thorax-abdomen-pelvis', 'normal'],
    ]);
    expect(inv('Thoraco-abdomino-pelvic CT: no pathological findings.')).toEqual([
      ['ct-neck-thorax-abdomen-pelvis', 'normal'],
    ]);
    expect(inv('CT chest, abdomen and pelvis revealed a pancreatic mass.')).toEqual([
      ['ct-neck-thorax-abdomen-pelvis', 'cancer-found'],
    ]);
  });
  it('does not take a chest CT alone as the screening CT', () => {
    expect(inv('HRCT of the chest showed no interstitial lung disease.')).toEqual([]);
  });
  it('marks arranged investigations as pending and reads other screening items', () => {
    expect(inv('I have arranged a mammography and a colonoscopy.')).toEqual([
      ['mammography', 'pending'],
      ['lower-gi-endoscopy', 'pending'],
    ]);
    expect(inv('PET-CT showed no evidence of malignancy.')).toEqual([['pet-ct', 'normal']]);
  });
});
