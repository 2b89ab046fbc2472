/**
 * ConText assertion: negation, uncertainty, temporality and experiencer.
 * @module
 */
export { SentenceContext, triggerDictionary, SCOPE_WINDOW, type Assertion } from './context.js';
export { TRIGGER_ROWS, type ContextCategory, type Trigger } from './triggers.js';
