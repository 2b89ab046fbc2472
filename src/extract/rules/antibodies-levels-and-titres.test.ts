/**
 * Antibody levels, titres and blots: a titre after the result word or with its reference, a level with or without
 * its norm or cut-off, a multiple of the upper limit, blot grades and bands, a grey zone between two cut-offs, and
 * a weak positive. Each with the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';
import {
  antibodiesAfterProximalWeakness,
  antibodiesWithTitresAfterTitle,
  PROXIMAL_WEAKNESS_OPENING,
  sortedAntibodiesAfterWeakThighs,
  WEAK_THIGHS_CASE,
} from './__fixtures__/helpers.js';

const warningsOf = (text: string) =>
  extractCase(WEAK_THIGHS_CASE + text).warnings.flatMap((w) =>
    w.code === 'unplaced' ? [`${w.kind}: ${w.span?.text ?? ''}`] : [],
  );

describe('a titre after the result word is kept', () => {
  it('"positive at a titre of 1:320"', () => {
    expect(antibodiesWithTitresAfterTitle('The ANA was positive at a titre of 1:320.')).toEqual({
      ANA: 'positive 1:320',
    });
  });
  it('"positive (1:640)" and "positive, 1/160"', () => {
    expect(antibodiesWithTitresAfterTitle('Antinuclear antibody: positive (1:640).')).toEqual({
      ANA: 'positive 1:640',
    });
    expect(antibodiesWithTitresAfterTitle('ANA positive, 1/160 dilution.')).toEqual({
      ANA: 'positive 1:160',
    });
  });
  it('control: a negative result keeps no titre', () => {
    expect(antibodiesWithTitresAfterTitle('The ANA was negative (1:40).')).toEqual({ ANA: 'negative' });
  });
  it('control: one titre after a list of two is given to neither', () => {
    expect(antibodiesWithTitresAfterTitle('ANA and anti-Ro52 were positive at 1:160.')).toEqual({
      ANA: 'positive',
      Ro52: 'positive',
    });
  });
});

describe('a titre with its reference', () => {
  const antibodies = (text: string) =>
    extractCase(PROXIMAL_WEAKNESS_OPENING + text).case.antibodies.map(
      (a) => `${a.target}=${a.result}${a.titre ? ' ' + a.titre : ''}`,
    );

  it('"ANA 1:1280 (normal <1:80)" is positive: the bracket is the reference, not a result below it', () => {
    expect(antibodies('ANA 1:1280 (normal <1:80), anti-Jo-1 negative.')).toEqual([
      'ANA=positive 1:1280',
      'Jo-1=negative',
    ]);
    expect(antibodies('Anti-Yo titre was 1:1920 (reference <1:240).')[0]).toMatch(/^Yo=positive/);
  });

  it('a titre under its reference is negative, and "<1:40" alone is still a negative test', () => {
    expect(antibodies('ANA was 1:40 (normal <1:80).')[0]).toMatch(/^ANA=negative/);
    expect(antibodies('ANA <1:40.')).toEqual(['ANA=negative']);
  });
});

describe('an antibody level with its norm', () => {
  const antibodies = (text: string) =>
    extractCase(PROXIMAL_WEAKNESS_OPENING + text).case.antibodies.map((a) => `${a.target}=${a.result}`);

  it('"Anti-SSA/Ro 8 [norm <0.9]" is positive, "0.3 (norm <0.9)" negative', () => {
    expect(antibodies('Anti-SSA/Ro 8 [norm <0.9].')).toEqual(['SSA/Ro=positive']);
    expect(antibodies('Anti-SSA/Ro 0.3 (norm <0.9).')).toEqual(['SSA/Ro=negative']);
  });

  it('control: a citation in square brackets after a level is no norm', () => {
    expect(antibodies('Anti-Jo-1 was 45 [12].')).toEqual([]);
  });
});

describe('an antibody level stated as a multiple of the upper limit of normal', () => {
  it('is a positive result (it had been read negative from the word "normal")', () => {
    expect(
      antibodiesAfterProximalWeakness(
        'Anti-HMGCR antibody level was twelve times the upper limit of normal.',
      ),
    ).toEqual(['HMGCR positive']);
    expect(antibodiesAfterProximalWeakness('Anti-U1RNP antibody was 6 times upper limit of normal.')).toEqual(
      ['U1-RNP positive'],
    );
    expect(antibodiesAfterProximalWeakness('Anti-SSA was 4 times above normal.')).toEqual([
      'SSA/Ro positive',
    ]);
    expect(antibodiesAfterProximalWeakness('Anti-Jo-1 was well above the normal range.')).toEqual([
      'Jo-1 positive',
    ]);
  });

  it('stays negative within, below or not above the limit', () => {
    expect(antibodiesAfterProximalWeakness('Anti-Jo-1 antibody level was within the normal range.')).toEqual([
      'Jo-1 negative',
    ]);
    expect(antibodiesAfterProximalWeakness('Anti-Jo-1 was below the upper limit of normal.')).toEqual([
      'Jo-1 negative',
    ]);
    expect(antibodiesAfterProximalWeakness('Anti-Jo-1 was not above the upper limit of normal.')).toEqual([
      'Jo-1 negative',
    ]);
  });
});

describe('a level or titre stated for one antibody beside another antibody’s result', () => {
  it('keeps "anti-MDA5 was 2,870 (normal < 32), and anti-TIF1-γ was negative" apart', () => {
    expect(
      sortedAntibodiesAfterWeakThighs(
        'Anti-MDA5 antibody was 2,870 (normal < 32), and anti-TIF1-γ antibody was negative.',
      ),
    ).toEqual(['MDA5=positive', 'TIF1-gamma=negative']);
  });

  it('does not give "ANA was 1:320" the negative of the antibody before "and"', () => {
    expect(sortedAntibodiesAfterWeakThighs('Anti-Jo-1 was negative and ANA was 1:320.')).toEqual([
      'ANA=positive',
      'Jo-1=negative',
    ]);
    // control: a list sharing one result after "and"
    expect(sortedAntibodiesAfterWeakThighs('Anti-Jo-1 and anti-PL-7 were negative.')).toEqual([
      'Jo-1=negative',
      'PL-7=negative',
    ]);
  });
});

describe('blot grades written with a digit', () => {
  it('gives each member its own grade: "TIF1-γ 3+, Ro52 2+, Jo-1 negative", "Jo-1 (3+), Ro-52 (1+)"', () => {
    expect(sortedAntibodiesAfterWeakThighs('Myositis line blot: TIF1-γ 3+, Ro52 2+, Jo-1 negative.')).toEqual(
      ['Jo-1=negative', 'Ro52=positive', 'TIF1-gamma=positive'],
    );
    expect(sortedAntibodiesAfterWeakThighs('Immunoblot: Jo-1 (3+), Ro-52 (1+), PL-7 (-).')).toEqual([
      'Jo-1=positive',
      'PL-7=negative',
      'Ro52=positive',
    ]);
  });
});

describe('an ANA’s titre beside a reference label or a staining pattern, and results that changed', () => {
  it('reads "ANA 1:640 (negative < 1:80)" by its titre, and a pattern after the titre as positive', () => {
    expect(sortedAntibodiesAfterWeakThighs('ANA 1:640 (negative < 1:80).')).toEqual(['ANA=positive']);
    expect(sortedAntibodiesAfterWeakThighs('ANA 1:160 speckled, SMA negative.')).toEqual(['ANA=positive']);
    // control: a titre under the reference
    expect(sortedAntibodiesAfterWeakThighs('ANA 1:40 (negative < 1:80).')).toEqual(['ANA=negative']);
  });

  it('keeps the later positive of "negative at presentation but positive at relapse"', () => {
    expect(
      sortedAntibodiesAfterWeakThighs('Anti-Jo-1 was negative at presentation but positive at relapse.'),
    ).toEqual(['Jo-1=positive']);
    expect(
      sortedAntibodiesAfterWeakThighs('Anti-HMGCR was negative at baseline but positive on follow-up.'),
    ).toEqual(['HMGCR=positive']);
    // control: two antibodies, each with its own result
    expect(
      sortedAntibodiesAfterWeakThighs('Anti-Jo-1 was negative at presentation and anti-PL-7 was positive.'),
    ).toEqual(['Jo-1=negative', 'PL-7=positive']);
  });
});

describe('an antibody level with no cut-off beside it', () => {
  it('reports the level as unplaced rather than dropping it without a word', () => {
    expect(warningsOf('Anti-HMGCR antibody was 210 CU.')).toEqual([
      'antibody-level: Anti-HMGCR antibody was 210 CU',
    ]);
    expect(warningsOf('RF 512 IU/mL.')).toEqual(['antibody-level: RF 512 IU/mL']);
  });

  it('says nothing when the level was read against its cut-off, or is a dose', () => {
    // controls: a level with its cut-off is read; a drug's dose near an antibody's name is no level
    const read = extractCase(WEAK_THIGHS_CASE + 'Anti-MDA5 was 150 index (normal <32).');
    expect(read.case.antibodies.map((a) => `${a.target}=${a.result}`)).toEqual(['MDA5=positive']);
    expect(read.warnings.filter((w) => w.code === 'unplaced')).toEqual([]);
    expect(
      warningsOf('She was treated with belinostat, a histone deacetylase blocker, at 900 mg/m2.'),
    ).toEqual([]);
  });
});

describe('a grey zone between two cut-offs with its own words', () => {
  it('reads a level in "(negative < 7, equivocal 7–10, positive > 10)" by its zone', () => {
    expect(
      sortedAntibodiesAfterWeakThighs('Anti-SSA 8 U/mL (negative < 7, equivocal 7–10, positive > 10).'),
    ).toEqual(['SSA/Ro=equivocal']);
    expect(
      sortedAntibodiesAfterWeakThighs('Anti-SSA 18 U/mL (negative < 7, equivocal 7–10, positive > 10).'),
    ).toEqual(['SSA/Ro=positive']);
    expect(
      sortedAntibodiesAfterWeakThighs('Anti-SSA 3 U/mL (negative < 7, equivocal 7–10, positive > 10).'),
    ).toEqual(['SSA/Ro=negative']);
  });
});

describe('blot bands and contrasts', () => {
  it('reads a band that is the subject of its own result by that result', () => {
    expect(sortedAntibodiesAfterWeakThighs('The Jo-1 band was negative.')).toEqual(['Jo-1=negative']);
    expect(
      sortedAntibodiesAfterWeakThighs(
        'The SRP band was strongly positive (+++), whereas the HMGCR band was negative.',
      ),
    ).toEqual(['HMGCR=negative', 'SRP=positive']);
  });

  it('still reads a band named as seen or strong as positive', () => {
    // controls
    expect(sortedAntibodiesAfterWeakThighs('The anti-NXP2 band was strong (class 3).')).toEqual([
      'NXP2=positive',
    ]);
    expect(sortedAntibodiesAfterWeakThighs('A trace anti-PL-12 band was seen.')).toEqual(['PL-12=positive']);
  });

  it('ends a list at "whereas", "while" or "but"', () => {
    expect(
      sortedAntibodiesAfterWeakThighs(
        'Serology was positive for anti-TIF1γ, whereas anti-Mi-2, anti-MDA5 and anti-NXP2 were negative.',
      ),
    ).toEqual(['MDA5=negative', 'Mi-2=negative', 'NXP2=negative', 'TIF1-gamma=positive']);
    // control
    expect(sortedAntibodiesAfterWeakThighs('Positive for anti-PL-7 but not for Jo-1 or PL-12.')).toEqual([
      'Jo-1=negative',
      'PL-12=negative',
      'PL-7=positive',
    ]);
  });

  it('reads the rest of what was tested as negative when only one antibody was positive', () => {
    expect(
      sortedAntibodiesAfterWeakThighs(
        'Of the myositis-specific antibodies tested (Jo-1, PL-7, PL-12, SRP, Mi-2, MDA5, NXP2), only anti-NXP2 was positive.',
      ),
    ).toEqual([
      'Jo-1=negative',
      'MDA5=negative',
      'Mi-2=negative',
      'NXP2=positive',
      'PL-12=negative',
      'PL-7=negative',
      'SRP=negative',
    ]);
    // control: "only" before two members picks no one out
    expect(sortedAntibodiesAfterWeakThighs('Only anti-Ro52 and anti-Jo-1 were positive.')).toEqual([
      'Jo-1=positive',
      'Ro52=positive',
    ]);
  });
});
