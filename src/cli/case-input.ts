/**
 * Turning a file given to `heliotrope assess` into a validated case. JSON files are case documents;
 * narrative loaders (plain text) register here as they become available. Files are read as bytes:
 * structured input (case JSON, FHIR JSON) must be valid UTF-8 (invalid bytes are refused with their
 * offset, as the HTTP API does); a narrative is decoded leniently, with a warning.
 * @module
 */
import type { Case } from '../case/schema.js';
import { parseJsonBytes, validateCase } from '../case/validate.js';
import { InputError } from '../core/issues.js';
import { decodeUtf8Strict } from '../core/utf8.js';
import { decodeUtf8, extractCase } from '../extract/extract.js';
import { extractionWarningText } from '../render/text/extraction.js';
import { importFhir, parseFhirJson, type ProvenanceEntry } from '../fhir/import/index.js';
import { fhirIssueText } from '../render/text/fhir.js';

/** Options of loading a case. */
export interface LoadOptions {
  /** Validation warnings (unknown finding ids, inconsistent dates) are errors. */
  strict?: boolean;
}

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
  load(file: CaseFile, path: string, options?: LoadOptions): LoadedCase;
}

/** A loaded case: warnings to print, and whether the input had errors (exit code 2 after the output). */
export interface LoadedCase {
  case: Case;
  warnings?: string[];
  inputErrors?: boolean;
  /** The facts were machine-extracted from a narrative (the output says they must be checked). */
  extracted?: boolean;
  /** When the case was imported from FHIR: the input Patient's reference and each fact's source resource. */
  fhir?: { patient?: string; provenance: ProvenanceEntry[] };
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
    return { case: r.case, warnings: r.warnings.map(extractionWarningText), extracted: true };
  },
};

/** FHIR R4 JSON (a Bundle, a Patient, an array of resources): imported, issues printed as warnings. */
const fhirLoader: CaseLoader = {
  matches: (p, t) => /^\s*[{[]/.test(t) && /"resourceType"\s*:/.test(t.slice(0, 4096)),
  load: (file, path) => {
    const r = importFhir(parseFhirJson(decodeUtf8Strict(file.bytes, path), path));
    const shown = r.issues.filter((i) => i.severity !== 'information');
    return {
      case: r.case,
      warnings: shown.map(fhirIssueText),
      inputErrors: r.issues.some((i) => i.severity === 'error'),
      fhir: { ...(r.stats.patient ? { patient: r.stats.patient } : {}), provenance: r.provenance },
    };
  },
};

/** Loaders tried in order; the JSON loader is the fallback. */
export const caseLoaders: CaseLoader[] = [narrativeLoader, fhirLoader];

const jsonLoader: CaseLoader = {
  matches: (p, t) => /\.json$/i.test(p) || t.trimStart().startsWith('{'),
  load: (file, path, options) => {
    const v = validateCase(parseJsonBytes(file.bytes, path), options);
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
 * Loads a case from file bytes.
 * @param bytes - file contents
 * @param path - file name (used to choose the loader and in messages)
 * @param options - `strict`: validation warnings are errors
 */
export function loadCase(bytes: Uint8Array, path: string, options: LoadOptions = {}): LoadedCase {
  const { text, invalid } = decodeUtf8(bytes);
  const file: CaseFile = { bytes, text, invalidUtf8: invalid };
  for (const l of caseLoaders) if (l.matches(path, text)) return l.load(file, path, options);
  if (jsonLoader.matches(path, text)) return jsonLoader.load(file, path, options);
  throw new InputError(`${path}: not a case document (expected a JSON case file)`);
}
