/**
 * Two list readings a probe of the project's own sentences found lost (session 50):
 * - a raised or low result announced before a colon or "including" applies to the list's members, as a normal one
 *   did ("The following were elevated: aldolase, LDH");
 * - the immunoglobulin classes written bare are serum levels where two or more stand in a list ("IgG, IgA and IgM
 *   were normal"), but not in a serology, a stain or a paraprotein.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { labReadingsAfterProximalWeakness as readingsOf } from './__fixtures__/helpers.js';

describe('a raised or low result announced before its list', () => {
  it('applies to each member', () => {
    expect(readingsOf('The following were elevated: aldolase, LDH.')).toEqual([
      'aldolase elevated',
      'LDH elevated',
    ]);
    expect(readingsOf('There was an elevation of the following: aldolase and LDH.')).toEqual([
      'aldolase elevated',
      'LDH elevated',
    ]);
    expect(readingsOf('Raised: CK and LDH.')).toEqual(['CK elevated', 'LDH elevated']);
  });
  it('leaves a member its own value', () => {
    expect(readingsOf('The following were elevated: CK 3450 U/L, aldolase.')).toEqual([
      'CK 3450',
      'aldolase elevated',
    ]);
  });
  it('keeps the normal list as it was', () => {
    expect(readingsOf('The following were normal: ESR, CRP, TSH.')).toEqual([
      'ESR normal',
      'CRP normal',
      'TSH normal',
    ]);
  });
});

describe('immunoglobulin classes in a list', () => {
  it('are serum levels', () => {
    expect(readingsOf('IgG, IgA and IgM were normal.')).toEqual(['IgG normal', 'IgA normal', 'IgM normal']);
    expect(readingsOf('Immunoglobulins (IgG, IgA, IgM) were normal.')).toEqual([
      'IgG normal',
      'IgA normal',
      'IgM normal',
    ]);
    expect(readingsOf('Raised IgG and IgA.')).toEqual(['IgG elevated', 'IgA elevated']);
  });
  it('are no levels in a serology, a stain or a paraprotein', () => {
    expect(readingsOf('Mycoplasma IgM and IgG were negative.')).toEqual([]);
    expect(readingsOf('IgG and IgM antibodies to CMV were negative.')).toEqual([]);
    expect(
      readingsOf('Direct immunofluorescence showed IgG, IgM and C3 along the basement membrane.'),
    ).toEqual([]);
    expect(readingsOf('She had an IgG kappa and IgA lambda paraprotein.')).toEqual([]);
  });
  it('stay unread alone, where the class may be an antibody’s', () => {
    expect(readingsOf('IgA was normal.')).toEqual([]);
  });
});
