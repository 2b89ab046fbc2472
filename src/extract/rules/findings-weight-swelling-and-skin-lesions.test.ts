/**
 * Findings told in other words: weight lost "without trying" or by an amount, bracketed examples after a denied
 * noun, swellings and oedema around the eyes, side words, limbs named as the site of a lesion, weakness and normal
 * strength in passive clauses, ulcerated lesions, joint swelling, calcifications, and pathognomonic signs beside a
 * clause about the disease. Each construction is written as a sentence of the project's own, beside the near
 * control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { findingsAfterClinicVisit } from './__fixtures__/helpers.js';

describe('a weight lost "without trying"', () => {
  it('does not deny the weakness told after it', () => {
    const f = findingsAfterClinicVisit(
      'He had lost 8 kg without trying, and a proximal weakness that kept worsening.',
    );
    expect(f).toContain('weight-loss:present');
    expect(f).toContain('proximal-weakness-upper:present');
    expect(f).not.toContain('proximal-weakness-lower:absent');
    const g = findingsAfterClinicVisit('She lost 4 kg without dieting, with proximal weakness of the hips.');
    expect(g).toContain('proximal-weakness-lower:present');
  });

  it('keeps a real denial after the weight', () => {
    const f = findingsAfterClinicVisit(
      'He lost weight without trying, without any fever or proximal weakness.',
    );
    expect(f).toContain('proximal-weakness-upper:absent');
    expect(f).toContain('fever:absent');
  });
});

describe('a bracketed list of examples after a denied noun', () => {
  it('carries the denial into the brackets', () => {
    const f = findingsAfterClinicVisit(
      'Her nail folds showed telangiectasia, but none of the other typical signs of the illness (for example ' +
        'lilac erythema of the upper eyelids or a malar rash) could be seen.',
    );
    expect(f).not.toContain('heliotrope-rash:present');
    const g = findingsAfterClinicVisit(
      'None of the usual skin signs of the disease (such as purple erythema of the eyelids) was seen.',
    );
    expect(g).not.toContain('heliotrope-rash:present');
  });

  it('leaves a coloured eyelid told as present alone', () => {
    const f = findingsAfterClinicVisit(
      'There was lilac erythema of the upper eyelids (see the photograph) and a malar rash.',
    );
    expect(f).toContain('heliotrope-rash:present');
  });
});

describe('a swelling around the eyes with a lesion of another site in the sentence', () => {
  it('is no heliotrope rash, open or present', () => {
    const f = findingsAfterClinicVisit(
      'We found puffiness around the eyes and of the forearms, while Gottron papules lay over the knuckles.',
    );
    expect(f).toContain('periorbital-oedema:present');
    expect(f).toContain('gottron-papules:present');
    expect(f.some((x) => x.startsWith('heliotrope-rash'))).toBe(false);
    const g = findingsAfterClinicVisit(
      'There was swelling around the eyes, and a purple eruption over the chest.',
    );
    expect(g.some((x) => x.startsWith('heliotrope-rash'))).toBe(false);
  });

  it("still reads a colour in the swelling's own phrase", () => {
    expect(findingsAfterClinicVisit('There was violaceous erythema and swelling around the eyes.')).toContain(
      'heliotrope-rash:present',
    );
    expect(findingsAfterClinicVisit('She had a violet rash around the eyes.')).toContain(
      'heliotrope-rash:present',
    );
  });
});

describe('a side word in a clause of another sign, between semicolons', () => {
  it('does not make the weakness symmetric', () => {
    const f = findingsAfterClinicVisit(
      'Examination: a heliotrope rash; on both sides, over the knuckles, old Gottron papules; weakness of the proximal limb muscles and the neck flexors.',
    );
    expect(f).toContain('proximal-weakness-upper:present');
    expect(f).not.toContain('symmetric-weakness:present');
  });

  it("still reads the side word of the weakness's own clause", () => {
    const f = findingsAfterClinicVisit(
      'Examination: a heliotrope rash; weakness of the proximal limb muscles on both sides.',
    );
    expect(f).toContain('symmetric-weakness:present');
  });
});

describe('a limb named as the site of plaques or macules', () => {
  it('is not the weak region', () => {
    const f = findingsAfterClinicVisit(
      'Exam: red plaques over the face, upper chest and arms; proximal strength reduced.',
    );
    expect(f).toContain('proximal-weakness-upper:present');
    expect(f).toContain('proximal-weakness-lower:present');
  });

  it('keeps a limb named with the weakness', () => {
    const f = findingsAfterClinicVisit(
      'Exam: red plaques over the face; proximal strength reduced in the arms.',
    );
    expect(f).toContain('proximal-weakness-upper:present');
    expect(f).not.toContain('proximal-weakness-lower:present');
  });
});

describe('"the proximal muscles … were weak"', () => {
  it("reads the subject's proximal muscles as weak", () => {
    const f = findingsAfterClinicVisit(
      'On examination the proximal muscles of his limbs were sore and weak.',
    );
    expect(f).toContain('proximal-weakness-upper:present');
    expect(f).toContain('proximal-weakness-lower:present');
    const g = findingsAfterClinicVisit('The proximal muscles of the legs were clearly weak.');
    expect(g).toContain('proximal-weakness-lower:present');
    expect(g).not.toContain('proximal-weakness-upper:present');
  });

  it('keeps a denied or hedged predicate', () => {
    const f = findingsAfterClinicVisit('The proximal muscles of his limbs were sore but not weak.');
    expect(f).not.toContain('proximal-weakness-upper:present');
    const g = findingsAfterClinicVisit('The proximal muscles of his limbs were perhaps weak.');
    expect(g).not.toContain('proximal-weakness-upper:present');
    const h = findingsAfterClinicVisit('The proximal muscles of his limbs were wasted.');
    expect(h).not.toContain('proximal-weakness-upper:present');
  });
});

describe('"The case" as a heading', () => {
  it('opens the case after a background paragraph', () => {
    const text =
      'Summary\n\nBackground\n\nThis rare myopathy is proximal and symmetric and may herald a cancer.\n\nThe case\n\n' +
      'A 60-year-old woman reported that her thighs had grown weak over a year, so that she could not climb stairs.\n';
    const f = findingsAfterClinicVisit(text, '');
    expect(f).toContain('proximal-weakness-lower:present');
  });
});

describe('strength "found to be normal"', () => {
  it('reads normal strength across the verb of finding', () => {
    const f = findingsAfterClinicVisit('His motor power was found to be normal; aldolase was too.');
    expect(f).toContain('proximal-weakness-upper:absent');
    expect(f).toContain('proximal-weakness-lower:absent');
  });

  it('does not read a reduced or nearly normal strength as normal', () => {
    expect(findingsAfterClinicVisit('Motor strength was found to be reduced.')).not.toContain(
      'proximal-weakness-upper:absent',
    );
    expect(findingsAfterClinicVisit('Motor strength was found to be almost normal.')).not.toContain(
      'proximal-weakness-upper:absent',
    );
    expect(findingsAfterClinicVisit('Motor strength was nearly normal.')).not.toContain(
      'proximal-weakness-upper:absent',
    );
  });
});

describe('ulcerated skin lesions', () => {
  it('reads "ulcerating lesions of the skin"', () => {
    expect(findingsAfterClinicVisit('Ulcerating lesions of the skin covered his back.')).toContain(
      'skin-ulceration:present',
    );
  });

  it('is not undone by the mouth named in another clause', () => {
    const f = findingsAfterClinicVisit(
      'He had skin lesions that had become ulcerated; later they reached the mucosa of the mouth.',
    );
    expect(f).toContain('skin-ulceration:present');
  });

  it('keeps an ulcer of the mouth and ulcerative colitis out', () => {
    expect(findingsAfterClinicVisit('He had ulcers of the mouth; the skin was dry.')).not.toContain(
      'skin-ulceration:present',
    );
    expect(findingsAfterClinicVisit('He had ulcerative colitis and a skin rash.')).not.toContain(
      'skin-ulceration:present',
    );
  });
});

describe('oedema of the orbital regions, and muscles that ached', () => {
  it('reads periorbital oedema and myalgia', () => {
    expect(findingsAfterClinicVisit('The skin over both orbital regions was puffy and swollen.')).toContain(
      'periorbital-oedema:present',
    );
    expect(findingsAfterClinicVisit('At times his thigh muscles ached.')).toContain('myalgia:present');
  });

  it('keeps the orbit of imaging and denied aches', () => {
    expect(findingsAfterClinicVisit('Orbital CT showed swelling of the extraocular muscles.')).not.toContain(
      'periorbital-oedema:present',
    );
    expect(findingsAfterClinicVisit('His muscles never ached.')).not.toContain('myalgia:present');
    expect(findingsAfterClinicVisit('His muscles were never sore.')).not.toContain('myalgia:present');
    expect(findingsAfterClinicVisit('His head ached.')).not.toContain('myalgia:present');
  });
});

describe('a joint swelling coordinated with its tenderness', () => {
  it('reads arthritis denied, or present with "and"', () => {
    expect(findingsAfterClinicVisit('She had no rash and no swelling or tenderness of her knees.')).toContain(
      'arthritis:absent',
    );
    expect(findingsAfterClinicVisit('There was swelling and tenderness of several finger joints.')).toContain(
      'arthritis:present',
    );
  });

  it('does not read a swelling of another site, or "swelling or tenderness" affirmed', () => {
    expect(findingsAfterClinicVisit('There was facial swelling and tenderness of the joints.')).not.toContain(
      'arthritis:present',
    );
    expect(findingsAfterClinicVisit('There was swelling or tenderness of the joints.')).not.toContain(
      'arthritis:present',
    );
  });
});

describe('"a loss of N kg"', () => {
  it('reads the weight lost', () => {
    expect(findingsAfterClinicVisit('He reported a loss of 11 pound in weight since spring.')).toContain(
      'weight-loss:present',
    );
    expect(findingsAfterClinicVisit('He denied any loss of 3 kg.')).toContain('weight-loss:absent');
  });

  it('keeps blood or fluid lost out', () => {
    expect(findingsAfterClinicVisit('A blood loss of 2 kg was estimated.')).not.toContain(
      'weight-loss:present',
    );
    expect(findingsAfterClinicVisit('Diuretics caused a loss of 3 kg of fluid.')).not.toContain(
      'weight-loss:present',
    );
  });
});

describe('a weakness "predominating proximally"', () => {
  it('reads the proximal muscles of the legs weaker than the distal', () => {
    const f = findingsAfterClinicVisit(
      'Both legs and both arms were weak, the weakness predominating proximally.',
    );
    expect(f).toContain('proximal-weaker-than-distal-legs:present');
    expect(findingsAfterClinicVisit('The legs were weak, mainly proximally.')).toContain(
      'proximal-weaker-than-distal-legs:present',
    );
  });

  it('leaves the arms alone, and a weakness without comparison', () => {
    expect(findingsAfterClinicVisit('The arms were weak, mainly proximally.')).not.toContain(
      'proximal-weaker-than-distal-legs:present',
    );
    expect(findingsAfterClinicVisit('The weakness of his legs was proximal.')).not.toContain(
      'proximal-weaker-than-distal-legs:present',
    );
  });
});

describe('calcifications of a tissue named after them', () => {
  it('reads calcinosis', () => {
    expect(
      findingsAfterClinicVisit('CT showed a few calcifications of the subcutaneous tissue of the thigh.'),
    ).toContain('calcinosis:present');
    expect(findingsAfterClinicVisit('There were no calcifications within the subcutaneous fat.')).toContain(
      'calcinosis:absent',
    );
  });

  it('keeps calcifications of vessels and valves out', () => {
    expect(findingsAfterClinicVisit('CT showed calcification of the aortic valve.')).not.toContain(
      'calcinosis:present',
    );
    expect(findingsAfterClinicVisit('CT showed calcification of the coronary arteries.')).not.toContain(
      'calcinosis:present',
    );
  });
});

describe('pathognomonic signs of the patient, with a relative clause about the disease closing the sentence', () => {
  it("reads the signs as the patient's", () => {
    const f = findingsAfterClinicVisit(
      'The pathognomonic skin findings, namely a heliotrope rash and Gottron papules (Figure 2), were suggestive ' +
        'of amyopathic disease, which is a variant that lacks myositis.',
    );
    expect(f).toContain('heliotrope-rash:present');
    expect(f).toContain('gottron-papules:present');
  });

  it('leaves a general statement about the signs general', () => {
    const f = findingsAfterClinicVisit(
      'Pathognomonic skin findings such as a heliotrope rash are typical of the disease, which is an inflammatory myopathy.',
    );
    expect(f).not.toContain('heliotrope-rash:present');
  });
});
