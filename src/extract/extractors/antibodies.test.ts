import { describe, expect, it } from 'vitest';
import { analyse } from '../document.js';
import { extractCase } from '../extract.js';
import { extractAntibodies } from './antibodies.js';

const abs = (t: string) =>
  Object.fromEntries(
    extractAntibodies(analyse(t)).antibodies.map((a) => [
      a.target,
      a.titre ? `${a.result} ${a.titre}` : a.result,
    ]),
  );

describe('antibodies', () => {
  it('reads a staining pattern as a positive ANA, a "1/N" titre, and "revealed isolated anti-Ku"', () => {
    expect(
      abs(
        'Screening for ANA showed a speckled pattern at 1/2500 titre, and subscreening revealed isolated anti-Ku antibody.',
      ),
    ).toEqual({
      // the titre after the staining pattern is kept (session 22)
      ANA: 'positive 1:2500',
      Ku: 'positive',
    });
    expect(abs('ANA 1/320.')).toEqual({ ANA: 'positive 1:320' });
    expect(abs('The titre of antinuclear antibody was 1:80, and it showed a nucleolar pattern.')).toEqual({
      ANA: 'positive 1:80',
    });
    expect(abs('The titre of antinuclear antibody was 1:80.')).toEqual({ ANA: 'equivocal 1:80' });
  });
  it('reads the misprint "T1F1-γ" (digit one for the letter I) as TIF1-γ', () => {
    expect(abs('Serology was positive for antinuclear antibody and anti-T1F1-γ.')).toEqual({
      ANA: 'positive',
      'TIF1-gamma': 'positive',
    });
  });
  it('reads a myositis extended profile as the myositis panel', () => {
    expect(abs('Myositis extended profile (LIA) – negative.')).toEqual({
      'myositis antibody panel': 'negative',
    });
  });
  it('reads autoimmune, connective-tissue and paraneoplastic groups as panels, never per member', () => {
    expect(
      abs(
        'Tests including an autoimmune antibody panel, a paraneoplastic antibody screen and anti-AChR antibodies were unremarkable.',
      ),
    ).toEqual({
      'autoantibody screen': 'negative',
      'paraneoplastic antibody panel': 'negative',
      AChR: 'negative',
    });
    expect(abs('His serology for other connective tissue diseases was negative.')).toEqual({
      'autoantibody screen': 'negative',
    });
  });
  it('a group word heading an antibody ("anti-Yo paraneoplastic antibodies were found") keeps its result', () => {
    expect(abs('A colon carcinoma and anti-Yo paraneoplastic antibodies were found.')).toEqual({
      Yo: 'positive',
    });
  });
  it('reads the antisynthetase syndrome abbreviated (ASS, ASyS) as a disease named by its antibodies', () => {
    expect(abs('A man with anti-PL-7/anti-SSA 52kD ASS and digital ulcers.')).toEqual({
      'PL-7': 'positive',
      Ro52: 'positive',
    });
    expect(abs('She had anti-EJ ASyS.')).toEqual({ EJ: 'positive' });
  });
  it('reads "nor was anti-X" after a negative, and "neither … nor … was found" as negative', () => {
    expect(abs('Anti-Mi-2 was not detected, nor was anti-SAE.')).toEqual({
      'Mi-2': 'negative',
      SAE: 'negative',
    });
    expect(abs('Neither anti-EJ nor anti-OJ was found.')).toEqual({ EJ: 'negative', OJ: 'negative' });
    // "nor" after a test not done gives no result
    expect(abs('Anti-Ku was not tested, nor anti-Mi-2.')).toEqual({});
  });
  it('reads "anti-MDA 5 disease" and "anti-Jo-1 syndrome" as the antibody present', () => {
    expect(abs('Amyopathic dermatomyositis (anti-MDA 5 disease) with pulmonary fibrosis.')).toEqual({
      MDA5: 'positive',
    });
    expect(abs('Anti-Jo-1 syndrome with lung disease.')).toEqual({ 'Jo-1': 'positive' });
  });
  it('shares a result over a list, before or after it', () => {
    expect(abs('ENAs, ANA, ANCAs, a-DNA and anticardiolipin: negative.')).toEqual({
      ENA: 'negative',
      ANA: 'negative',
      ANCA: 'negative',
      dsDNA: 'negative',
      anticardiolipin: 'negative',
    });
    expect(abs('Screen negative for ENA, dsDNA, anti-CCP.')).toEqual({
      ENA: 'negative',
      dsDNA: 'negative',
      CCP: 'negative',
    });
  });
  it('keeps titres and reads "weakly positive" as positive', () => {
    expect(abs('Weakly positive ANA (1:160).')).toEqual({ ANA: 'positive 1:160' });
    expect(abs('ANA 1:320.')).toEqual({ ANA: 'positive 1:320' });
  });
  it('separates clauses ("positive for X alone, whilst Y and Z negative")', () => {
    expect(
      abs(
        'The blot was positive for TIF1γ antibodies alone, whilst anti-Mi2 and anti-Jo1 antibody negative.',
      ),
    ).toEqual({ 'TIF1-gamma': 'positive', 'Jo-1': 'negative', 'Mi-2': 'negative' });
  });
  it('accepts every spelling of TIF1-gamma and ignores mentions without a result', () => {
    expect(abs('Anti-p155/140 positive.')).toEqual({ 'TIF1-gamma': 'positive' });
    expect(abs('TIF1-gamma antibodies are associated with cancer.')).toEqual({});
  });
  it('reads equivocal results', () => {
    expect(abs('Anti-NXP2 borderline.')).toEqual({ NXP2: 'equivocal' });
  });
  it('reads telegraphic results, "+ve" / "-ve", and a semicolon as the end of a list', () => {
    expect(abs('Abs: TIF1-γ +ve; antinuclear antibodies/Mi2 -ve')).toEqual({
      'TIF1-gamma': 'positive',
      ANA: 'negative',
      'Mi-2': 'negative',
    });
    expect(abs('High-titre anti-TIF1-γ; anti-Jo-1 and anti-Mi-2 were negative.')).toEqual({
      'TIF1-gamma': 'positive',
      'Jo-1': 'negative',
      'Mi-2': 'negative',
    });
  });
  it('reads expanded names, verbs of carrying, levels above a cut-off and outside-myositis targets', () => {
    expect(abs('She was found to harbor anti-threonyl-tRNA synthetase antibodies.')).toEqual({
      'PL-7': 'positive',
    });
    expect(abs('Anti-nuclear matrix protein 2 antibodies were positive.')).toEqual({ NXP2: 'positive' });
    expect(abs('Thyroid peroxidase antibodies >1000 U/mL.')).toEqual({ TPO: 'positive' });
    expect(abs('An elevated level of serum acetylcholine receptor antibodies.')).toEqual({
      AChR: 'positive',
    });
    expect(abs('Anti-Ro52 positive, anti-SSA/Ro positive.')).toEqual({
      Ro52: 'positive',
      'SSA/Ro': 'positive',
    });
  });
  it('shares "were both positive" with the list before, and reads a list after "including"', () => {
    expect(abs('The ANA test (titer: 320), and the anti-TIF1-γ antibody test, were both positive.')).toEqual({
      ANA: 'positive 1:320',
      'TIF1-gamma': 'positive',
    });
    expect(abs('The remaining autoantibody screen was negative including ENA, dsDNA and anti-CCP.')).toEqual({
      ENA: 'negative',
      dsDNA: 'negative',
      CCP: 'negative',
    });
  });
  it('records a group result as one panel, never one negative per antibody', () => {
    const r = extractAntibodies(
      analyse('An extended myositis panel revealed no myositis-specific antibodies.'),
    );
    expect(r.antibodies).toMatchObject([
      { target: 'myositis antibody panel', result: 'negative', panel: true },
    ]);
    expect(abs('Autoimmune screening for myositis-specific autoantibodies was negative.')).toEqual({
      'myositis antibody panel': 'negative',
    });
    expect(abs('Anti-aminoacyl tRNA synthetase and other antibodies were not detected.')).toEqual({
      'antisynthetase antibodies': 'negative',
    });
  });
  it('warns about an anti-X result it cannot place, with its span, and ignores drug classes', () => {
    const text = 'A 60-year-old woman. Anti-Kv1 antibodies were positive. She took anti-TNF therapy.';
    const r = extractCase(text);
    const w = r.warnings.filter((x) => x.code === 'unplaced');
    expect(w).toEqual([
      { code: 'unplaced', kind: 'unknown-antibody', span: expect.objectContaining({ text: 'Anti-Kv1' }) },
    ]);
    expect(text.slice(w[0]!.span!.start, w[0]!.span!.end)).toBe('Anti-Kv1');
  });
  it('warns about an unknown name written before "-Ab" or "antibodies" (session 43), with its span', () => {
    const text =
      'A 60-year-old man. Tests showed several antibodies (AChR-Ab, titin-Ab, ZX9-Ab and striational (STR)-Ab).';
    const r = extractCase(text);
    const w = r.warnings
      .filter((x) => x.code === 'unplaced')
      .map((x) => text.slice(x.span!.start, x.span!.end));
    expect(w).toEqual(['ZX9-Ab', 'STR']);
    expect(r.case.antibodies.map((a) => a.target).sort()).toEqual(['AChR', 'titin']);
  });
  it('warns about a capitalised name inside a sentence before "antibodies" (session 45: an agent the table lacks)', () => {
    const text = 'A 60-year-old man. Tests for Salmonella antibodies were negative.';
    const w = extractCase(text)
      .warnings.filter((x) => x.code === 'unplaced')
      .map((x) => text.slice(x.span!.start, x.span!.end));
    expect(w).toEqual(['Salmonella antibodies']);
    // control: the same words in a title-case heading capitalise every word
    expect(
      extractCase('A 60-year-old man. Tests For Salmonella Antibodies Were Negative.').warnings.filter(
        (x) => x.code === 'unplaced',
      ),
    ).toEqual([]);
  });
  it('does not warn about a word capitalised by its place, an immunoglobulin class or a numeral (controls)', () => {
    for (const text of [
      'A 60-year-old man. Autoimmune Antibodies were positive.',
      'A 60-year-old man. IgG antibodies were raised.',
      'A 60-year-old man. Anti-RNA polymerase III Antibody was positive.',
      'A 60-year-old man. FHL1 antibodies were requested.',
    ])
      expect(extractCase(text).warnings.filter((x) => x.code === 'unplaced')).toEqual([]);
  });
});

describe('antibody phrasings (reading rules)', () => {
  it('reads a finding verb on the left as positive, and a negated one as negative', () => {
    expect(abs('The immunoblot disclosed anti-PL-12 antibodies.')).toEqual({ 'PL-12': 'positive' });
    expect(abs('The workup identified the presence of anti-SAE antibodies.')).toEqual({ SAE: 'positive' });
    expect(abs('Her serum was seropositive for anti-SRP.')).toEqual({ SRP: 'positive' });
    expect(abs('No myositis antibodies were detected.')).toEqual({ 'myositis antibody panel': 'negative' });
  });
  it('reads "was found" / "was confirmed" on the right, but not "was found to be"', () => {
    expect(abs('Anti-EJ antibody was found in the serum.')).toEqual({ EJ: 'positive' });
    expect(abs('Anti-OJ was found to be negative.')).toEqual({ OJ: 'negative' });
  });
  it('reads a disease named by its antibody as the antibody present', () => {
    expect(abs('He was treated for anti-SRP necrotising myopathy.')).toEqual({ SRP: 'positive' });
    expect(abs('A man with anti-PL-7-associated antisynthetase syndrome.')).toEqual({ 'PL-7': 'positive' });
    expect(abs('Anti-Jo-1 antibodies are associated with myositis.')).toEqual({});
  });
  it('reads a level against its cut-off, never the word "normal" of the range as the result', () => {
    expect(abs('Anti-HMGCR antibody 96 U/mL (normal < 20).')).toEqual({ HMGCR: 'positive' });
    expect(abs('Anti-HMGCR antibody 12 U/mL (normal < 20).')).toEqual({ HMGCR: 'negative' });
    expect(abs('Anti-SRP level 40 units (reference 0-25).')).toEqual({ SRP: 'positive' });
  });
  it('reads plus signs, bands and "(−)" from blots', () => {
    expect(abs('Blot: NXP2 ++, Ro52 +.')).toEqual({ NXP2: 'positive', Ro52: 'positive' });
    expect(abs('Anti-MDA5 (strong band), anti-Ku (-).')).toEqual({ MDA5: 'positive', Ku: 'negative' });
  });
  it('drops a positive panel that only names the test of a positive member; a bracketed member list is not a panel result', () => {
    expect(abs('Myositis antibody testing showed anti-NXP2 positivity.')).toEqual({ NXP2: 'positive' });
    expect(abs('Antisynthetase antibodies (PL-7, PL-12) were negative.')).toEqual({
      'PL-7': 'negative',
      'PL-12': 'negative',
    });
  });
  it('does not record a screen as a group when its result is given "for" named members', () => {
    expect(abs('The autoantibody screen was negative for ENA, dsDNA and anti-CCP.')).toEqual({
      ENA: 'negative',
      dsDNA: 'negative',
      CCP: 'negative',
    });
  });
  it('keeps unknown anti-X members inside a list and reads "negative for" across them', () => {
    const r = extractAntibodies(analyse('He was negative for anti-Kv1, anti-Jo-1 and anti-Mi-2 antibodies.'));
    expect(Object.fromEntries(r.antibodies.map((a) => [a.target, a.result]))).toEqual({
      'Jo-1': 'negative',
      'Mi-2': 'negative',
    });
    expect(r.unplaced.map((u) => u.text)).toEqual(['anti-Kv1']);
  });
  it('prefers "positive for" on the left over a later clause, and keeps a bracketed titre with its member', () => {
    expect(abs('The blot was positive for anti-TIF1γ and was negative for the other antigens.')).toEqual({
      'TIF1-gamma': 'positive',
    });
    expect(abs('Serum was positive for ANA (1:640, speckled) and anti-Ro52.')).toEqual({
      ANA: 'positive 1:640',
      Ro52: 'positive',
    });
  });
});

describe('antibodies: phrasing families (issue 12, new synthetic sentences)', () => {
  it('reads a member found by a named panel test ("myositis antibody testing revealed …")', () => {
    expect(abs('Myositis antibody testing revealed anti-SAE1.')).toEqual({ SAE: 'positive' });
    expect(abs('An extended myositis panel identified anti-PL-12 antibodies.')).toEqual({
      'PL-12': 'positive',
    });
  });
  it('reads possession ("a man with anti-X antibodies", "she had anti-X antibodies") as positive', () => {
    expect(abs('A 47-year-old man with anti-HMGCR antibodies was referred.')).toEqual({ HMGCR: 'positive' });
    expect(abs('She had high titres of anti-Mi-2 antibodies.')).toEqual({ 'Mi-2': 'positive' });
    expect(abs('He had no anti-Mi-2 antibodies.')).not.toEqual({ 'Mi-2': 'positive' });
    expect(abs('She had anti-Mi-2 antibodies checked.')).toEqual({});
  });
  it('carries the result of the clause before to "as were …"', () => {
    expect(abs('Anti-SRP was negative, as were anti-HMGCR and anti-Mi-2.')).toEqual({
      SRP: 'negative',
      HMGCR: 'negative',
      'Mi-2': 'negative',
    });
  });
  it('reads graded blot bands and a level against a bare cut-off', () => {
    expect(abs('Line blot: anti-PL-7 antibody: 2+.')).toEqual({ 'PL-7': 'positive' });
    expect(abs('Anti-MDA5 antibody index 88 (cut-off 32).')).toEqual({ MDA5: 'positive' });
    expect(abs('Anti-MDA5 antibody index 12 (cut-off 32).')).toEqual({ MDA5: 'negative' });
  });
});

describe('third round of published phrasings (issue 12)', () => {
  it('gives each antibody the result word right before it ("positive X and negative Y antibodies")', () => {
    expect(abs('Serology showed positive anti-TIF1-γ and negative anti-MDA5 antibodies.')).toEqual({
      'TIF1-gamma': 'positive',
      MDA5: 'negative',
    });
  });
  it('reads a disease named by its antibody across "clinically amyopathic", and the HMGCoAR spelling', () => {
    expect(abs('She has anti-MDA5 antibody-associated clinically amyopathic dermatomyositis.')).toEqual({
      MDA5: 'positive',
    });
    expect(abs('Blood tests revealed positive anti-HMGCoAR antibodies.')).toEqual({ HMGCR: 'positive' });
  });
  it('reads an antibody listed among findings that "were noted" as positive, never across a negation', () => {
    expect(
      abs(
        'A woman had a rash. Raised CK, a speckled antinuclear antibody, Gottron papules and a shawl sign were noted.',
      ),
    ).toEqual({ ANA: 'positive' });
    expect(abs('A woman had a rash. An ANA, no Gottron papules and a heliotrope rash were noted.')).toEqual(
      {},
    );
    expect(abs('A woman had a rash. Anti-Jo-1, CK and aldolase were noted to be within limits.')).toEqual({});
  });
  it('reads a negative list after "antibody testing to", with liver-kidney microsomal and M2 targets', () => {
    expect(
      abs(
        'Serology showed negative antibody testing to smooth muscle, liver-kidney microsomal and mitochondrial M2.',
      ),
    ).toEqual({ ASMA: 'negative', LKM: 'negative', AMA: 'negative' });
    // "smooth muscle" alone is a tissue, not the antibody
    expect(abs('The spindle cells were positive for smooth muscle actin.')).toEqual({});
  });
  it('reads across a gloss of the name and a citation inside a list', () => {
    expect(abs('Her anti-SRP (signal recognition particle 54 kDa subunit) came back positive.')).toEqual({
      SRP: 'positive',
    });
    expect(
      abs('Serology including ANA, a myositis antibody panel [7] and anti-HMGCR were negative.'),
    ).toEqual({
      ANA: 'negative',
      'myositis antibody panel': 'negative',
      HMGCR: 'negative',
    });
  });
  it('reads "myositis-specific autoantibody levels were normal" as a negative panel', () => {
    expect(abs('His myositis-specific autoantibody levels were normal.')).toEqual({
      'myositis antibody panel': 'negative',
    });
  });
});

describe('fourth round of published phrasings (issue 12)', () => {
  it('reads "anti-SSA/Ro52" and "anti-SSA 52kD" as Ro52 alone, and "a positive Ro antibody" as SSA/Ro', () => {
    expect(abs('Double-positive anti-MDA5 and anti-SSA/Ro52 antibodies were found.')).toEqual({
      MDA5: 'positive',
      Ro52: 'positive',
    });
    expect(abs('She had a positive anti-SSA 52kD antibody.')).toEqual({ Ro52: 'positive' });
    expect(abs('The screen became positive with a positive Ro antibody.')).toMatchObject({
      'SSA/Ro': 'positive',
    });
  });
  it('reads the expanded name of ACPA and a bare beta-2 glycoprotein', () => {
    expect(abs('She had a high titer of anti-citrullinated protein antibody.')).toEqual({ CCP: 'positive' });
    expect(abs('β2-glycoprotein antibodies were negative.')).toEqual({ 'beta2-glycoprotein I': 'negative' });
  });
  it('reads "within normal limits" as a negative result', () => {
    expect(abs('Creatine kinase, ESR and rheumatoid factor were all within normal limits.')).toEqual({
      RF: 'negative',
    });
  });
  it('gives the members of a list the normal result announced before it (a colon, "including")', () => {
    expect(
      abs('The following tests were unremarkable: blood count, glucose, antinuclear antibody, and ACE.'),
    ).toEqual({ ANA: 'negative' });
    expect(
      abs(
        'Further tests were within reference range, including aldolase, anti-dsDNA, rheumatoid factor and ANCA.',
      ),
    ).toEqual({ dsDNA: 'negative', RF: 'negative', ANCA: 'negative' });
    expect(abs('Tests were abnormal: ANA was positive.')).toEqual({ ANA: 'positive' });
  });
  it('reads antiphospholipid antibodies and immune markers as groups, never per antibody', () => {
    expect(abs('Antiphospholipid antibodies were negative.')).toEqual({
      'antiphospholipid antibody panel': 'negative',
    });
    expect(abs('Initial work-up for immune markers was negative.')).toEqual({
      'autoantibody screen': 'negative',
    });
  });
});

describe('fourth round: seronegative (issue 12, synthetic sentences)', () => {
  it('reads "seronegative for X antibodies" and "seronegative myositis" as a negative group, never per antibody', () => {
    expect(abs('She was seronegative for myositis-specific antibodies.')).toEqual({
      'myositis antibody panel': 'negative',
    });
    expect(abs('A man had seronegative inflammatory myositis.')).toEqual({
      'myositis antibody panel': 'negative',
    });
    expect(abs('A man had seronegative rheumatoid arthritis.')).toEqual({});
  });
});

describe('antibodies: fifth round (issue 12)', () => {
  it('keeps the result word right before the antibody over one in a later item of the list', () => {
    expect(
      abs(
        'Work-up showed a raised CK, weakly positive ANA, a CSF pleocytosis with negative cultures, and a normal MRI.',
      ),
    ).toEqual({ ANA: 'positive' });
  });
  it('gives antibodies listed with labs the result shared by the whole list', () => {
    expect(
      abs(
        'Rheumatoid factor, antinuclear antibodies, creatine kinase and aldolase levels were normal twice.',
      ),
    ).toEqual({ RF: 'negative', ANA: 'negative' });
  });
  it('reads an expanded name with "anti" glued to it', () => {
    expect(abs('He was positive for antitranscriptional intermediary factor 1-γ antibody.')).toEqual({
      'TIF1-gamma': 'positive',
    });
  });
});

describe('antibodies: fifth round, U1-RNP (issue 12)', () => {
  it('reads "anti-nRNP/Sm (+)" as one U1-RNP result, not an anti-Sm result', () => {
    expect(abs('Serum autoantibodies showed anti-nRNP/Sm (+).')).toEqual({ 'U1-RNP': 'positive' });
  });
});

describe('a group heading its members, and a finding verb read across a lab (issue 12, seventh round)', () => {
  it('gives the members listed after "<group>:" the group\'s result, and drops the group', () => {
    expect(abs('Her serology showed myositis-specific antibodies: anti-PL-7 and anti-Ro52.')).toEqual({
      'PL-7': 'positive',
      Ro52: 'positive',
    });
  });
  it('reads "revealed raised CK and anti-X" as a positive anti-X, but not a negated verb', () => {
    expect(abs('Blood tests revealed a raised creatine kinase and anti-SRP antibodies.')).toEqual({
      SRP: 'positive',
    });
    expect(abs('Blood tests revealed no raised creatine kinase and anti-SRP antibodies.')).toEqual({});
  });
});

describe('expanded names with a fused or spelled-out prefix (issue 12, seventh round)', () => {
  it('reads "antinuclear matrix protein 2" as NXP2 (not ANA) and the spelled-out SS-A name as SSA/Ro', () => {
    expect(abs('The antinuclear matrix protein 2 antibody was positive.')).toEqual({ NXP2: 'positive' });
    expect(abs("Anti-Sjögren's syndrome-related antigen A antibodies were positive.")).toEqual({
      'SSA/Ro': 'positive',
    });
    expect(abs('Antinuclear antibodies were negative.')).toEqual({ ANA: 'negative' });
  });
});

describe('an unknown expanded name glossed by its abbreviation in brackets (issue 12, eighth round)', () => {
  it('reads a result word before "anti-<expanded name> (<abbreviation>)" for the abbreviation', () => {
    expect(
      abs('She tested positive for anti-ribonucleoprotein (RNP) and anti-Smith (Sm) antibodies.'),
    ).toEqual({
      'U1-RNP': 'positive',
      Sm: 'positive',
    });
    expect(abs('He had positive anti-Polymyositis-Scleromyositis (PM-Scl) antibodies.')).toEqual({
      'PM-Scl': 'positive',
    });
    // the expanded name is placed by its abbreviation: no "unplaced" warning for it
    expect(
      extractAntibodies(analyse('He had positive anti-Polymyositis-Scleromyositis (PM-Scl) antibodies.'))
        .unplaced,
    ).toEqual([]);
    // a bracket that is not an abbreviation of an "anti-" name keeps the old reading (a serology's members in
    // brackets take its result since session 25, so the word before the bracket here names no test group)
    expect(abs('He had positive workup (PM-Scl) antibodies.')).toEqual({});
  });
});

describe('a raised level stated as a noun, an "increased" level, and "the following:" (issue 12, eighth round)', () => {
  it('reads "an elevation of anti-X", "an increase in anti-X" and "levels were increased" as positive', () => {
    expect(abs('Serology showed an elevation of anti-dsDNA antibodies.')).toEqual({ dsDNA: 'positive' });
    expect(abs('There was an increase in anti-Jo-1 antibodies.')).toEqual({ 'Jo-1': 'positive' });
    expect(abs('Anti-Mi-2 antibody levels were increased.')).toEqual({ 'Mi-2': 'positive' });
    expect(abs('Anti-Mi-2 antibody levels were not increased.')).toEqual({ 'Mi-2': 'negative' });
  });
  it('gives the members of a list headed by "an elevation of the following:" a positive result', () => {
    expect(
      abs(
        'Tests were notable for an elevation of the following: aldolase, anti-RNP and anti-Smith antibodies.',
      ),
    ).toEqual({
      'U1-RNP': 'positive',
      Sm: 'positive',
    });
    // a positive announced without "the following" is not spread over the list after it
    expect(abs('ANA positive: anti-RNP, anti-Smith.')).toEqual({ ANA: 'positive' });
  });
});

describe('the antibodies of another connective tissue disease reported as a group (issue 12, eighth round)', () => {
  it('records "antibodies associated with SSc were negative" and "lupus serology negative" as negative groups', () => {
    expect(abs('Antibodies generally associated with SSc were negative.')).toEqual({
      'systemic sclerosis antibody panel': 'negative',
    });
    expect(abs('Lupus serology was negative and anti-Jo-1 was positive.')).toEqual({
      'lupus antibody panel': 'negative',
      'Jo-1': 'positive',
    });
    // members named in brackets: each member carries the result, the group is not kept
    expect(abs('Scleroderma antibodies (Scl-70, centromere) were negative.')).toEqual({
      'Scl-70': 'negative',
      centromere: 'negative',
    });
  });
});

describe('an exception to a group or list result (issue 12, eighth round)', () => {
  it('gives the antibody after "except (for)", "apart from", "with the exception of" the opposite result', () => {
    expect(abs('The myositis panel was negative except for anti-Ro52.')).toEqual({
      'myositis antibody panel': 'negative',
      Ro52: 'positive',
    });
    expect(abs('All myositis-specific antibodies were negative apart from anti-SRP.')).toEqual({
      'myositis antibody panel': 'negative',
      SRP: 'positive',
    });
    expect(abs('Extended myositis antibodies were negative, with the exception of anti-PM-Scl.')).toEqual({
      'myositis antibody panel': 'negative',
      'PM-Scl': 'positive',
    });
    // "negative for" still lists the members
    expect(abs('Autoantibody screen negative for ENA and dsDNA.')).toEqual({
      ENA: 'negative',
      dsDNA: 'negative',
    });
  });
});

describe('antibodies: ninth round, members joined by "in addition to" / "as well as" (issue 12)', () => {
  it('shares the result across a joining phrase as across "and"', () => {
    expect(abs('Serology showed positive anti-PL-7 antibodies in addition to anti-Ro52.')).toEqual({
      'PL-7': 'positive',
      Ro52: 'positive',
    });
    expect(abs('She tested negative for anti-Mi-2 as well as anti-TIF1-gamma.')).toEqual({
      'Mi-2': 'negative',
      'TIF1-gamma': 'negative',
    });
    // a result between the members stays with the first: the second has none of its own
    expect(abs('Anti-SRP was positive as well as anti-Ro52.')).toEqual({ SRP: 'positive' });
  });
});

describe('antibodies: ninth round, expanded names with a bracketed abbreviation, anti-GBM (issue 12)', () => {
  it('reads "with <expanded name> (<abbreviation>) antibody" as the patient carrying it', () => {
    expect(
      abs(
        'She had a necrotising myopathy with anti-Sjögren’s syndrome-related antigen A/Ro (SS-A/Ro) antibody.',
      ),
    ).toEqual({ 'SSA/Ro': 'positive' });
    // a test word after the noun is a request, not a result
    expect(abs('He had anti-Jo-1 (histidyl) antibodies tested.')).toEqual({});
  });
  it('reads anti-glomerular basement membrane written out or as anti-GBM, and not a bare "GBM"', () => {
    expect(abs('Antiglomerular basement membrane and anti-dsDNA antibodies were negative.')).toEqual({
      GBM: 'negative',
      dsDNA: 'negative',
    });
    expect(abs('Anti-GBM was positive.')).toEqual({ GBM: 'positive' });
    expect(abs('Imaging showed a GBM, and the biopsy was negative.')).toEqual({});
  });
});

describe('antibodies: ninth round, "had antibodies to X" (issue 12)', () => {
  it('reads a possessed antibody named after "antibodies to / against"', () => {
    expect(abs('On review she was found to have antibodies against HMGCR.')).toEqual({ HMGCR: 'positive' });
    expect(abs('A man with high titres of autoantibodies to PL-12.')).toEqual({ 'PL-12': 'positive' });
    // a test of them is no result, and "no" is not possession
    expect(abs('She had antibodies to Jo-1 checked.')).toEqual({});
    expect(abs('He had no antibodies to Mi-2 on two occasions.')).not.toHaveProperty('Mi-2', 'positive');
  });
});

describe('antibodies: ninth round, a myositis panel listed beside antibodies outside it (issue 12)', () => {
  it('keeps the panel result when the positive antibodies beside it are not its members', () => {
    expect(abs('Serology showed positive ANA, ANCA and myositis panel.')).toEqual({
      ANA: 'positive',
      ANCA: 'positive',
      'myositis antibody panel': 'positive',
    });
    // a positive member named with the panel: the panel is the test that found it
    expect(abs('The myositis panel detected anti-PL-7, and ANA was positive.')).toEqual({
      'PL-7': 'positive',
      ANA: 'positive',
    });
  });
});

describe('antibodies: ninth round, a member set apart by "not" (issue 12)', () => {
  it('gives the member after "(not", ", not" or "but not" the opposite of the shared result', () => {
    expect(abs('Necrotising myopathy was confirmed, and SRP (not HMGCR) antibodies were positive.')).toEqual({
      SRP: 'positive',
      HMGCR: 'negative',
    });
    expect(abs('Anti-TIF1-gamma, not anti-NXP2, was detected.')).toEqual({
      'TIF1-gamma': 'positive',
      NXP2: 'negative',
    });
    // a plain list keeps one result for all
    expect(abs('Anti-Jo-1 and anti-PL-7 were positive.')).toEqual({ 'Jo-1': 'positive', 'PL-7': 'positive' });
  });
});

describe('antibodies: tenth round, a one-word "anti…" name spelled apart (issue 12)', () => {
  it('reads "anti-nuclear" coordinated before another antibody as ANA', () => {
    expect(abs('She had positive anti-nuclear and anti-smooth muscle antibodies.')).toEqual({
      ANA: 'positive',
      ASMA: 'positive',
    });
    expect(abs('Anti-microsomal antibodies were negative.')).toEqual({ TPO: 'negative' });
    // the longer name still wins: "anti-nuclear matrix protein 2" is NXP2, not ANA
    expect(abs('Anti-nuclear matrix protein 2 antibodies were positive.')).toEqual({ NXP2: 'positive' });
  });
  it('keeps a second "for" of one result on its list ("positive for A and for the presence of B, and negative for C")', () => {
    expect(
      abs(
        'Results were positive for antinuclear antibodies and for the presence of anti-Jo1 antibodies, and negative for anti-Smith and anti-SSA.',
      ),
    ).toEqual({ ANA: 'positive', 'Jo-1': 'positive', Sm: 'negative', 'SSA/Ro': 'negative' });
    expect(abs('She was negative for ANA and for anti-Jo-1, but positive for anti-PL-7.')).toEqual({
      ANA: 'negative',
      'Jo-1': 'negative',
      'PL-7': 'positive',
    });
  });
});

describe('antibodies: a positive word inside a negation on its left (session 16)', () => {
  const results = (t: string) => Object.entries(abs(t));
  it('reads "without … or positive X" and "without positive X" as negative', () => {
    expect(
      results('She had a rash without evidence of weakness or positive myositis-specific antibodies.'),
    ).toEqual([['myositis antibody panel', 'negative']]);
    expect(
      results('Gottron papules were seen, without proximal weakness or positive anti-PL-7 antibodies.'),
    ).toEqual([['PL-7', 'negative']]);
    expect(results('She had a rash, without positive anti-Jo-1 antibodies.')).toEqual([['Jo-1', 'negative']]);
  });
  it('keeps a positive word outside the negation positive', () => {
    expect(results('She had no weakness but positive anti-Jo-1 antibodies.')).toEqual([['Jo-1', 'positive']]);
    expect(results('There was no dysphagia; positive anti-Jo-1 antibodies were found.')).toEqual([
      ['Jo-1', 'positive'],
    ]);
    expect(results('She denied dysphagia and had positive anti-MDA5 antibodies.')).toEqual([
      ['MDA5', 'positive'],
    ]);
  });
});

describe('antibodies: panels named in the plural (session 16)', () => {
  it('reads "negative autoimmune panels" as one negative group, never as members', () => {
    expect(abs('Tests (including normal muscle enzymes and negative autoimmune panels) were done.')).toEqual({
      'autoantibody screen': 'negative',
    });
    expect(abs('Autoimmune serologies were unremarkable.')).toEqual({ 'autoantibody screen': 'negative' });
  });
});

describe('antibodies: a denial does not reach past "with" or a comma (session 16)', () => {
  it('keeps a positive ANA after a list of negative results joined by "with … and" positive', () => {
    expect(
      abs(
        'Testing was negative for anti-Sm, anti-RNP, with normal C4 values and weakly positive ANA (1:320).',
      ).ANA,
    ).toBe('positive 1:320');
  });
});

describe('antibodies: fourteenth round of development items (session 17)', () => {
  it('"J0-1" written with a zero is Jo-1', () => {
    expect(abs('Anti-J0-1 was strongly positive and anti-CCP negative.')).toMatchObject({
      'Jo-1': 'positive',
    });
  });
});

describe('antibodies: a disease named by its antibody, the abbreviation in brackets between (session 17)', () => {
  it('"anti-<full name> (anti-<abbreviation>) juvenile dermatomyositis" states the antibody', () => {
    expect(
      abs(
        'A girl with anti-transcription intermediary factor 1-γ (anti-TIF1-γ) juvenile dermatomyositis was seen.',
      ),
    ).toEqual({ 'TIF1-gamma': 'positive' });
    expect(abs('The anti-signal recognition particle (SRP) antibody test was negative.')).toEqual({
      SRP: 'negative',
    });
  });
});

describe('antibodies: a denied subject of "was found" (session 17)', () => {
  it('"No weakness or positive anti-X was found" is negative; a clause break ends the denial', () => {
    expect(abs('No proximal weakness or positive anti-PL-12 antibody was found.')).toEqual({
      'PL-12': 'negative',
    });
    expect(abs('No rash was seen, but an anti-PL-12 antibody was found.')).toEqual({ 'PL-12': 'positive' });
  });
});

describe('antibodies: groups named by a disease (session 17)', () => {
  it('connective tissue and myasthenia antibodies reported as groups', () => {
    expect(abs('Connective tissue antibodies were negative.')).toEqual({ 'autoantibody screen': 'negative' });
    expect(abs('Myasthenia gravis-related antibodies were negative.')).toEqual({
      'myasthenia antibody panel': 'negative',
    });
  });
});

describe('antibodies: fourteenth round, parts five and six (session 17)', () => {
  it('TSH receptor antibodies, "anti-TIF" cut short, and "negative results were recorded for …"', () => {
    expect(abs('She had high titres of TSH receptor antibody (7.0 IU/l).')).toEqual({
      'TSH receptor': 'positive',
    });
    expect(abs('Negative results were recorded for anti-Mi2, anti-TIF and anti-Ku.')).toEqual({
      'Mi-2': 'negative',
      'TIF1-gamma': 'negative',
      Ku: 'negative',
    });
    expect(abs('Negative results were recorded for anti-t-RNA-synthetase.')).toEqual({
      'antisynthetase antibodies': 'negative',
    });
  });
});

describe('antibodies: denied verbs of finding and denied groups (session 17, synthetic rows)', () => {
  it('"could not be demonstrated" is negative (it was read as positive)', () => {
    expect(abs('Antibodies against Mi-2 and SRP could not be demonstrated.')).toEqual({
      'Mi-2': 'negative',
      SRP: 'negative',
    });
    expect(abs('Anti-SRP has not been detected.')).toEqual({ SRP: 'negative' });
    expect(abs('Antibodies against SRP were detected.')).toEqual({ SRP: 'positive' });
  });
  it('"we did not detect …", "no antibodies against …", "positive for X but not for Y"', () => {
    expect(abs('We did not detect anti-Mi-2 or anti-SRP.')).toEqual({ 'Mi-2': 'negative', SRP: 'negative' });
    expect(abs('There were no antibodies against Mi-2 or SRP.')).toEqual({
      'Mi-2': 'negative',
      SRP: 'negative',
    });
    expect(abs('The blot was positive for anti-PL-7 but not for Jo-1 or PL-12.')).toEqual({
      'PL-7': 'positive',
      'Jo-1': 'negative',
      'PL-12': 'negative',
    });
  });
});

describe('antibodies: part eight of the fourteenth round (session 17)', () => {
  it('striated-muscle antibodies and a negative "workup for autoimmune myositis"', () => {
    expect(abs('She had positive anti-striational antibodies.')).toEqual({ 'striated muscle': 'positive' });
    expect(abs('Workup for autoimmune myositis was negative.')).toEqual({
      'myositis antibody panel': 'negative',
    });
  });
});

describe('a result glued to the name of a disease that is only considered (session 42)', () => {
  const open = 'A 9-year-old girl presented with proximal weakness and a heliotrope rash.\n';
  const read = (t: string) => extractCase(open + t).case.antibodies.map((a) => `${a.target}=${a.result}`);
  it('reads no result from a disease considered or in the differential', () => {
    expect(
      read('We had considered anti-MDA5 autoantibody-positive JDM as the cause of her high ferritin.'),
    ).toEqual([]);
    expect(read('We considered anti-MDA5-positive dermatomyositis as the cause.')).toEqual([]);
    expect(read('The differential diagnosis included anti-SRP-positive necrotising myopathy.')).toEqual([]);
  });
  it('reads the result of a disease diagnosed, and a result stated after the consideration (controls)', () => {
    expect(read('She had anti-MDA5 antibody-positive juvenile dermatomyositis.')).toEqual(['MDA5=positive']);
    expect(read('A diagnosis of anti-MDA5-positive dermatomyositis was made.')).toEqual(['MDA5=positive']);
    expect(
      read(
        'We considered anti-MDA5 antibody-positive dermatomyositis, and the anti-MDA5 antibody was positive.',
      ),
    ).toEqual(['MDA5=positive']);
  });
});

describe('an organ’s tests named after an antibody take their own result word (session 43)', () => {
  it('keeps a raised antibody positive before "and normal thyroid function"', () => {
    expect(abs('Tests showed an increase of thyroperoxidase antibody and normal thyroid function.')).toEqual({
      TPO: 'positive',
    });
    expect(abs('Tests revealed anti-Jo-1 antibodies and normal renal function.')).toEqual({
      'Jo-1': 'positive',
    });
  });
});
