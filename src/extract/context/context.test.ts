import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenize.js';
import { SentenceContext } from './context.js';
import { locateCondition, parseContextTsv, predictRow, scoreContext } from './evaluate.js';

function assertOf(sentence: string, target: string) {
  const span = locateCondition(sentence, target)!;
  const tokens = tokenize(sentence);
  const a = tokens.findIndex((t) => t.start >= span.start);
  const b = tokens.findIndex((t) => t.start >= span.end);
  return new SentenceContext(sentence, tokens).assert(a, b < 0 ? tokens.length : b);
}

describe('ConText assertion', () => {
  it('negates with pre-triggers over a list', () => {
    expect(assertOf('There were no nail lesions.', 'nail lesions').negated).toBe(true);
    expect(assertOf('He denied swallowing difficulty.', 'swallowing difficulty').negated).toBe(true);
    expect(assertOf('No fever, chills, night sweats or weight loss.', 'weight loss').negated).toBe(true);
  });
  it('distributes a post-trigger backwards over a list ("A, B, C: negative")', () => {
    expect(assertOf('ENA, ANA, ANCA: negative.', 'ENA').negated).toBe(true);
    expect(assertOf('ENA, ANA, ANCA: negative.', 'ANCA').negated).toBe(true);
  });
  it('limits "no longer" before an action verb to that verb, not the list after it', () => {
    const t = 'He could no longer walk, neck pain, dyspnoea and dysphagia to liquids.';
    expect(assertOf(t, 'dysphagia').negated).toBe(false);
    expect(assertOf(t, 'neck pain').negated).toBe(false);
    expect(assertOf('She no longer had fever, rash or dysphagia.', 'dysphagia').negated).toBe(true);
    expect(assertOf('She no longer had fever, rash or dysphagia.', 'rash').negated).toBe(true);
  });
  it('stops the scope at a termination term and at a semicolon', () => {
    expect(assertOf('No rash but marked weakness.', 'weakness').negated).toBe(false);
    expect(assertOf('No rash; weakness of the arms.', 'weakness').negated).toBe(false);
  });
  it('ignores pseudo-triggers', () => {
    expect(assertOf('No change in the rash.', 'rash').negated).toBe(false);
    expect(assertOf('Gram negative rods grew.', 'rods').negated).toBe(false);
  });
  it('limits the scope to a window of words', () => {
    expect(
      assertOf('No pain on movement of the shoulder after the long walk home, with fatigue.', 'fatigue')
        .negated,
    ).toBe(false);
  });
  it('marks hedges as uncertain', () => {
    expect(assertOf('Findings compatible with myositis.', 'myositis').uncertain).toBe(true);
    expect(assertOf('Possible interstitial lung disease.', 'interstitial lung disease').uncertain).toBe(true);
    expect(assertOf('Lesions suggestive of heliotrope rash.', 'heliotrope rash').uncertain).toBe(true);
  });
  it('marks history, hypothetical statements and relatives', () => {
    expect(assertOf('History of breast cancer.', 'breast cancer').temporality).toBe('historical');
    expect(assertOf('Return if fever develops.', 'fever').temporality).toBe('hypothetical');
    expect(assertOf('Her mother had dermatomyositis.', 'dermatomyositis').experiencer).toBe('other');
    expect(assertOf('Family history of lung cancer.', 'lung cancer').experiencer).toBe('other');
    expect(assertOf('She had a rash.', 'rash').experiencer).toBe('patient');
    // session 16: the patient's own verb after a family history ends the relatives' scope; a relative named as a
    // person keeps it
    expect(
      assertOf(
        'A man without a family history of myopathy presented with proximal weakness.',
        'proximal weakness',
      ).experiencer,
    ).toBe('patient');
    expect(
      assertOf('A family history of myopathy and proximal weakness.', 'proximal weakness').experiencer,
    ).toBe('other');
    expect(assertOf('Her sister presented with proximal weakness.', 'proximal weakness').experiencer).toBe(
      'other',
    );
  });
  it('reads "an N-month history of" as the duration of the present illness, not a past condition', () => {
    expect(assertOf('A 3-month history of leg weakness.', 'leg weakness').temporality).not.toBe('historical');
    expect(assertOf('Long history of thigh weakness.', 'thigh weakness').temporality).not.toBe('historical');
    expect(assertOf('History of thigh weakness.', 'thigh weakness').temporality).toBe('historical');
  });
  it('negates backwards over "was/were not seen/present/observed" (the copula does not open a forward scope)', () => {
    expect(assertOf('Gottron papules were not seen.', 'Gottron papules').negated).toBe(true);
    expect(assertOf('Dysphagia was not present.', 'Dysphagia').negated).toBe(true);
  });
  it('records resolution separately from absence', () => {
    const a = assertOf('The rash resolved.', 'rash');
    expect(a.negated).toBe(true);
    expect(a.resolved).toBe(true);
  });
});

describe('ConText evaluation', () => {
  const tsv = [
    'line\tcondition\tsentence\tneg\ttemp\texp',
    '1\tedema\tNo peripheral edema.\tNegated\tRecent\tPatient',
    '2\tcough\tShe reports a cough.\tAffirmed\tRecent\tPatient',
    '3\tdiabetes\tHistory of diabetes.\tAffirmed\tHistorical\tPatient',
    '4\tasthma\tHer sister has asthma.\tAffirmed\tRecent\tOther',
  ].join('\n');
  it('parses the TSV and scores negation, temporality and experiencer', () => {
    const rows = parseContextTsv(tsv);
    expect(rows).toHaveLength(4);
    expect(predictRow(rows[0]!)?.negation).toBe('Negated');
    const s = scoreContext(rows);
    expect(s.negation).toMatchObject({ tp: 1, fp: 0, fn: 0, tn: 3, f1: 1 });
    expect(s.temporality.accuracy).toBe(1);
    expect(s.experiencer.accuracy).toBe(1);
  });
  it('rejects a file with the wrong number of columns, naming the line', () => {
    expect(() => parseContextTsv('h\n1\tonly two')).toThrow(/ConText/);
  });
});

describe('ConText temporality: clause scope and general rules (issue 12)', () => {
  it('carries a plan or instruction over a long list to the end of the clause', () => {
    const s =
      'Call us for any weight gain of more than two kilograms in one week, new headaches, chest tightness or blurred vision.';
    expect(assertOf(s, 'blurred vision').temporality).toBe('hypothetical');
    expect(assertOf(s, 'new headaches').temporality).toBe('hypothetical');
    // A negation keeps its word window.
    expect(
      assertOf('No pain on movement of the shoulder after the long walk home, with fatigue.', 'fatigue')
        .negated,
    ).toBe(false);
  });
  it('reads a list announced by "the following:" inside the clause', () => {
    const s = 'He should phone the ward if any of the following occur: palpitations, fainting or dark urine.';
    expect(assertOf(s, 'dark urine').temporality).toBe('hypothetical');
    expect(assertOf('Results of the following: sodium low.', 'sodium').temporality).toBe('recent');
  });
  it('reads "as if" as hypothetical', () => {
    expect(assertOf('He felt as if he would faint.', 'faint').temporality).toBe('hypothetical');
  });
  it('does not read "to be" after a verb of finding as a plan', () => {
    expect(assertOf('She was noted to be tachycardic.', 'tachycardic').temporality).toBe('recent');
    expect(assertOf('The scan showed him to be anaemic.', 'anaemic').temporality).toBe('recent');
    expect(assertOf('She was diagnosed to be suffering from a lymphoma.', 'lymphoma').temporality).toBe(
      'recent',
    );
    expect(assertOf('The biopsy is to be repeated for myositis.', 'myositis').temporality).toBe(
      'hypothetical',
    );
  });
  it('reads "signs of" as a present finding unless a plan word governs it', () => {
    expect(assertOf('There were no signs of sepsis.', 'sepsis').temporality).toBe('recent');
    expect(assertOf('There were no signs of sepsis.', 'sepsis').negated).toBe(true);
    expect(assertOf('Return if there are signs of sepsis.', 'sepsis').temporality).toBe('hypothetical');
  });
  it('treats a bare "History:" heading as the reason for the study, a past history heading as history', () => {
    expect(assertOf('History: left arm swelling.', 'left arm swelling').temporality).toBe('recent');
    expect(assertOf('Clinical history: cough.', 'cough').temporality).toBe('recent');
    expect(assertOf('Past medical history: asthma.', 'asthma').temporality).toBe('historical');
    expect(assertOf('Social history: smokes a pipe.', 'pipe').temporality).toBe('historical');
  });
  it('reads past-event phrasings as historical', () => {
    expect(assertOf('It made her dizzy the last time she took it.', 'dizzy').temporality).toBe('historical');
    expect(assertOf('He has known asthma.', 'asthma').temporality).toBe('historical');
    expect(assertOf('He is chronically anaemic.', 'anaemic').temporality).toBe('historical');
    expect(
      assertOf("Given the patient's heart failure history, fluids were limited.", 'heart failure')
        .temporality,
    ).toBe('historical');
  });
  it('keeps "as previously noted" a present finding', () => {
    expect(assertOf('The ankle is swollen as previously noted.', 'ankle is swollen').temporality).toBe(
      'recent',
    );
  });
  it('reads habits and allergies as standing (historical) facts, negated or not', () => {
    expect(assertOf('She denies tobacco use.', 'tobacco use').temporality).toBe('historical');
    expect(assertOf('She denies tobacco use.', 'tobacco use').negated).toBe(true);
    expect(assertOf('Drinks alcohol at weekends.', 'alcohol').temporality).toBe('historical');
    expect(assertOf('Allergies: none known.', 'Allergies').temporality).toBe('historical');
    expect(assertOf('Marked thigh pain.', 'thigh pain').temporality).toBe('recent');
  });
});

describe('ConText: attributive "negative" and access labels (issue 12, fourth round)', () => {
  it('does not let "with negative X" negate the clause before it', () => {
    const t = 'Tests showed elevated ESR and aldolase, with negative myositis antibodies.';
    expect(assertOf(t, 'aldolase').negated).toBe(false);
    expect(assertOf('ANA and ENA were negative.', 'ANA').negated).toBe(true);
    expect(assertOf('ENA, ANA, ANCA negative.', 'ENA').negated).toBe(true);
  });
  it('reads "FREE TO VIEW" after a title as page furniture, not "rash-free"', () => {
    expect(assertOf('A Man With Skin Rash FREE TO VIEW', 'Skin Rash').negated).toBe(false);
  });
});

describe('"<be> negative for X" negates X, not the subject (issue 12)', () => {
  it('reads what follows "for" as negated, as "negative for" alone', () => {
    const t = 'Skin examination was negative for heliotrope rash and joint swelling.';
    expect(assertOf(t, 'heliotrope rash').negated).toBe(true);
    expect(assertOf(t, 'joint swelling').negated).toBe(true);
    expect(assertOf(t, 'Skin examination').negated).toBe(false);
    expect(assertOf('Imaging studies were negative for malignancy.', 'malignancy').negated).toBe(true);
  });
  it('keeps "<be> negative" without "for" a backward negation of its subject', () => {
    expect(assertOf('Anti-Jo-1 was negative.', 'Anti-Jo-1').negated).toBe(true);
    expect(assertOf('The ANA and anti-dsDNA were negative, and CK was high.', 'CK').negated).toBe(false);
  });
});

describe('ConText, session 14 (probe tables)', () => {
  it('reads "in case of", "advised to report any" as hypothetical and "could not be excluded" as a hedge', () => {
    expect(assertOf('In case of fever she should return.', 'fever').temporality).toBe('hypothetical');
    expect(assertOf('She was advised to report any dysphagia.', 'dysphagia').temporality).toBe(
      'hypothetical',
    );
    const hedge = assertOf('Early ILD could not be excluded.', 'ILD');
    expect(hedge.uncertain).toBe(true);
    expect(hedge.negated).toBe(false);
    expect(
      assertOf('Interstitial lung disease could not be ruled out.', 'Interstitial lung disease').uncertain,
    ).toBe(true);
  });
});

describe('a reason clause that opens the sentence (session 17)', () => {
  it('a backward hedge of the main clause does not reach the facts given as reasons', () => {
    const t =
      'Since she had a rising cough, a fever and a positive anti-Ro52 antibody, an inflammatory myopathy could not be excluded.';
    expect(assertOf(t, 'fever').uncertain).toBe(false);
    expect(assertOf(t, 'inflammatory myopathy').uncertain).toBe(true);
    // without the reason clause the hedge still reaches back over its own clause
    expect(assertOf('A fever of infectious origin could not be excluded.', 'fever').uncertain).toBe(true);
  });
});

describe('a verb of the presentation ends a denial before it (session 17)', () => {
  it('"with no previous illness presented with hip weakness" does not deny the weakness', () => {
    const t = 'A woman with no previous illness presented with hip weakness.';
    expect(assertOf(t, 'hip weakness').negated).toBe(false);
    expect(assertOf(t, 'previous illness').negated).toBe(true);
  });
  it('the denial\'s own verb goes on: "had not presented fever"', () => {
    expect(assertOf('She had not presented fever or chills.', 'fever').negated).toBe(true);
  });
});

describe('the patient going to the emergency room ends a family or personal history (session 17)', () => {
  it('"with no family or personal history of interest, went to … referring to myalgia"', () => {
    const t =
      'A man, with no family or personal history of interest, went to the emergency room with myalgia.';
    const a = assertOf(t, 'myalgia');
    expect(a.experiencer).toBe('patient');
    expect(a.negated).toBe(false);
    expect(a.temporality).toBe('recent');
  });
});

describe('"was revealed to be" states a finding (session 17)', () => {
  it('"to be" after a verb of finding is no plan', () => {
    expect(
      assertOf('Her arthritis was revealed to be proximal muscle weakness.', 'proximal muscle weakness')
        .temporality,
    ).toBe('recent');
    expect(assertOf('Steroids are to be started for the weakness.', 'weakness').temporality).toBe(
      'hypothetical',
    );
  });
});
