/**
 * RECIST 1.1: calculator `recist-1.1` on a document of lesion measurements (no report section of its own;
 * the follow-up section evaluates it on the case's tumour assessments).
 * @module
 */
import { defineCalculator } from '../../contract/set.js';
import { RECIST_SOURCE } from './definition.js';
import { evaluateRecistDocument, RECIST_DOCUMENT_DESCRIPTION } from './document.js';

/** RECIST 1.1 tumour response. */
export const recist11Set = defineCalculator({
  id: 'recist-1.1',
  key: 'recist11',
  title: 'RECIST 1.1 tumour response (baseline + follow-up lesion measurements)',
  citations: [RECIST_SOURCE],
  tables: [],
  calculator: {
    kind: 'document',
    description: RECIST_DOCUMENT_DESCRIPTION,
    evaluate: evaluateRecistDocument,
  },
  headline: (r) => ({ code: r.valid ? r.bestOverallResponse.category : 'not-evaluable' }),
});
