/**
 * Readings fixed in session 39 (timing): how English places a cancer and the first symptom against the myositis —
 * the object of "after" ending where a new subject begins, a noun of a cancer's return governing it, a quiz's answer
 * as a labelled diagnosis, the writer's care of a person for a cancer, a fronted frame of the past history, an age
 * told as "of N years", an order word that shares its object with another ("a sign of, and a prelude to, …"), the
 * whole illness's beginning, a clause about what a disease usually does, and a time counted back from a cancer.
 * Each construction is written in words of our own, with a near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonthsFromMyositis, onsetMonthsBeforePresentation } from '../eval/score.js';
import { extractCase } from './extract.js';

const TITLE = 'A case from our clinic\n\n';
const cancersOf = (text: string) => {
  const c = extractCase(TITLE + text).case;
  return c.cancers.map(
    (k) =>
      `${k.site ?? '?'} ${k.histology ?? '?'} ${k.relationToMyositis ?? '-'} ${cancerMonthsFromMyositis(c, k) ?? '-'}`,
  );
};
const onsetOf = (text: string) => onsetMonthsBeforePresentation(extractCase(TITLE + text).case) ?? null;

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

describe('the whole illness as the subject of a verb of its beginning', () => {
  it('dates the onset from the illness, before a later symptom of the muscles', () => {
    expect(
      onsetOf(
        'A 47-year-old woman was admitted with myalgia. Her illness began six years ago with pain in the ' +
          'knees. Three years before admission she developed weak thighs.',
      ),
    ).toBe(72);
  });
  it("keeps a longer muscle symptom, and leaves another person's or another disease's beginning out", () => {
    expect(
      onsetOf(
        'A 47-year-old woman was admitted. Weak thighs began five years ago. Her illness began two months ' +
          'ago with a fever.',
      ),
    ).toBe(60);
    expect(
      onsetOf(
        "A 47-year-old woman was admitted. Her sister's illness began six years ago. Weak thighs began " +
          'two months ago.',
      ),
    ).toBe(2);
  });
});

describe('a clause that tells what a disease usually does', () => {
  it('gives no onset', () => {
    expect(
      onsetOf(
        'A 66-year-old man was seen. While sporadic IBM generally disables over 8 to 12 years, his ' +
          'weakness has advanced much faster.',
      ),
    ).toBeNull();
  });
  it("keeps the patient's own duration beside it", () => {
    expect(
      onsetOf(
        'A 66-year-old man was seen. Weakness generally builds over weeks; his weakness had lasted for 5 ' +
          'weeks.',
      ),
    ).toBeCloseTo(1.15, 1);
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

describe('a symptom the text marks as the first one', () => {
  it('dates the onset even when it is not a symptom of the muscles', () => {
    expect(
      onsetOf(
        'A 45-year-old man came in. He had initially noticed aching knees six years ago; myalgia of the ' +
          'thighs arose two years ago.',
      ),
    ).toBe(72);
    expect(
      onsetOf(
        'A 45-year-old man came in. He had ankle pain at onset, five years ago. Weak thighs began last year.',
      ),
    ).toBe(60);
  });
  it('leaves an unmarked symptom of another kind behind the muscle symptom', () => {
    expect(
      onsetOf(
        'A 45-year-old man came in. He noticed a cough six years ago; myalgia of the thighs arose two years ago.',
      ),
    ).toBe(24);
  });
});

describe('a pain of the joints and a symptom that emerged', () => {
  it('reads a joint pain marked as the first symptom, and "emerged", as an onset', () => {
    expect(
      onsetOf('A 45-year-old woman came in. She had initially noticed pain in both knees 3 weeks ago.'),
    ).toBeCloseTo(0.7, 1);
    expect(onsetOf('A 45-year-old woman came in. Weakness of the thighs emerged five months ago.')).toBe(5);
  });
  it('leaves a joint pain not marked as the first symptom out', () => {
    expect(onsetOf('A 45-year-old woman came in. She noticed pain in both knees 3 weeks ago.')).toBeNull();
  });
  it('keeps the muscle symptom first over a joint pain of another disease', () => {
    expect(
      onsetOf(
        'A 45-year-old woman came in. She has had knee pain for 10 years from osteoarthritis. Weakness of ' +
          'the thighs began 2 months ago.',
      ),
    ).toBe(2);
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
