/**
 * The `recist-1.1` calculator (a JSON document of lesion measurements).
 * @module
 */
import type { Calculator } from '../../criteria/engine/calculator.js';
import { RECIST_SOURCE } from './definition.js';
import { evaluateRecistDocument, RECIST_DOCUMENT_DESCRIPTION } from './document.js';

/** RECIST 1.1: document calculator. */
export const recist11Calculator: Calculator = {
  id: 'recist-1.1',
  title: 'RECIST 1.1 tumour response (baseline + follow-up lesion measurements)',
  citation: RECIST_SOURCE,
  inputs: [],
  evaluate: () => evaluateRecistDocument(undefined),
  documentInput: { description: RECIST_DOCUMENT_DESCRIPTION, evaluateDocument: evaluateRecistDocument },
};
