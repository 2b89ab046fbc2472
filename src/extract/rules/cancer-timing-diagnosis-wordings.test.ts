/**
 * How a diagnosis wording orders a cancer and the myositis: "revealed by", an adjective of concurrence, a cancer
 * that "came back" elsewhere, "had lately been diagnosed", a labelled final diagnosis, "accompanied by", a
 * checkpoint inhibitor given for a cancer, a neuroendocrine tumour in the title, a back-interval, an order word of
 * the title, a labelled result line, and a clear cell carcinoma. Each construction is written as a sentence of the
 * project's own, beside the near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonthsFromMyositis } from '../../eval/score.js';
import { extractCase } from '../extract.js';

const CASE =
  'Case presentation\n\nA 66-year-old woman came in with a violaceous eyelid rash and weak thighs. ';

const caseOf = (text: string, head = CASE) => extractCase(head + text).case;

const cancersOf = (text: string, head = CASE) => {
  const c = caseOf(text, head);
  return c.cancers.map(
    (k) =>
      `${k.site ?? '?'} ${k.histology ?? '?'} ${k.relationToMyositis ?? '-'} ${cancerMonthsFromMyositis(c, k) ?? '-'}`,
  );
};

describe('a cancer named as what a myositis was "revealed by" or "uncovered by"', () => {
  it('reads the cancer as found after the myositis, not before it', () => {
    expect(
      cancersOf(
        '',
        'Hodgkin lymphoma uncovered by an inflammatory myopathy of the thighs\n\nCase\n\nShe was weak.',
      ),
    ).toEqual(['? hodgkin lymphoma after -']);
    expect(
      cancersOf('Her ovarian carcinoma, revealed by the dermatomyositis, was staged the following week.'),
    ).toEqual(['ovary carcinoma after -']);
  });
  it('still reads the active order words each way', () => {
    expect(
      cancersOf('', 'An inflammatory myopathy revealing Hodgkin lymphoma\n\nCase\n\nShe was weak.'),
    ).toEqual(['? hodgkin lymphoma after -']);
    expect(
      cancersOf('', 'Hodgkin lymphoma preceding an inflammatory myopathy by months\n\nCase\n\nShe was weak.'),
    ).toEqual(['? hodgkin lymphoma before -']);
  });
});

describe('an adjective of concurrence heading a pair of two other diseases', () => {
  const head = (title: string) => `${title}\n\nCase\n\nA 50-year-old man had weakness of the shoulders. `;
  it('does not make the cancer named outside the pair concurrent', () => {
    expect(
      cancersOf(
        'A chest scan then showed a thymoma.',
        head('Concurrent inflammatory myopathy and pemphigus: a thymoma behind both'),
      ),
    ).toEqual(['thymus thymoma after -']);
  });
  it('still reads the cancer named inside the pair as concurrent', () => {
    expect(
      cancersOf(
        'A chest scan then showed a thymoma.',
        head('Coexisting dermatomyositis and thymoma: an unusual pair'),
      ),
    ).toEqual(['thymus thymoma concurrent 0']);
  });
});

describe('a cancer that "came back" in another organ', () => {
  it('keeps the organ it came back in from making a second cancer', () => {
    expect(
      cancersOf(
        'Nine years earlier a cancer of the cervix had been treated with radiation. Three years on, her cancer came back within pelvic nodes.',
      ).length,
    ).toBe(1);
  });
  it('still records a cancer of the lymph nodes told on its own', () => {
    expect(cancersOf('A lymph node biopsy then showed a follicular lymphoma.')).toEqual([
      'lymph node follicular lymphoma after -',
    ]);
  });
});

describe('a cancer that "had lately been diagnosed" or "had been managed" before the presentation', () => {
  it('reads the cancer as before the myositis', () => {
    expect(
      cancersOf(
        '',
        'Case\n\nWe saw a 61-year-old man in whom gastric cancer had recently been diagnosed, for a rash.',
      ),
    ).toEqual(['stomach carcinoma before -']);
    expect(
      cancersOf(
        '',
        'Case\n\nA man of 70, whose melanoma had earlier been managed with a wide excision, was admitted with weak hips.',
      ),
    ).toEqual(['? melanoma before -']);
  });
  it('still reads a cancer found by the work-up after the presentation', () => {
    expect(cancersOf('A gastroscopy then showed a gastric cancer, which had spread to the liver.')).toEqual([
      'stomach carcinoma after -',
    ]);
  });
});

describe('a labelled final diagnosis written "Dx", or "the clinical diagnosis was …"', () => {
  it('reads the myositis and the cancer of one diagnosis as concurrent', () => {
    expect(cancersOf('Final clinical Dx: dermatomyositis with a gastric adenocarcinoma.')).toEqual([
      'stomach adenocarcinoma concurrent -',
    ]);
    expect(
      cancersOf('Hence the clinical diagnosis was polymyositis associated with a gastric adenocarcinoma.'),
    ).toEqual(['stomach adenocarcinoma concurrent -']);
  });
  it('reads a labelled line of a test as a find after the presentation, not as one diagnosis', () => {
    expect(cancersOf('Gastric biopsy: adenocarcinoma of the stomach.')).toEqual([
      'stomach adenocarcinoma after -',
    ]);
  });
  it('still leaves a labelled diagnosis that names the cancer alone without an order', () => {
    expect(cancersOf('Final clinical Dx: gastric adenocarcinoma.')).toEqual(['stomach adenocarcinoma - -']);
  });
});

describe('the myositis "accompanied by" its antibody and a cancer, or "diagnosed in association with" one', () => {
  it('reads the two as told together', () => {
    expect(
      cancersOf(
        '',
        'Case\n\nWe describe a woman aged 62 whose myositis was accompanied by anti-TIF1γ antibody and by a squamous cell carcinoma of the tongue.',
      ),
    ).toEqual(['tongue squamous cell carcinoma concurrent -']);
    expect(
      cancersOf(
        '',
        'Case\n\nWe describe a woman aged 62 in whom dermatomyositis with anti-TIF1γ antibody was diagnosed together with a carcinoma of the tongue.',
      ),
    ).toEqual(['tongue carcinoma concurrent 0']);
  });
  it('still reads an order word between the two', () => {
    expect(
      cancersOf(
        '',
        'Case\n\nWe describe a woman aged 62 whose myositis was diagnosed two years after a carcinoma of the tongue.',
      ),
    ).toEqual(['tongue carcinoma - -24']);
  });
});

describe('a checkpoint inhibitor "given to treat" a cancer', () => {
  it('puts the cancer before the myositis the drug set off', () => {
    expect(cancersOf('Pembrolizumab had been given to treat a renal cell carcinoma.')).toEqual([
      'kidney renal cell carcinoma before -',
    ]);
  });
  it('still reads a cancer that imaging found, with no drug named, as found after', () => {
    expect(cancersOf('A CT then showed a renal cell carcinoma.')).toEqual([
      'kidney renal cell carcinoma after -',
    ]);
  });
});

describe('a lesion of the skin in a patient with a skin lymphoma', () => {
  it('is no find of the lymphoma', () => {
    expect(
      cancersOf(
        'Scaly lesions of the skin were found all over the trunk, whereas her strength was found to be normal.',
        'Mycosis fungoides in a woman with dermatomyositis\n\nCase\n\nA 55-year-old woman had a rash. ',
      ),
    ).toEqual(['skin mycosis fungoides - -']);
  });
  it('still reads a mass at the site of a cancer of another organ as its find', () => {
    expect(
      cancersOf(
        'A chest CT then found a mass in the right lung.',
        'Lung adenocarcinoma in a woman with dermatomyositis\n\nCase\n\nA 55-year-old woman had a rash. ',
      ),
    ).toEqual(['lung adenocarcinoma after -']);
  });
});

describe('a neuroendocrine tumour named in the title and its carcinoma in the case', () => {
  it('is one cancer, of the carcinoma', () => {
    expect(
      cancersOf(
        'A needle biopsy then showed a prostatic large cell neuroendocrine carcinoma.',
        'Myositis revealing a neuroendocrine tumour of the prostate\n\nCase\n\nA 70-year-old man had weak hips. ',
      ),
    ).toEqual(['prostate neuroendocrine carcinoma after -']);
  });
  it('still keeps two neuroendocrine cancers of two organs apart', () => {
    expect(
      cancersOf(
        'Years before, a carcinoid tumor of the appendix had been removed. A biopsy now showed a neuroendocrine carcinoma of the lung.',
      ).length,
    ).toBe(2);
  });
});

describe('"The case" as a heading, and an interval counted from "before she was seen"', () => {
  it('reads the case told under it, and dates the cancer back from the visit', () => {
    expect(
      cancersOf(
        '',
        'Summary\n\nBackground\n\nNecrotising myopathy can be paraneoplastic.\n\nThe case\n\nSix months before she was seen in clinic, a 60-year-old had been diagnosed with a carcinoma of the breast. Her thighs then grew weak.',
      ),
    ).toEqual(['breast carcinoma - -6']);
  });
  it('still reads "before she was seen" with nothing to count as no interval', () => {
    expect(cancersOf('Before she was seen, a carcinoma of the breast had been diagnosed.')).toEqual([
      'breast carcinoma before -',
    ]);
  });
});

describe('a back-interval in the clause of the cancer, with a bare "tumour" in the clause before', () => {
  it('dates the cancer', () => {
    expect(
      cancersOf(
        'We believe the tumour was a metastasis, as six years earlier she had had a melanoma on the calf.',
      ),
    ).toEqual(['calf melanoma - -72']);
  });
  it('still gives the time to a named cancer nearer it', () => {
    expect(
      cancersOf('She had had a melanoma removed, and a breast cancer six years earlier.').map(
        (x) => x.split(' ').slice(0, 2).join(' ') + ' ' + x.split(' ')[3],
      ),
    ).toEqual(['? melanoma -', 'breast carcinoma -72']);
  });
});

describe('an order word of the title against the case account of the find', () => {
  const head = (title: string) =>
    `${title}\n\nCase\n\nA 64-year-old woman had weakness of the hips that kept progressing, and her CK was high. `;
  it('lets the case decide: the node biopsy found the lymphoma after the weakness', () => {
    expect(
      cancersOf(
        'A biopsy of a lymph node in the groin then showed follicular lymphoma.',
        head('Follicular lymphoma complicated by polymyositis'),
      ),
    ).toEqual(['lymph node follicular lymphoma after -']);
  });
  it('still takes the order of the title when the case tells no find', () => {
    expect(
      cancersOf(
        'She had been on rituximab for follicular lymphoma for a year.',
        head('Follicular lymphoma complicated by polymyositis'),
      ).map((x) => x.split(' ').slice(-2)[0]),
    ).toEqual(['before']);
  });
});

describe('a labelled result line after the work-up, and the site of the patch it sampled', () => {
  it('reads the cancer as found after, at the site of the patch', () => {
    expect(
      cancersOf(
        'Gastroscopy: a reddish patch at the gastroesophageal junction. Biopsy: adenocarcinoma in situ.',
      ),
    ).toEqual(['esophagogastric junction adenocarcinoma after -']);
  });
  it('still reads a past-history line as no find', () => {
    expect(cancersOf('Past history: breast cancer in 2009, treated by lumpectomy.')).toEqual([
      'breast carcinoma before -',
    ]);
  });
});

describe('a clear cell carcinoma', () => {
  it('is read with its cell type, at the organ named beside it', () => {
    expect(cancersOf('A CT then showed a left-sided clear cell carcinoma of one kidney.')).toEqual([
      'kidney clear cell carcinoma after -',
    ]);
    expect(cancersOf('A laparoscopy then showed clear cell carcinoma of the ovary.')).toEqual([
      'ovary clear cell carcinoma after -',
    ]);
  });
  it('is one tumour with the renal cell carcinoma of the same kidney', () => {
    expect(
      cancersOf(
        'A CT then showed a renal cell carcinoma; histology found a clear cell carcinoma of the kidney.',
      ).length,
    ).toBe(1);
  });
});
