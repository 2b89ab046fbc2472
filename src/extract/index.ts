/**
 * Narrative extraction: from a case narrative to a structured case with evidence.
 * @module
 */
export {
  extractCase,
  decodeUtf8,
  MAX_INPUT_CHARS,
  type ExtractionResult,
  type ExtractionWarning,
} from './extract.js';
export { tokenize, type Token } from './tokenize.js';
export { splitSentences, type Sentence } from './sentences.js';
export { detectSections, type Section, type SectionRole } from './sections.js';
export { CONCEPTS, lexicon, type Concept } from './lexicon/index.js';
export { SentenceContext, type Assertion } from './context/index.js';
