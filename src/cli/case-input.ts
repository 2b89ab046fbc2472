/**
 * Turning a file given to `heliotrope assess` into a validated case. JSON files are case documents;
 * narrative loaders (plain text) register here as they become available.
 * @module
 */
import type { Case } from '../case/schema.js';
import { parseCase, parseJsonBytes } from '../case/validate.js';
import { InputError } from '../core/issues.js';
import { decodeUtf8Strict } from '../core/utf8.js';
import { decodeUtf8, extractCase } from '../extract/extract.js';
import { extractionWarningText } from '../render/text/extraction.js';
import { importFhir, parseFhirJson } from '../fhir/import/index.js';
import { fhirIssueText } from '../render/text/fhir.js';

/** A file to load: its bytes, and its text decoded leniently (invalid bytes as U+FFFD, counted). */
export interface CaseFile {
  bytes: Uint8Array;
  text: string;
  invalidUtf8: number;
}

/** A loader for one kind of input file. */
export interface CaseLoader {
  /** Which files it takes. */
  matches(path: string, text: string): boolean;
  /** Produces a validated case (and any warnings to print). */
  load(file: CaseFile, path: string): LoadedCase;
}

/** A loaded case: warnings to print, and whether the input had errors (exit code 2 after the output). */
export interface LoadedCase {
  case: Case;
  warnings?: string[];
  inputErrors?: boolean;
}

/**
 * Narratives (.txt/.md, or any non-JSON text): extraction, then the case it found. Invalid UTF-8 in free
 * text is a warning (the bytes become U+FFFD and the count is reported).
 */
const narrativeLoader: CaseLoader = {
  matches: (p, t) =>
    /\.(txt|md|markdown|text)$/i.test(p) || (!/\.json$/i.test(p) && !/^[{[]/.test(t.trimStart())),
  load: (file) => {
    const r = extractCase(file.text, { invalidUtf8: file.invalidUtf8 });
    return { case: r.case, warnings: r.warnings.map(extractionWarningText) };
  },
};

/**
 * FHIR R4 JSON (a Bundle, a Patient, an array of resources): imported, issues printed as warnings.
 * Structured input, so strict UTF-8 as for case JSON.
 */
const fhirLoader: CaseLoader = {
  matches: (p, t) => /^\s*[{[]/.test(t) && /"resourceType"\s*:/.test(t.slice(0, 4096)),
  load: (file, path) => {
    const r = importFhir(parseFhirJson(decodeUtf8Strict(file.bytes, path), path));
    const shown = r.issues.filter((i) => i.severity !== 'information');
    return {
      case: r.case,
      warnings: shown.map(fhirIssueText),
      inputErrors: r.issues.some((i) => i.severity === 'error'),
    };
  },
};

/** Loaders tried in order; the JSON loader is the fallback. */
export const caseLoaders: CaseLoader[] = [narrativeLoader, fhirLoader];

/** JSON cases: strict UTF-8 (invalid bytes are refused with their offset, as the HTTP API does). */
const jsonLoader: CaseLoader = {
  matches: (p, t) => /\.json$/i.test(p) || t.trimStart().startsWith('{'),
  load: (file, path) => ({ case: parseCase(parseJsonBytes(file.bytes, path), path) }),
};

/**
 * Loads a case from file bytes.
 * @param bytes - file contents
 * @param path - file name (used to choose the loader and in messages)
 */
export function loadCase(bytes: Uint8Array, path: string): LoadedCase {
  const { text, invalid } = decodeUtf8(bytes);
  const file: CaseFile = { bytes, text, invalidUtf8: invalid };
  for (const l of caseLoaders) if (l.matches(path, text)) return l.load(file, path);
  if (jsonLoader.matches(path, text)) return jsonLoader.load(file, path);
  throw new InputError(`${path}: not a case document (expected a JSON case file)`);
}
