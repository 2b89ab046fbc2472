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

describe('studies: tenth round, studies as grounds of a myositis diagnosis (issue 12)', () => {
  it('reads an EMG or biopsy listed as a basis of the myositis diagnosis as showing the myositis', () => {
    const r = st(
      'A diagnosis of polymyositis was based upon proximal weakness, raised muscle enzymes, muscle biopsy findings and the needle electromyography findings.',
    );
    expect(r.emg?.interpretation).toBe('myopathic');
    expect(r.muscleBiopsy?.conclusion).toBe('consistent-with-myositis');
    expect(
      st('The diagnosis of DM was made on the basis of a heliotrope rash and a positive electromyogram.').emg
        ?.interpretation,
    ).toBe('myopathic');
    // a study named without a diagnosis it grounds keeps no reading
    expect(st('Muscle biopsy findings were discussed at the meeting.').muscleBiopsy?.conclusion).toBe(
      'unknown',
    );
  });
  it('reads "a positive EMG" as myopathic', () => {
    expect(st('She had a positive EMG.').emg?.interpretation).toBe('myopathic');
  });
  it('reads a biopsy consistent with IBM or polymyositis as consistent with myositis', () => {
    expect(st('A muscle biopsy demonstrated findings consistent with sIBM.').muscleBiopsy?.conclusion).toBe(
      'consistent-with-myositis',
    );
    expect(st('The muscle biopsy was compatible with polymyositis.').muscleBiopsy?.conclusion).toBe(
      'consistent-with-myositis',
    );
  });
});

describe('studies: tenth round, a study the patient refused (issue 12)', () => {
  it('reads a refused or declined study as not done, whatever a later clause diagnoses', () => {
    const r = st(
      'The patient refused to undergo a muscle biopsy, but an EMG confirmed a polymyositis pattern.',
    );
    expect(r.muscleBiopsy?.performed).toBe('not-done');
    expect(r.muscleBiopsy?.conclusion).toBeUndefined();
    expect(st('She declined an electromyogram.').emg?.performed).toBe('not-done');
  });
  it("reads the abbreviation of another myositis only in the biopsy report's own sentence", () => {
    const r = st(
      'The muscle biopsy showed necrosis and regeneration. The overlap of PM and systemic sclerosis is rare.',
    );
    expect(r.muscleBiopsy?.conclusion).toBe('unknown');
  });
});

describe('studies: tenth round, a biopsy naming the myositis it shows (issue 12)', () => {
  it('reads a biopsy consistent with necrotizing myopathy, DM or IIM, or the diagnosis made "by" or "on" it', () => {
    const c = (t: string) => st(t).muscleBiopsy?.conclusion;
    expect(c('Muscle biopsy was consistent with necrotizing myopathy.')).toBe('consistent-with-myositis');
    expect(c('A muscle biopsy was performed, observing findings compatible with DM.')).toBe(
      'consistent-with-myositis',
    );
    expect(c('The muscle biopsy was consistent with IIM.')).toBe('consistent-with-myositis');
    expect(c('He was diagnosed with sporadic IBM by muscle biopsy.')).toBe('consistent-with-myositis');
    expect(c('Polymyositis with endomysial infiltrates was diagnosed on muscle biopsy.')).toBe(
      'consistent-with-myositis',
    );
    // a myositis the sentence excludes
    expect(c('A muscle biopsy showed necrosis, and DM was excluded.')).toBe('unknown');
  });
  it('reads biopsies written in the plural, a bare biopsy whose finding is a myopathy, and a biopsy of another process', () => {
    expect(
      st('Several skin biopsies showed histologic evidence of dermatomyositis.').skinBiopsy?.conclusion,
    ).toBe('consistent-with-dm');
    expect(st('Repeated muscle biopsies showed perifascicular atrophy.').muscleBiopsy?.features).toEqual({
      perifascicularAtrophy: 'present',
    });
    const bare = st('Repeat biopsy and work-up revealed a necrotizing myopathy.').muscleBiopsy;
    expect(bare?.conclusion).toBe('consistent-with-myositis');
    expect(bare?.features).toEqual({ necrosis: 'present' });
    // another tissue, a negated disease, or no muscle disease: no muscle biopsy
    expect(st('A lymph node biopsy showed lymphoma and the myopathy improved.').muscleBiopsy).toBeUndefined();
    expect(
      st('Biopsy of the breast revealed carcinoma; myositis was diagnosed.').muscleBiopsy,
    ).toBeUndefined();
    expect(st('The biopsy revealed no myositis.').muscleBiopsy).toBeUndefined();
    expect(
      st('Bronchoscopy with biopsy revealed lung cancer and he was diagnosed with myositis.').muscleBiopsy,
    ).toBeUndefined();
    expect(
      st('A biopsy specimen revealed epidermal and dermal changes consistent with dermatomyositis.')
        .muscleBiopsy,
    ).toBeUndefined();
    expect(
      st(
        'Muscle biopsy showed alterations of nonspecific type with mixed myopathic and neurogenic involvement.',
      ).muscleBiopsy?.conclusion,
    ).toBe('other');
    expect(st('Muscle biopsy showed amyloid deposits in vessel walls.').muscleBiopsy?.conclusion).toBe(
      'other',
    );
    expect(st('Muscle biopsy showed no neurogenic changes.').muscleBiopsy?.conclusion).toBe('unknown');
  });
  it('reads a biopsy sited in a muscle, a biopsy that confirmed a myositis, and a diagnosis made with or after a biopsy', () => {
    const sited = st(
      'A biopsy of the left deltoid and quadriceps muscles was performed and yielded a diagnosis of dermatomyositis.',
    ).muscleBiopsy;
    expect(sited?.conclusion).toBe('consistent-with-myositis');
    expect(
      st('Biopsy specimens from the left biceps muscle showed endomysial infiltrate.').muscleBiopsy?.features,
    ).toEqual({ endomysialInfiltrate: 'present' });
    expect(st('A biopsy of the liver showed metastases.').muscleBiopsy).toBeUndefined();
    expect(st('Inflammatory myositis was later confirmed on biopsy.').muscleBiopsy?.conclusion).toBe(
      'consistent-with-myositis',
    );
    expect(st('Myositis was not confirmed on biopsy.').muscleBiopsy).toBeUndefined();
    expect(st('Lung cancer was confirmed on biopsy and myositis followed.').muscleBiopsy).toBeUndefined();
    expect(st('A biopsy was planned for the myopathy.').muscleBiopsy).toBeUndefined();
    // a muscle biopsy named first without a reading, and its finding later
    const later = st(
      'Following the biopsy of biceps muscle, steroids were started. In the interim, biopsy showed severe necrotizing myopathy.',
    ).muscleBiopsy;
    expect(later?.conclusion).toBe('consistent-with-myositis');
    expect(
      st('IBM was suspected through the history and definitively diagnosed with muscle biopsy.').muscleBiopsy
        ?.conclusion,
    ).toBe('consistent-with-myositis');
    expect(
      st('The myopathic process was identified as dermatomyositis after muscle biopsy.').muscleBiopsy
        ?.conclusion,
    ).toBe('consistent-with-myositis');
  });
});

describe('biopsies whose report comes before their name (session 43)', () => {
  it('reads what "was seen on skin biopsy" and "was observed on muscle biopsy" as each report', () => {
    const r = st(
      'Apoptotic keratinocytes with liquefaction of the basal layer were seen on skin biopsy, and necrotic fibres with ' +
        'an inflammatory infiltrate were observed on muscle biopsy.',
    );
    expect(r.skinBiopsy?.conclusion).toBe('interface-dermatitis');
    expect(r.muscleBiopsy?.features).toEqual({ necrosis: 'present', inflammatoryInfiltrate: 'present' });
    expect(r.muscleBiopsy?.description).toMatch(/^necrotic fibres/);
  });
  it('reads "are noted in his muscle biopsy", and a denial in that clause as absent', () => {
    expect(st('Lymphocytic aggregates are noted in his muscle biopsy.').muscleBiopsy?.features).toEqual({
      inflammatoryInfiltrate: 'present',
    });
    expect(st('No inflammatory infiltrate was seen on the muscle biopsy.').muscleBiopsy?.features).toEqual({
      inflammatoryInfiltrate: 'absent',
    });
  });
  it('does not take words before a study that is only the object of a verb (control)', () => {
    // the biopsy is planned, not the place where the infiltrate was seen
    expect(
      st('An inflammatory infiltrate on MRI led us to a muscle biopsy, which showed perifascicular atrophy.')
        .muscleBiopsy?.features,
    ).toEqual({ perifascicularAtrophy: 'present' });
  });
  it('reads perifascicular lymphocytes as an infiltrate, not as perifascicular atrophy', () => {
    expect(st('Muscle biopsy showed perifascicular T lymphocytes.').muscleBiopsy?.features).toEqual({
      inflammatoryInfiltrate: 'present',
    });
    expect(st('Muscle biopsy showed perifascicular CD4+ cells.').muscleBiopsy?.features).toEqual({
      inflammatoryInfiltrate: 'present',
    });
    expect(st('Muscle biopsy showed perifascicular atrophy.').muscleBiopsy?.features).toEqual({
      perifascicularAtrophy: 'present',
    });
  });
  it('reads vacuolar degeneration of the basal layer as interface dermatitis, a basal layer alone as not', () => {
    expect(
      st('Skin biopsy showed vacuolar degeneration of the basal cell layer.').skinBiopsy?.conclusion,
    ).toBe('interface-dermatitis');
    expect(st('Skin biopsy showed a thickened basal membrane.').skinBiopsy?.conclusion).toBe('other');
  });
});
