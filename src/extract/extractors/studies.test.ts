import { describe, expect, it } from 'vitest';
import { analyse } from '../document.js';
import { extractStudies } from './studies.js';

const st = (t: string) => extractStudies(analyse(t));

describe('studies', () => {
  it('reads EMG patterns, including changes attributed to inflammation', () => {
    expect(st('EMG showed myopathic changes.').emg?.interpretation).toBe('myopathic');
    expect(
      st('Electromyography: minimal denervation, compatible with inflammatory activity.').emg?.interpretation,
    ).toBe('myopathic');
    expect(st('EMG showed denervation of the deltoid.').emg?.interpretation).toBe('neurogenic');
    expect(st('EMG was not performed.').emg?.performed).toBe('not-done');
  });
  it('lets a later report that says what was found replace an earlier mention without a reading', () => {
    const r = st('She had an electromyography.\nElectromyography showed myopathic changes.\nEMG was normal.');
    expect(r.emg?.interpretation).toBe('myopathic');
    const b = st('A muscle biopsy was taken.\nThe muscle biopsy showed dermatomyositis.').muscleBiopsy;
    expect(b?.conclusion).toBe('consistent-with-myositis');
  });
  it('maps muscle biopsy findings to the EULAR/ACR items over the report paragraph', () => {
    const b = st(
      'Quadriceps muscle biopsy: perifascicular atrophy. Perivascular infiltrate without rimmed vacuoles. Compatible with dermatomyositis.',
    ).muscleBiopsy!;
    expect(b.performed).toBe('done');
    expect(b.features).toEqual({
      perifascicularAtrophy: 'present',
      perimysialPerivascularInfiltrate: 'present',
      rimmedVacuoles: 'absent',
    });
    expect(b.conclusion).toBe('consistent-with-myositis');
    expect(st('Muscle biopsy was not performed because of the risk.').muscleBiopsy?.performed).toBe(
      'not-done',
    );
  });
  it('reads skin biopsy conclusions and muscle MRI', () => {
    expect(st('Skin biopsy showed interface dermatitis.').skinBiopsy?.conclusion).toBe(
      'interface-dermatitis',
    );
    expect(st('Punch biopsy consistent with dermatomyositis.').skinBiopsy?.conclusion).toBe(
      'consistent-with-dm',
    );
    expect(st('MRI of the thighs showed muscle oedema.').muscleImaging[0]).toMatchObject({
      modality: 'mri',
      region: 'thighs',
      finding: 'myositis-oedema',
    });
    expect(st('Breast MRI showed a smaller tumour.').muscleImaging).toEqual([]);
  });
});
