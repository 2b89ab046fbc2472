/**
 * JSON text to a value, with the line and column of a syntax error (no schema: commands that read JSON but
 * not a case, such as calculator batches, need not load the case schema).
 * @module
 */
import {
  parse as parseTolerant,
  printParseErrorCode,
  type ParseError,
  type ParseErrorCode,
} from 'jsonc-parser';
import { InputError, issue } from '../core/issues.js';

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

function describeParseError(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
