/**
 * Generators of hostile but plausible-looking input. A case document is drawn valid (from the case
 * format's own vocabulary, values in range), then half the time one of its fields is replaced by a hostile
 * value (an edge or out-of-range number, a huge relative offset, an inherited property name, a denormal
 * limit, deep nesting …), so that both validation and assessment are exercised near every edge.
 * Narratives are strung together from clinical phrases, or are arbitrary text.
 * @module
 */
import fc from 'fast-check';
import { KNOWN_FINDING_IDS } from '../../src/case/schema.js';

/** Names that are Object.prototype properties. */
export const INHERITED = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

/** Numbers that find edges: zero, negatives, denormals, huge, the cut-offs of the format. */
export const edgeNumber = fc.oneof(
  fc.constantFrom(0, -1, 1, 0.5, 1e-310, 1e-12, 1e300, 150, 151, 40, 41, 99.9, 100, 300000, 1001, 4, 10, 80),
  fc.integer({ min: -100, max: 100_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** A value to put where a field was: any JSON value that breaks something somewhere. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  edgeNumber,
  fc.constantFrom(
    null,
    '',
    '1850',
    '2101-01-01',
    '2021-02-30',
    'Jane Roe MRN 4711',
    '\ud800',
    [],
    {},
    { relativeTo: 'presentation', offset: 300000, unit: 'year' },
    { relativeTo: 'symptom-onset', offset: -150, unit: 'year', approximate: true },
    { relativeTo: 'constructor', offset: 1, unit: 'day' },
    ...INHERITED,
  ),
  fc.integer({ min: 60, max: 80 }).map((d) => JSON.parse(nested(d)) as unknown),
  fc.jsonValue({ maxDepth: 3 }),
);

const y = fc.integer({ min: 1990, max: 2030 });
const ymd = fc
  .tuple(y, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([a, m, d]) => `${a}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** A valid clinical date: partial ISO in 1990–2030, or a modest offset from a key date. */
export const clinicalDate = fc.oneof(
  { weight: 4, arbitrary: ymd },
  {
    weight: 1,
    arbitrary: fc.oneof(
      y.map(String),
      fc.tuple(y, fc.integer({ min: 1, max: 12 })).map(([a, m]) => `${a}-${String(m).padStart(2, '0')}`),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        relativeTo: fc.constantFrom('symptom-onset', 'diagnosis', 'presentation'),
        offset: fc.integer({ min: -36, max: 36 }),
        unit: fc.constantFrom('day', 'week', 'month', 'year'),
        approximate: fc.boolean(),
      },
      { requiredKeys: ['relativeTo', 'offset', 'unit'] },
    ),
  },
);

const opt = { requiredKeys: [] as never[] };
const real = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** Analyte, unit and a plausible upper limit of normal. */
const LABS: [string, string, number, number][] = [
  ['CK', 'U/L', 100, 400],
  ['creatine kinase', 'U/L', 100, 400],
  ['ALT', 'U/L', 20, 60],
  ['AST', 'U/L', 20, 60],
  ['LDH', 'U/L', 200, 600],
  ['aldolase', 'U/L', 5, 10],
  ['CRP', 'mg/L', 1, 10],
  ['ESR', 'mm/h', 10, 30],
  ['troponin T', 'ng/mL', 0.01, 0.1],
];

const lab = fc
  .tuple(fc.constantFrom(...LABS), real(0, 30), fc.boolean(), fc.option(clinicalDate, { nil: undefined }))
  .map(([[analyte, unit, lo, hi], k, ranged, date]) => {
    const uln = lo + ((hi - lo) * k) / 30;
    return {
      analyte,
      unit,
      value: Math.round(uln * k * 100) / 100,
      ...(ranged ? { referenceRange: { high: uln } } : { upperLimit: uln }),
      ...(date !== undefined ? { date } : {}),
    };
  });

const treatment = fc.oneof(
  fc.record({
    drug: fc.constantFrom('doxorubicin', 'Adriamycin', 'liposomal doxorubicin'),
    class: fc.constant('chemotherapy'),
    indication: fc.constant('cancer'),
    dose: fc.record({ value: fc.integer({ min: 20, max: 75 }), unit: fc.constant('mg/m2') }),
    cycles: fc.integer({ min: 1, max: 8 }),
    doseReductionPercent: fc.integer({ min: 0, max: 50 }),
    start: clinicalDate,
  }),
  fc.record(
    {
      drug: fc.constantFrom('prednisone', 'methylprednisolone'),
      class: fc.constant('glucocorticoid'),
      indication: fc.constant('myositis'),
      dose: fc.record({ value: fc.integer({ min: 5, max: 1000 }), unit: fc.constant('mg') }),
      start: clinicalDate,
      end: clinicalDate,
    },
    { requiredKeys: ['drug', 'class'] },
  ),
  fc.record({
    drug: fc.constant('carboplatin'),
    targetAuc: fc.integer({ min: 4, max: 6 }),
    cycles: fc.integer({ min: 1, max: 6 }),
    start: clinicalDate,
  }),
);

const visit = fc.record(
  {
    date: clinicalDate,
    physicianGlobal: fc.record({ value: real(0, 10) }),
    patientGlobal: fc.record({ value: real(0, 10) }),
    mmt8: fc.record({ score: fc.integer({ min: 0, max: 80 }) }),
    enzymes: fc.array(
      fc.record({
        analyte: fc.constantFrom('CK', 'aldolase'),
        value: fc.integer({ min: 0, max: 20_000 }),
        upperLimit: fc.integer({ min: 20, max: 50 }),
      }),
      { maxLength: 2 },
    ),
    haq: real(0, 3),
    cdasi: fc.record(
      { activity: fc.integer({ min: 0, max: 100 }), damage: fc.integer({ min: 0, max: 32 }) },
      opt,
    ),
    rash: fc.constantFrom('none', 'mild', 'moderate', 'severe'),
  },
  { requiredKeys: ['date'] },
);

const tumourAssessment = fc.record(
  {
    date: clinicalDate,
    targets: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('L1', 'L2', 'N1'),
        organ: fc.constantFrom('liver', 'lung', 'lymph node'),
        nodal: fc.boolean(),
        diameterMm: fc.integer({ min: 0, max: 120 }),
      }),
      { maxLength: 3, selector: (t) => t.id },
    ),
    newLesions: fc.array(
      fc.record({ organ: fc.constantFrom('bone', 'brain'), unequivocal: fc.boolean() }, opt),
      { maxLength: 1 },
    ),
  },
  { requiredKeys: ['date'] },
);

/** A valid case document, drawn from the case format's vocabulary. */
export const validCaseDocument = fc
  .record(
    {
      schemaVersion: fc.constant('1.0'),
      title: fc.string({ maxLength: 20 }),
      patient: fc.record(
        {
          sex: fc.constantFrom('female', 'male', 'unknown'),
          age: fc.integer({ min: 18, max: 90 }),
          ageAtOnset: fc.integer({ min: 18, max: 90 }),
          smoking: fc.constantFrom('current', 'former', 'never'),
        },
        opt,
      ),
      dates: fc.record({ symptomOnset: clinicalDate, diagnosis: clinicalDate, presentation: ymd }, opt),
      findings: fc.uniqueArray(
        fc.record({
          id: fc.constantFrom(...KNOWN_FINDING_IDS),
          status: fc.constantFrom('present', 'absent', 'unknown', 'uncertain'),
        }),
        { maxLength: 8, selector: (f) => f.id },
      ),
      strength: fc.array(
        fc.record({
          group: fc.constantFrom('proximal-upper', 'proximal-lower', 'neck-flexors'),
          grade: fc.constantFrom('4', '4-', '3-4/5', 'III-IV/V', '5'),
        }),
        { maxLength: 3 },
      ),
      labs: fc.array(lab, { maxLength: 4 }),
      antibodies: fc.array(
        fc.record({
          target: fc.constantFrom('TIF1-gamma', 'NXP2', 'MDA5', 'Jo-1', 'ANA'),
          result: fc.constantFrom('positive', 'negative', 'equivocal', 'unknown'),
        }),
        { maxLength: 3 },
      ),
      muscleBiopsy: fc.record(
        {
          performed: fc.constantFrom('done', 'not-done', 'unknown'),
          features: fc.record(
            { perifascicularAtrophy: fc.constantFrom('present', 'absent', 'unknown') },
            opt,
          ),
        },
        { requiredKeys: ['performed'] },
      ),
      cancers: fc.array(
        fc.record(
          {
            site: fc.constantFrom('breast', 'ovary', 'lung'),
            diagnosisDate: clinicalDate,
            status: fc.constantFrom('active', 'remission', 'progression', 'unknown'),
            stage: fc.record({ tnm: fc.constantFrom('cT2N2M0', 'pT1aN0M0') }),
          },
          opt,
        ),
        { maxLength: 2 },
      ),
      treatments: fc.array(treatment, { maxLength: 3 }),
      investigations: fc.array(
        fc.record(
          {
            kind: fc.constantFrom('ct-neck-thorax-abdomen-pelvis', 'mammography', 'pet-ct'),
            date: clinicalDate,
            result: fc.constantFrom('normal', 'abnormal', 'cancer-found', 'pending'),
          },
          { requiredKeys: ['kind'] },
        ),
        { maxLength: 3 },
      ),
      visits: fc.array(visit, { maxLength: 4 }),
      tumourAssessments: fc.array(tumourAssessment, { maxLength: 3 }),
      treatmentResponse: fc.constantFrom('improved', 'not-improved', 'unknown'),
    },
    { requiredKeys: ['schemaVersion'] },
  )
  .map((doc) => {
    // Cancers get ids so that they can be anchors; tumour assessments measure the first one.
    const cancers = (doc.cancers ?? []).map((c, i) => ({ ...c, id: `c${i + 1}` }));
    return { ...doc, cancers };
  });

/** Every path to a value (leaf or container) in a JSON document. */
function pathsOf(doc: unknown): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (path.length) out.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(doc, []);
  return out;
}

/** Replaces the value at a path (a copy of the document is changed). */
function setAt(doc: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(doc)) as Record<string | number, unknown>;
  let o: Record<string | number, unknown> = copy;
  for (const p of path.slice(0, -1)) o = o[p] as Record<string | number, unknown>;
  o[path[path.length - 1]!] = value;
  return copy;
}

/** A case document: valid, or valid with one field replaced by a hostile value. */
export const caseDocument: fc.Arbitrary<unknown> = fc
  .tuple(validCaseDocument, fc.option(fc.tuple(fc.nat(), hostileValue), { freq: 2 }))
  .map(([doc, mutation]) => {
    if (!mutation) return doc;
    const paths = pathsOf(doc);
    return paths.length ? setAt(doc, paths[mutation[0] % paths.length]!, mutation[1]) : doc;
  });

/** Phrases of clinic letters and case reports, to be strung together into narratives. */
const PHRASES = [
  'A 52-year-old woman',
  'presented with',
  'a heliotrope rash',
  'Gottron papules',
  'proximal weakness',
  'of the upper limbs',
  'MRC 3-4/5',
  'CK 4500 U/L (normal 25–200)',
  'CK was normal',
  'ALT 61 U/L',
  'anti-TIF1γ positive',
  'ANA negative',
  'no fever',
  'denies weight loss',
  'her mother had breast cancer',
  'breast carcinoma cT2N2M0',
  'diagnosed in March 2019',
  'two months later',
  'about 8 months before',
  'in 2021',
  'on 14/03/2021',
  'prednisone 60 mg daily',
  'doxorubicin 60 mg/m2 for 4 cycles',
  'carboplatin AUC 6',
  'with a 25% dose reduction',
  'CT chest abdomen pelvis was normal',
  'PET-CT',
  'Muscle biopsy showed perifascicular atrophy',
  'EMG was myopathic',
  'History:',
  'Discussion:',
  'Family history:',
  'Plan:',
  '300000 years later',
  'CK 900 U/L (ULN 0.0000001)',
  'in 1850',
  'in 2300',
  '\n',
  '\n\n',
  '.',
  ',',
  ';',
  '(',
  ')',
  ':',
  '?',
  '—',
  'constructor',
  '__proto__',
  'γ',
  'ß',
  '😀',
  '\u0000',
  '\ufffd',
  '\r\n',
  '\t',
];

/** A narrative: clinical phrases in random order, or arbitrary text. */
export const narrative = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...PHRASES), { maxLength: 60 }).map((w) => w.join(' ')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 400 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);
