import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateCase } from '../case/validate.js';
import { HeliotropeError, InputError } from '../core/issues.js';
import { syntheticCase } from './__fixtures__/synthetic.js';
import { PIPELINE_INPUTS } from './__fixtures__/pathological.js';
import { decodeUtf8, extractCase, MAX_INPUT_CHARS } from './extract.js';
import { FUZZ_TIMEOUT, fuzz } from '../../test/fuzz/config.js';

/** Every evidence span anywhere in a value. */
function spansIn(v: unknown, out: { start: number; end: number; text: string }[] = []): typeof out {
  if (Array.isArray(v)) for (const x of v) spansIn(x, out);
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string')
      out.push(o as never);
    for (const x of Object.values(o)) spansIn(x, out);
  }
  return out;
}

describe('extractCase on synthetic narratives', () => {
  it('finds the stated facts and produces a valid case', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const { text, facts } = syntheticCase(seed);
      const r = extractCase(text);
      expect(validateCase(JSON.parse(JSON.stringify(r.case))).case, `seed ${seed}`).toBeDefined();
      expect(r.case.patient).toMatchObject({ age: facts.age, sex: facts.sex });
      const ck = r.case.labs.find((l) => l.analyte === 'CK' && l.value !== undefined);
      expect(ck).toMatchObject({
        value: facts.ck,
        upperLimit: facts.ckUpper,
        referenceRange: { high: facts.ckUpper },
        unit: 'U/L',
      });
      expect(r.case.antibodies.find((a) => a.target === 'TIF1-gamma')?.result).toBe(facts.tif1);
      expect(r.case.antibodies.find((a) => a.target === 'Jo-1')?.result).toBe('negative');
      expect(r.case.findings.find((f) => f.id === 'heliotrope-rash')?.status).toBe(
        facts.heliotrope ? 'present' : undefined,
      );
      expect(r.case.findings.find((f) => f.id === 'dysphagia')?.status).toBe(
        facts.dysphagia ? 'present' : 'absent',
      );
      expect(r.case.strength.find((s) => s.group === 'proximal-upper')?.grade).toBe(facts.grade);
      expect(r.case.cancers.length).toBe(facts.cancer ? 1 : 0);
      // The discussion cites a 67-year-old man with gastric carcinoma and anti-MDA5: never the patient's.
      expect(r.case.antibodies.some((a) => a.target === 'MDA5')).toBe(false);
      expect(r.case.findings.some((f) => f.id === 'interstitial-lung-disease')).toBe(false);
      expect(r.case.cancers.some((c) => c.site === 'stomach')).toBe(false);
    }
  });
  it('gives every fact evidence with a stage, and spans that cover exactly their text', () => {
    const { text } = syntheticCase(7);
    const r = extractCase(text);
    for (const f of r.case.findings) expect(f.evidence?.[0]?.stage).toBeTruthy();
    for (const l of r.case.labs) expect(l.evidence?.[0]?.spans?.length).toBeGreaterThan(0);
    expect(r.fieldEvidence.map((f) => f.path)).toEqual(['dates.symptomOnset', 'treatmentResponse']);
    expect(r.patientEvidence.length).toBeGreaterThan(0);
    const spans = spansIn([r.case, r.fieldEvidence, r.patientEvidence]);
    expect(spans.length).toBeGreaterThan(20);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('extractCase robustness', () => {
  it('returns an empty case with a warning for empty input', () => {
    const r = extractCase('   \n ');
    expect(r.warnings.map((w) => w.code)).toContain('empty-input');
    expect(r.case.findings).toEqual([]);
  });
  it('reads an abstract-only document, with a warning', () => {
    const r = extractCase(
      'Abstract\nA 58-year-old man presented with dysphagia and a heliotrope rash.\n\nReferences\n1. A study of a 30-year-old woman with fever.',
    );
    expect(r.warnings.map((w) => w.code)).toContain('abstract-only');
    expect(r.case.patient.age).toBe(58);
    expect(r.case.findings.map((f) => f.id)).toEqual(['heliotrope-rash', 'dysphagia']);
  });
  it('rejects binary input with a clear input error', () => {
    expect(() => extractCase('\u0000\u0001\u0002PNG\u0000')).toThrow(InputError);
  });
  it('decodes non-UTF-8 bytes with replacement and warns', () => {
    const { text, invalid } = decodeUtf8(
      new Uint8Array([
        0x41, 0x20, 0xff, 0xfe, 0x20, 0x35, 0x30, 0x2d, 0x79, 0x65, 0x61, 0x72, 0x2d, 0x6f, 0x6c, 0x64, 0x20,
        0x6d, 0x61, 0x6e, 0x2e,
      ]),
    );
    expect(invalid).toBe(2);
    const r = extractCase(text, { invalidUtf8: invalid });
    expect(r.warnings.map((w) => w.code)).toContain('invalid-utf8');
    expect(r.case.patient.age).toBe(50);
  });
  it('refuses input over the size limit with a too-large error', () => {
    const big = 'a'.repeat(MAX_INPUT_CHARS + 1);
    try {
      extractCase(big);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HeliotropeError);
      expect((e as HeliotropeError).kind).toBe('too-large');
    }
  });
  it('does not call a telegraphic English note foreign (session 51)', () => {
    const t =
      'Hx: 54M, 3/12 prox weakness + dysphagia. Rash over knuckles & elbows. Calcinosis L elbow. Exam: MRC 3/5 shoulder abd, 3/5 hip flex, 5/5 distally. Gottron papules +. Labs: CK 8450 U/L, ALT 220 U/L, LDH 980 U/L. Anti-NXP2 positive.';
    expect(extractCase(t).warnings.map((w) => w.code)).not.toContain('not-english');
  });
  it('warns when the text is not English and finds nothing', () => {
    const t =
      'Paciente de cincuenta años con debilidad muscular proximal y lesiones cutáneas en la cara desde hace diez días, sin fiebre ni pérdida de peso según refiere la familia.';
    const r = extractCase(t);
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['not-english', 'nothing-found']));
  });
  // Seeded like the fuzz suites (test/fuzz/config.ts): the same 300 texts at every run, so a failure comes
  // back with the same `npm test` and fast-check's report gives its seed and path (HELIOTROPE_FUZZ_SEED and
  // HELIOTROPE_FUZZ_SCALE search further). The work is fixed: 300 texts of at most 300 graphemes or 80 words
  // (size 'max': lengths spread over the whole range, not only the short texts of fast-check's default size),
  // about 69,000 characters in all, ≈ 0.4 CPU-s; a time limit well inside the test's own ends the run as a
  // failure with the seed rather than as a bare timeout.
  it(
    'never throws on random text, and every span lies inside the input (property)',
    { timeout: FUZZ_TIMEOUT },
    () => {
      const words = fc.constantFrom(
        'no',
        'fever',
        'CK',
        '695',
        '(',
        ')',
        'normal',
        'range',
        '25–200',
        'U/L',
        'ANA',
        'negative',
        ':',
        ',',
        '.',
        '\n',
        'weakness',
        'proximal',
        'upper',
        'limbs',
        '3–4/5',
        'heliotrope',
        'rash',
        'Discussion',
        'History',
        'her mother',
        'positive',
        'TIF1γ',
        'prednisone',
        '60 mg',
        'carcinoma',
        'grade 2',
        'cT2N0M0',
      );
      const params: fc.Parameters<[string]> = {
        ...fuzz<[string]>(300),
        // (fast-check types the plugin for any value; its parameter type is invariant.)
        plugins: [
          fc.interruptAfterTimeLimit(FUZZ_TIMEOUT * 0.75, { failOnInterrupt: true }) as fc.Plugin<[string]>,
        ],
      };
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ unit: 'grapheme', maxLength: 300, size: 'max' }),
            fc.array(words, { maxLength: 80, size: 'max' }).map((w) => w.join(' ')),
          ),
          (text) => {
            const r = extractCase(text);
            for (const s of spansIn(r.case)) {
              expect(s.start).toBeGreaterThanOrEqual(0);
              expect(s.end).toBeLessThanOrEqual(text.length);
              expect(text.slice(s.start, s.end)).toBe(s.text);
            }
          },
        ),
        params,
      );
    },
  );
  // Growth with input size is measured in `npm run bench` (extract.growthRatio); a test only guards against a
  // catastrophic slowdown, with a ceiling far above the normal fraction of a second.
  it.each(PIPELINE_INPUTS)(
    'extracts 200,000 characters of "%s" well within a generous ceiling',
    (_l, make) => {
      const text = make(200_000);
      const t0 = performance.now();
      const r = extractCase(text);
      expect(performance.now() - t0).toBeLessThan(60_000);
      expect(r.case.schemaVersion).toBe('1.0');
    },
    120_000,
  );
});
