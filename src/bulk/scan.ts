/**
 * A fast structural scan of one NDJSON line (bytes), without building objects: checks that the line is one
 * complete JSON object (balanced, strings closed) and reads the top-level `resourceType`, `id` and the patient
 * reference (`subject`, `patient` or `beneficiary` → `{"reference": "…Patient/<id>"}`). String contents are
 * skipped with a native byte search, so the cost grows with the number of tokens rather than bytes. Values
 * are not validated here (a full `JSON.parse` happens when the patient is assessed). Pure.
 * @module
 */

/** Result of scanning one line. */
export type ScanResult =
  | { kind: 'blank' }
  | {
      kind: 'resource';
      resourceType: string;
      id: string | undefined;
      /** Patient id referenced by `subject` / `patient` / `beneficiary`, if it is a Patient reference. */
      patient: string | undefined;
      /** Set when a patient key held a reference that cannot be resolved in an export (e.g. `urn:uuid:`). */
      unresolved?: string;
    }
  | { kind: 'bad'; reason: 'not-json' | 'truncated-json' | 'no-resource-type' };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const COMMA = 0x2c;

const isWs = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

const KEYS = {
  resourceType: Buffer.from('resourceType'),
  id: Buffer.from('id'),
  subject: Buffer.from('subject'),
  patient: Buffer.from('patient'),
  beneficiary: Buffer.from('beneficiary'),
  reference: Buffer.from('reference'),
};

function eq(buf: Uint8Array, start: number, end: number, key: Uint8Array): boolean {
  if (end - start !== key.length) return false;
  for (let i = 0; i < key.length; i++) if (buf[start + i] !== key[i]) return false;
  return true;
}

/** End (index of the closing quote) of the string whose opening quote is at `open`; -1 if unterminated. */
function stringEnd(buf: Buffer, open: number, end: number): number {
  let j = open;
  for (;;) {
    j = buf.indexOf(QUOTE, j + 1);
    if (j < 0 || j >= end) return -1;
    let k = j - 1;
    let slashes = 0;
    while (k > open && buf[k] === BACKSLASH) {
      slashes++;
      k--;
    }
    if (slashes % 2 === 0) return j;
  }
}

function decode(buf: Buffer, start: number, end: number): string {
  // Contents between quotes; escapes are rare in ids and references (checked within the string only).
  for (let k = start; k < end; k++) {
    if (buf[k] === BACKSLASH) {
      try {
        return JSON.parse(buf.toString('utf8', start - 1, end + 1)) as string;
      } catch {
        return buf.toString('utf8', start, end);
      }
    }
  }
  return buf.toString('utf8', start, end);
}

/**
 * The patient id of a reference string (`Patient/1`, `https://host/fhir/Patient/1`, `Patient/1/_history/2`),
 * or undefined when it does not reference a Patient by id.
 * @param ref - the reference
 */
export function patientIdOfReference(ref: string): string | undefined {
  const i = ref.lastIndexOf('Patient/');
  if (i < 0 || (i > 0 && ref.charCodeAt(i - 1) !== SLASH)) return undefined;
  // The id runs to the next '/' (or the end) and must be a FHIR id: 1–64 of [A-Za-z0-9-.]. Checked by
  // character codes rather than split + regular expression: this runs for every line of an export.
  const start = i + 8;
  let end = start;
  for (; end < ref.length; end++) {
    const c = ref.charCodeAt(end);
    if (c === SLASH) break;
    if (!isIdChar(c)) return undefined;
  }
  const n = end - start;
  return n >= 1 && n <= 64 ? ref.slice(start, end) : undefined;
}

const SLASH = 0x2f;

/** A character of a FHIR id: A–Z, a–z, 0–9, '-' or '.'. */
const isIdChar = (c: number) =>
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x30 && c <= 0x39) ||
  c === 0x2d ||
  c === 0x2e;

/**
 * Scans `buf[start, end)` (one line without its newline).
 * @param buf - the bytes
 * @param start - first byte of the line
 * @param end - end of the line (exclusive)
 */
export function scanLine(buf: Buffer, start: number, end: number): ScanResult {
  let i = start;
  while (i < end && isWs(buf[i]!)) i++;
  if (i === end) return { kind: 'blank' };
  if (buf[i] !== LBRACE) return { kind: 'bad', reason: 'not-json' };
  // Open containers (LBRACE / LBRACKET); depth = stack length.
  const stack: number[] = [];
  let resourceType: string | undefined;
  let id: string | undefined;
  let patient: string | undefined;
  let unresolved: string | undefined;
  // Depth of the object opened by a patient key (subject / patient / beneficiary), -1 when none.
  let refObjectDepth = -1;
  let expectKey = false;
  let pendingKey: 'resourceType' | 'id' | 'patient' | 'reference' | 'other' | null = null;
  for (; i < end; i++) {
    const b = buf[i]!;
    if (b === QUOTE) {
      const close = stringEnd(buf, i, end);
      if (close < 0) return { kind: 'bad', reason: 'truncated-json' };
      const depth = stack.length;
      if (expectKey) {
        pendingKey = 'other';
        if (depth === 1) {
          if (eq(buf, i + 1, close, KEYS.resourceType)) pendingKey = 'resourceType';
          else if (eq(buf, i + 1, close, KEYS.id)) pendingKey = 'id';
          else if (
            patient === undefined &&
            (eq(buf, i + 1, close, KEYS.subject) ||
              eq(buf, i + 1, close, KEYS.patient) ||
              eq(buf, i + 1, close, KEYS.beneficiary))
          )
            pendingKey = 'patient';
        } else if (depth === refObjectDepth && eq(buf, i + 1, close, KEYS.reference))
          pendingKey = 'reference';
        expectKey = false;
      } else {
        if (pendingKey === 'resourceType') resourceType = decode(buf, i + 1, close);
        else if (pendingKey === 'id') id = decode(buf, i + 1, close);
        else if (pendingKey === 'reference' && patient === undefined) {
          const ref = decode(buf, i + 1, close);
          const pid = patientIdOfReference(ref);
          if (pid) patient = pid;
          else if (ref.startsWith('urn:') || ref.startsWith('#')) unresolved = ref;
        }
        pendingKey = null;
      }
      i = close;
      continue;
    }
    switch (b) {
      case LBRACE:
        stack.push(LBRACE);
        if (pendingKey === 'patient') refObjectDepth = stack.length;
        pendingKey = null;
        expectKey = true;
        break;
      case LBRACKET:
        stack.push(LBRACKET);
        pendingKey = null;
        expectKey = false;
        break;
      case RBRACE:
      case RBRACKET: {
        const open = stack.pop();
        if (open !== (b === RBRACE ? LBRACE : LBRACKET)) return { kind: 'bad', reason: 'not-json' };
        if (stack.length + 1 === refObjectDepth) refObjectDepth = -1;
        pendingKey = null;
        expectKey = false;
        if (stack.length === 0) {
          let k = i + 1;
          while (k < end && isWs(buf[k]!)) k++;
          if (k !== end) return { kind: 'bad', reason: 'not-json' };
          if (!resourceType) return { kind: 'bad', reason: 'no-resource-type' };
          return {
            kind: 'resource',
            resourceType,
            id,
            patient,
            ...(unresolved && !patient ? { unresolved } : {}),
          };
        }
        break;
      }
      case COLON:
        expectKey = false;
        break;
      case COMMA:
        expectKey = stack[stack.length - 1] === LBRACE;
        pendingKey = null;
        break;
      default:
        // Numbers, literals: a non-string value ends any pending key.
        if (!isWs(b)) pendingKey = null;
    }
  }
  return { kind: 'bad', reason: 'truncated-json' };
}

/** A line's class in {@link ClassifiedLines}: left out (blank), bad, outside the patient compartment, a patient's. */
export const LINE_BLANK = 0;
export const LINE_BAD = 1;
export const LINE_OUTSIDE = 2;
export const LINE_PATIENT = 3;
/** A patient's line that is the Patient resource itself. */
export const LINE_PATIENT_RESOURCE = 4;

/**
 * What the reading phase does with each line of a batch, in a compact form a worker thread can send back:
 * one code per line, and one text per line that is not blank (the bad line's kind, the resource type of a
 * resource outside the patient compartment, or the patient key).
 */
export interface ClassifiedLines {
  codes: Uint8Array;
  texts: string[];
}

/**
 * Classifies the lines `buf[starts[k], ends[k])` of a file: bad lines with their kind (not JSON, truncated,
 * no resource type, a resource type other than the file's, a Patient without id, an unresolvable patient
 * reference), resources outside the patient compartment, and every other line with its patient's key. Pure.
 * @param buf - the bytes
 * @param starts - start of each line
 * @param ends - end of each line (exclusive, without its line break)
 * @param fileType - the file's declared resource type, if any
 */
export function classifyLines(
  buf: Buffer,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  fileType: string | null | undefined,
): ClassifiedLines {
  const codes = new Uint8Array(starts.length);
  const texts: string[] = [];
  for (let k = 0; k < starts.length; k++) {
    const s = scanLine(buf, starts[k]!, ends[k]!);
    if (s.kind === 'blank') continue;
    let code: number;
    let text: string;
    if (s.kind === 'bad') {
      code = LINE_BAD;
      text = s.reason;
    } else if (fileType && s.resourceType !== fileType) {
      code = LINE_BAD;
      text = 'wrong-resource-type';
    } else if (s.resourceType === 'Patient') {
      if (s.id) {
        code = LINE_PATIENT_RESOURCE;
        text = s.id;
      } else {
        code = LINE_BAD;
        text = 'patient-without-id';
      }
    } else if (s.patient) {
      code = LINE_PATIENT;
      text = s.patient;
    } else if (s.unresolved) {
      code = LINE_BAD;
      text = 'unresolvable-reference';
    } else {
      code = LINE_OUTSIDE;
      text = s.resourceType;
    }
    codes[k] = code;
    texts.push(text);
  }
  return { codes, texts };
}
