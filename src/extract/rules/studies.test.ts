/**
 * EMG, muscle biopsy and MRI reports: a study that denies the myopathic pattern or a myositis, hedged or general
 * biopsy features, a biopsy finding set against another disease, a study named in a hedge, oedema on MRI, and motor
 * units described rather than named. Each with the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { read } from '../__fixtures__/read-case.js';
import { extractCase } from '../extract.js';
import {
  labsAfterTitle,
  readAfterTitle,
  readingsOrValuesAfterTitle,
  studiesAfterTitle,
} from './__fixtures__/helpers.js';

const biopsy = (text: string) => {
  const mb = extractCase(
    `Dermatomyositis: a case report\n\nA 50-year-old woman presented with proximal muscle weakness. ${text}`,
  ).case.muscleBiopsy;
  return { features: mb?.features ?? {}, conclusion: mb?.conclusion };
};

describe('sixteenth round: hedged biopsy features', () => {
  const features = (text: string) =>
    extractCase(`A 40-year-old woman had proximal weakness. ${text}`).case.muscleBiopsy?.features ?? {};

  it('a possible or suspicious feature of the biopsy is not recorded present', () => {
    expect(features('Muscle biopsy showed suspicious perifascicular atrophy.')).toEqual({});
    expect(features('Muscle biopsy showed possible perifascicular atrophy.')).toEqual({});
    expect(features('Muscle biopsy showed perifascicular atrophy.')).toEqual({
      perifascicularAtrophy: 'present',
    });
    expect(features('Muscle biopsy showed no perifascicular atrophy.')).toEqual({
      perifascicularAtrophy: 'absent',
    });
  });
});

describe('an EMG that denies the myopathic pattern', () => {
  const emg = (text: string) => {
    const e = read(text).emg;
    return e ? `${e.performed}/${e.interpretation}` : undefined;
  };

  it('reads a denied myopathic pattern as a normal study, not a myopathic one', () => {
    expect(emg('EMG did not show myopathic changes.')).toBe('done/normal');
    expect(emg('EMG findings were not consistent with myopathy.')).toBe('done/normal');
    expect(emg('EMG: no myopathic pattern.')).toBe('done/normal');
    expect(emg('No myopathic changes were seen on EMG.')).toBe('done/normal');
  });

  it('keeps a myopathic study, also when the pattern is named before it', () => {
    expect(emg('EMG showed myopathic changes without denervation.')).toBe('done/myopathic');
    expect(emg('Myopathic changes were seen on EMG.')).toBe('done/myopathic');
    expect(emg('Myopathic changes were seen on MRI, and EMG was normal.')).toBe('done/normal');
    expect(emg('No EMG was performed.')).toBe('not-done/unknown');
  });

  it('reads a refused biopsy as not done', () => {
    expect(read('A muscle biopsy was refused.').muscleBiopsy?.performed).toBe('not-done');
  });
});

describe('a muscle biopsy that denies a myositis', () => {
  const conclusion = (text: string) => read(text).muscleBiopsy?.conclusion;

  it('reads a denied myositis as another process, and "was normal" as normal', () => {
    expect(conclusion('Muscle biopsy was not consistent with myositis.')).toBe('other');
    expect(conclusion('Muscle biopsy showed no evidence of inflammatory myopathy.')).toBe('other');
    expect(conclusion('Muscle biopsy findings argued against dermatomyositis.')).toBe('other');
    expect(conclusion('Muscle biopsy was normal.')).toBe('normal');
  });

  it('keeps a myositis the report names without denying it', () => {
    expect(conclusion('Muscle biopsy was consistent with dermatomyositis.')).toBe('consistent-with-myositis');
    expect(
      conclusion(
        'Muscle biopsy showed perifascicular atrophy, not seen in polymyositis, consistent with dermatomyositis.',
      ),
    ).toBe('consistent-with-myositis');
  });
});

describe('a biopsy finding set against another disease is not denied', () => {
  it('"perifascicular atrophy, not seen in polymyositis": atrophy present, the biopsy not read as another process', () => {
    const b = biopsy('Muscle biopsy showed perifascicular atrophy, not seen in polymyositis.');
    expect(b.features.perifascicularAtrophy).toBe('present');
    expect(b.conclusion).not.toBe('other');
  });
  it('"rimmed vacuoles, a feature not usually seen in polymyositis": vacuoles present', () => {
    const b = biopsy('Muscle biopsy showed rimmed vacuoles, a feature not usually seen in polymyositis.');
    expect(b.features.rimmedVacuoles).toBe('present');
    expect(b.conclusion).not.toBe('other');
  });
  it('"necrotic fibres, not typical of dermatomyositis": necrosis present', () => {
    expect(
      biopsy('Muscle biopsy showed necrotic fibres, not typical of dermatomyositis.').features.necrosis,
    ).toBe('present');
  });
  it('control: a finding the biopsy did not show is absent', () => {
    expect(biopsy('Muscle biopsy: rimmed vacuoles were not seen.').features.rimmedVacuoles).toBe('absent');
  });
  it('control: a biopsy that denies the myositis is another process', () => {
    expect(biopsy('Muscle biopsy did not show features of polymyositis.').conclusion).toBe('other');
  });
  it('control: "typical of dermatomyositis" is the biopsy’s conclusion', () => {
    expect(
      biopsy('Muscle biopsy showed perifascicular atrophy, typical of dermatomyositis.').conclusion,
    ).toBe('consistent-with-myositis');
  });
});

describe('a study named in a hedge, a prospect or a generality is no report', () => {
  it.each([
    'EMG was possibly myopathic.',
    'EMG: ?myopathic.',
    'EMG typically shows myopathic changes in dermatomyositis.',
    'EMG may show myopathic changes.',
  ])('%s', (text) => {
    expect(
      extractCase(`Dermatomyositis: a case report\n\nA 50-year-old woman presented with weakness. ${text}`)
        .case.emg,
    ).toBeUndefined();
  });
  it.each([
    'Muscle biopsy possibly showed perifascicular atrophy.',
    'A muscle biopsy would show perifascicular atrophy.',
    'Muscle biopsy typically shows perifascicular atrophy in dermatomyositis.',
  ])('%s', (text) => {
    expect(biopsy(text).features.perifascicularAtrophy).toBeUndefined();
  });
  it('controls: a report, also one dated "in May 2019"', () => {
    expect(
      biopsy('Muscle biopsy in May 2019 showed perifascicular atrophy.').features.perifascicularAtrophy,
    ).toBe('present');
    expect(
      extractCase('Case report\n\nA 50-year-old woman presented with weakness. EMG showed myopathic changes.')
        .case.emg?.interpretation,
    ).toBe('myopathic');
  });
});

describe('muscle MRI: denied oedema and oedema of the fascia', () => {
  const imaging = (text: string) => readAfterTitle(text).muscleImaging.map((m) => m.finding);
  it('"fascial thickening … without muscle oedema" is no myositis oedema', () => {
    expect(
      imaging('MRI of the thighs showed fascial thickening and enhancement without muscle oedema.'),
    ).toEqual(['other']);
  });
  it('"fascial oedema between the flexor muscles" is the fascia’s, not the muscle’s', () => {
    expect(imaging('MRI of the thighs showed fascial oedema between the flexor muscles.')).toEqual(['other']);
  });
  it('"no muscle oedema" is a normal muscle MRI', () => {
    expect(imaging('MRI of the thighs showed no muscle oedema.')).toEqual(['normal']);
  });
  it('control: oedema of the vastus muscles is myositis oedema', () => {
    expect(imaging('MRI of the thighs showed oedema of the vastus muscles.')).toEqual(['myositis-oedema']);
  });
});

describe('studies', () => {
  it('a reading in the EMG’s own sentence is its reading, not the next sentence’s', () => {
    expect(studiesAfterTitle('EMG was normal. The muscle biopsy suggested a myopathy.').emg).toBe('normal');
  });
  it('control: an EMG sentence without a reading takes the next one’s', () => {
    expect(studiesAfterTitle('An EMG was performed. It showed myopathic changes.').emg).toBe('myopathic');
  });
  it('"neurophysiological studies" are the EMG', () => {
    expect(studiesAfterTitle('Neurophysiological studies showed myopathic changes.').emg).toBe('myopathic');
  });
  it('a non-inflammatory myopathy on biopsy is another process', () => {
    expect(
      studiesAfterTitle('The muscle biopsy was in keeping with a non-inflammatory myopathy.').biopsy,
    ).toBe('other');
    expect(studiesAfterTitle('The muscle biopsy was in keeping with an inflammatory myopathy.').biopsy).toBe(
      'consistent-with-myositis',
    );
  });
  it('biopsy features in older words', () => {
    expect(
      readAfterTitle(
        'Muscle biopsy showed inflammatory cell infiltration in the interstitial tissue and around blood vessels.',
      ).muscleBiopsy?.features,
    ).toEqual({ inflammatoryInfiltrate: 'present', perimysialPerivascularInfiltrate: 'present' });
  });
});

describe('EMG units described, not named', () => {
  it('brief, low-amplitude motor units are myopathic, beside fibrillations', () => {
    expect(
      studiesAfterTitle(
        'Needle EMG found abundant denervation potentials and motor units that were brief and of low amplitude.',
      ).emg,
    ).toBe('myopathic');
  });
});

describe('the sixth round: neuromuscular pages', () => {
  it('an EMG "within normal limits" was done, and normal', () => {
    expect(
      readAfterTitle('Nerve conduction studies and EMG were both within normal limits.').emg,
    ).toMatchObject({
      performed: 'done',
      interpretation: 'normal',
    });
  });
  it('motor units described: small polyphasic (myopathic), of increased duration and amplitude (neurogenic)', () => {
    expect(
      studiesAfterTitle('Nerve conduction studies were normal and EMG showed small polyphasic MUPs.').emg,
    ).toBe('myopathic');
    expect(studiesAfterTitle('EMG showed MUPs of increased duration and amplitude.').emg).toBe('neurogenic');
  });
  it('"in a perifascicular pattern" is where a stain lies, not perifascicular atrophy', () => {
    expect(
      readAfterTitle(
        'Muscle biopsy: no perifascicular atrophy is seen. MHC1 staining is increased in a perifascicular pattern.',
      ).muscleBiopsy?.features,
    ).toEqual({ perifascicularAtrophy: 'absent', mhcClassIUpregulation: 'present' });
  });
  it('an enzyme named as a histochemical stain is no serum lab', () => {
    expect(
      readingsOrValuesAfterTitle('The acid phosphatase stain shows increased reactivity in macrophages.'),
    ).toEqual([]);
  });
  it('"in the blood" between a lab and its value', () => {
    expect(labsAfterTitle('The CK in her blood was 1,650 U/L.')).toEqual(['CK 1650 U/L']);
  });
});
