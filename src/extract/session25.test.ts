/**
 * Readings fixed in session 25 (issue 12): constructions of published text outside the corpus, each written here
 * as a sentence of this file, with a control the fix must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

/** The case read after a title and a neutral opening sentence (no sentence under test is the title). */
const read = (text: string) =>
  extractCase(`Myositis: a case report\n\nA 58-year-old patient was seen in clinic. ${text}`).case;

/** Each lab as "analyte comparator+value unit". */
const labs = (text: string) =>
  read(text).labs.map((l) => `${l.analyte} ${l.comparator ?? ''}${l.value ?? ''} ${l.unit ?? ''}`.trim());

describe('whose results they are', () => {
  it('results announced "as follows" in the present tense are the patient’s record', () => {
    expect(labs('On investigations are as follows: the blood count has platelets of 41,000/mm3.')).toEqual([
      'platelets 41000 /mm3',
    ]);
  });
  it('… also after a general sentence, when a longer subject announces them', () => {
    expect(
      labs(
        'Work-up should then turn to the thyroid. The findings of further clinical tests are as follows: CPK- 2210 IU, TSH> 80 IU.',
      ),
    ).toEqual(['CK 2210 [IU]', 'TSH >80 [IU]']);
  });
  it('control: criteria "as follows" stay a statement about the disease', () => {
    expect(
      labs('The criteria are as follows: CK is raised in most patients, often above 1,000 U/L.'),
    ).toEqual([]);
  });
});

/** Each cancer as "histology relation offset unit". */
const cancers = (text: string) =>
  read(text).cancers.map((k) => {
    const d = typeof k.diagnosisDate === 'object' ? k.diagnosisDate : undefined;
    return [k.histology ?? k.site, d?.offset ?? '', d?.unit ?? ''].join(' ').trim();
  });

describe('a cancer found a stated time after the myositis', () => {
  it('"Over the next 2 months …" is two months later', () => {
    expect(
      cancers(
        'Polymyositis was diagnosed and prednisone begun. Over the next 2 months his blood counts fell, and a marrow biopsy eventually showed acute myeloid leukaemia.',
      ),
    ).toEqual(['acute myeloid leukemia 2 month']);
  });
  it('a later-interval in the sentence before the find, which names no cancer, dates it', () => {
    expect(
      cancers(
        'Dermatomyositis was diagnosed on biopsy. Three years later, a scaly nodule appeared on her cheek. It was excised after a squamous cell carcinoma was confirmed on histology.',
      ),
    ).toEqual(['squamous cell carcinoma 36 month']);
  });
  it('control: a cancer named before keeps its own timing, not the later-interval', () => {
    expect(
      cancers(
        'She had a squamous cell carcinoma of the cheek excised in 2015. Dermatomyositis was diagnosed in 2019. Three years later, a nodule appeared on her cheek. A recurrence of the squamous cell carcinoma was confirmed.',
      ).every((x) => !x.endsWith('36 month')),
    ).toBe(true);
  });
});
