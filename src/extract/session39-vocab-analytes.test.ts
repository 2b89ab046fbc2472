/**
 * Analyte names added in session 39 from a written inventory (vocabulary from knowledge, not from corpus text): each
 * new written form read in a sentence of its own, and, for a short or double-sense form, a control where the word
 * names something else and no lab is read.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { labLines } from './__fixtures__/read-case.js';

const CASE = 'Case presentation\n\nA 58-year-old woman was referred with weak thighs and a violaceous rash. ';
/** Each lab as "analyte=value unit" or "analyte=interpretation", sorted. */
const labsOf = (text: string) => labLines(CASE + text);

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
});

describe('electrolytes, inflammation and the blood count', () => {
  it('reads the total CO2 as the bicarbonate, and the chloride named as a state', () => {
    expect(labsOf('Total CO2 was 19 mmol/L.')).toEqual(['bicarbonate=19 mmol/L']);
    expect(labsOf('Hypochloraemia (91 mmol/L) was corrected.')).toEqual(['chloride=91 mmol/L']);
  });

  it('reads hsCRP and the soluble CD25', () => {
    expect(labsOf('The hsCRP was 14 mg/L.')).toEqual(['CRP=14 mg/L']);
    expect(labsOf('Soluble CD25 was 3400 U/mL.')).toEqual(['sIL-2R=3400 U/mL']);
  });

  it('reads the differential as a share or by its European name', () => {
    expect(labsOf('Percentage of neutrophils was 82%.')).toEqual(['neutrophils=82 %']);
    expect(labsOf('Neutrophil granulocytes were 6.1 × 10^9/L.')).toEqual(['neutrophils=6.1 10*9/L']);
    expect(labsOf('Eosinophil percentage was 9%.')).toEqual(['eosinophils=9 %']);
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
  it('reads the British clotting time as the APTT', () => {
    expect(labsOf('The KCCT was 41 s.')).toEqual(['PTT=41 s']);
  });

  it('reads complement components and immunoglobulin subclasses named in full', () => {
    expect(labsOf('Complement component 3 was 0.6 g/L.')).toEqual(['C3=0.6 g/L']);
    expect(labsOf('Immunoglobulin G subclass 4 was 2.8 g/L.')).toEqual(['IgG4=2.8 g/L']);
  });
});

describe('endocrine values and tumour markers', () => {
  it('reads the British hormone spellings and the glycated haemoglobin as HbA1c', () => {
    expect(labsOf('Thyrotrophin was 6.8 mU/L.')).toEqual(['TSH=6.8 m[IU]/L']);
    expect(labsOf('Corticotrophin was 4 pg/mL.')).toEqual(['ACTH=4 pg/mL']);
    expect(labsOf('Glycated Hb was 7.2%.')).toEqual(['HbA1c=7.2 %']);
    expect(labsOf('Her blood sugar was 180 mg/dL.')).toEqual(['glucose=180 mg/dL']);
  });

  it('reads markers in their British spelling and other names', () => {
    expect(labsOf('Alpha-foetoprotein was 8 ng/mL.')).toEqual(['AFP=8 ng/mL']);
    expect(labsOf('CYFRA was 5.6 ng/mL.')).toEqual(['CYFRA 21-1=5.6 ng/mL']);
  });
});

describe('urine and the metabolic work-up', () => {
  it('reads the sediment cells named after the cells, never as the blood count', () => {
    expect(labsOf('Urinary leucocytes were 25/hpf.')).toEqual(['urine WBC=25 /[HPF]']);
    expect(labsOf('Red blood cells in the urine were 30/hpf.')).toEqual(['urine RBC=30 /[HPF]']);
  });
});
