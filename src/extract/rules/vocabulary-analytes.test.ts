/**
 * Lab vocabulary completed from knowledge rather than from corpus text: analyte names of muscle, liver, kidney,
 * electrolytes, blood count, coagulation, immunology, endocrine, tumour marker, urine and metabolic tests in other
 * written forms, and the words of a low level, the verbs and nouns between an analyte and its value, table flags
 * and powers of ten written with E. Each form is read in a sentence of its own, beside controls where the word
 * names something else.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { labLines } from '../__fixtures__/read-case.js';

const CASE = 'Case presentation\n\nA 58-year-old woman was referred with weak thighs and a violaceous rash. ';

/** Each lab as "analyte=value unit" or "analyte=interpretation", sorted. */
const labsOf = (text: string) => labLines(CASE + text);

const KNUCKLE_RASH_CASE =
  'Case presentation\n\nA 63-year-old man was referred with weak hips and a violet rash on the knuckles. ';

const labsAfterKnuckleRash = (text: string) => labLines(KNUCKLE_RASH_CASE + text);

describe('muscle, liver and kidney analytes in other written forms', () => {
  it('reads the enzymes in two words, the clinic shorthand and the British and European spellings', () => {
    expect(labsOf('Her aspartate amino transferase was 96 U/L.')).toEqual(['AST=96 U/L']);
    expect(labsOf('Her alanine amino transferase was 71 U/L.')).toEqual(['ALT=71 U/L']);
    expect(labsOf('Alk phos was 212 U/L.')).toEqual(['alkaline phosphatase=212 U/L']);
    expect(labsOf('The creatinin was 88 µmol/L.')).toEqual(['creatinine=88 umol/L']);
    expect(labsOf('Serum urea nitrogen was 31 mg/dL.')).toEqual(['BUN=31 mg/dL']);
  });

  it('reads the troponin by its other adjectives, with or without its subunit', () => {
    expect(labsOf('High-sensitive troponin T was 210 ng/L.')).toEqual(['troponin T=210 ng/L']);
    expect(labsOf('Highly sensitive troponin I was 48 ng/L.')).toEqual(['troponin I=48 ng/L']);
    expect(labsOf('Cardiac troponin was 0.9 ng/mL.')).toEqual(['troponin=0.9 ng/mL']);
  });

  it('reads the creatinine clearance as its own measure, beside the creatinine', () => {
    expect(labsOf('Creatinine clearance was 45 mL/min and creatinine 1.6 mg/dL.')).toEqual([
      'creatinine clearance=45 mL/min',
      'creatinine=1.6 mg/dL',
    ]);
  });
});

describe('electrolytes, inflammation and the blood count', () => {
  it('reads the total CO2 as the bicarbonate, and the chloride named as a state', () => {
    expect(labsOf('Total CO2 was 19 mmol/L.')).toEqual(['bicarbonate=19 mmol/L']);
    expect(labsOf('Hypochloraemia (91 mmol/L) was corrected.')).toEqual(['chloride=91 mmol/L']);
  });

  it('reads hsCRP, IL-18, serum amyloid A and the soluble CD25', () => {
    expect(labsOf('The hsCRP was 14 mg/L.')).toEqual(['CRP=14 mg/L']);
    expect(labsOf('IL-18 was 12,000 pg/mL.')).toEqual(['IL-18=12000 pg/mL']);
    expect(labsOf('Serum amyloid A was 120 mg/L.')).toEqual(['serum amyloid A=120 mg/L']);
    expect(labsOf('Soluble CD25 was 3400 U/mL.')).toEqual(['sIL-2R=3400 U/mL']);
  });

  it('reads the differential as a share or by its European name, and the red cell width', () => {
    expect(labsOf('Percentage of neutrophils was 82%.')).toEqual(['neutrophils=82 %']);
    expect(labsOf('Neutrophil granulocytes were 6.1 × 10^9/L.')).toEqual(['neutrophils=6.1 10*9/L']);
    expect(labsOf('Eosinophil percentage was 9%.')).toEqual(['eosinophils=9 %']);
    expect(labsOf('RDW was 16.2%.')).toEqual(['RDW=16.2 %']);
    expect(labsOf('White blood cell 12.1 × 10^9/L on arrival.')).toEqual(['WBC=12.1 10*9/L']);
  });

  it('reads the singular platelet and the cells of the red count only in a pasted panel', () => {
    expect(labsOf('Panel: WBC 6.2, red blood cells 4.1, platelet 210.')).toEqual([
      'RBC=4.1',
      'WBC=6.2',
      'platelets=210',
    ]);
    // controls: a transfusion, a function test and a blood film read no count
    expect(labsOf('She received a platelet transfusion and platelet aggregation was normal.')).toEqual([]);
    expect(labsOf('Red blood cells were normocytic and normochromic on the film.')).toEqual([]);
    expect(labsOf('There was a PMN infiltrate around the vessels.')).toEqual([]);
  });
});

describe('coagulation and immunology values', () => {
  it('reads the degradation products, thrombin time and the British clotting time as their own tests', () => {
    expect(labsOf('Fibrin degradation products were 40 µg/mL and D-dimer 8.2 mg/L.')).toEqual([
      'D-dimer=8.2 mg/L',
      'fibrin degradation products=40 ug/mL',
    ]);
    expect(labsOf('Thrombin time was 18 s.')).toEqual(['thrombin time=18']);
    expect(labsOf('The KCCT was 41 s.')).toEqual(['PTT=41 s']);
  });

  it('reads complement components and immunoglobulin subclasses named in full', () => {
    expect(labsOf('Complement component 3 was 0.6 g/L.')).toEqual(['C3=0.6 g/L']);
    expect(labsOf('Immunoglobulin G subclass 4 was 2.8 g/L.')).toEqual(['IgG4=2.8 g/L']);
  });

  it('reads a paraprotein by its names, but not a sarcomere band', () => {
    expect(labsOf('Serum protein electrophoresis showed an M-spike of 1.2 g/dL.')).toEqual([
      'paraprotein=1.2 g/dL',
    ]);
    expect(labsOf('The paraprotein was 14 g/L.')).toEqual(['paraprotein=14 g/L']);
    // control: the M-band of the muscle fibre on electron microscopy
    expect(labsOf('Electron microscopy showed Z-band streaming and a preserved M-band.')).toEqual([]);
  });

  it('reads cryoglobulins only beside a value', () => {
    expect(labsOf('The cryocrit was 4%.')).toEqual(['cryoglobulins=4 %']);
    // controls: a diagnosis in the history, and a screen told absent (not a lab item in the corpus's gold)
    expect(labsOf('She had a history of cryoglobulinaemia.')).toEqual([]);
    expect(labsOf('Cryoglobulins were absent.')).toEqual([]);
  });
});

describe('endocrine values and tumour markers', () => {
  it('reads the British hormone spellings and the glycated haemoglobin as HbA1c', () => {
    expect(labsOf('Thyrotrophin was 6.8 mU/L.')).toEqual(['TSH=6.8 m[IU]/L']);
    expect(labsOf('Corticotrophin was 4 pg/mL.')).toEqual(['ACTH=4 pg/mL']);
    expect(labsOf('Glycated Hb was 7.2%.')).toEqual(['HbA1c=7.2 %']);
    expect(labsOf('Her blood sugar was 180 mg/dL.')).toEqual(['glucose=180 mg/dL']);
  });

  it('reads the insulin level with a head word only', () => {
    expect(labsOf('Fasting insulin was 32 µU/mL.')).toEqual(['insulin=32 uU/mL']);
    expect(labsOf('C-peptide was 0.2 ng/mL.')).toEqual(['C-peptide=0.2 ng/mL']);
    // control: the drug
    expect(labsOf('He was started on insulin and metformin.')).toEqual([]);
  });

  it('reads markers in their British spelling and other names', () => {
    expect(labsOf('Alpha-foetoprotein was 8 ng/mL.')).toEqual(['AFP=8 ng/mL']);
    expect(labsOf('CYFRA was 5.6 ng/mL.')).toEqual(['CYFRA 21-1=5.6 ng/mL']);
    expect(labsOf('Free-to-total PSA ratio was 0.09.')).toEqual(['free/total PSA ratio=0.09']);
    expect(labsOf('CEA 3.2 ng/mL, 5-HIAA 12 mg/24 h.')).toEqual(['5-HIAA=12 mg/(24.h)', 'CEA=3.2 ng/mL']);
  });

  it('reads a stain name as a serum marker only beside a value', () => {
    expect(labsOf('Chromogranin A was 412 ng/mL.')).toEqual(['chromogranin A=412 ng/mL']);
    expect(labsOf('S100B 0.41 µg/L.')).toEqual(['S100=0.41 ug/L']);
    // controls: immunohistochemistry of the tumour
    expect(labsOf('The tumour cells were positive for chromogranin A and synaptophysin.')).toEqual([]);
    expect(labsOf('The melanoma cells stained for S100 and HMB-45.')).toEqual([]);
    expect(labsOf('The biopsy showed lysozyme-positive histiocytes.')).toEqual([]);
  });
});

describe('urine and the metabolic work-up', () => {
  it('reads the urine albumin and its ratio, never as the serum albumin', () => {
    expect(labsOf('Urine albumin was 300 mg/L and serum albumin 31 g/L.')).toEqual([
      'albumin=31 g/L',
      'urine albumin=300 mg/L',
    ]);
    expect(labsOf('Urine albumin-to-creatinine ratio was 45 mg/mmol.')).toEqual([
      'urine albumin/creatinine ratio=45 mg/mmol',
    ]);
    // controls: a history, and the college's initials
    expect(labsOf('He had diabetic nephropathy with albuminuria.')).toEqual([]);
    expect(labsOf('She met the 2017 EULAR/ACR criteria.')).toEqual([]);
  });

  it('reads the sediment cells named after the cells, never as the blood count', () => {
    expect(labsOf('Urinary leucocytes were 25/hpf.')).toEqual(['urine WBC=25 /[HPF]']);
    expect(labsOf('Red blood cells in the urine were 30/hpf.')).toEqual(['urine RBC=30 /[HPF]']);
  });

  it('reads pyruvate, its ratio to lactate and the acylcarnitines', () => {
    expect(labsOf('Lactate was 4.1 mmol/L and pyruvate was 0.21 mmol/L.')).toEqual([
      'lactate=4.1 mmol/L',
      'pyruvate=0.21 mmol/L',
    ]);
    expect(labsOf('Lactate/pyruvate ratio was 32.')).toEqual(['lactate/pyruvate ratio=32']);
    expect(labsOf('Acylcarnitine profile was normal.')).toEqual(['acylcarnitines=normal']);
    // control: the enzyme's deficiency names no pyruvate level
    expect(labsOf('She had pyruvate kinase deficiency.')).toEqual([]);
  });
});

describe('words of a low level', () => {
  it('reads "depressed", "subnormal" and "diminished" after a lab as low', () => {
    expect(labsAfterKnuckleRash('His serum C3 was depressed on two samples.')).toEqual(['C3=low']);
    expect(labsAfterKnuckleRash('The ferritin was subnormal when he was seen in May.')).toEqual([
      'ferritin=low',
    ]);
    expect(labsAfterKnuckleRash('His albumin was diminished.')).toEqual(['albumin=low']);
  });

  it('leaves the mood and the examination alone', () => {
    expect(labsAfterKnuckleRash('His CK was normal and he was depressed after the move.')).toEqual([
      'CK=normal',
    ]);
    expect(labsAfterKnuckleRash('His CK was normal, though ankle reflexes were diminished.')).toEqual([
      'CK=normal',
    ]);
  });
});

describe('verbs and nouns between an analyte and its value', () => {
  it('reads the value after "measuring", "a reading of", "registered", "resulted at", "settled at"', () => {
    expect(labsAfterKnuckleRash('A creatine kinase measuring 4,120 U/L was sent on arrival.')).toEqual([
      'CK=4120 U/L',
    ]);
    expect(labsAfterKnuckleRash('He had a CK reading of 2,900 U/L.')).toEqual(['CK=2900 U/L']);
    expect(labsAfterKnuckleRash('The CK registered 1,870 U/L on the repeat sample.')).toEqual([
      'CK=1870 U/L',
    ]);
    expect(labsAfterKnuckleRash('His CK resulted at 960 U/L.')).toEqual(['CK=960 U/L']);
    expect(labsAfterKnuckleRash('On steroids his CK settled at 240 U/L.')).toEqual(['CK=240 U/L']);
    expect(labsAfterKnuckleRash('The CK plateaued at 3,300 U/L for a week.')).toEqual(['CK=3300 U/L']);
    expect(labsAfterKnuckleRash('His CK amounted to 5,050 U/L.')).toEqual(['CK=5050 U/L']);
  });

  it('gives no value to a lab from a number of another sentence part', () => {
    expect(labsAfterKnuckleRash('His CK was normal; he read 20 pages an evening.')).toEqual(['CK=normal']);
    expect(labsAfterKnuckleRash('His CK was normal and his weight plateaued at 71 kg.')).toEqual([
      'CK=normal',
    ]);
    expect(labsAfterKnuckleRash('The CK reading was normal.')).toEqual(['CK=normal']);
  });
});

describe('flags of a pasted table', () => {
  it('steps over a doubled or bracketed flag to the unit', () => {
    expect(labsAfterKnuckleRash('CK 4410 HH U/L')).toEqual(['CK=4410 U/L']);
    expect(labsAfterKnuckleRash('Albumin 23 (L) g/L')).toEqual(['albumin=23 g/L']);
    expect(labsAfterKnuckleRash('CK 4410 [H] U/L')).toEqual(['CK=4410 U/L']);
    expect(labsAfterKnuckleRash('CK 4410 ↑↑ U/L (25-200)')).toEqual(['CK=4410 U/L']);
  });

  it('keeps the single flag as before', () => {
    expect(labsAfterKnuckleRash('CK 4410 H U/L')).toEqual(['CK=4410 U/L']);
  });
});

describe('a power of ten written with a capital E', () => {
  it('reads "x10E9/L" as a count per litre', () => {
    expect(labsAfterKnuckleRash('His platelet count was 412 x10E9/L.')).toEqual(['platelets=412 10*9/L']);
    // control: the lower-case form, read before
    expect(labsAfterKnuckleRash('His platelet count was 412 x10e9/L.')).toEqual(['platelets=412 10*9/L']);
  });
});
