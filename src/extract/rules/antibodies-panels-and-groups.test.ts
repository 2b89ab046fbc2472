/**
 * Antibody panels and groups: a group result with its members in brackets, the abbreviated head nouns of antibody
 * groups ("Ab", "Abs"), general statements and possibilities that are no result, result wordings after the name,
 * levels and pasted reports, slash titres, a confirmation on a repeated test, companions after "with", antibodies
 * to skeletal and heart muscle, what a diagnosis rests on, and an autoimmune work-up reported as one result. Each
 * construction is written as a sentence of the project's own, beside the near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';
import { withAbbreviatedHeads } from '../lexicon/antibodies.js';

const antibodiesAfterEyelidRash = (sentence: string) =>
  extractCase(`A 52-year-old woman had a rash of the eyelids.\n${sentence}\n`).case.antibodies ?? [];

const SHAWL_SIGN_OPENING = 'A 61-year-old man was seen with weak hips and a shawl-sign rash.\n';

const antibodiesAfterShawlSign = (text: string) =>
  extractCase(SHAWL_SIGN_OPENING + text)
    .case.antibodies.map((a) => `${a.target}=${a.result}${a.panel ? ' (panel)' : ''}`)
    .sort();

const results = (sentence: string) =>
  Object.fromEntries(
    (
      extractCase(`A 63-year-old woman came to clinic with weak hips and a raised CK.\n${sentence}\n`).case
        .antibodies ?? []
    ).map((a) => [a.target, a.result]),
  );

const SWALLOWING_OPENING = 'A 58-year-old woman was seen with weak thighs and swallowing trouble.\n';

const antibodiesAfterSwallowingTrouble = (text: string) =>
  extractCase(SWALLOWING_OPENING + text)
    .case.antibodies.map((a) => `${a.target}=${a.result}${a.panel ? ' (panel)' : ''}`)
    .sort();

const sortedAntibodiesAfterAdmission = (text: string) =>
  extractCase(`A 52-year-old woman with proximal weakness was admitted.\n${text}`)
    .case.antibodies.map((a) => `${a.target}=${a.result}${a.panel ? ' (panel)' : ''}`)
    .sort();

describe('the abbreviated head nouns of antibody groups (session 40)', () => {
  it('adds "Ab", "Abs" and "autoAbs" forms of a group term, and nothing to a term without those nouns', () => {
    expect(withAbbreviatedHeads(['myositis specific antibodies'])).toContain('myositis specific abs');
    expect(withAbbreviatedHeads(['autoimmune antibody panel'])).toContain('autoimmune ab panel');
    expect(withAbbreviatedHeads(['myositis autoantibodies'])).toEqual(
      expect.arrayContaining(['myositis autoabs', 'myositis auto abs']),
    );
    expect(withAbbreviatedHeads(['myositis panel'])).toEqual(['myositis panel']);
  });
  it('reads a group denied as "Myositis-specific Abs negative" as a negative panel', () => {
    const a = antibodiesAfterEyelidRash('Myositis-specific Abs negative.');
    expect(a).toEqual([
      expect.objectContaining({ target: 'myositis antibody panel', result: 'negative', panel: true }),
    ]);
  });
  it('reads "Autoimmune Ab panel: negative" as a negative screen', () => {
    expect(antibodiesAfterEyelidRash('Autoimmune Ab panel: negative.')).toEqual([
      expect.objectContaining({ target: 'autoantibody screen', result: 'negative', panel: true }),
    ]);
  });
});

describe('a group result with its members in a bracket after the result', () => {
  it('gives the result to each member, with or without a copula, and keeps no group result', () => {
    expect(antibodiesAfterShawlSign('Myositis-specific Abs neg (Mi-2, NXP-2, SRP).')).toEqual([
      'Mi-2=negative',
      'NXP2=negative',
      'SRP=negative',
    ]);
    expect(
      antibodiesAfterShawlSign('Antisynthetase antibodies: all negative (anti-PL-7 and anti-OJ).'),
    ).toEqual(['OJ=negative', 'PL-7=negative']);
    expect(antibodiesAfterShawlSign('Myositis autoantibodies were negative (Jo-1, EJ).')).toEqual([
      'EJ=negative',
      'Jo-1=negative',
    ]);
  });
  it('keeps the group when the bracket names no member, and a positive panel test keeps only the panel (controls)', () => {
    expect(antibodiesAfterShawlSign('Myositis antibodies negative (line immunoassay).')).toEqual([
      'myositis antibody panel=negative (panel)',
    ]);
    expect(antibodiesAfterShawlSign('The myositis blot was positive (Jo-1, PL-12, OJ).')).toEqual([
      'myositis antibody panel=positive (panel)',
    ]);
  });
});

describe('general statements are no result', () => {
  it('a level word before a noun of risk ("a high risk of")', () => {
    expect(antibodiesAfterShawlSign('Anti-NXP2 antibodies carry a high risk of malignancy.')).toEqual([]);
    expect(antibodiesAfterShawlSign('Anti-NXP2 was high.')).toEqual(['NXP2=positive']);
  });
  it('a disease named by its antibody that is only considered', () => {
    expect(antibodiesAfterShawlSign('Anti-SRP necrotising myopathy was considered.')).toEqual([]);
    expect(antibodiesAfterShawlSign('Anti-SRP necrotising myopathy was in our differential.')).toEqual([]);
    expect(antibodiesAfterShawlSign('Anti-SRP necrotising myopathy was diagnosed.')).toEqual([
      'SRP=positive',
    ]);
  });
  it('a disease or group compared with after "unlike"', () => {
    expect(antibodiesAfterShawlSign('Unlike MDA5-positive cases, he had no lung disease.')).toEqual([]);
    expect(antibodiesAfterShawlSign('Unlike anti-MDA5, which was negative, anti-Ro52 was positive.')).toEqual(
      ['MDA5=negative', 'Ro52=positive'],
    );
  });
  it('"a positive/negative X" as the subject of a present or modal verb', () => {
    expect(antibodiesAfterShawlSign('A positive anti-TIF1γ should prompt a search for cancer.')).toEqual([]);
    expect(
      antibodiesAfterShawlSign('A negative anti-HMGCR does not rule out a necrotising myopathy.'),
    ).toEqual([]);
    expect(antibodiesAfterShawlSign('A positive anti-TIF1γ was reported.')).toEqual(['TIF1-gamma=positive']);
  });
});

describe('result wordings after the name', () => {
  it('"status" and "assay" between the name and its result', () => {
    expect(antibodiesAfterShawlSign('Anti-PL-7 status: negative.')).toEqual(['PL-7=negative']);
    expect(antibodiesAfterShawlSign('Anti-OJ antibody assay: positive.')).toEqual(['OJ=positive']);
  });
  it('"as was also" shares the result before it', () => {
    expect(antibodiesAfterShawlSign('Anti-OJ was negative, as was also anti-EJ.')).toEqual([
      'EJ=negative',
      'OJ=negative',
    ]);
  });
  it('"no sign / no trace of" X is negative (control: no signs of a finding)', () => {
    expect(antibodiesAfterShawlSign('There was no trace of anti-EJ antibodies.')).toEqual(['EJ=negative']);
    expect(antibodiesAfterShawlSign('There were no signs of infection, and anti-EJ was positive.')).toEqual([
      'EJ=positive',
    ]);
  });
  it('"…, remainder negative" after a named panel, as "…, others negative"', () => {
    expect(antibodiesAfterShawlSign('Myositis panel: anti-EJ positive, remainder negative.')).toEqual([
      'EJ=positive',
      'myositis antibody panel=negative (panel)',
    ]);
  });
});

describe('the head noun glued with a hyphen ("PL-7-Ab")', () => {
  it('reads a sign after it, one per member', () => {
    expect(antibodiesAfterShawlSign('PL-7-Ab +, EJ-Ab −.')).toEqual(['EJ=negative', 'PL-7=positive']);
  });
  it('denies no result in "no X-Ab testing" or a general "a negative X-Ab does not …" (controls)', () => {
    expect(antibodiesAfterShawlSign('No OJ-Ab testing was done.')).toEqual([]);
    expect(antibodiesAfterShawlSign('A negative SRP-Ab cannot exclude the disease.')).toEqual([]);
  });
});

describe('levels and pasted reports', () => {
  it('a "titre" with a unit or a cut-off is a level, not a dilution (control: an ANA dilution stays one)', () => {
    expect(antibodiesAfterShawlSign('Anti-PM-Scl titre 75 (< 25).')).toEqual(['PM-Scl=positive']);
    expect(antibodiesAfterShawlSign('Anti-Ku titer 9 U/mL (<20).')).toEqual(['Ku=negative']);
    expect(antibodiesAfterShawlSign('ANA titre 40 (normal < 1:80).')).toEqual(['ANA=negative']);
  });
  it('a level flagged "H" by the laboratory is positive (control: "h" for hours)', () => {
    expect(antibodiesAfterShawlSign('Anti-SRP Ab 140 H, anti-Jo-1 negative.')).toEqual([
      'Jo-1=negative',
      'SRP=positive',
    ]);
    expect(antibodiesAfterShawlSign('Anti-NXP2 95 AU [H]')).toEqual(['NXP2=positive']);
    expect(antibodiesAfterShawlSign('Anti-SRP antibody 24 h after admission was negative.')).toEqual([
      'SRP=negative',
    ]);
  });
  it('reads across the leader dots of a pasted report (control: a stop ends a clause)', () => {
    expect(antibodiesAfterShawlSign('Anti-EJ ........ negative')).toEqual(['EJ=negative']);
    expect(antibodiesAfterShawlSign('Anti-EJ was sent. Positive ANA.')).toEqual(['ANA=positive']);
  });
});

describe('a result noun said of any patient', () => {
  it('"X positivity correlates with / indicates / is linked to" opening the sentence', () => {
    expect(antibodiesAfterShawlSign('Anti-OJ positivity correlates with lung involvement.')).toEqual([]);
    expect(antibodiesAfterShawlSign('SAE seropositivity is linked to dysphagia.')).toEqual([]);
  });
  it("keeps the patient's own result noun (controls)", () => {
    expect(antibodiesAfterShawlSign('Anti-OJ positivity was confirmed on a second blot.')).toEqual([
      'OJ=positive',
    ]);
    expect(antibodiesAfterShawlSign('His anti-OJ positivity indicates an antisynthetase syndrome.')).toEqual([
      'OJ=positive',
    ]);
  });
});

describe('a group or a possession across more words', () => {
  it('"negative for all <group>" is a negative group result', () => {
    expect(antibodiesAfterShawlSign('He was negative for all myositis-specific antibodies.')).toEqual([
      'myositis antibody panel=negative (panel)',
    ]);
  });
  it('"had low-titre anti-X antibodies" is possession across the hyphens (control: "had … checked")', () => {
    expect(antibodiesAfterShawlSign('He had low-titre anti-OJ autoantibodies.')).toEqual(['OJ=positive']);
    expect(antibodiesAfterShawlSign('He had anti-OJ antibodies checked.')).toEqual([]);
  });
});

describe('a denied finding with "any", and a table of levels', () => {
  it('"the panel did not detect any antibodies / show any positive bands" is a negative panel', () => {
    expect(antibodiesAfterShawlSign('The extended myositis blot did not show any positive bands.')).toEqual([
      'myositis antibody panel=negative (panel)',
    ]);
    expect(antibodiesAfterShawlSign('The myositis panel failed to reveal any antibodies.')).toEqual([
      'myositis antibody panel=negative (panel)',
    ]);
  });
  it('keeps no panel for "any change", and named members take the denial themselves (controls)', () => {
    expect(antibodiesAfterShawlSign('The myositis panel did not show any difference.')).toEqual([]);
    expect(antibodiesAfterShawlSign('The myositis blot did not reveal any anti-OJ or anti-EJ.')).toEqual([
      'EJ=negative',
      'OJ=negative',
    ]);
  });
  it('reads a level against the reference column of a pasted table', () => {
    expect(
      antibodiesAfterShawlSign('Test | Result | Range\nAnti-SRP | 74 | <20\nAnti-OJ | 2 | 0-15'),
    ).toEqual(['OJ=negative', 'SRP=positive']);
  });
});

describe('a possibility is no result', () => {
  it('"X may be / can be <result>" (control: "could not be detected" stays negative)', () => {
    expect(antibodiesAfterShawlSign('Anti-SAE may be negative early in the course.')).toEqual([]);
    expect(antibodiesAfterShawlSign('Anti-SAE could not be detected.')).toEqual(['SAE=negative']);
  });
  it('"X negativity does not exclude …" opening the sentence (control: the patient\'s negativity confirmed)', () => {
    expect(antibodiesAfterShawlSign('Anti-SRP negativity does not exclude a necrotising myopathy.')).toEqual(
      [],
    );
    expect(antibodiesAfterShawlSign('Anti-SRP negativity was confirmed on repeat testing.')).toEqual([
      'SRP=negative',
    ]);
  });
});

describe('a confirmation on a repeated test', () => {
  it('"X was negative, confirmed on repeat testing" stays negative (control: a later positive still counts)', () => {
    expect(antibodiesAfterShawlSign('Anti-Mi-2 was negative, confirmed on repeat testing.')).toEqual([
      'Mi-2=negative',
    ]);
    expect(
      antibodiesAfterShawlSign('Anti-Mi-2 was negative at first but positive on repeat testing.'),
    ).toEqual(['Mi-2=positive']);
  });
});

describe('a slash titre after an antibody, and a hedge across an adverb (session 40)', () => {
  it('reads "ANA 1/320, anti-Sm negative" as a positive ANA and a negative anti-Sm, as the colon form is read', () => {
    expect(results('ANA 1/320, anti-Sm negative.')).toEqual({ ANA: 'positive', Sm: 'negative' });
    expect(results('ANA 1/640 (speckled), anti-dsDNA negative.')).toEqual({
      ANA: 'positive',
      dsDNA: 'negative',
    });
    // control: under a result stated before the list, the titre stays inside it
    expect(results('Positive ANA 1/320, anti-Ro52 and anti-Jo-1.')).toEqual({
      ANA: 'positive',
      Ro52: 'positive',
      'Jo-1': 'positive',
    });
  });
  it('reads a positivity "initially suspected" as a suspicion, and one confirmed after it as a result', () => {
    expect(results('Anti-HMGCR positivity was originally suspected.')).toEqual({});
    expect(results('Anti-HMGCR positivity was originally suspected, and the assay confirmed it.')).toEqual({
      HMGCR: 'positive',
    });
  });
});

describe('companions after "with" do not lend their result words to the list', () => {
  it('keeps the result before the antibody noun when a "with" phrase names other tests with their own words', () => {
    expect(
      antibodiesAfterSwallowingTrouble(
        'Serum work-up found positive antibodies against HMGCR with a normal TSH and negative ANA.',
      ),
    ).toEqual(['ANA=negative', 'HMGCR=positive']);
    expect(
      antibodiesAfterSwallowingTrouble(
        'Testing showed antibodies to SRP, with raised CK and positive anti-Ro52.',
      ),
    ).not.toContain('SRP=negative');
  });
  it('still shares a verb after a plain list of tests, and a denial after the noun (controls)', () => {
    expect(
      antibodiesAfterSwallowingTrouble('Anti-HMGCR antibodies, elevated CK and negative ANA were noted.'),
    ).toEqual(['ANA=negative', 'HMGCR=positive']);
    expect(antibodiesAfterSwallowingTrouble('Positive antibodies against Jo-1 were not found.')).toEqual([
      'Jo-1=negative',
    ]);
  });
});

describe('the antibody noun with its abbreviation in brackets before its antigen', () => {
  it('reads "antibodies (AB) against X" as "antibodies against X"', () => {
    expect(antibodiesAfterSwallowingTrouble('Her serum had positive antibodies (AB) against HMGCR.')).toEqual(
      ['HMGCR=positive'],
    );
    expect(antibodiesAfterSwallowingTrouble('She had antibodies (Abs) against PL-12.')).toEqual([
      'PL-12=positive',
    ]);
  });
  it('keeps a denial of the same shape (control)', () => {
    expect(antibodiesAfterSwallowingTrouble('No antibodies (Abs) against PL-12 were found.')).toEqual([
      'PL-12=negative',
    ]);
  });
});

describe('antibodies to skeletal and heart muscle', () => {
  it('names the striational test by the muscle it stains, and the heart-muscle antibodies as their own target', () => {
    expect(antibodiesAfterSwallowingTrouble('Anti-skeletal muscle antibodies were positive.')).toEqual([
      'striated muscle=positive',
    ]);
    expect(antibodiesAfterSwallowingTrouble('Anti-cardiac muscle antibodies were negative.')).toEqual([
      'cardiac muscle=negative',
    ]);
    expect(antibodiesAfterSwallowingTrouble('Antimyocardial antibodies: positive.')).toEqual([
      'cardiac muscle=positive',
    ]);
  });
  it('reads no antibody from the muscle itself (controls)', () => {
    expect(
      antibodiesAfterSwallowingTrouble('A biopsy of skeletal muscle was positive for inflammation.'),
    ).toEqual([]);
    expect(antibodiesAfterSwallowingTrouble('Cardiac muscle involvement was suspected on MRI.')).toEqual([]);
  });
});

describe('what a diagnosis rests on', () => {
  it('reads an antibody named as the basis of a diagnosis as present, and a stated result as stated', () => {
    expect(
      antibodiesAfterSwallowingTrouble(
        'Antisynthetase syndrome was diagnosed on the basis of anti-EJ antibodies.',
      ),
    ).toEqual(['EJ=positive']);
    expect(
      antibodiesAfterSwallowingTrouble(
        'The diagnosis was based on a negative anti-Jo-1 and a positive anti-PL-7.',
      ),
    ).toEqual(['Jo-1=negative', 'PL-7=positive']);
  });
  it('reads nothing from a test planned on that basis, nor from a denied basis (controls)', () => {
    expect(antibodiesAfterSwallowingTrouble('Testing based on anti-Jo-1 antibodies was planned.')).toEqual(
      [],
    );
    expect(antibodiesAfterSwallowingTrouble('The diagnosis had no basis of anti-Jo-1 antibodies.')).toEqual(
      [],
    );
  });
});

describe('an antibody as the last member of a list of findings a diagnosis rests on', () => {
  it('is present after "the presence of" or "on the basis of", across quoted and qualified members', () => {
    expect(
      antibodiesAfterSwallowingTrouble(
        "The syndrome was diagnosed on the presence of ILD, 'mechanic's hands' and anti-PL-7 antibodies.",
      ),
    ).toEqual(['PL-7=positive']);
    expect(
      antibodiesAfterSwallowingTrouble(
        'The diagnosis rested on the basis of a heliotrope rash, raised CK and anti-NXP2.',
      ),
    ).toEqual(['NXP2=positive']);
  });
  it('is not present after a search for its presence, nor when it carries its own result (controls)', () => {
    expect(
      antibodiesAfterSwallowingTrouble('We tested for the presence of arthritis and anti-PL-7 antibodies.'),
    ).toEqual([]);
    expect(
      antibodiesAfterSwallowingTrouble(
        'The presence of arthritis, fever, and negative anti-PL-7 antibodies was recorded.',
      ),
    ).toEqual(['PL-7=negative']);
  });
});

describe('an autoimmune work-up reported as one result', () => {
  it('is a group result', () => {
    expect(sortedAntibodiesAfterAdmission('Autoimmune work-up was negative.')).toEqual([
      'autoantibody screen=negative (panel)',
    ]);
    expect(sortedAntibodiesAfterAdmission('The rheumatologic workup was unremarkable.')).toEqual([
      'autoantibody screen=negative (panel)',
    ]);
  });
  it('gives way to its named members, and a work-up only sent has no result (controls)', () => {
    expect(
      sortedAntibodiesAfterAdmission('Autoimmune workup including ANA and anti-SRP was negative.'),
    ).toEqual(['ANA=negative', 'SRP=negative']);
    expect(sortedAntibodiesAfterAdmission('An autoimmune workup was sent.')).toEqual([]);
  });
});
