/**
 * RECIST 1.1: calculator `recist-1.1` on a document of lesion measurements (no report section of its own;
 * the follow-up section evaluates it on the case's tumour assessments).
 * @module
 */
import { defineCalculator } from '../../contract/set.js';
import { RECIST_DOCUMENT_DESCRIPTION, RECIST_SOURCE } from './definition.js';
import type * as DocumentModule from './document.js';

/** The document module (it carries the document's zod schema): loaded by the calculator's `load`. */
let documentModule: typeof DocumentModule | undefined;

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
    load: async () => {
      documentModule ??= await import('./document.js');
    },
    evaluate: (doc) => {
      if (!documentModule) throw new Error('recist-1.1: load() the calculator before evaluating a document');
      return documentModule.evaluateRecistDocument(doc);
    },
  },
  headline: (r) => ({ code: r.valid ? r.bestOverallResponse.category : 'not-evaluable' }),
});
