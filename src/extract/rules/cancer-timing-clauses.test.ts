/**
 * Clauses that tell which of the cancer and the myositis came first: a year written "y", a later presentation by
 * "came back", a clause of time in the past perfect, a course at the same time, a recurrence named by an
 * abbreviation, "afterwards" and "only then", "together with", "on <test> there was", "in whom", a labelled result,
 * a population's figures, and a telegraphic later interval. Each construction is written as a sentence of the
 * project's own, beside the near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonthsFromMyositis } from '../../eval/score.js';
import { extractCase } from '../extract.js';

const cancersOf = (text: string) => {
  const c = extractCase(`Case presentation\n\n${text}\n`).case;
  return c.cancers.map(
    (k) =>
      `${k.site ?? '?'} ${k.histology ?? '?'} ${k.relationToMyositis ?? '-'} ${cancerMonthsFromMyositis(c, k) ?? '-'}`,
  );
};

const SIGNS = 'A 55-year-old woman came in with a violaceous eyelid rash and weak thighs.';

describe('a count of years written "y" in telegraphic notes', () => {
  it('reads the interval', () => {
    expect(
      cancersOf(`${SIGNS} Renal cell carcinoma treated by nephrectomy 2 y before the onset of the weakness.`),
    ).toEqual(['kidney renal cell carcinoma - -24']);
    expect(cancersOf(`${SIGNS} Her colon adenocarcinoma was found 1.5 y after the diagnosis of DM.`)).toEqual(
      ['colon adenocarcinoma - 18'],
    );
  });
  it('does not read an age in years as an interval', () => {
    expect(cancersOf('Man, 60 y; DM with weak hips. Colon adenocarcinoma after DM was diagnosed.')).toEqual([
      'colon adenocarcinoma after -',
    ]);
  });
});

describe('a later presentation told by "came back", "attended", "came to"', () => {
  it('counts the myositis after the cancer told in the sentence before', () => {
    expect(
      cancersOf(
        'A 62-year-old man was seen in our clinic. He had refused an operation for a rectal adenocarcinoma. Two years afterwards he came back with a heliotrope rash and weak hips.',
      ),
    ).toEqual(['rectum adenocarcinoma - -24']);
  });
  it('dates a cancer found at a return that many years after the myositis', () => {
    expect(
      cancersOf(
        'He had dermatomyositis with a heliotrope rash. He missed his follow-up visits, and three years later he visited his doctor with abdominal pain. CT showed a liver mass. Biopsy showed hepatocellular carcinoma.',
      ),
    ).toEqual(['liver hepatocellular carcinoma after 36']);
  });
  it('reads no order from a return that is not the myositis', () => {
    expect(
      cancersOf(
        'A 62-year-old man was seen. A rectal adenocarcinoma was treated with radiotherapy. A year later he came back for a routine colonoscopy, which was normal.',
      ),
    ).toEqual(['rectum adenocarcinoma - -']);
  });
});

describe('a past perfect inside a clause of time ("Once the cancer had been diagnosed, …")', () => {
  it('orders the cancer against its main clause, not against the myositis', () => {
    expect(
      cancersOf(
        'A 62-year-old woman had a heliotrope rash and dermatomyositis was diagnosed. A CT then showed a colon adenocarcinoma. Once the adenocarcinoma had been confirmed, a left colectomy followed.',
      ),
    ).toEqual(['colon adenocarcinoma after -']);
    expect(
      cancersOf(
        'A 62-year-old woman had a heliotrope rash and weak thighs. When the gastric adenocarcinoma had been resected, the weakness improved.',
      ),
    ).toEqual(['stomach adenocarcinoma - -']);
  });
  it('still reads the cancer before a myositis that the main clause tells arising', () => {
    expect(
      cancersOf(
        'A 62-year-old woman was seen. When her ovarian carcinoma had been treated, she developed dermatomyositis.',
      ),
    ).toEqual(['ovary carcinoma before -']);
  });
});

describe('a course told at the same time, with its subject between', () => {
  it('says nothing of when the cancer was diagnosed', () => {
    expect(
      cancersOf(
        'She had a heliotrope rash. Her disease improved with prednisone, and simultaneously the lymphoma regressed with chemotherapy.',
      ),
    ).toEqual(['? lymphoma - -']);
  });
  it('still reads a find told at the same time as concurrent', () => {
    expect(cancersOf('She had a heliotrope rash. At the same time, a lymphoma was diagnosed.')).toEqual([
      '? lymphoma concurrent 0',
    ]);
  });
});

describe('a recurrence named by the cancer\'s abbreviation and a verb ("his BC had recurred")', () => {
  it('reads the cancer as first diagnosed before the myositis', () => {
    expect(
      cancersOf(
        'We describe a man in whom dermatomyositis announced that his BC had recurred. He was 70. Cystoscopy showed a bladder cancer (BC), which was resected.',
      ),
    ).toEqual(['bladder carcinoma before -']);
  });
  it('still reads a first find announced by the myositis as after', () => {
    expect(
      cancersOf(
        'We describe a man in whom dermatomyositis was the first sign of a BC. He was 70. Cystoscopy showed a bladder cancer (BC), which was resected.',
      ),
    ).toEqual(['bladder carcinoma after -']);
  });
});

describe('"afterwards", "only then", "subsequently" ordering the myositis after the cancer told just before', () => {
  it('reads the cancer as before', () => {
    expect(
      cancersOf(
        'A 60-year-old woman was seen. Imaging showed a cancer of the thyroid and a cancer of the breast. Both were removed and she had radiotherapy, and only afterwards did polymyositis appear.',
      ),
    ).toEqual(['thyroid carcinoma before -', 'breast carcinoma before -']);
    expect(
      cancersOf(
        'A man of 50 was seen. He was treated for a seminoma with orchiectomy; only then was dermatomyositis diagnosed.',
      ),
    ).toEqual(['testis seminoma before -']);
  });
  it('keeps a cancer found after a myositis told before', () => {
    expect(
      cancersOf(
        'A woman of 60 had a heliotrope rash. CT showed a lung adenocarcinoma. Afterwards her weakness began.',
      ),
    ).toEqual(['lung adenocarcinoma after -']);
    expect(
      cancersOf(
        'A woman of 60 was seen. A lung adenocarcinoma was found and then resected; dermatomyositis was diagnosed at the same time.',
      ),
    ).toEqual(['lung adenocarcinoma concurrent 0']);
  });
});

describe('"<myositis> occurring together with <cancer>"', () => {
  it('reads a concurrence', () => {
    expect(
      cancersOf(
        'A 60-year-old man had weakness of the hips. Cystoscopy then showed a bladder carcinoma. In the end we diagnosed dermatomyositis co-occurring with the bladder carcinoma.',
      ),
    ).toEqual(['bladder carcinoma concurrent 0']);
  });
  it('does not read "together with" of two finds or an operation as one', () => {
    expect(
      cancersOf(
        'A 60-year-old man had weakness of the hips. Cystoscopy then showed a bladder carcinoma, which was resected together with the prostate.',
      ),
    ).toEqual(['bladder carcinoma after -']);
  });
});

describe('a find told as "on <test> there was <cancer>"', () => {
  it('reads the find after the presentation, or with it when the sampled lesion came with the rash', () => {
    expect(
      cancersOf(
        'A 64-year-old man came with a heliotrope rash and weak thighs. At colonoscopy there was an ulcerated adenocarcinoma of the sigmoid.',
      ),
    ).toEqual(['colon adenocarcinoma after -']);
    expect(
      cancersOf(
        'A 64-year-old man came with swollen cervical nodes and, at the same time, a heliotrope rash and weak thighs. On aspiration of the nodes there were cells of a metastatic adenocarcinoma.',
      ),
    ).toEqual(['? adenocarcinoma concurrent 0']);
  });
  it('still reads a history told by "there was" as before', () => {
    expect(
      cancersOf(
        'A 64-year-old man came with a heliotrope rash and weak thighs. There was a history of breast carcinoma treated by mastectomy.',
      ),
    ).toEqual(['breast carcinoma before -']);
  });
});

describe('"a person with the myositis in whom <cancer> was discovered"', () => {
  it('reads the cancer as found after', () => {
    expect(
      cancersOf('We report a man with polymyositis in whom a renal cell carcinoma was later found.'),
    ).toEqual(['kidney renal cell carcinoma after -']);
  });
  it('keeps a find told in the past perfect with its interval', () => {
    expect(
      cancersOf(
        'We report a man with polymyositis in whom a renal cell carcinoma had been found two years before.',
      ),
    ).toEqual(['kidney renal cell carcinoma - -24']);
  });
});

describe('a labelled result in a clause after a semicolon, or in a table row', () => {
  it('reads the find', () => {
    expect(
      cancersOf(
        'Woman, 70; heliotrope rash, weak hips. Cancer screen by CT of the trunk: colon mass; biopsy: adenocarcinoma of the colon.',
      ),
    ).toEqual(['colon adenocarcinoma after -']);
    expect(
      cancersOf(
        'Woman aged 70 with a heliotrope rash and weak hips.\n\nInvestigations\nCK                  4200 U/L\nChest CT            mass in the left lower lobe\nBiopsy              squamous cell carcinoma of the lung',
      ),
    ).toEqual(['lung squamous cell carcinoma after -']);
  });
  it('still reads a past history row as before', () => {
    expect(
      cancersOf(
        'Woman aged 70 with a heliotrope rash and weak hips.\n\nHistory\nPast history          breast carcinoma, mastectomy 2012\nCK                    4200 U/L',
      ),
    ).toEqual(['breast carcinoma before -']);
  });
});

describe('"a person with <cancer> in whom <myositis> developed"', () => {
  it('reads the cancer as before', () => {
    expect(
      cancersOf(
        'We describe a 40-year-old woman with breast cancer in whom a heliotrope rash and weak thighs appeared.',
      ),
    ).toEqual(['breast carcinoma before -']);
  });
  it("reads no order when what developed is the cancer's own spread", () => {
    expect(
      cancersOf('We describe a 40-year-old woman with breast cancer in whom lung metastases developed.'),
    ).toEqual(['breast carcinoma - -']);
  });
});

describe("a sentence of a population's figures", () => {
  it('gives the patient none of the cancers it names', () => {
    expect(
      cancersOf(
        `${SIGNS} With polymyositis the risk rose for kidney cancer (SIR 2.1, 95% CI 1.2-3.9) and for lung cancer (SIR 2.6, 95% CI 1.7-4.0).`,
      ),
    ).toEqual([]);
  });
  it("keeps the patient's own cancer told beside it", () => {
    expect(cancersOf(`${SIGNS} CT then showed a kidney mass; biopsy: renal cell carcinoma.`)).toEqual([
      'kidney renal cell carcinoma after -',
    ]);
  });
});

describe('a telegraphic later-interval with a colon for its verb ("3 mo later: heliotrope rash")', () => {
  it('counts the myositis that long after the cancer told before', () => {
    expect(
      cancersOf(
        'Man, 66 y. Follicular lymphoma found on a routine blood count. 3 mo later: heliotrope rash, then weak thighs.',
      ),
    ).toEqual(['? follicular lymphoma - -3']);
  });
  it('reads nothing from a later note that names no sign', () => {
    expect(
      cancersOf(
        'Man, 66 y. Follicular lymphoma found on a routine blood count. 3 mo later: CK normal, blood count stable.',
      ),
    ).toEqual(['? follicular lymphoma - -']);
  });
});

describe('a cancer the person had, then a myositis they developed, in one clause (session 45)', () => {
  const orders = (text: string) =>
    extractCase(`Myositis: a case report\n\nA 71-year-old man was seen in clinic. ${text}`).case.cancers.map(
      (k) => k.relationToMyositis ?? '-',
    );
  it('reads the cancer as first', () => {
    expect(orders('He had chronic lymphocytic leukemia and developed dermatomyositis on ibrutinib.')).toEqual(
      ['before'],
    );
    expect(orders('He had prostate cancer and later developed polymyositis.')).toEqual(['before']);
  });
  it('leaves the order to other rules where the work-up found the cancer', () => {
    expect(orders('Imaging showed that he had prostate cancer and developed polymyositis.')).toEqual(['-']);
  });
});
