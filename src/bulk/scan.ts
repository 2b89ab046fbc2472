/**
 * A fast structural scan of one NDJSON line (bytes), without building objects: checks that the line is one
 * complete JSON object (balanced, strings closed) and reads the top-level `resourceType`, `id` and the patient
 * reference (`subject`, `patient` or `beneficiary` → `{"reference": "…Patient/<id>"}`). String contents are
 * skipped four bytes at a time, and values below the top level only checked for balance, so it costs about a
 * third of a `JSON.parse` of the line (bench/profile-scan.ts). Values are not validated here (a full
 * `JSON.parse` happens when the patient is assessed). Pure.
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

/** A view of the bytes of `buf`, at the same offsets, to read four at a time. */
function viewOf(buf: Buffer): DataView {
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

/**
 * End (index of the closing quote) of the string whose opening quote is at `open`, before `end`; -1 if it is
 * not closed there. The string ends at the first quote not escaped by an odd number of backslashes before it.
 *
 * Quotes are looked for four bytes at a time (`view`, a view of `buf`): in a 32-bit word `w` of the bytes
 * xor'ed with four quotes, a quote is a zero byte, and `(w - 0x01010101) & ~w & 0x80808080` sets the top bit
 * of the first zero byte (and of no byte before it), found by counting trailing zero bits (the word is read
 * little-endian: the first byte in the low bits). On the strings of an export (a dozen bytes on average) this
 * costs less than a call to the native `indexOf` for each.
 */
function stringEnd(buf: Buffer, view: DataView, open: number, end: number): number {
  let j = open + 1;
  for (;;) {
    let q = -1;
    while (j + 4 <= end) {
      const w = view.getInt32(j, true) ^ 0x22222222;
      const zero = ((w - 0x01010101) | 0) & ~w & 0x80808080;
      if (zero !== 0) {
        q = j + ((31 - Math.clz32(zero & -zero)) >> 3);
        break;
      }
      j += 4;
    }
    if (q < 0) {
      while (j < end && buf[j] !== QUOTE) j++;
      if (j === end) return -1;
      q = j;
    }
    if (buf[q - 1] !== BACKSLASH) return q;
    let k = q - 2;
    while (k > open && buf[k] === BACKSLASH) k--;
    // `q - 1 - k` backslashes before the quote: an even number leaves it unescaped
    if ((q - k) % 2 === 1) return q;
    j = q + 1;
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

/** 1 for the bytes of a FHIR id's characters (see {@link isIdChar}), else 0: a lookup instead of five tests. */
const ID_BYTE = new Uint8Array(256);
for (let c = 0; c < 128; c++) if (isIdChar(c)) ID_BYTE[c] = 1;

/** A character of a FHIR id: A–Z, a–z, 0–9, '-' or '.'. */
function isIdChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2d ||
    c === 0x2e
  );
}

/** What {@link scanInto} found: a blank line, a resource, or a bad line of one of three kinds. */
const SCAN_BLANK = 0;
const SCAN_RESOURCE = 1;
const SCAN_NOT_JSON = 2;
const SCAN_TRUNCATED = 3;
const SCAN_NO_TYPE = 4;
const BAD_REASONS = ['', '', 'not-json', 'truncated-json', 'no-resource-type'] as const;

/**
 * The spans {@link scanInto} records, `[start, end)` of a string's contents (between its quotes) in the
 * buffer, -1 when absent: resource type, id, the patient id (within the reference; -2 when it was read from a
 * reference with escapes, in {@link escapedPatient}), and the last unresolvable reference.
 */
const TYPE = 0;
const ID = 2;
const PID = 4;
const UNRESOLVED = 6;
const SPANS = new Float64Array(8);
/** The patient id of a reference that held an escape (decoded as a string; rare). */
let escapedPatient = '';

// The stack of open containers (LBRACE / LBRACKET), grown when a line nests deeper.
let stack = new Uint8Array(64);

// What the string value after a key is to the scan.
const K_NONE = 0;
const K_OTHER = 1;
const K_TYPE = 2;
const K_ID = 3;
const K_PATIENT = 4;
const K_REFERENCE = 5;

const PATIENT_SLASH = Buffer.from('Patient/');
const PATIENT = Buffer.from('Patient');

/** Whether `buf[start, end)` holds a backslash. */
function hasEscape(buf: Buffer, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (buf[k] === BACKSLASH) return true;
  return false;
}

/**
 * The patient id of the reference `buf[start, end)` (no escapes in it), as {@link patientIdOfReference} reads
 * it from the decoded text: its span in `spans[PID]`; false when there is none. The bytes of "Patient/" and of
 * an id are ASCII, which no byte of a multi-byte UTF-8 sequence can be, so bytes and text agree.
 */
function patientIdSpan(buf: Buffer, start: number, end: number, spans: Float64Array): boolean {
  for (let j = end - 8; j >= start; j--) {
    if (buf[j] !== 0x50 || !eq(buf, j, j + 8, PATIENT_SLASH)) continue;
    if (j > start && buf[j - 1] !== SLASH) return false;
    let k = j + 8;
    for (; k < end; k++) {
      const c = buf[k]!;
      if (c === SLASH) break;
      if (ID_BYTE[c] !== 1) return false;
    }
    const n = k - j - 8;
    if (n < 1 || n > 64) return false;
    spans[PID] = j + 8;
    spans[PID + 1] = k;
    return true;
  }
  return false;
}

/**
 * A reference's contents `buf[start, end)`: the patient id it names (true), else records it when it cannot be
 * resolved in an export (`urn:`, `#`).
 */
function readReference(buf: Buffer, start: number, end: number, spans: Float64Array): boolean {
  // The usual form, "Patient/<id>", read at once: "Patient/" at the start and 1–64 id characters to the end.
  // The general reading below finds the same: an id character is neither a backslash nor a '/', so there is
  // no escape and no later "Patient/".
  if (end - start > 8 && end - start <= 72 && eq(buf, start, start + 8, PATIENT_SLASH)) {
    let k = start + 8;
    while (k < end && ID_BYTE[buf[k]!] === 1) k++;
    if (k === end) {
      spans[PID] = start + 8;
      spans[PID + 1] = end;
      return true;
    }
  }
  if (hasEscape(buf, start, end)) {
    const ref = decode(buf, start, end);
    const pid = patientIdOfReference(ref);
    if (pid) {
      escapedPatient = pid;
      spans[PID] = -2;
      return true;
    }
    if (ref.startsWith('urn:') || ref.startsWith('#')) {
      spans[UNRESOLVED] = start;
      spans[UNRESOLVED + 1] = end;
    }
    return false;
  }
  if (patientIdSpan(buf, start, end, spans)) return true;
  const b = buf[start];
  if (
    b === 0x23 /* # */ ||
    (end - start >= 4 &&
      b === 0x75 &&
      buf[start + 1] === 0x72 &&
      buf[start + 2] === 0x6e &&
      buf[start + 3] === COLON)
  ) {
    spans[UNRESOLVED] = start;
    spans[UNRESOLVED + 1] = end;
  }
  return false;
}

/**
 * Scans `buf[start, end)` (one line without its newline) and records where its strings are in `spans` rather
 * than building them: see {@link scanLine} for what is read. Returns one of the `SCAN_` kinds.
 *
 * It runs for every line of an export, so it is written for speed: one loop over the bytes outside strings
 * (a string's end is found by {@link stringEnd}), the state in local variables, a key compared with the few
 * that matter only where they matter (top level, or the object of a patient key) and when it has their
 * length, and a value below those levels, where nothing is read, checked by a simpler loop of its own.
 */
function scanInto(buf: Buffer, view: DataView, start: number, end: number, spans: Float64Array): number {
  let i = start;
  while (i < end && isWs(buf[i]!)) i++;
  if (i === end) return SCAN_BLANK;
  if (buf[i] !== LBRACE) return SCAN_NOT_JSON;
  spans[TYPE] = -1;
  spans[TYPE + 1] = -1;
  spans[ID] = -1;
  spans[ID + 1] = -1;
  spans[PID] = -1;
  spans[PID + 1] = -1;
  spans[UNRESOLVED] = -1;
  spans[UNRESOLVED + 1] = -1;
  let open = stack;
  let depth = 0;
  let patientFound = false;
  // Depth of the object opened by a patient key (subject / patient / beneficiary), -1 when none.
  let refObjectDepth = -1;
  let expectKey = false;
  let pendingKey = K_NONE;
  for (; i < end; i++) {
    const b = buf[i]!;
    if (b === QUOTE) {
      const close = stringEnd(buf, view, i, end);
      if (close < 0) return SCAN_TRUNCATED;
      if (expectKey) {
        pendingKey =
          depth === 1 || depth === refObjectDepth ? keyKind(buf, i + 1, close, depth, patientFound) : K_OTHER;
        expectKey = false;
      } else {
        if (pendingKey === K_TYPE) {
          spans[TYPE] = i + 1;
          spans[TYPE + 1] = close;
        } else if (pendingKey === K_ID) {
          spans[ID] = i + 1;
          spans[ID + 1] = close;
        } else if (pendingKey === K_REFERENCE && !patientFound)
          patientFound = readReference(buf, i + 1, close, spans);
        pendingKey = K_NONE;
      }
      i = close;
      continue;
    }
    switch (b) {
      case LBRACE:
      case LBRACKET:
        if (depth === open.length) {
          const grown = new Uint8Array(2 * open.length);
          grown.set(open);
          stack = open = grown;
        }
        open[depth++] = b;
        if (b === LBRACE && pendingKey === K_PATIENT) refObjectDepth = depth;
        pendingKey = K_NONE;
        expectKey = b === LBRACE;
        if (depth > 1 && depth !== refObjectDepth) {
          // A value below the top level and outside the object of a patient key: nothing in it is read, so
          // it is only checked (strings closed, brackets balanced) up to its closing bracket, which leaves
          // the state as the loop below would.
          const outer = depth - 1;
          for (;;) {
            if (++i >= end) return SCAN_TRUNCATED;
            const c = buf[i]!;
            if (c === QUOTE) {
              i = stringEnd(buf, view, i, end);
              if (i < 0) return SCAN_TRUNCATED;
            } else if (c === LBRACE || c === LBRACKET) {
              if (depth === open.length) {
                const grown = new Uint8Array(2 * open.length);
                grown.set(open);
                stack = open = grown;
              }
              open[depth++] = c;
            } else if (c === RBRACE || c === RBRACKET) {
              if (open[--depth] !== (c === RBRACE ? LBRACE : LBRACKET)) return SCAN_NOT_JSON;
              if (depth === outer) break;
            }
          }
          pendingKey = K_NONE;
          expectKey = false;
        }
        break;
      case RBRACE:
      case RBRACKET: {
        if (depth === 0 || open[--depth] !== (b === RBRACE ? LBRACE : LBRACKET)) return SCAN_NOT_JSON;
        if (depth + 1 === refObjectDepth) refObjectDepth = -1;
        pendingKey = K_NONE;
        expectKey = false;
        if (depth === 0) {
          let k = i + 1;
          while (k < end && isWs(buf[k]!)) k++;
          if (k !== end) return SCAN_NOT_JSON;
          return spans[TYPE] < 0 || spans[TYPE] === spans[TYPE + 1] ? SCAN_NO_TYPE : SCAN_RESOURCE;
        }
        break;
      }
      case COLON:
        expectKey = false;
        break;
      case COMMA:
        expectKey = depth > 0 && open[depth - 1] === LBRACE;
        pendingKey = K_NONE;
        break;
      default:
        // Numbers, literals: a non-string value ends any pending key.
        if (!isWs(b)) pendingKey = K_NONE;
    }
  }
  return SCAN_TRUNCATED;
}

/**
 * What the key `buf[start, end)` (contents, between its quotes) at `depth` is to the scan: at the top level
 * `resourceType`, `id`, or (until a patient is found) a patient key; in the object of a patient key
 * (`refObjectDepth`, never the top level) `reference`. Compared by length first: most keys have none of
 * these lengths.
 */
function keyKind(buf: Buffer, start: number, end: number, depth: number, patientFound: boolean): number {
  const n = end - start;
  if (depth !== 1) return n === 9 && eq(buf, start, end, KEYS.reference) ? K_REFERENCE : K_OTHER;
  if (n === 12) return eq(buf, start, end, KEYS.resourceType) ? K_TYPE : K_OTHER;
  if (n === 2) return buf[start] === 0x69 && buf[start + 1] === 0x64 ? K_ID : K_OTHER;
  if (patientFound) return K_OTHER;
  if (n === 7)
    return eq(buf, start, end, KEYS.subject) || eq(buf, start, end, KEYS.patient) ? K_PATIENT : K_OTHER;
  if (n === 11) return eq(buf, start, end, KEYS.beneficiary) ? K_PATIENT : K_OTHER;
  return K_OTHER;
}

/**
 * Scans `buf[start, end)` (one line without its newline).
 * @param buf - the bytes
 * @param start - first byte of the line
 * @param end - end of the line (exclusive)
 */
export function scanLine(buf: Buffer, start: number, end: number): ScanResult {
  const kind = scanInto(buf, viewOf(buf), start, end, SPANS);
  if (kind === SCAN_BLANK) return { kind: 'blank' };
  if (kind !== SCAN_RESOURCE) return { kind: 'bad', reason: BAD_REASONS[kind] as 'not-json' };
  const resourceType = decode(buf, SPANS[TYPE]!, SPANS[TYPE + 1]!);
  const id = SPANS[ID]! >= 0 ? decode(buf, SPANS[ID]!, SPANS[ID + 1]!) : undefined;
  const pid = SPANS[PID]!;
  const patient =
    pid === -2 ? escapedPatient : pid >= 0 ? buf.toString('latin1', pid, SPANS[PID + 1]) : undefined;
  const unresolved =
    patient === undefined && SPANS[UNRESOLVED]! >= 0
      ? decode(buf, SPANS[UNRESOLVED]!, SPANS[UNRESOLVED + 1]!)
      : undefined;
  return { kind: 'resource', resourceType, id, patient, ...(unresolved ? { unresolved } : {}) };
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
  const view = viewOf(buf);
  const fileTypeBytes = fileType ? Buffer.from(fileType) : null;
  // When the file's type is plain ASCII, a line whose type has its bytes has its text too (most lines).
  const plainFileType = fileTypeBytes !== null && isPlainAscii(fileTypeBytes, 0, fileTypeBytes.length);
  const fileTypeIsPatient = fileType === 'Patient';
  // The last patient id and resource type read as text, and where their bytes were: the next line's are
  // compared as bytes and their text reused when equal (most lines of a file repeat the last line's).
  let idStart = 0;
  let idLength = -1;
  let idText = '';
  let typeStart = 0;
  let typeLength = -1;
  let typeText = '';
  for (let k = 0; k < starts.length; k++) {
    const kind = scanInto(buf, view, starts[k]!, ends[k]!, SPANS);
    if (kind === SCAN_BLANK) continue;
    if (kind !== SCAN_RESOURCE) {
      codes[k] = LINE_BAD;
      texts.push(BAD_REASONS[kind]!);
      continue;
    }
    const ts = SPANS[TYPE]!;
    const te = SPANS[TYPE + 1]!;
    let isFileType: boolean;
    let isPatient: boolean;
    let typeString: string | undefined;
    if (plainFileType && eq(buf, ts, te, fileTypeBytes)) {
      isFileType = true;
      isPatient = fileTypeIsPatient;
    } else if (isPlainAscii(buf, ts, te)) {
      isFileType = fileTypeBytes !== null && eq(buf, ts, te, fileTypeBytes);
      isPatient = eq(buf, ts, te, PATIENT);
    } else {
      typeString = decode(buf, ts, te);
      isFileType = typeString === fileType;
      isPatient = typeString === 'Patient';
    }
    let code: number;
    let text: string;
    if (fileType && !isFileType) {
      code = LINE_BAD;
      text = 'wrong-resource-type';
    } else if (isPatient) {
      if (SPANS[ID + 1]! > SPANS[ID]!) {
        code = LINE_PATIENT_RESOURCE;
        text = decode(buf, SPANS[ID]!, SPANS[ID + 1]!);
      } else {
        code = LINE_BAD;
        text = 'patient-without-id';
      }
    } else if (SPANS[PID] !== -1) {
      code = LINE_PATIENT;
      const ps = SPANS[PID]!;
      if (ps === -2) text = escapedPatient;
      else {
        const n = SPANS[PID + 1]! - ps;
        if (n !== idLength || !sameBytes(view, buf, ps, idStart, n)) {
          idText = buf.toString('latin1', ps, ps + n);
          idStart = ps;
          idLength = n;
        }
        text = idText;
      }
    } else if (SPANS[UNRESOLVED]! >= 0) {
      code = LINE_BAD;
      text = 'unresolvable-reference';
    } else {
      code = LINE_OUTSIDE;
      if (fileType) text = fileType;
      else if (typeString !== undefined) text = typeString;
      else {
        if (te - ts !== typeLength || !sameBytes(view, buf, ts, typeStart, te - ts)) {
          typeText = buf.toString('latin1', ts, te);
          typeStart = ts;
          typeLength = te - ts;
        }
        text = typeText;
      }
    }
    codes[k] = code;
    texts.push(text);
  }
  return { codes, texts };
}

/** Whether `buf[start, end)` is ASCII without a backslash: its text is its bytes. */
function isPlainAscii(buf: Buffer, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = buf[k]!;
    if (c >= 0x80 || c === BACKSLASH) return false;
  }
  return true;
}

/**
 * Whether `buf[a, a + n)` and `buf[b, b + n)` hold the same bytes: four at a time through `view` (a view of
 * `buf`'s bytes), then one at a time.
 */
function sameBytes(view: DataView, buf: Buffer, a: number, b: number, n: number): boolean {
  let k = 0;
  for (; k + 4 <= n; k += 4) if (view.getInt32(a + k) !== view.getInt32(b + k)) return false;
  for (; k < n; k++) if (buf[a + k] !== buf[b + k]) return false;
  return true;
}
