/**
 * Pathological inputs for the extraction pipeline: long runs of one token, nesting, no punctuation. Each
 * maker returns a text of about `n` characters. The benchmark (`npm run bench`, `extract.growthRatio`)
 * times each at n and 4n; the tests only run them once under a generous wall-clock ceiling.
 * @module
 */

/** Inputs for the whole pipeline (`extractCase`). */
export const PIPELINE_INPUTS: readonly (readonly [label: string, make: (n: number) => string])[] = [
  ['one word', (n) => 'weakness '.repeat(Math.ceil(n / 9))],
  ['nested brackets', (n) => '('.repeat(Math.ceil(n / 2)) + ')'.repeat(Math.ceil(n / 2))],
  ['no punctuation', (n) => 'no fever rash CK 695 ANA negative '.repeat(Math.ceil(n / 34))],
  ['digits', (n) => '1'.repeat(n)],
  ['grades', (n) => '3/5 '.repeat(Math.ceil(n / 4))],
  ['colons', (n) => 'ANA: '.repeat(Math.ceil(n / 5))],
  // a label line each (session 22: the search for a case opening after a run-in label went to the end of the text)
  ['labelled lines', (n) => 'Funding: none\n'.repeat(Math.ceil(n / 14))],
];

/** Inputs for the sentence splitter (`splitSentences`). */
export const SENTENCE_INPUTS: readonly (readonly [label: string, make: (n: number) => string])[] = [
  'a',
  'Dr. ',
  '. . ',
  '((((',
  '\n',
  '1.2.3.',
].map((unit) => [JSON.stringify(unit), (n: number) => unit.repeat(Math.ceil(n / unit.length))] as const);
