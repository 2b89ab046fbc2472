/**
 * JSON text to a value, with the line and column of a syntax error, strict UTF-8 for bytes and a bound on
 * nesting; field paths as `labs[2].value`. No schema: commands that read JSON but not a case (calculator
 * batches) need not load the case schema.
 * @module
 */
import {
  parse as parseTolerant,
  printParseErrorCode,
  type ParseError,
  type ParseErrorCode,
} from 'jsonc-parser';
import { issue, InputError, type Issue } from '../core/issues.js';
import { findExcessiveNesting, MAX_JSON_DEPTH } from '../core/json.js';
import { decodeUtf8Strict } from '../core/utf8.js';

/** Formats a path array as `labs[2].value`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}

/** Translates a character offset into a 1-based line and column. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: offset - lastBreak };
}

/**
 * Parses JSON text, reporting a syntax error with line and column instead of throwing a raw SyntaxError.
 * @param text - the JSON text
 * @param where - name of the input for messages (file name or "request body")
 */
export function parseJsonText(text: string, where = 'input'): unknown {
  const deep = findExcessiveNesting(text);
  if (deep) {
    const lc = lineColumn(text, deep.offset ?? 0);
    throw new InputError(`${where} is nested too deeply`, [
      tooDeepIssue(deep.path, ` at line ${lc.line}, column ${lc.column}`, lc),
    ]);
  }
  try {
    return JSON.parse(text);
  } catch {
    // JSON.parse does not always say where; a tolerant parser locates the first error.
    const errors: ParseError[] = [];
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    const lc = first ? lineColumn(text, first.offset) : undefined;
    const what = first ? describeParseError(first.error) : 'malformed JSON';
    throw new InputError(`${where} is not valid JSON`, [
      issue(
        'structure',
        '',
        `not valid JSON: ${what}${lc ? ` at line ${lc.line}, column ${lc.column}` : ''}`,
        lc ? { line: lc.line, column: lc.column } : {},
      ),
    ]);
  }
}

/** Shows at most the first few steps of a long path (a too-deep path is mostly `[0][0][0]…`). */
function shortPath(path: readonly (string | number)[]): string {
  return path.length > 6 ? `${formatPath(path.slice(0, 6))}…` : formatPath(path);
}

/** The issue for input nested deeper than {@link MAX_JSON_DEPTH}. */
export function tooDeepIssue(
  path: readonly (string | number)[],
  where = '',
  extra: Partial<Issue> = {},
): Issue {
  return issue(
    'too-large',
    shortPath(path),
    `arrays and objects are nested more than ${MAX_JSON_DEPTH} levels deep${where}`,
    extra,
  );
}

/**
 * Parses JSON bytes: strict UTF-8 (invalid bytes are refused with their offset, never replaced), then
 * {@link parseJsonText}. The one entry point for JSON documents read as bytes (CLI files, request bodies).
 * @param bytes - the raw input
 * @param where - name of the input for messages (file name or "the request body")
 */
export function parseJsonBytes(bytes: Uint8Array, where = 'input'): unknown {
  return parseJsonText(decodeUtf8Strict(bytes, where), where);
}

function describeParseError(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
