/**
 * Turning a file given to `heliotrope assess` into a validated case. JSON files are case documents;
 * narrative loaders (plain text) register here as they become available.
 * @module
 */
import type { Case } from '../case/schema.js';
import { parseJsonText, validateCase } from '../case/validate.js';
import { InputError } from '../core/issues.js';
import { extractCase } from '../extract/extract.js';
import { extractionWarningText } from '../render/text/extraction.js';
import { importFhir, parseFhirJson } from '../fhir/import/index.js';
import { fhirIssueText } from '../render/text/fhir.js';

/** Options of loading a case. */
export interface LoadOptions {
  /** Validation warnings (unknown finding ids, inconsistent dates) are errors. */
  strict?: boolean;
}

/** A loader for one kind of input file. */
export interface CaseLoader {
  /** Which files it takes. */
  matches(path: string, text: string): boolean;
  /** Produces a validated case (and any warnings to print). */
  load(text: string, path: string, options?: LoadOptions): LoadedCase;
}

/** A loaded case: warnings to print, and whether the input had errors (exit code 2 after the output). */
export interface LoadedCase {
  case: Case;
  warnings?: string[];
  inputErrors?: boolean;
  /** The facts were machine-extracted from a narrative (the output says they must be checked). */
  extracted?: boolean;
}

/** Narratives (.txt/.md, or any non-JSON text): extraction, then the case it found. */
const narrativeLoader: CaseLoader = {
  matches: (p, t) =>
    /\.(txt|md|markdown|text)$/i.test(p) || (!/\.json$/i.test(p) && !/^[{[]/.test(t.trimStart())),
  load: (text) => {
    const invalid = text.split('\ufffd').length - 1;
    const r = extractCase(text, { invalidUtf8: invalid });
    return { case: r.case, warnings: r.warnings.map(extractionWarningText), extracted: true };
  },
};

/** FHIR R4 JSON (a Bundle, a Patient, an array of resources): imported, issues printed as warnings. */
const fhirLoader: CaseLoader = {
  matches: (p, t) => /^\s*[{[]/.test(t) && /"resourceType"\s*:/.test(t.slice(0, 4096)),
  load: (text, path) => {
    const r = importFhir(parseFhirJson(text, path));
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

const jsonLoader: CaseLoader = {
  matches: (p, t) => /\.json$/i.test(p) || t.trimStart().startsWith('{'),
  load: (text, path, options) => {
    const v = validateCase(parseJsonText(text, path), options);
    if (!v.case) {
      const n = v.issues.filter((i) => i.severity === 'error').length;
      throw new InputError(
        `${path} is not a valid Heliotrope case (${n} problem${n === 1 ? '' : 's'})`,
        v.issues,
      );
    }
    return { case: v.case, warnings: v.issues.map((i) => `${i.path}: ${i.message}`) };
  },
};

/**
 * Loads a case from file text.
 * @param text - file contents
 * @param path - file name (used to choose the loader and in messages)
 * @param options - `strict`: validation warnings are errors
 */
export function loadCase(text: string, path: string, options: LoadOptions = {}): LoadedCase {
  for (const l of caseLoaders) if (l.matches(path, text)) return l.load(text, path, options);
  if (jsonLoader.matches(path, text)) return jsonLoader.load(text, path, options);
  throw new InputError(`${path}: not a case document (expected a JSON case file)`);
}
