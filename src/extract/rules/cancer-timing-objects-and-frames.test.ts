/**
 * The object and frame of a cancer's interval: where the object of "after" ends, a noun of the cancer's return, a
 * quiz's answer as a diagnosis, the writer's care of a person for a cancer, a fronted frame of the past history, a
 * person "of N years" who then consults, an order word that shares its object, a time counted back from a cancer,
 * and a joint diagnosis with many modifiers. Each construction is written as a sentence of the project's own,
 * beside the near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonthsFromMyositis } from '../../eval/score.js';
import { extractCase } from '../extract.js';
import { CLINIC_TITLE } from './__fixtures__/helpers.js';
import { onsetAfterClinicTitle as onsetOf } from './__fixtures__/timing.js';

const cancersOf = (text: string) => {
  const c = extractCase(CLINIC_TITLE + text).case;
  return c.cancers.map(
    (k) =>
      `${k.site ?? '?'} ${k.histology ?? '?'} ${k.relationToMyositis ?? '-'} ${cancerMonthsFromMyositis(c, k) ?? '-'}`,
  );
};

describe("the object of an interval ends where the main clause's own subject begins", () => {
  it('does not take a sign of the main clause as the event the interval counts from', () => {
    // the interval counts from a dose; the cancer, treated before, keeps its order only
    expect(
      cancersOf(
        'A 79-year-old man had a melanoma of the scalp that had been excised years before; he went on to get ' +
          'three cycles of nivolumab, and four days after the third one he noticed aching thighs and weakness.',
      ),
    ).toEqual(['scalp melanoma before -']);
    // an interval counted from the cancer's surgery, with the myositis as the main clause
    expect(
      cancersOf(
        'A 58-year-old woman was referred. Nine months after surgery for a rectal cancer she noticed a ' +
          'heliotrope rash and weak hips.',
      ),
    ).toEqual(['rectum carcinoma - -9']);
  });
  it('keeps an interval whose own object is a clause with a subject, and one counted from the myositis', () => {
    expect(
      cancersOf(
        'A 58-year-old woman was referred with weak hips. Five months after she was diagnosed with ' +
          'dermatomyositis, a gastric adenocarcinoma was found.',
      ),
    ).toEqual(['stomach adenocarcinoma - 5']);
    expect(
      cancersOf(
        'A 58-year-old woman was referred with weak hips. Four months after the onset of the weakness the ' +
          'patient was found to have a gastric adenocarcinoma.',
      ),
    ).toEqual(['stomach adenocarcinoma - 4']);
  });
});

describe("a noun of the cancer's return governing its name", () => {
  it('dates the return, not the first diagnosis of the cancer', () => {
    expect(
      cancersOf(
        'A 64-year-old man had polymyositis, diagnosed in spring. Eighteen months after the myositis was ' +
          'diagnosed, a relapse of his mantle cell lymphoma was shown on a marrow biopsy.',
      ),
    ).toEqual(['? mantle cell lymphoma before -']);
    expect(
      cancersOf(
        'A 64-year-old woman had dermatomyositis. Seven months after the myositis began, a bladder ' +
          'carcinoma recurrence was seen at cystoscopy.',
      ),
    ).toEqual(['bladder carcinoma before -']);
  });
  it('still dates a cancer found for the first time, and one beside a return of the myositis', () => {
    expect(
      cancersOf(
        'A 64-year-old man had polymyositis. Eighteen months after the myositis was diagnosed, a mantle ' +
          'cell lymphoma was shown on a marrow biopsy.',
      ),
    ).toEqual(['? mantle cell lymphoma - 18']);
    expect(
      cancersOf(
        'A 64-year-old woman had dermatomyositis. Two years after the diagnosis of dermatomyositis, a ' +
          'flare of the myositis came together with a new renal cell carcinoma.',
      ),
    ).toEqual(['kidney renal cell carcinoma - 24']);
  });
});

describe('a quiz that asks for the diagnosis, and its answer', () => {
  it('reads the answer naming both as one diagnosis of both', () => {
    expect(
      cancersOf(
        'A 55-year-old woman had a lilac rash of the eyelids and weak shoulders.\n\nWhat is your ' +
          'diagnosis?\n\nAnswer: Polymyositis with a metastatic gastric adenocarcinoma.',
      ),
    ).toEqual(['stomach adenocarcinoma concurrent -']);
  });
  it('lets the case tell the order when it then tells the myositis diagnosed and a find after it', () => {
    expect(
      cancersOf(
        'A 55-year-old woman had a lilac rash of the eyelids and weak shoulders.\n\nWhat is your ' +
          'diagnosis?\n\nAnswer: Polymyositis with a gastric adenocarcinoma. Polymyositis was ' +
          'diagnosed from a thigh biopsy. Endoscopy later revealed an ulcerated gastric adenocarcinoma.',
      ),
    ).toEqual(['stomach adenocarcinoma after -']);
  });
  it('does not read an answer to another question as a diagnosis', () => {
    expect(
      cancersOf(
        'A 55-year-old woman had a lilac rash of the eyelids and weak shoulders.\n\nWhich drug was ' +
          'given?\n\nAnswer: Polymyositis with a gastric adenocarcinoma was treated with steroids.',
      ),
    ).toEqual(['stomach adenocarcinoma - -']);
  });
});

describe("the writer's or the team's care of a person for a cancer", () => {
  it("reads the cancer as known before the myositis, inside a letter's polite request too", () => {
    expect(
      cancersOf(
        'We would be glad if you could review this 71-year-old farmer, whom we have been following for a ' +
          'myeloma, and who now has weak hips.',
      ),
    ).toEqual(['? multiple myeloma before -']);
    expect(
      cancersOf(
        'Thank you for seeing this 62-year-old teacher, who is being treated for a breast carcinoma. She ' +
          'has developed weak shoulders.',
      ),
    ).toEqual(['breast carcinoma before -']);
  });
  it('leaves the order open when the care is of the myositis', () => {
    expect(
      cancersOf(
        'This 62-year-old teacher, whom we treat for dermatomyositis, has had a breast carcinoma ' +
          'removed.',
      ),
    ).toEqual(['breast carcinoma - -']);
  });
  it('still reads a plan inside a real condition as a plan', () => {
    expect(
      cancersOf(
        'A 62-year-old teacher has weak shoulders. If you could arrange a scan, we would look for a ' +
          'pancreatic carcinoma.',
      ),
    ).toEqual([]);
  });
});

describe('a fronted frame of the past history', () => {
  it('puts the cancer of its clause before the myositis', () => {
    expect(
      cancersOf(
        'A 49-year-old man has weak thighs. In his medical history, he had undergone a left nephrectomy and ' +
          'then a long course of oral sunitinib on account of a renal cell carcinoma.',
      ),
    ).toEqual(['kidney renal cell carcinoma before -']);
  });
  it('does not reach past its clause to a find of the present', () => {
    expect(
      cancersOf(
        'A 49-year-old man has weak thighs. In his medical history, he had gout; a scan now showed a renal ' +
          'cell carcinoma.',
      ),
    ).not.toContain('kidney renal cell carcinoma before -');
  });
});

describe('a person "of N years" with a cancer who then consults', () => {
  it('reads the cancer as carried at the presentation', () => {
    expect(
      cancersOf(
        'Our patient, a woman of 66 years with a follicular lymphoma, consulted for aching shoulders. A ' +
          'muscle biopsy then showed polymyositis.',
      ),
    ).toEqual(['? follicular lymphoma before -']);
  });
  it('leaves a cancer said to be occult open', () => {
    expect(
      cancersOf(
        'Our patient, a woman of 66 years with an occult follicular lymphoma, consulted for aching ' +
          'shoulders. A muscle biopsy then showed polymyositis.',
      ),
    ).toEqual(['? follicular lymphoma - -']);
  });
});

describe('an order word that shares its object with another, set off by commas', () => {
  it('reads the myositis as the first sign of the cancer', () => {
    expect(
      cancersOf(
        'A 70-year-old man had a rash. In this man the dermatomyositis seems to have been the earliest ' +
          'warning sign of, and a clear prelude to, a pancreatic adenocarcinoma.',
      ),
    ).toEqual(['pancreas adenocarcinoma after -']);
    expect(
      cancersOf('A 70-year-old man had a rash. His dermatomyositis was a forerunner to a gastric carcinoma.'),
    ).toEqual(['stomach carcinoma after -']);
  });
  it('orders nothing when neither head is an order word', () => {
    expect(
      cancersOf(
        'A 70-year-old man had a rash. The dermatomyositis was a clue to, and a marker of, an ovarian ' +
          'carcinoma.',
      ),
    ).toEqual(['ovary carcinoma - -']);
  });
});

describe('a time counted back from the cancer', () => {
  it('is the interval between the two, not an onset', () => {
    expect(
      onsetOf(
        'A 71-year-old man was seen. His myositis arose over two years before the laryngeal carcinoma ' +
          'declared itself.',
      ),
    ).toBeNull();
  });
  it('keeps a time before the admission', () => {
    expect(onsetOf('A 71-year-old man was seen. He had weak hips for 4 months before admission.')).toBe(4);
  });
  it("does not date a cancer of another clause by a sign's time", () => {
    expect(
      cancersOf(
        'A 71-year-old man had proximal weakness for 4 months before he presented, and a laryngeal ' +
          'carcinoma was found.',
      ),
    ).toEqual(['larynx carcinoma - -']);
  });
});

describe('a joint diagnosis whose myositis carries a long run of modifiers', () => {
  it('still reads one diagnosis of both', () => {
    expect(
      cancersOf(
        'A 36-year-old woman had weak hips. She was then diagnosed with anti-NXP2 antibody-positive severe ' +
          'juvenile-onset dermatomyositis associated with a colon carcinoma.',
      ),
    ).toEqual(['colon carcinoma concurrent -']);
  });
  it('leaves a treatment of the myositis, and a cancer found later, as they were', () => {
    expect(
      cancersOf(
        'A 36-year-old woman had weak hips. She was treated for anti-NXP2 antibody-positive severe ' +
          'juvenile-onset dermatomyositis; a colon carcinoma was found later.',
      ),
    ).not.toContain('colon carcinoma concurrent -');
  });
});

describe('a relative clause after "and" is no second object of a joint presentation', () => {
  it('reads the cancer found by the later work-up as after', () => {
    expect(
      cancersOf(
        'A woman was seen who presented with the complete picture of a dermatomyositis and in whom myeloma was uncovered by ' +
          'a later work-up.',
      ),
    ).toEqual(['? multiple myeloma after -']);
  });
  it('keeps a true pair named after "presented with" as one presentation', () => {
    expect(
      cancersOf('A woman was seen who presented with the complete picture of a dermatomyositis and myeloma.'),
    ).toEqual(['? multiple myeloma concurrent -']);
  });
});
