/**
 * EMG readings a probe of the project's own sentences found unread (session 50): a denied abnormality is a normal
 * study, early recruitment is the myopathic pattern, a polyneuropathy or radiculopathy is neurogenic, and
 * "non-specific" with its hyphen is non-specific.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';

const LEAD = 'A 39-year-old woman had a shawl-sign rash and could not climb stairs.\n';
const emgOf = (text: string) => extractCase(LEAD + text).case.emg?.interpretation ?? null;

describe('EMG readings', () => {
  it('reads a denied abnormality as a normal study', () => {
    expect(emgOf('EMG showed no abnormal findings.')).toBe('normal');
    expect(emgOf('Electromyography showed no abnormality.')).toBe('normal');
    expect(emgOf('EMG did not reveal any abnormalities.')).toBe('normal');
  });
  it('keeps an abnormality that is stated', () => {
    expect(emgOf('EMG was abnormal, showing myopathic features.')).toBe('myopathic');
    expect(emgOf('EMG showed abnormal spontaneous activity.')).not.toBe('normal');
  });
  it('reads early recruitment as myopathic', () => {
    expect(emgOf('EMG showed early recruitment of small motor units in the deltoids.')).toBe('myopathic');
  });
  it('reads a polyneuropathy or radiculopathy as neurogenic', () => {
    expect(emgOf('EMG revealed a sensorimotor axonal polyneuropathy.')).toBe('neurogenic');
    expect(emgOf('EMG showed a chronic L5 radiculopathy.')).toBe('neurogenic');
  });
  it('reads "non-specific" as non-specific', () => {
    expect(emgOf('EMG findings were non-specific.')).toBe('non-specific');
  });
});
