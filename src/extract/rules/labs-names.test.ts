/**
 * Which analyte a lab value belongs to: names and abbreviations as reports write them (viral loads, enzymes read by
 * their unit, names ending in a digit, ions, isoenzymes, tumour markers), acronyms the text defines as something
 * else, and things named like labs that are no blood test. Each with the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { labs } from '../__fixtures__/read-case.js';
import { extractCase } from '../extract.js';
import {
  labLimitsAfterWeakThighs,
  labReadingsAfterProximalWeakness,
  labsAfterProximalWeakness,
  labsAfterTitle,
  labsAfterWeakThighs,
  labsAfterWeakThighsAndArms,
  PROXIMAL_WEAKNESS_OPENING,
  readAfterTitle,
  readingsOrValuesAfterTitle,
  sortedLabsAfterWeakThighs,
} from './__fixtures__/helpers.js';
import { cancerLinesAfterWeakThighs as cancersOf } from './__fixtures__/timing.js';

describe('fifteenth round: blood gas, renin–aldosterone, drug level', () => {
  it('reads a blood gas report written with pO2 and pCO2, and a level of the renin axis or of digoxin', () => {
    expect(labs('Blood gas on air: pH 7.31; pCO2 52 mmHg; HCO3 26 mmol/L; pO2 61 mmHg.')).toEqual([
      'pH 7.31',
      'PaCO2 52',
      'bicarbonate 26',
      'PaO2 61',
    ]);
    expect(labs('Plasma renin activity was low and aldosterone was high.')).toEqual([
      'renin low',
      'aldosterone elevated',
    ]);
    expect(labs('The serum digoxin level was 2.4 µg/L.')).toEqual(['digoxin 2.4']);
    // a dose is not a level
    expect(labs('She takes digoxin 0.125 mg daily.')).toEqual([]);
  });
});

describe('viral loads of a virus that causes or mimics myositis', () => {
  it('"HBV DNA" with copies per millilitre and a power of ten', () => {
    expect(labsAfterTitle('HBeAg was reactive and HBV DNA was 4.1 × 10^5 copies/mL.')).toEqual([
      'HBV DNA 410000 {copies}/mL',
    ]);
  });
  it('"HCV RNA" in international units', () => {
    expect(labsAfterTitle('HCV RNA was 930,000 IU/mL before antiviral treatment.')).toEqual([
      'HCV RNA 930000 [IU]/mL',
    ]);
  });
  it('"HIV-1 RNA" below the assay’s limit keeps its comparator', () => {
    expect(labsAfterTitle('On antiretroviral therapy, HIV-1 RNA was <40 copies/mL.')).toEqual([
      'HIV viral load <40 {copies}/mL',
    ]);
  });
  it('a bare "viral load" is the load of the one virus the sentence names', () => {
    expect(
      labsAfterTitle('He had long-standing hepatitis C (genotype 3, viral load 1.2 × 10^6 IU/mL).'),
    ).toEqual(['HCV RNA 1200000 [IU]/mL']);
  });
  it('control: a bare "viral load" beside two viruses names no analyte', () => {
    expect(labsAfterTitle('Hepatitis B and C serologies were negative; viral load 500 copies/mL.')).toEqual(
      [],
    );
  });
  it('control: a bare "viral load" with no virus in its sentence names no analyte', () => {
    expect(labsAfterTitle('The viral load was 2,300 copies/mL.')).toEqual([]);
  });
});

describe('a measure named after the analyte it is computed from is not that analyte', () => {
  it('"fractional excretion of sodium" is FENa, not a serum sodium of 1 %', () => {
    expect(
      labsAfterTitle('The fractional excretion of sodium was <1%, and serum sodium was 131 mmol/L.'),
    ).toEqual(['FENa <1 %', 'sodium 131 mmol/L']);
  });
  it('urine specific gravity, a number without a unit', () => {
    expect(labsAfterTitle('Urinalysis: specific gravity 1.025, protein 2+.')).toContain(
      'urine specific gravity 1.025',
    );
  });
});

describe('names and units of tests as reports write them', () => {
  it('"alfa-fetoprotein"', () => {
    expect(readingsOrValuesAfterTitle('Her alfa-fetoprotein was raised.')).toEqual(['AFP elevated']);
  });
  it('condition words of phosphate and triglycerides', () => {
    expect(readingsOrValuesAfterTitle('He had hypophosphataemia and hypertriglyceridaemia.')).toEqual([
      'phosphate low',
      'triglycerides elevated',
    ]);
  });
  it('"high-sensitivity" is part of the troponin’s name, not a reading of the test before it', () => {
    expect(labsAfterTitle('CK 1,200, CK-MB 38.5, high-sensitivity troponin I 64 ng/L.')).toEqual([
      'CK 1200',
      'CK-MB 38.5',
      'troponin I 64 ng/L',
    ]);
  });
  it('"relative index" names no relative', () => {
    expect(labsAfterTitle('CK 700, CK-MB relative index 3, troponin T 40 ng/L.')).toEqual([
      'CK 700',
      'troponin T 40 ng/L',
    ]);
  });
  it('"total count" is the white count', () => {
    expect(labsAfterTitle('Total count 9,600 cells/cumm.')).toEqual(['WBC 9600 /mm3']);
  });
  it('misspelled creatine kinase', () => {
    expect(labsAfterTitle('Creatinphosphokinase 3900 UI/L.')).toEqual(['CK 3900 [IU]/L']);
  });
  it('a slash chain of analytes with a dash before its values', () => {
    expect(labsAfterTitle('SGOT/SGPT - 88/140 IU/L.')).toEqual(['AST 88 [IU]/L', 'ALT 140 [IU]/L']);
  });
  it('an upper limit written as a clause in brackets is no second reading', () => {
    const [ck, ...rest] = readAfterTitle('CK 9,400 U/L (normal is below 190 U/L per the laboratory).').labs;
    expect([ck?.value, ck?.upperLimit, rest.length]).toEqual([9400, 190, 0]);
  });
});

describe('an enzyme abbreviation read by its unit outside a panel', () => {
  it('"LD to 511 IU/L" after a raised CK is the LDH', () => {
    expect(
      labsAfterTitle('Her creatine kinase had risen to 2,480 IU/L (normal 20-180), and LD to 611 IU/L.'),
    ).toEqual(['CK 2480 [IU]/L', 'LDH 611 [IU]/L']);
  });
  it('"her LD was …" with an activity unit', () => {
    expect(labsAfterTitle('On admission her LD was 402 U/L.')).toEqual(['LDH 402 U/L']);
  });
  it('"GOT 64 IU/L and GPT 92 IU/L" are the transaminases', () => {
    expect(labsAfterTitle('Liver tests showed GOT 64 IU/L and GPT 92 IU/L.')).toEqual([
      'AST 64 [IU]/L',
      'ALT 92 [IU]/L',
    ]);
  });
  it('control: "got" with a number in another unit is the verb', () => {
    expect(labsAfterTitle('She got 40 mg of prednisolone daily.')).toEqual([]);
  });
  it('control: "LD" without an activity unit is no enzyme', () => {
    expect(labsAfterTitle('He had LD 2 years ago and was followed for it.')).toEqual([]);
  });
});

describe('an analyte whose name ends in a digit, before a colon', () => {
  it('reads "FT4: 1.72 ng/dL", "C4: 9 mg/dL" and "Vitamin B12: 190 pg/mL" as values', () => {
    expect(labsAfterProximalWeakness('Thyroid tests: TSH: 3.1 mIU/L; FT4: 1.72 ng/dL.')).toContain(
      'free T4 1.72 ng/dL',
    );
    expect(labsAfterProximalWeakness('Complement C4: 9 mg/dL, at the lower limit.')).toContain('C4 9 mg/dL');
    expect(labsAfterProximalWeakness('Vitamin B12: 190 pg/mL.')).toContain('vitamin B12 190 pg/mL');
  });

  it('still reads "1:320" after an antibody as a titre, not a value', () => {
    const c = extractCase(PROXIMAL_WEAKNESS_OPENING + 'ANA 1:320 with a speckled pattern; CK 4100 U/L.').case;
    expect(c.labs.map((l) => l.analyte)).toEqual(['CK']);
    expect(c.antibodies.find((a) => a.target === 'ANA')?.result).toBe('positive');
  });
});

describe('an acronym the text defines as something else', () => {
  const cancers = (text: string) => extractCase(text).case.cancers.map((k) => k.histology);

  it('"the anterior mitral leaflet (AML)" is no acute myeloid leukaemia', () => {
    expect(
      cancers('A 41-year-old man had a thickened anterior mitral leaflet (AML). The AML was mobile.'),
    ).toEqual([]);
  });

  it('controls: the acronym defined by a name of its own kind, or not defined, keeps its reading', () => {
    expect(cancers('A 70-year-old man had chronic lymphatic leukaemia (CLL). The CLL progressed.')).toEqual([
      'chronic lymphocytic leukemia',
    ]);
    expect(cancers('A 70-year-old man with dermatomyositis was diagnosed with AML.')).toEqual([
      'acute myeloid leukemia',
    ]);
  });

  it('the age of an anaemic woman is no haemoglobin ("iron-deficiency anaemia, a 67-year-old woman")', () => {
    expect(labsAfterProximalWeakness('She had iron-deficiency anaemia, a 67-year-old woman.')).toEqual([
      'haemoglobin  ',
    ]);
  });

  it('"choriocarcinoma" is a cancer; "UI/ml" and "microg/l" are units', () => {
    expect(cancers('A 30-year-old woman with dermatomyositis was diagnosed with choriocarcinoma.')).toEqual([
      'choriocarcinoma',
    ]);
    expect(labsAfterProximalWeakness('Beta-hCG was 637 UI/ml and AFP 920 microg/l.')).toEqual([
      'hCG 637 [IU]/mL',
      'AFP 920 ug/L',
    ]);
  });
});

describe('abbreviations of creatinine and the electrolytes in prose, beside a value in their own unit', () => {
  it('"serum Cr was 1.8 mg/dL", "baseline sCr of 0.9 mg/dL", "K 4.1 mmol/L"', () => {
    expect(labsAfterProximalWeakness('Serum Cr was 1.8 mg/dL.')).toEqual(['creatinine 1.8 mg/dL']);
    expect(labsAfterProximalWeakness('Her baseline sCr of 0.9 mg/dL rose to 4.2 mg/dL.')).toEqual([
      'creatinine 0.9 mg/dL',
      'creatinine 4.2 mg/dL',
    ]);
    expect(labsAfterProximalWeakness('Cr 1.8 mg/dL, K 4.1 mmol/L.')).toEqual([
      'creatinine 1.8 mg/dL',
      'potassium 4.1 mmol/L',
    ]);
  });

  it('control: a complete response written "CR" is no creatinine', () => {
    expect(labsAfterProximalWeakness('The CR was sustained at 12 months.')).toEqual([]);
  });
});

describe('laboratory wordings of the eighth round (neighbouring diseases)', () => {
  it('a blood count with a packed cell volume is not a citation line', () => {
    // ("… packed cell volume 28%" had made the whole line a journal's "volume 28", every value lost)
    expect(
      labReadingsAfterProximalWeakness(
        'Hb 9.1 g/dL, packed cell volume 28%, WBC 5,000/µL, platelets 200,000/µL.',
      ),
    ).toEqual(['haemoglobin 9.1', 'haematocrit 28', 'WBC 5000', 'platelets 200000']);
  });

  it('"the CK rate was …" links the value like "the CK level was …"', () => {
    expect(
      labReadingsAfterProximalWeakness('The CK rate was 5,400 IU/L and the LDH rate at 800 IU/L.'),
    ).toEqual(['CK 5400', 'LDH 800']);
    // control: a heart rate is no laboratory value and takes no value of the CK's
    expect(labReadingsAfterProximalWeakness('Her heart rate was 120 and CK 300 U/L.')).toEqual(['CK 300']);
  });

  it('"the white blood cell (WBC) count was 6300/µL" keeps the count its abbreviation names', () => {
    expect(labReadingsAfterProximalWeakness('The white blood cell (WBC) count was 6300/µL.')).toEqual([
      'WBC 6300',
    ]);
  });

  it('reads the old names of the transaminases and "immunoglobulin G4"', () => {
    expect(
      labReadingsAfterProximalWeakness(
        'Serum glutamic oxaloacetic transaminase was 240 U/L and glutamic pyruvic transaminase 120 U/L.',
      ),
    ).toEqual(['AST 240', 'ALT 120']);
    // ("immunoglobulin G4 level was 212" had been read as an IgG of 4)
    expect(labReadingsAfterProximalWeakness('Serum immunoglobulin G4 level was 212 mg/dL.')).toEqual([
      'IgG4 212',
    ]);
  });

  it('segmented neutrophils are the neutrophils, band neutrophils are not', () => {
    expect(
      labReadingsAfterProximalWeakness('Differential: 71% segmented neutrophils and 12% band neutrophils.'),
    ).toContain('neutrophils 71');
    expect(
      labReadingsAfterProximalWeakness('Differential: 71% segmented neutrophils and 12% band neutrophils.'),
    ).not.toContain('neutrophils 12');
  });
});

describe('a cytokeratin of the tumour is not the creatine kinase', () => {
  it('reads no CK from "CK 7 (cytokeratin 7)" or "positive for CK 7 and TTF-1"', () => {
    expect(
      labReadingsAfterProximalWeakness(
        'Immunohistochemistry showed CK 7 (cytokeratin 7) positivity and CK 20 negativity.',
      ),
    ).toEqual([]);
    expect(labReadingsAfterProximalWeakness('Tumour cells were positive for CK 7 and TTF-1.')).toEqual([]);
  });

  it('still reads a CK with a unit or a reference', () => {
    expect(labReadingsAfterProximalWeakness('CK 20 U/L; the tumour cells stained for TTF-1.')).toEqual([
      'CK 20',
    ]);
  });
});

describe('names of analytes with digits and qualifiers', () => {
  it('"vitamin D3", "vitamin D 25-hydroxy at 31", "25(OH)D" keep their own value, not the digit of the name', () => {
    expect(labReadingsAfterProximalWeakness('Her 25-hydroxyvitamin D3 was 9 ng/mL.')).toEqual([
      '25-hydroxyvitamin D 9',
    ]);
    expect(labReadingsAfterProximalWeakness('Vitamin D 25-hydroxy at 31 ng/mL.')).toEqual([
      '25-hydroxyvitamin D 31',
    ]);
    expect(labReadingsAfterProximalWeakness('Her 25(OH)D was 84 ng/mL.')).toEqual(['25-hydroxyvitamin D 84']);
    expect(labReadingsAfterProximalWeakness('Her 1,25-dihydroxyvitamin D3 was 80 pg/mL.')).toEqual([
      '1,25-dihydroxyvitamin D 80',
    ]);
  });

  it('"PTHrP" is its own analyte, not the PTH', () => {
    expect(labReadingsAfterProximalWeakness('PTHrP was 8.2 pmol/L and PTH was suppressed.')).toEqual([
      'PTHrP 8.2',
      'PTH low',
    ]);
  });

  it('"free" in "urinary free cortisol" denies nothing', () => {
    // (both had been read normal)
    // (session 31: the urine's own analyte, "urine cortisol", where session 30 read the cortisol)
    expect(labReadingsAfterProximalWeakness('Labs showed raised ACTH and urinary free cortisol.')).toEqual([
      'ACTH elevated',
      'urine cortisol elevated',
    ]);
  });
});

describe('ions, immunoglobulins and a magnesium written as a disorder', () => {
  it('reads "K+ 2.2 mmol/L", "Mg2+ 0.48 mmol/L", "IgG 23.1 g/L" and "hypomagnesaemia (0.5 mmol/L)"', () => {
    // (all four values had been lost)
    expect(labsAfterWeakThighs('Serum K+ was 2.2 mmol/L.')).toEqual(['potassium:2.2 mmol/L']);
    expect(labsAfterWeakThighs('Mg2+ 0.48 mmol/L.')).toEqual(['magnesium:0.48 mmol/L']);
    expect(labsAfterWeakThighs('IgG 23.1 g/L and IgA 3.9 g/L.')).toEqual(['IgG:23.1 g/L', 'IgA:3.9 g/L']);
    expect(labsAfterWeakThighs('She had hypomagnesaemia (0.5 mmol/L).')).toEqual([
      'magnesium:0.5 mmol/L low',
    ]);
  });

  it('reads no immunoglobulin from the class of an antibody, and no magnesium from a dose in mg', () => {
    // controls
    expect(labsAfterWeakThighs('IgG anti-HMGCR antibodies were positive.')).toEqual([]);
    expect(labsAfterWeakThighs('Prednisolone 60 mg 2 times daily was started.')).toEqual([]);
  });
});

describe('cerebrospinal fluid', () => {
  it('reads a CSF glucose and protein as such, not as the blood glucose', () => {
    // (the CSF glucose had been read as the blood glucose, the CSF protein lost)
    expect(labsAfterWeakThighs('Cerebrospinal fluid glucose was 3.4 mmol/L.')).toEqual([
      'CSF glucose:3.4 mmol/L',
    ]);
    expect(labsAfterWeakThighs('CSF protein was 1.3 g/L.')).toEqual(['CSF protein:1.3 g/L']);
    // control
    expect(labsAfterWeakThighs('Blood glucose was 5.2 mmol/L.')).toEqual(['glucose:5.2 mmol/L']);
  });
});

describe('a syndrome named by a disorder of a lab, and an abbreviation that spells a pronoun', () => {
  it('reads no raised eosinophils from "eosinophilia–myalgia syndrome" considered', () => {
    // (the eosinophils had been read raised)
    expect(labsAfterWeakThighs('The differential diagnosis included eosinophilia–myalgia syndrome.')).toEqual(
      [],
    );
    // control: the disorder itself
    expect(labsAfterWeakThighs('She had eosinophilia.')).toEqual(['eosinophils: elevated']);
  });

  it('reads "Hypereosinophilia (HE) is defined as …" as a definition, not the patient\'s count', () => {
    // ("(HE)" had been read as the pronoun "he", making the sentence the patient's)
    expect(
      labsAfterWeakThighs('Hypereosinophilia (HE) is defined as an eosinophil count >1.5 × 10^9/L.'),
    ).toEqual([]);
  });

  it('reads a value in brackets after "hypoglycaemia" as the glucose', () => {
    expect(labsAfterWeakThighs('She had hypoglycaemia (2.1 mmol/L).')).toEqual(['glucose:2.1 mmol/L low']);
  });
});

describe('the total leucocyte count abbreviated', () => {
  it('reads "TLC = 4000/mm3" and "TLC was 11,200/mm3" as the white cell count', () => {
    expect(labLimitsAfterWeakThighs('Platelets were 90,000/mm3 on day 4, and TLC = 5200/mm3.')).toEqual([
      'platelets=90000 /mm3',
      'WBC=5200 /mm3',
    ]);
    expect(labLimitsAfterWeakThighs('TLC was 11,200/mm3.')).toEqual(['WBC=11200 /mm3']);
  });

  it('never reads the total lung capacity of a lung function test as a count', () => {
    expect(labLimitsAfterWeakThighs('Lung function showed a TLC of 65% of predicted.')).toEqual([]);
    expect(labLimitsAfterWeakThighs('Pulmonary function: TLC 3.2 L (68%).')).toEqual([]);
  });
});

describe('an antibody class named after an infectious agent', () => {
  it('"Parvovirus B19 serum IgM was elevated" is no raised IgM level', () => {
    expect(labLimitsAfterWeakThighs('Parvovirus B19 serum IgM was elevated.')).toEqual([]);
    expect(labLimitsAfterWeakThighs('CMV IgG was positive.')).toEqual([]);
  });

  it('keeps an immunoglobulin level with its mass unit', () => {
    expect(labLimitsAfterWeakThighs('Hepatitis B serology was negative; IgG was 24 g/L.')).toEqual([
      'IgG=24 g/L',
    ]);
  });
});

describe('things named like labs that are no blood test', () => {
  it('leaves out markers the tumour cells stained for, isotopes, tracers, ratios and antibody classes', () => {
    expect(
      sortedLabsAfterWeakThighs(
        'The tumour cells were positive for neuron-specific enolase and negative for AFP.',
      ),
    ).toEqual([]);
    expect(
      sortedLabsAfterWeakThighs(
        'Serum chromogranin A was raised and the 111In-octreotide scan was positive.',
      ),
    ).toEqual(['chromogranin A=elevated']);
    expect(
      sortedLabsAfterWeakThighs('An 18F-fluoro-D-glucose scan of the chest showed avid uptake.'),
    ).toEqual([]);
    expect(sortedLabsAfterWeakThighs('The aldosterone-renin ratio was high.')).toEqual([]);
    expect(sortedLabsAfterWeakThighs('Serum IgA anti-EBV VCA was elevated.')).toEqual([]);
    expect(sortedLabsAfterWeakThighs('AFP-L3 fraction was 12.5%.')).toEqual([]);
    expect(sortedLabsAfterWeakThighs('She had a low TmP/GFR.')).toEqual([]);
    expect(sortedLabsAfterWeakThighs('CK exceeded 250,000 U/L following a 3-hour run.')).toEqual([
      'CK=250000 U/L',
    ]);
  });

  it('keeps the serum values beside them', () => {
    // controls
    expect(
      sortedLabsAfterWeakThighs('Serum AFP was 400 ng/mL; the tumour cells stained for cytokeratin.'),
    ).toEqual(['AFP=400 ng/mL']);
    expect(sortedLabsAfterWeakThighs('Fasting glucose was 7.1 mmol/L.')).toEqual(['glucose=7.1 mmol/L']);
    expect(sortedLabsAfterWeakThighs('CK was within the normal limit (143 U/L).')).toEqual(['CK=143 U/L']);
  });
});

describe('labs: analytes in brackets after values, isoenzymes, ratios, free PSA', () => {
  it('gives each value its bracketed analyte', () => {
    expect(
      sortedLabsAfterWeakThighs('Elevated muscle enzymes: 4320 U/L (CK), 812 U/L (LDH), 22 U/L (aldolase).'),
    ).toEqual(['CK=4320 U/L', 'LDH=812 U/L', 'aldolase=22 U/L']);
  });

  it('reads no LDH from an isoenzyme and no ALT from a ratio', () => {
    expect(sortedLabsAfterWeakThighs('LDH isoenzymes: LDH-5 45%.')).toEqual([]);
    expect(sortedLabsAfterWeakThighs('De Ritis ratio (AST/ALT) was 1.5.')).toEqual([]);
    // control: a value after the ratio's sentence part
    expect(sortedLabsAfterWeakThighs('The AST/ALT ratio was 2.1, AST 120 U/L.')).toEqual(['AST=120 U/L']);
  });

  it('reads free PSA apart from the total, and "prostatic specific antigen" as PSA', () => {
    expect(sortedLabsAfterWeakThighs('Total PSA 24.3 ng/ml, free PSA 2.1 ng/ml.')).toEqual([
      'PSA=24.3 ng/mL',
      'free PSA=2.1 ng/mL',
    ]);
    expect(sortedLabsAfterWeakThighs('Her prostatic specific antigen (PSA) was 6.1 ng/ml.')).toEqual([
      'PSA=6.1 ng/mL',
    ]);
  });
});

describe('a tumour marker or lab whose name ends in a number, before a colon', () => {
  it('reads the value after "CA-125:", "CA 19-9:", "KL-6:"', () => {
    expect(sortedLabsAfterWeakThighs('CA-125: 412 U/mL.')).toEqual(['CA-125=412 U/mL']);
    expect(sortedLabsAfterWeakThighs('CA 19-9: 88 U/mL. KL-6: 1120 U/mL.')).toEqual([
      'CA 19-9=88 U/mL',
      'KL-6=1120 U/mL',
    ]);
    expect(sortedLabsAfterWeakThighs('Tumour markers: CA-125: 412 U/mL, CEA: 2.1 ng/mL.')).toEqual([
      'CA-125=412 U/mL',
      'CEA=2.1 ng/mL',
    ]);
  });

  it('still reads no value after a ratio or a titre written with a colon', () => {
    // controls: a number before a colon that ends no lab's name
    expect(sortedLabsAfterWeakThighs('CK: 4500 U/L.')).toEqual(['CK=4500 U/L']);
    expect(sortedLabsAfterWeakThighs('The ANA was positive at 1:160.')).toEqual([]);
  });
});

describe("tumour markers and the tumour's molecular tests", () => {
  it('reads the run-together spellings of tumour markers, not calcium', () => {
    expect(
      sortedLabsAfterWeakThighs(
        'Tumour markers: CA724 12.5 U/mL, CA242 8 U/mL, CA50 15 U/mL, CA153 18.6 U/mL.',
      ),
    ).toEqual(['CA 15-3=18.6 U/mL', 'CA 242=8 U/mL', 'CA 50=15 U/mL', 'CA 72-4=12.5 U/mL']);
    expect(sortedLabsAfterWeakThighs('CA 27.29 was 70 U/mL.')).toEqual(['CA 27.29=70 U/mL']);
  });

  it("keeps a cancer whose molecular test is negative, and never reads the tumour's EGFR as the kidney's", () => {
    expect(cancersOf('Biopsy confirmed lung adenocarcinoma, EGFR mutation negative.')).toHaveLength(1);
    expect(cancersOf('Biopsy confirmed lung adenocarcinoma, ALK negative.')).toHaveLength(1);
    expect(sortedLabsAfterWeakThighs('The tumour was EGFR-negative.')).toEqual([]);
    // controls: the filtration rate, and a denied cancer
    expect(sortedLabsAfterWeakThighs('EGFR 45 mL/min/1.73 m2.')).toHaveLength(1);
    expect(cancersOf('CT was negative for malignancy.')).toEqual([]);
  });
});

describe('myoglobin named as a state of the blood', () => {
  it('reads the value after "myoglobinaemia"', () => {
    expect(sortedLabsAfterWeakThighs('Myoglobinaemia (1280 µg/L) was noted.')).toEqual([
      'myoglobin=1280 ug/L',
    ]);
  });
});

describe('an analyte named as a drug given', () => {
  it('reads no level for an analyte among drugs or after "treated with"', () => {
    expect(
      labsAfterWeakThighsAndArms(
        'Hydration, calcitonin and methylprednisolone were given, and his serum calcium then fell into the normal range.',
      ),
    ).toEqual(['calcium=normal']);
    expect(
      labsAfterWeakThighsAndArms('Once treated with insulin, her potassium was normal again by the morning.'),
    ).toEqual(['potassium=normal']);
  });

  it('keeps a test joined to another test, or with a reading of its own, beside a drug', () => {
    // controls
    expect(labsAfterWeakThighsAndArms('He was given IVIG, and ferritin and LDH were both normal.')).toEqual([
      'LDH=normal',
      'ferritin=normal',
    ]);
    expect(labsAfterWeakThighsAndArms('He had low albumin and prednisone was started.')).toEqual([
      'albumin=low',
    ]);
    expect(labsAfterWeakThighsAndArms('After methylprednisolone, ferritin fell to 300 ng/mL.')).toEqual([
      'ferritin=300 ng/mL',
    ]);
    expect(labsAfterWeakThighsAndArms('Calcitonin, gastrin and chromogranin A were normal.')).toEqual([
      'calcitonin=normal',
    ]);
  });
});
