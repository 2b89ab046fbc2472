import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyLines,
  LINE_BAD,
  LINE_BLANK,
  LINE_OUTSIDE,
  LINE_PATIENT,
  LINE_PATIENT_RESOURCE,
  patientIdOfReference,
  scanLine,
} from './scan.js';
import { lineBatch } from '../../test/line-batch.js';

const scan = (s: string) => {
  const b = Buffer.from(s);
  return scanLine(b, 0, b.length);
};

describe('scanLine', () => {
  it('reads resourceType, id and the patient reference of a resource', () => {
    expect(
      scan(
        '{"resourceType":"Observation","id":"o1","subject":{"reference":"Patient/p1"},"valueQuantity":{"value":3}}',
      ),
    ).toEqual({
      kind: 'resource',
      resourceType: 'Observation',
      id: 'o1',
      patient: 'p1',
    });
    expect(scan(' { "resourceType" : "Patient" , "id" : "p-2" } ')).toEqual({
      kind: 'resource',
      resourceType: 'Patient',
      id: 'p-2',
      patient: undefined,
    });
    expect(
      scan(
        '{"resourceType":"Immunization","id":"i","patient":{"display":"x","reference":"https://ehr.example/fhir/Patient/77/_history/3"}}',
      ),
    ).toMatchObject({
      patient: '77',
    });
  });

  it('reads only top-level keys: nested ids, subjects and strings that look like keys are ignored', () => {
    const line = JSON.stringify({
      resourceType: 'MedicationRequest',
      contained: [{ resourceType: 'Observation', id: 'inner', subject: { reference: 'Patient/wrong' } }],
      note: [{ text: '"subject":{"reference":"Patient/wrong2"} and \\"id\\"' }],
      id: 'outer',
      subject: { reference: 'Patient/right', extension: [{ url: 'x', valueString: '}]{[' }] },
    });
    expect(scan(line)).toEqual({
      kind: 'resource',
      resourceType: 'MedicationRequest',
      id: 'outer',
      patient: 'right',
    });
  });

  it('reports blank, non-JSON, truncated and typeless lines', () => {
    expect(scan('   ')).toEqual({ kind: 'blank' });
    expect(scan('<xml/>')).toEqual({ kind: 'bad', reason: 'not-json' });
    expect(scan('[{"resourceType":"Patient"}]')).toEqual({ kind: 'bad', reason: 'not-json' });
    expect(scan('{"resourceType":"Patient","id":"p"} trailing')).toEqual({ kind: 'bad', reason: 'not-json' });
    expect(scan('{"resourceType":"Patient","id":"p"')).toEqual({ kind: 'bad', reason: 'truncated-json' });
    expect(scan('{"resourceType":"Patient","id":"p')).toEqual({ kind: 'bad', reason: 'truncated-json' });
    expect(scan('{"id":"p"}')).toEqual({ kind: 'bad', reason: 'no-resource-type' });
    expect(scan('{"resourceType":"Patient","x":[1,2}')).toEqual({ kind: 'bad', reason: 'not-json' });
  });

  it('flags references that cannot be resolved within an export', () => {
    expect(scan('{"resourceType":"Condition","subject":{"reference":"urn:uuid:1234"}}')).toMatchObject({
      patient: undefined,
      unresolved: 'urn:uuid:1234',
    });
    expect(scan('{"resourceType":"Condition","subject":{"reference":"Group/5"}}')).toMatchObject({
      patient: undefined,
    });
    expect(patientIdOfReference('RelatedPatient/1')).toBeUndefined();
  });

  it('reads the patient id of a reference as the FHIR id rule says, whatever the text around it', () => {
    // The rule, written as plainly as possible: the text after the last "Patient/" (at the start or after a
    // "/"), up to the next "/", when it is 1–64 of [A-Za-z0-9-.].
    const reference = (ref: string): string | undefined => {
      const i = ref.lastIndexOf('Patient/');
      if (i < 0 || (i > 0 && ref[i - 1] !== '/')) return undefined;
      const id = ref.slice(i + 8).split('/')[0]!;
      return /^[A-Za-z0-9\-.]{1,64}$/.test(id) ? id : undefined;
    };
    expect(patientIdOfReference('Patient/a-1.B')).toBe('a-1.B');
    expect(patientIdOfReference('https://h/fhir/Patient/7/_history/2')).toBe('7');
    expect(patientIdOfReference(`Patient/${'x'.repeat(64)}`)).toBe('x'.repeat(64));
    expect(patientIdOfReference(`Patient/${'x'.repeat(65)}`)).toBeUndefined();
    expect(patientIdOfReference('Patient/')).toBeUndefined();
    expect(patientIdOfReference('Patient/a b')).toBeUndefined();
    expect(patientIdOfReference('Patient/é')).toBeUndefined();
    const part = fc.constantFrom(
      'Patient/',
      'Patient',
      '/',
      'a',
      'Z',
      '9',
      '-',
      '.',
      '_',
      ' ',
      'é',
      'x'.repeat(30),
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 10 }), (parts) => {
        const ref = parts.join('');
        expect(patientIdOfReference(ref), ref).toBe(reference(ref));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with JSON.parse on generated resources, and rejects their truncations', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9-]{1,20}$/);
    const junk = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(
        fc.constantFrom('Observation', 'Condition', 'Encounter', 'Patient'),
        id,
        id,
        fc.constantFrom('subject', 'patient'),
        fc.dictionary(
          fc.string().filter((k) => !['resourceType', 'id', 'subject', 'patient', 'beneficiary'].includes(k)),
          junk,
          { maxKeys: 4 },
        ),
        fc.boolean(),
        (type, rid, pid, key, extra, pretty) => {
          const res: Record<string, unknown> = { ...extra, resourceType: type, id: rid };
          if (type !== 'Patient') res[key] = { display: 'd', reference: `Patient/${pid}` };
          const text = JSON.stringify(res, null, pretty ? 1 : undefined).replace(/\n/g, ' ');
          const s = scan(text);
          expect(s).toMatchObject({ kind: 'resource', resourceType: type, id: rid });
          if (type !== 'Patient') expect(s).toMatchObject({ patient: pid });
          for (let cut = 1; cut < text.length; cut += Math.max(1, Math.floor(text.length / 23)))
            expect(scan(text.slice(0, cut)).kind, text.slice(0, cut)).toBe('bad');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('classifyLines', () => {
  it('classes each line of a batch as the reading phase groups it, with one text per non-blank line', () => {
    const lines = [
      '{"resourceType":"Observation","subject":{"reference":"Patient/p1"}}',
      '   ',
      '{"resourceType":"Observation","subject":{"reference":"Patient/p1"}',
      'not json',
      '{"id":"x"}',
      '{"resourceType":"Condition","subject":{"reference":"Patient/p2"}}',
      '{"resourceType":"Observation","subject":{"reference":"urn:uuid:1"}}',
      '{"resourceType":"Observation","subject":{"reference":"Group/g1"}}',
    ];
    const { buf, starts, ends } = lineBatch(lines, '\r\n');
    const c = classifyLines(buf, starts, ends, 'Observation');
    expect([...c.codes]).toEqual([
      LINE_PATIENT,
      LINE_BLANK,
      LINE_BAD,
      LINE_BAD,
      LINE_BAD,
      LINE_BAD,
      LINE_BAD,
      LINE_OUTSIDE,
    ]);
    expect(c.texts).toEqual([
      'p1',
      'truncated-json',
      'not-json',
      'no-resource-type',
      'wrong-resource-type',
      'unresolvable-reference',
      'Observation',
    ]);
    const patients = Buffer.from('{"resourceType":"Patient","id":"p1"}\n{"resourceType":"Patient"}');
    const p = classifyLines(patients, [0, 37], [36, patients.length], 'Patient');
    expect([...p.codes]).toEqual([LINE_PATIENT_RESOURCE, LINE_BAD]);
    expect(p.texts).toEqual(['p1', 'patient-without-id']);
  });
});

/** The class and text of one line as the reading phase should see it, from `JSON.parse`; null when the line is not JSON (the scan reads values more loosely than JSON.parse and is checked otherwise). */
function oracle(line: string, fileType: string | null): [number, string | undefined] | null {
  if (/^[ \t\n\r]*$/.test(line)) return [LINE_BLANK, undefined];
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return [LINE_BAD, 'not-json'];
  const o = v as Record<string, unknown>;
  const type = o.resourceType;
  if (typeof type !== 'string' || type === '') return [LINE_BAD, 'no-resource-type'];
  let patient: string | undefined;
  let unresolved = false;
  for (const key of Object.keys(o)) {
    if (patient !== undefined || !['subject', 'patient', 'beneficiary'].includes(key)) continue;
    const ref = o[key];
    if (typeof ref !== 'object' || ref === null || Array.isArray(ref)) continue;
    const text = (ref as Record<string, unknown>).reference;
    if (typeof text !== 'string') continue;
    patient = patientIdOfReference(text);
    if (!patient && (text.startsWith('urn:') || text.startsWith('#'))) unresolved = true;
  }
  if (fileType && type !== fileType) return [LINE_BAD, 'wrong-resource-type'];
  if (type === 'Patient')
    return typeof o.id === 'string' && o.id !== ''
      ? [LINE_PATIENT_RESOURCE, o.id]
      : [LINE_BAD, 'patient-without-id'];
  if (patient) return [LINE_PATIENT, patient];
  if (unresolved) return [LINE_BAD, 'unresolvable-reference'];
  return [LINE_OUTSIDE, type];
}

/** The class and text of a line from the public `scanLine`, as `classifyLines` documents its classes. */
function fromScanLine(
  buf: Buffer,
  start: number,
  end: number,
  fileType: string | null,
): [number, string | undefined] {
  const s = scanLine(buf, start, end);
  if (s.kind === 'blank') return [LINE_BLANK, undefined];
  if (s.kind === 'bad') return [LINE_BAD, s.reason];
  if (fileType && s.resourceType !== fileType) return [LINE_BAD, 'wrong-resource-type'];
  if (s.resourceType === 'Patient')
    return s.id ? [LINE_PATIENT_RESOURCE, s.id] : [LINE_BAD, 'patient-without-id'];
  if (s.patient) return [LINE_PATIENT, s.patient];
  if (s.unresolved) return [LINE_BAD, 'unresolvable-reference'];
  return [LINE_OUTSIDE, s.resourceType];
}

// Ids from a small alphabet, so that consecutive lines often name the same patient, or another of the same
// length; now and then one too long or with a character no id has.
const anId = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[ab1.-]{1,3}$/) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(64), 'y'.repeat(65), 'é1', 'a b', '') },
);
const aReference = fc
  .tuple(
    fc.constantFrom(
      'Patient/#',
      'https://ehr.example/fhir/Patient/#/_history/2',
      'Patient/#/_history/1',
      'urn:uuid:#',
      '#',
      '##',
      'Group/#',
      'RelatedPatient/#',
      'Patient/#é',
      'Patient',
    ),
    anId,
  )
  .map(([form, id]) => form.replace('#', id));
const aPatientValue = fc.oneof(
  { weight: 6, arbitrary: aReference.map((reference) => ({ display: 'd', reference })) },
  { weight: 1, arbitrary: aReference.map((reference) => ({ reference: 7, identifier: { reference } })) },
  { weight: 1, arbitrary: aReference.map((reference) => [{ reference }]) },
  { weight: 1, arbitrary: aReference },
);
const TOP = ['resourceType', 'id', 'subject', 'patient', 'beneficiary'];
const aResource = fc
  .record(
    {
      resourceType: fc.constantFrom('Observation', 'Observation', 'Patient', 'Condition', 'Résumé', '', 5),
      id: fc.oneof(anId, fc.constant(12)),
      subject: aPatientValue,
      patient: aPatientValue,
      beneficiary: aPatientValue,
      contained: fc.constant([
        { resourceType: 'Patient', id: 'inner', subject: { reference: 'Patient/inner' } },
      ]),
      note: fc.constant([{ text: '"subject":{"reference":"Patient/decoy"}, \\"id\\": "x" }]' }]),
      extra: fc.dictionary(
        fc.string().filter((k) => !TOP.includes(k)),
        fc.jsonValue({ maxDepth: 3 }),
        { maxKeys: 3 },
      ),
    },
    { requiredKeys: [] },
  )
  .chain((r) => {
    const { extra, ...named } = r;
    const entries = [...Object.entries(named), ...Object.entries(extra ?? {})];
    return fc.shuffledSubarray(entries, { minLength: entries.length });
  });
/** A line's text: compact or spaced, with escapes JSON allows where none are needed (`\/`, `\u0050`). */
const aLine = fc
  .tuple(aResource, fc.boolean(), fc.boolean(), fc.boolean())
  .map(([entries, spaced, slashes, unicode]) => {
    let text =
      '{' +
      entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(spaced ? ' , ' : ',') +
      '}';
    if (spaced) text = ` ${text.replace(/":/g, '" : ')}\t`;
    if (slashes) text = text.replace(/\//g, '\\/');
    if (unicode) text = text.replace(/"Patient/g, '"\\u0050atient');
    return text;
  });
/** A line as written, or damaged: cut short, a byte left out, a structural byte put in. */
const aMutatedLine = fc
  .tuple(aLine, fc.nat(), fc.constantFrom('none', 'cut', 'drop', 'insert'), fc.constantFrom(...'{}[]",:\\ 1'))
  .map(([line, at, how, c]) => {
    const k = at % Math.max(1, line.length);
    if (how === 'cut') return line.slice(0, k);
    if (how === 'drop') return line.slice(0, k) + line.slice(k + 1);
    if (how === 'insert') return line.slice(0, k) + c + line.slice(k);
    return line;
  });

describe('classifyLines against JSON.parse', () => {
  it('classes generated and damaged lines as JSON.parse reads them, and as scanLine does', () => {
    fc.assert(
      fc.property(
        fc.array(aMutatedLine, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(null, 'Observation', 'Patient', 'Résumé'),
        (lines, fileType) => {
          const { buf, starts, ends } = lineBatch(lines);
          const c = classifyLines(buf, starts, ends, fileType);
          const texts = [...c.texts];
          lines.forEach((line, k) => {
            const got: [number, string | undefined] = [
              c.codes[k]!,
              c.codes[k] === LINE_BLANK ? undefined : texts.shift(),
            ];
            expect(got, line).toEqual(fromScanLine(buf, starts[k]!, ends[k]!, fileType));
            const want = oracle(line, fileType);
            if (want) expect(got, line).toEqual(want);
          });
          expect(texts).toEqual([]);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('scanLine, at the edges of the byte scan', () => {
  // Strings are scanned four bytes at a time: each case is tried at every offset of the string in a word.
  const pads = ['', 'a', 'ab', 'abc', 'abcd', 'abcde', 'abcdef', 'abcdefg'];

  it('ends a string at the first quote not escaped by an odd number of backslashes, wherever it falls', () => {
    for (const pad of pads)
      for (let n = 0; n <= 5; n++)
        for (const after of ['', 'x', 'xyz', 'wxyz']) {
          // a value whose text ends with n backslashes then a quote (escaped when n is odd), then more
          const text = `${pad}${'\\'.repeat(n)}"${after}`;
          const line = `{"resourceType":"Observation","note":${JSON.stringify(text)},"subject":{"reference":"Patient/p1"}}`;
          expect(scan(line), line).toMatchObject({ kind: 'resource', patient: 'p1' });
          // the same bytes written raw: n backslashes before a quote that ends the string when n is even
          const raw = `{"resourceType":"Observation","note":"${pad}${'\\'.repeat(n)}","subject":{"reference":"Patient/p1"}}`;
          if (n % 2 === 0) {
            expect(oracle(raw, null), raw).toEqual([LINE_PATIENT, 'p1']);
            expect(scan(raw), raw).toMatchObject({ kind: 'resource', patient: 'p1' });
          }
          // n odd: the quote is escaped and the string runs on to the next quote, unbalancing the rest
          else expect(scan(raw).kind, raw).toBe('bad');
        }
  });

  it('reads keys and values with escapes as their bytes, like the scan always did', () => {
    // an escape in a key: not the key it spells (keys are compared as bytes)
    expect(scan('{"resource\\u0054ype":"Observation"}')).toEqual({ kind: 'bad', reason: 'no-resource-type' });
    expect(scan('{"resourceType":"Observation","sub\\u006aect":{"reference":"Patient/p"}}')).toMatchObject({
      patient: undefined,
    });
    // an escape in a value: decoded
    expect(scan('{"resourceType":"Obs\\u0065rvation","id":"o\\/1"}')).toMatchObject({
      resourceType: 'Observation',
      id: 'o/1',
    });
    expect(scan('{"resourceType":"Observation","subject":{"reference":"Patient\\/p\\u0031"}}')).toMatchObject(
      {
        patient: 'p1',
      },
    );
    expect(scan('{"resourceType":"Observation","subject":{"reference":"urn:uuid:\\u0031"}}')).toMatchObject({
      patient: undefined,
      unresolved: 'urn:uuid:1',
    });
    // a key with a quote escaped in it, and one ending in an escaped backslash
    for (const pad of pads) {
      const line = `{"resourceType":"Observation","${pad}\\"subject":{"reference":"Patient/no"},"${pad}\\\\":{"reference":"Patient/no2"},"subject":{"reference":"Patient/yes"}}`;
      expect(scan(line), line).toMatchObject({ kind: 'resource', patient: 'yes' });
    }
  });

  it('reads the reference of a patient key only directly in its object, whatever is nested in it', () => {
    const of = (subject: string) => scan(`{"resourceType":"Observation","subject":${subject}}`);
    expect(of('{"extension":[{"reference":"Patient/b"}],"reference":"Patient/a"}')).toMatchObject({
      patient: 'a',
    });
    expect(of('{"identifier":{"reference":"Patient/b"}}')).toMatchObject({
      kind: 'resource',
      patient: undefined,
    });
    expect(of('{"x":{"y":[{"url":"}]","v":"\\"{"}]},"reference":"Patient/d"}')).toMatchObject({
      patient: 'd',
    });
    expect(of('[{"reference":"Patient/e"}]')).toMatchObject({ kind: 'resource', patient: undefined });
    expect(of('{"reference":"Patient/f","reference":"Patient/g"}')).toMatchObject({ patient: 'f' });
    expect(of('{"reference":"Group/1","reference":"Patient/h"}')).toMatchObject({ patient: 'h' });
    expect(of(`{"reference":"Patient/${'i'.repeat(64)}"}`)).toMatchObject({ patient: 'i'.repeat(64) });
    expect(of(`{"reference":"Patient/${'i'.repeat(65)}"}`)).toMatchObject({ patient: undefined });
    expect(of('{"reference":"Patient/a b"}')).toMatchObject({ patient: undefined });
    expect(of('{"reference":"x/Patient/j/_history/2"}')).toMatchObject({ patient: 'j' });
    expect(of('{"x":{"a":[[{"b":1}]]},"reference":"Patient/k"}')).toMatchObject({ patient: 'k' });
    // a bracket closed by the wrong kind, deep in a value or in the patient key's object
    expect(of('{"x":{"a":[[{"b":1}]}},"reference":"Patient/k"}')).toEqual({
      kind: 'bad',
      reason: 'not-json',
    });
    expect(of('{"reference":"Patient/k"]}')).toEqual({ kind: 'bad', reason: 'not-json' });
  });

  it('finds a line cut short at every byte truncated, whatever token it is cut in', () => {
    const line =
      ' {"resourceType":"Observation","id":"o\\"1","contained":[{"id":"c","v":[1,2.5e3,true,false,null,{}]}],' +
      '"subject" : {"extension":[{"url":"u","valueString":"\\\\}]"}],"reference":"Patient/p1"},"n":-0.5,"e":"é\\u00e9"} ';
    expect(scan(line)).toMatchObject({
      kind: 'resource',
      resourceType: 'Observation',
      id: 'o"1',
      patient: 'p1',
    });
    expect(oracle(line, null)).toEqual([LINE_PATIENT, 'p1']);
    const bytes = Buffer.from(line);
    for (let cut = 2; cut < bytes.length - 2; cut++)
      expect(scanLine(bytes, 0, cut), bytes.toString('utf8', 0, cut)).toEqual({
        kind: 'bad',
        reason: 'truncated-json',
      });
  });
});
