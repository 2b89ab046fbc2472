/**
 * Probe table, fifth wave (issue 12, session 21): a template sweep of the cancer's order against the myositis, each
 * sentence shape written both ways round where it has two, looking first for the reading that gives the opposite
 * order. It found two shapes read the wrong way round — "a 2-year history of dermatomyositis when breast cancer was
 * found" and "with dermatomyositis diagnosed 6 months earlier was found to have breast cancer" (both read as a cancer
 * before the myositis) — and a woman "receiving chemotherapy for" or "known to have" a cancer who presented with the
 * myositis read as a cancer found after it. It also found that the month "May" was read as the modal verb, which made
 * "diagnosed with dermatomyositis in May 2018" a present-tense (title-like) sentence whose date was not read.
 * Every snippet is synthetic; every expectation is read from extraction-conventions.md and corpus/README.md ("Cancer
 * timing"), not from what the extractor does. Rows are `[snippet, expected, gap?]` (`timing-harness.ts`).
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonths, checkCancer, type Expected, family, read } from './__fixtures__/timing-harness.js';

const W = 'A 58-year-old woman';

family<Expected | null>(
  'order: the myositis named with how long it had lasted, then the cancer found',
  [
    [
      `${W} had a 2-year history of dermatomyositis when breast cancer was found.`,
      { name: 'breast', relation: 'after', months: 24 },
    ],
    [
      `${W} with a 2-year history of dermatomyositis was found to have breast cancer.`,
      { name: 'breast', relation: 'after', months: 24 },
    ],
    [
      `${W} had had dermatomyositis for a year when breast cancer was diagnosed.`,
      { name: 'breast', relation: 'after', months: 12 },
    ],
    [
      `${W} with dermatomyositis diagnosed 6 months earlier was found to have breast cancer.`,
      { name: 'breast', relation: 'after', months: 6 },
    ],
    // controls: the same shapes with the cancer first
    [
      `${W} with a 2-year history of breast cancer developed dermatomyositis.`,
      { name: 'breast', relation: 'before', months: 24 },
    ],
    [
      `${W} had a 2-year history of breast cancer when dermatomyositis developed.`,
      { name: 'breast', relation: 'before', months: 24 },
    ],
    [
      `${W} with breast cancer diagnosed 6 months earlier developed dermatomyositis.`,
      { name: 'breast', relation: 'before', months: 6 },
    ],
    // a concurrence stated in the sentence wins over the length of the myositis
    [
      'A 58-year-old man with a 6-week history of dermatomyositis was found to have a concurrent gastric cancer.',
      { name: 'gastric|stomach', relation: 'concurrent' },
    ],
    [
      `${W} had had breast cancer for a year when dermatomyositis began.`,
      { name: 'breast', relation: 'before', months: 12 },
    ],
  ],
  checkCancer,
);

family<Expected | null>(
  'order: verbs and prefixes of time',
  [
    [
      `${W} presented with dermatomyositis which postdated breast cancer by 9 months.`,
      { name: 'breast', relation: 'before', months: 9 },
    ],
    [
      `${W} presented with dermatomyositis which predated breast cancer by 9 months.`,
      { name: 'breast', relation: 'after', months: 9 },
    ],
    [
      `${W} presented with dermatomyositis two years post-mastectomy for breast cancer.`,
      { name: 'breast', relation: 'before', months: 24 },
    ],
    [
      `${W} presented with dermatomyositis two years post-treatment for breast cancer.`,
      { name: 'breast', relation: 'before', months: 24 },
    ],
    [
      `${W} presented with dermatomyositis. After two years, breast cancer was detected.`,
      { name: 'breast', relation: 'after', months: 24 },
    ],
    [
      `${W} was diagnosed with dermatomyositis. Eight months after the diagnosis, a CT scan revealed breast cancer.`,
      { name: 'breast', relation: 'after', months: 8 },
    ],
    // control: a later sentence of the course, no find
    [`${W} presented with dermatomyositis. After two years, the rash had resolved.`, null],
    [
      `${W} presented with dermatomyositis. Two years on, breast cancer was detected.`,
      { name: 'breast', relation: 'after', months: 24 },
    ],
    // the abbreviated units of telegraphic notes
    [
      `${W} presented with dermatomyositis. PMH: breast cancer 5 yrs ago.`,
      { name: 'breast', relation: 'before', months: 60 },
    ],
    [
      `${W} presented with dermatomyositis. She had breast cancer 6 mos ago.`,
      { name: 'breast', relation: 'before', months: 6 },
    ],
    [
      `${W} presented with dermatomyositis. Breast cancer was diagnosed 6 mo later.`,
      { name: 'breast', relation: 'after', months: 6 },
    ],
    [
      `${W} with a 2-yr history of breast cancer developed dermatomyositis.`,
      { name: 'breast', relation: 'before', months: 24 },
    ],
  ],
  checkCancer,
);

family<Expected | null>(
  'order: a cancer under treatment or known when the myositis was presented',
  [
    [
      `${W} receiving chemotherapy for breast cancer presented with dermatomyositis.`,
      { name: 'breast', relation: 'before' },
    ],
    [
      `${W} undergoing chemotherapy for breast cancer presented with dermatomyositis.`,
      { name: 'breast', relation: 'before' },
    ],
    [
      `${W} on chemotherapy for breast cancer presented with dermatomyositis.`,
      { name: 'breast', relation: 'before' },
    ],
    [
      `${W}, known to have breast cancer, presented with dermatomyositis.`,
      { name: 'breast', relation: 'before' },
    ],
    [
      `${W} presented with dermatomyositis. She was known to have breast cancer.`,
      { name: 'breast', relation: 'before' },
    ],
    [`${W} with known breast cancer presented with dermatomyositis.`, { name: 'breast', relation: 'before' }],
    // control: the cancer the work-up of the myositis found
    [
      `${W} presented with dermatomyositis. A CT scan revealed breast cancer.`,
      { name: 'breast', relation: 'after' },
    ],
    [
      `${W} with breast cancer on tamoxifen presented with dermatomyositis.`,
      { name: 'breast', relation: 'before' },
    ],
  ],
  checkCancer,
);

family<Expected | null>(
  'order: ages and month dates',
  [
    [
      'A 52-year-old woman presented with dermatomyositis. At age 54, she was diagnosed with breast cancer.',
      { name: 'breast', relation: 'after', months: 24 },
    ],
    [
      'A 52-year-old woman presented with dermatomyositis. She had been treated for breast cancer at the age of 45.',
      { name: 'breast', relation: 'before', months: 84 },
    ],
    [
      `${W} was diagnosed with dermatomyositis in May 2018. In February 2019, breast cancer was diagnosed.`,
      { name: 'breast', relation: 'after', months: 9 },
    ],
    [
      `${W} was diagnosed with breast cancer in May 2018. In February 2019, she developed dermatomyositis.`,
      { name: 'breast', relation: 'before', months: 9 },
    ],
    [
      `${W} was diagnosed with dermatomyositis on 3 May 2018. Breast cancer was diagnosed on 2 February 2019.`,
      { name: 'breast', relation: 'after', months: 9 },
    ],
    [
      // read since session 34 (the myositis's age told in another sentence)
      'At the age of 45 she was treated for breast cancer. At 52 she developed dermatomyositis.',
      { name: 'breast', relation: 'before', months: 84 },
    ],
  ],
  checkCancer,
);

/** The cancer the text names is not dated after the myositis (a control: the rule must leave it alone). */
function notAfter(text: string): void {
  const c = read(text);
  const k = c.cancers[0];
  expect(k).toBeDefined();
  expect(k?.relationToMyositis).not.toBe('after');
  expect(cancerMonths(c, k!) ?? 0).toBeLessThanOrEqual(0);
}

describe('controls of the later-interval and age rules', () => {
  it('"on" before a drug is no later-interval', () =>
    notAfter(`${W} was treated for breast cancer. Two years on tamoxifen, she developed dermatomyositis.`));
  it('an age above the presenting one, in a sentence that tells no find, does not date the cancer after', () =>
    notAfter(
      'A 52-year-old woman presented with dermatomyositis. At age 54, her breast cancer was in remission.',
    ));
});

describe('the month "May" is not the modal verb', () => {
  it('a sentence dated "in May 2018" is a past-tense report, its date read', () => {
    const c = read(`${W} was diagnosed with dermatomyositis in May 2018. She had a heliotrope rash.`);
    expect(c.findings.find((f) => f.id === 'heliotrope-rash')?.status).toBe('present');
  });
  it('"Since May 2018 proximal weakness has progressed" is the patient’s weakness, with its onset', () => {
    const c = read(`${W} was seen. Since May 2018 proximal weakness has progressed.`);
    expect(c.findings.some((f) => f.id.startsWith('proximal-weakness') && f.status === 'present')).toBe(true);
    expect(c.dates.symptomOnset).toBe('2018-05');
  });
  it('"The rash began on 12 May 2019" dates the onset', () => {
    expect(read(`${W} was seen. The rash began on 12 May 2019.`).dates.symptomOnset).toBe('2019-05-12');
  });
  it('control: "may" as a verb still makes a general statement', () => {
    const c = read('A heliotrope rash may be seen in dermatomyositis.');
    expect(c.findings.filter((f) => f.status === 'present')).toEqual([]);
  });
});
