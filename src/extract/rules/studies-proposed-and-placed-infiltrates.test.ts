/**
 * Two readings of a study's report (session 50, from probes of the project's own sentences):
 * - a study only proposed, ordered or awaited is no report: "A muscle biopsy was recommended to look for
 *   perifascicular atrophy" had given the atrophy, a weighted EULAR/ACR item, to a biopsy never done;
 * - an infiltrate's place is read in every form of its noun: "perivascular infiltrates" and "endomysial infiltrates"
 *   were unread, and "perivascular inflammatory infiltrates" was read as an infiltrate with no place; so are other
 *   wordings of the histology items a probe found unread, and "non-necrotic" is no necrosis.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';

const LEAD = 'A 47-year-old man came with a heliotrope rash and weak shoulders.\n';
const studiesOf = (text: string) => {
  const c = extractCase(LEAD + text).case;
  return { biopsy: c.muscleBiopsy, emg: c.emg, skin: c.skinBiopsy };
};

describe('a study only proposed', () => {
  it('gives no report', () => {
    for (const text of [
      'A muscle biopsy was recommended to look for perifascicular atrophy.',
      'A muscle biopsy was booked to settle a suspected dermatomyositis.',
      'We recommended a muscle biopsy to confirm polymyositis.',
      'A muscle biopsy was requested to confirm myositis, but he declined.',
      'Muscle biopsy is scheduled to look for endomysial inflammation.',
    ])
      expect(studiesOf(text).biopsy, text).toBeUndefined();
    expect(studiesOf('An EMG was ordered to look for a myopathic pattern.').emg).toBeUndefined();
  });
  it('is not done when it was declined after its purpose', () => {
    expect(studiesOf('A muscle biopsy to confirm the diagnosis was declined.').biopsy?.performed).toBe(
      'not-done',
    );
  });
  it('still reads a study done as proposed, and a study that suggested a diagnosis', () => {
    expect(
      studiesOf('A muscle biopsy, performed as recommended, showed perifascicular atrophy.').biopsy?.features
        ?.perifascicularAtrophy,
    ).toBe('present');
    expect(
      studiesOf('The muscle biopsy requested by the rheumatologist showed perifascicular atrophy.').biopsy
        ?.features?.perifascicularAtrophy,
    ).toBe('present');
    expect(studiesOf('The EMG ordered at admission showed myopathic changes.').emg?.interpretation).toBe(
      'myopathic',
    );
    expect(studiesOf('A skin biopsy suggested dermatomyositis.').skin?.conclusion).toBe('consistent-with-dm');
  });
  it('reads the later report of a study first proposed', () => {
    const b = studiesOf(
      'A muscle biopsy was recommended. The muscle biopsy showed perifascicular atrophy.',
    ).biopsy;
    expect(b?.performed).toBe('done');
    expect(b?.features?.perifascicularAtrophy).toBe('present');
  });
});

describe("an infiltrate's place", () => {
  const featuresOf = (finding: string) =>
    extractCase(`${LEAD}Muscle biopsy revealed ${finding}.`).case.muscleBiopsy?.features ?? {};
  it('is read with a plural noun and with words between', () => {
    expect(featuresOf('perivascular infiltrates')).toEqual({ perimysialPerivascularInfiltrate: 'present' });
    expect(featuresOf('perimysial infiltrates')).toEqual({ perimysialPerivascularInfiltrate: 'present' });
    expect(featuresOf('endomysial infiltrates')).toEqual({ endomysialInfiltrate: 'present' });
    expect(featuresOf('perivascular inflammatory infiltrates')).toEqual({
      perimysialPerivascularInfiltrate: 'present',
    });
    expect(featuresOf('endomysial mononuclear cell infiltrates')).toEqual({
      endomysialInfiltrate: 'present',
    });
    expect(featuresOf('perimysial and endomysial lymphocytic infiltrates')).toEqual({
      endomysialInfiltrate: 'present',
      perimysialPerivascularInfiltrate: 'present',
    });
  });
  it('is read after the cells, by their marker, and in cells invading fibres', () => {
    expect(featuresOf('inflammation in the endomysium')).toEqual({ endomysialInfiltrate: 'present' });
    expect(featuresOf('inflammation in the perimysium')).toEqual({
      perimysialPerivascularInfiltrate: 'present',
    });
    expect(featuresOf('inflammatory cells around vessels')).toEqual({
      perimysialPerivascularInfiltrate: 'present',
    });
    expect(featuresOf('endomysial CD8+ T cells')).toEqual({ endomysialInfiltrate: 'present' });
    expect(featuresOf('perivascular CD4+ T cells')).toEqual({ perimysialPerivascularInfiltrate: 'present' });
    expect(featuresOf('CD8+ T cells invading non-necrotic fibers')).toEqual({
      endomysialInfiltrate: 'present',
    });
  });
  it('reads no necrosis in "non-necrotic"', () => {
    expect(featuresOf('non-necrotic fibers')).toEqual({});
    expect(featuresOf('scattered necrotic fibers')).toEqual({ necrosis: 'present' });
  });
  it('reads rimmed vacuolated fibres, an HLA-ABC stain and the atrophy at the fascicles’ edge', () => {
    expect(featuresOf('rimmed vacuolated fibres')).toEqual({ rimmedVacuoles: 'present' });
    expect(featuresOf('increased expression of HLA-ABC')).toEqual({ mhcClassIUpregulation: 'present' });
    expect(featuresOf('atrophic fibres at the periphery of the fascicles')).toEqual({
      perifascicularAtrophy: 'present',
    });
    expect(featuresOf('inflammatory cells at the periphery of the fascicles')).not.toHaveProperty(
      'perifascicularAtrophy',
    );
  });
  it('leaves an infiltrate with no place as it is', () => {
    expect(featuresOf('inflammatory infiltrates')).toEqual({ inflammatoryInfiltrate: 'present' });
  });
  it('keeps a denied infiltrate absent', () => {
    expect(featuresOf('no endomysial infiltrates')).toEqual({ endomysialInfiltrate: 'absent' });
  });
});
