/**
 * The narrative-extraction hook of the server: the engine's extraction pipeline, with its warnings worded
 * for people (wording stays in render/).
 * @module
 */
import { extractCase } from '../extract/extract.js';
import { extractionWarningText } from '../render/text/extraction.js';
import type { ExtractHook } from './app.js';

/** Extracts a draft case from a narrative; evidence spans point into the posted text. */
export const narrativeExtraction: ExtractHook = (text) => {
  const r = extractCase(text);
  return { case: r.case, warnings: r.warnings.map(extractionWarningText) };
};
