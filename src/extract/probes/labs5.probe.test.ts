/**
 * Probe table for the widened analyte table (issue 12, session 16; helper lex4): routine analytes that case
 * reports of myositis, its mimics and the cancers found with it state with numbers, and that the table of
 * src/core/names.ts did not know before this session — red cell indices and reticulocytes, lactate, uric acid,
 * protein fractions, pancreatic enzymes, ammonia, iron studies, folate, immunoglobulin classes, beta-2
 * microglobulin, natriuretic peptides, CH50, lipids, serum free light chains, tumour markers (hCG, calcitonin,
 * thyroglobulin, SCC antigen, ProGRP, chromogranin A), haemolysis and electrolyte extras (haptoglobin, anion gap,
 * osmolality), trace elements, carnitine, urine protein quantification, ketones, erythropoietin, acid
 * alpha-glucosidase (Pompe disease), bilirubin fractions and soluble IL-2 receptor — each in several registers (US
 * and UK spelling, abbreviations, pasted panels, telegraphic notes, non-native English, limits in brackets).
 * Negative rows probe that a new analyte does not swallow prose: "iron deficiency", "lactated Ringer's",
 * "immunoglobulin therapy", an amylase named in a diagnosis, "RBC casts", "zinc oxide", supplements and drugs
 * with a dose, stains of a tumour, antibody classes ("IgM antibodies"), plans and reference ranges alone.
 * Every sentence is synthetic and our own; each expectation is written from the reading conventions
 * (extraction-conventions.md: a lab needs a number, or an interpretation stated of the analyte) and the gold
 * format (corpus/README.md), not from what the extractor does. Notation: test/lab-probe-rows.ts.
 * @module
 */
import { describe } from 'vitest';
import { run } from '../../../test/lab-probe-rows.js';

describe('probe 5: red cells and reticulocytes', () => {
  run([
    ['Haematocrit was 31% on admission.', ['haematocrit 31 %'], ''],
    ['Hematocrit 28.4 % (reference 36–46).', ['haematocrit 28.4 % ULN 46'], ''],
    ['Hb 9.8 g/dL, Hct 29%, MCV 84 fL.', ['haemoglobin 9.8 g/dL', 'haematocrit 29 %', 'MCV 84 fL'], ''],
    ['Her packed cell volume was 0.31 L/L.', ['haematocrit 0.31 L/L'], ''],
    ['RBC 3.2 × 10^12/L, Hb 95 g/L.', ['RBC 3.2 10^12/L', 'haemoglobin 95 g/L'], ''],
    ['The red blood cell count was 3.9 million/µL.', ['RBC 3.9 million/µL'], ''],
    ['Red cell count 4.1 ×10¹²/L (3.8–5.2).', ['RBC 4.1 10^12/L ULN 5.2'], ''],
    ['Reticulocyte count was 4.8%, suggesting haemolysis.', ['reticulocytes 4.8 %'], ''],
    ['reticulocytes 2.1 % (0.5-2.0)', ['reticulocytes 2.1 % ULN 2'], ''],
    [
      'Na 138, K 4.1, Hb 10.2, Retic 3.5',
      ['sodium 138', 'potassium 4.1', 'haemoglobin 10.2', 'reticulocytes 3.5'],
      '',
    ],
  ]);
});

describe('probe 5: lactate, uric acid, ammonia', () => {
  run([
    ['Serum lactate was 4.2 mmol/L.', ['lactate 4.2 mmol/L'], ''],
    ['Venous lactate of 3.1 mmol/l (ref < 2.0) was noted.', ['lactate 3.1 mmol/l ULN 2'], ''],
    ['Lactic acid 5.6 mmol/L.', ['lactate 5.6 mmol/L'], ''],
    ['Blood lactate rose to 6.8 mmol/L after exercise.', ['lactate 6.8 mmol/L'], ''],
    ['Uric acid was 9.1 mg/dL.', ['uric_acid 9.1 mg/dL'], ''],
    ['Serum urate 520 µmol/L (normal 200–420).', ['uric_acid 520 µmol/L ULN 420'], ''],
    ['uric acid: 612 umol/L', ['uric_acid 612 umol/L'], ''],
    ['Plasma ammonia was 98 µmol/L.', ['ammonia 98 µmol/L'], ''],
    ['Ammonia level of 45 umol/L was normal.', ['ammonia 45 umol/L'], ''],
    ['The serum lactate was normal.', ['lactate normal'], ''],
    ['Hyperammonemia (156 µmol/L) prompted a search for a urea cycle defect.', ['ammonia 156 µmol/L'], ''],
  ]);
});

describe('probe 5: protein fractions', () => {
  run([
    ['Total protein 8.9 g/dL, albumin 2.9 g/dL.', ['total_protein 8.9 g/dL', 'albumin 2.9 g/dL'], ''],
    ['Serum total protein was 58 g/L.', ['total_protein 58 g/L'], ''],
    [
      'TP 7.9, Alb 3.1, Glob 4.8, Ca 9.2',
      ['total_protein 7.9', 'albumin 3.1', 'globulin 4.8', 'calcium 9.2'],
      '',
    ],
    ['Globulin was raised at 46 g/L.', ['globulin 46 g/L'], ''],
    ['Serum globulin 5.2 g/dL (2.0–3.5).', ['globulin 5.2 g/dL ULN 3.5'], ''],
    ['The albumin/globulin ratio was 0.6.', ['albumin/globulin_ratio 0.6'], ''],
    ['A/G ratio 0.7 (1.1–2.5).', ['albumin/globulin_ratio 0.7 ULN 2.5'], ''],
    ['Protein electrophoresis showed gamma globulin 2.9 g/dL.', ['gammaglobulin 2.9 g/dL'], ''],
    ['gammaglobulins 28.5 % (11-19)', ['gammaglobulin 28.5 % ULN 19'], ''],
    ['Electrophoresis revealed hypogammaglobulinemia (3.9 g/L).', ['gammaglobulin 3.9 g/L'], ''],
    ['He later developed hypogammaglobulinaemia and was given IVIG.', [], ''],
  ]);
});

describe('probe 5: pancreatic enzymes', () => {
  run([
    ['Amylase 62 U/L and lipase 48 U/L were normal.', ['amylase 62 U/L', 'lipase 48 U/L'], ''],
    ['Serum amylase was elevated at 410 IU/L.', ['amylase 410 IU/L'], ''],
    ['Lipase: 1,250 U/L (13–60).', ['lipase 1250 U/L ULN 60'], ''],
    ['Pancreatic amylase 210 U/l.', ['amylase 210 U/l'], ''],
    ['Lipase levels were normal.', ['lipase normal'], ''],
  ]);
});

describe('probe 5: iron studies, folate', () => {
  run([
    [
      'Serum iron 6 µmol/L, TIBC 72 µmol/L, transferrin saturation 8%.',
      ['iron 6 µmol/L', 'TIBC 72 µmol/L', 'transferrin_saturation 8 %'],
      '',
    ],
    ['Iron studies: Fe 35, TIBC 410, ferritin 12', ['iron 35', 'TIBC 410', 'ferritin 12'], ''],
    ['Serum iron was 28 µg/dL (60–170).', ['iron 28 µg/dL ULN 170'], ''],
    ['Transferrin 1.6 g/L (2.0–3.6).', ['transferrin 1.6 g/L ULN 3.6'], ''],
    ['Total iron binding capacity was 250 µg/dL.', ['TIBC 250 µg/dL'], ''],
    ['TSAT 12 %.', ['transferrin_saturation 12 %'], ''],
    [
      'Serum iron 45 μg/dL, UIBC 300 μg/dL, ferritin 20 ng/mL',
      ['iron 45 μg/dL', 'UIBC 300 μg/dL', 'ferritin 20 ng/mL'],
      '',
    ],
    ['Folate 2.1 ng/mL (>3.0).', ['folate 2.1 ng/mL'], ''],
    [
      'Serum folate was 14 nmol/L and vitamin B12 310 pg/mL.',
      ['folate 14 nmol/L', 'vitamin_B12 310 pg/mL'],
      '',
    ],
  ]);
});

describe('probe 5: immunoglobulins and beta-2 microglobulin', () => {
  run([
    ['IgG 18.2 g/L, IgA 4.1 g/L, IgM 0.6 g/L.', ['IgG 18.2 g/L', 'IgA 4.1 g/L', 'IgM 0.6 g/L'], ''],
    ['Serum IgA was 520 mg/dL.', ['IgA 520 mg/dL'], ''],
    ['Immunoglobulin M 3.9 g/L (0.4–2.3).', ['IgM 3.9 g/L ULN 2.3'], ''],
    ['Total IgE was 1,240 IU/mL.', ['IgE 1240 IU/mL'], ''],
    ['Serum IgG4 was 2.8 g/L.', ['IgG4 2.8 g/L'], ''],
    ['Beta-2 microglobulin 4.6 mg/L.', ['beta-2_microglobulin 4.6 mg/L'], ''],
    ['β2-microglobulin was 3.1 mg/L (0.8–2.4).', ['beta-2_microglobulin 3.1 mg/L ULN 2.4'], ''],
    ['Serum β2M 5.2 mg/L.', ['beta-2_microglobulin 5.2 mg/L'], ''],
  ]);
});

describe('probe 5: natriuretic peptides, complement', () => {
  run([
    ['NT-proBNP was 3,450 pg/mL.', ['NT-proBNP 3450 pg/mL'], ''],
    ['BNP 820 pg/ml (< 100).', ['BNP 820 pg/ml ULN 100'], ''],
    ['Brain natriuretic peptide was elevated at 410 pg/mL.', ['BNP 410 pg/mL'], ''],
    ['N-terminal pro-brain natriuretic peptide 2100 pg/mL', ['NT-proBNP 2100 pg/mL'], ''],
    ['CH50 was 18 U/mL (30–75).', ['CH50 18 U/mL ULN 75'], ''],
    ['C3 0.62 g/L, C4 0.08 g/L, CH50 <10 U/mL.', ['C3 0.62 g/L', 'C4 0.08 g/L', 'CH50 <10 U/mL'], ''],
  ]);
});

describe('probe 5: lipids', () => {
  run([
    [
      'Total cholesterol 6.8 mmol/L, triglycerides 3.2 mmol/L.',
      ['total_cholesterol 6.8 mmol/L', 'triglycerides 3.2 mmol/L'],
      '',
    ],
    [
      'LDL cholesterol was 182 mg/dL and HDL 38 mg/dL.',
      ['LDL_cholesterol 182 mg/dL', 'HDL_cholesterol 38 mg/dL'],
      '',
    ],
    ['Serum cholesterol 310 mg/dL.', ['total_cholesterol 310 mg/dL'], ''],
    ['Triglyceride 4.5 mmol/l (<1.7)', ['triglycerides 4.5 mmol/l ULN 1.7'], ''],
    ['LDL-C 4.9 mmol/L.', ['LDL_cholesterol 4.9 mmol/L'], ''],
  ]);
});

describe('probe 5: serum free light chains', () => {
  run([
    [
      'Serum free kappa 45 mg/L, free lambda 18 mg/L, ratio 2.5.',
      ['kappa_free_light_chain 45 mg/L', 'lambda_free_light_chain 18 mg/L', '?free_light_chain_ratio'],
      '',
    ],
    ['Kappa free light chain was 112 mg/L (3.3–19.4).', ['kappa_free_light_chain 112 mg/L ULN 19.4'], ''],
    ['The kappa/lambda ratio was 6.2.', ['free_light_chain_ratio 6.2'], ''],
    ['Free light chain ratio 0.9 (0.26–1.65).', ['free_light_chain_ratio 0.9 ULN 1.65'], ''],
    ['Lambda free light chains 210 mg/L.', ['lambda_free_light_chain 210 mg/L'], ''],
  ]);
});

describe('probe 5: tumour markers', () => {
  run([
    ['Beta-hCG was 1,850 IU/L.', ['hCG 1850 IU/L'], ''],
    ['Serum hCG 12 mIU/mL (<5).', ['hCG 12 mIU/mL ULN 5'], ''],
    ['Calcitonin was 240 pg/mL.', ['calcitonin 240 pg/mL'], ''],
    ['Serum thyroglobulin 85 ng/mL.', ['thyroglobulin 85 ng/mL'], ''],
    ['SCC antigen 6.4 ng/mL (<1.5).', ['SCC_antigen 6.4 ng/mL ULN 1.5'], ''],
    ['Squamous cell carcinoma antigen was elevated at 12.3 ng/mL.', ['SCC_antigen 12.3 ng/mL'], ''],
    ['ProGRP 480 pg/mL, NSE 32 ng/mL.', ['ProGRP 480 pg/mL', 'NSE 32 ng/mL'], ''],
    ['Pro-gastrin-releasing peptide was 260 pg/mL.', ['ProGRP 260 pg/mL'], ''],
    ['Serum chromogranin A 410 ng/mL (<100).', ['chromogranin_A 410 ng/mL ULN 100'], ''],
    [
      'CEA 12.1 ng/mL, SCC-Ag 3.8 ng/mL, CYFRA 21-1 5.2 ng/mL.',
      ['CEA 12.1 ng/mL', 'SCC_antigen 3.8 ng/mL', 'CYFRA_21-1 5.2 ng/mL'],
      '',
    ],
  ]);
});

describe('probe 5: haemolysis, anion gap, osmolality', () => {
  run([
    ['Haptoglobin was <0.1 g/L.', ['haptoglobin <0.1 g/L'], ''],
    ['Serum haptoglobin 1.8 g/L (0.3–2.0).', ['haptoglobin 1.8 g/L ULN 2'], ''],
    ['The anion gap was 18 mmol/L.', ['anion_gap 18 mmol/L'], ''],
    ['Na 134, Cl 98, HCO3 14, AG 22', ['sodium 134', 'chloride 98', 'bicarbonate 14', 'anion_gap 22'], ''],
    [
      'Serum osmolality 268 mOsm/kg, urine osmolality 512 mOsm/kg.',
      ['osmolality 268 mOsm/kg', 'urine_osmolality 512 mOsm/kg'],
      '',
    ],
    ['Plasma osmolality was 301 mOsm/kg.', ['osmolality 301 mOsm/kg'], ''],
  ]);
});

describe('probe 5: trace elements, carnitine, Pompe enzyme', () => {
  run([
    ['Serum zinc 9.2 µmol/L (11–24).', ['zinc 9.2 µmol/L ULN 24'], ''],
    ['Serum copper 8.1 µmol/L, ceruloplasmin 0.12 g/L.', ['copper 8.1 µmol/L', 'ceruloplasmin 0.12 g/L'], ''],
    ['Zinc 52, Copper 68, Selenium 0.8', ['zinc 52', 'copper 68', 'selenium 0.8'], ''],
    ['Free carnitine was 12 µmol/L (25–54).', ['carnitine 12 µmol/L ULN 54'], ''],
    ['Total carnitine 22 umol/L.', ['carnitine 22 umol/L'], ''],
    [
      'Acid alpha-glucosidase activity in dried blood spots was 0.8 µmol/L/h.',
      ['acid_alpha-glucosidase 0.8 µmol/L/h'],
      '',
      "the specimen phrase ('in dried blood spots') between the analyte and its value is no filler",
    ],
    ['GAA activity 1.2 nmol/h/mg protein (normal > 10).', ['acid_alpha-glucosidase 1.2 nmol/h/mg'], ''],
  ]);
});

describe('probe 5: urine protein quantification, ketones', () => {
  run([
    ['Urine protein/creatinine ratio was 0.9 g/g.', ['urine_protein/creatinine_ratio 0.9 g/g'], ''],
    ['UPCR 120 mg/mmol.', ['urine_protein/creatinine_ratio 120 mg/mmol'], ''],
    ['The protein-to-creatinine ratio was 2.3 mg/mg.', ['urine_protein/creatinine_ratio 2.3 mg/mg'], ''],
    ['24-hour urine protein was 1.8 g/day.', ['24-hour_urine_protein 1.8 g/day'], ''],
    // (session 38: closed — a bare mass after a day's urine collection is the day's amount)
    ['24-h proteinuria 3.2 g.', ['24-hour_urine_protein 3.2 g'], ''],
    ['Urinary protein excretion was 650 mg/24h.', ['24-hour_urine_protein 650 mg/24h'], ''],
    ['Beta-hydroxybutyrate 3.4 mmol/L.', ['beta-hydroxybutyrate 3.4 mmol/L'], ''],
  ]);
});

describe('probe 5: erythropoietin, bilirubin fractions, sIL-2R', () => {
  run([
    ['Serum erythropoietin was 85 mIU/mL.', ['erythropoietin 85 mIU/mL'], ''],
    ['Erythropoietin 3.1 IU/L (4.3–29).', ['erythropoietin 3.1 IU/L ULN 29'], ''],
    [
      'Total bilirubin 2.4 mg/dL, direct bilirubin 1.6 mg/dL.',
      ['bilirubin 2.4 mg/dL', 'direct_bilirubin 1.6 mg/dL'],
      '',
    ],
    ['Indirect bilirubin was 3.1 mg/dL.', ['indirect_bilirubin 3.1 mg/dL'], ''],
    ['Conjugated bilirubin 18 µmol/L.', ['direct_bilirubin 18 µmol/L'], ''],
    ['Soluble interleukin-2 receptor was 2,450 U/mL.', ['sIL-2R 2450 U/mL'], ''],
    ['sIL-2R 1,870 U/mL (122–496).', ['sIL-2R 1870 U/mL ULN 496'], ''],
  ]);
});

describe('probe 5: lymphocyte subsets', () => {
  run([
    [
      'CD4 and CD8 counts were 310/mm3 (12%) and 1,900/mm3 (70%), respectively.',
      ['CD4 310 /mm3', 'CD8 1900 /mm3'],
      '',
    ],
    ['The CD4+ T cell count was 180 cells/µL.', ['CD4 180 cells/µL'], ''],
    ['CD4 count 95 /µL; CD4/CD8 ratio 0.3.', ['CD4 95 /µL', 'CD4/CD8_ratio 0.3'], ''],
    ['Lymphocyte subsets: CD4 420, CD8 610, CD19 55', ['CD4 420', 'CD8 610', 'CD19 55'], ''],
    ['Endomysial infiltrates of CD4+ T cells (60%) and CD8+ T cells were seen.', [], ''],
    ['CD8+ T cells surrounded non-necrotic fibres.', [], ''],
  ]);
});

describe('probe 5: lung, cytokine, tumour and endocrine markers, blood gases', () => {
  run([
    ['KL-6 1,850 U/mL and SP-D 312 ng/mL were elevated.', ['KL-6 1850 U/mL', 'SP-D 312 ng/mL'], ''],
    ['Surfactant protein D was 245 ng/mL (<110).', ['SP-D 245 ng/mL ULN 110'], ''],
    ['Serum IL-6 was 48 pg/mL.', ['IL-6 48 pg/mL'], ''],
    ['Interleukin-6 level: 112 pg/ml (ref <7)', ['IL-6 112 pg/ml ULN 7'], ''],
    ['CA-125 560 U/mL and HE4 410 pmol/L.', ['CA-125 560 U/mL', 'HE4 410 pmol/L'], ''],
    ['AFP 12 ng/mL, PIVKA-II 860 mAU/mL.', ['AFP 12 ng/mL', 'PIVKA-II 860 mAU/mL'], ''],
    ['Plasma ACTH was 95 pg/mL with a cortisol of 42 µg/dL.', ['ACTH 95 pg/mL', 'cortisol 42 µg/dL'], ''],
    [
      'Arterial blood gas: pH 7.21, PaCO2 68 mmHg, PaO2 55 mmHg, HCO3 26',
      ['pH 7.21', 'PaCO2 68 mmHg', 'PaO2 55 mmHg', 'bicarbonate 26'],
      '',
    ],
    ['Urine pH 5.0 and urine protein 1.2 g/L.', ['urine_pH 5', 'urine_protein 1.2 g/L'], ''],
    ['Tocilizumab (anti-IL-6 receptor) 8 mg/kg was given monthly.', [], ''],
    ['Urinalysis: WBC 5/hpf, RBC 12/hpf.', ['urine_WBC 5 /hpf', 'urine_RBC 12 /hpf'], ''],
    ['Urine RBC 25 /HPF (0–2).', ['urine_RBC 25 /HPF ULN 2'], ''],
  ]);
});

describe('probe 5: registers (non-native, telegraphic, tables)', () => {
  run([
    [
      'Laboratory data showed: hematocrit of 30.2%, LDH of 640 U/L and lactate of 2.9 mmol/L.',
      ['haematocrit 30.2 %', 'LDH 640 U/L', 'lactate 2.9 mmol/L'],
      '',
    ],
    [
      'Labs: CK 8,200 U/L; uric acid 8.8 mg/dL; amylase 95 U/L.',
      ['CK 8200 U/L', 'uric_acid 8.8 mg/dL', 'amylase 95 U/L'],
      '',
    ],
    [
      'Test | Result | Reference\nHaptoglobin | 0.05 g/L | 0.3–2.0\nReticulocytes | 6.2 % | 0.5–2.5',
      ['haptoglobin 0.05 g/L ULN 2', 'reticulocytes 6.2 % ULN 2.5'],
      '',
    ],
    ['In the blood exam the level of ammonia was of 110 µmol/L.', ['ammonia 110 µmol/L'], ''],
    [
      'Triglycerides 2.9 mmol/L; total cholesterol 5.1 mmol/L; HDL-C 0.9 mmol/L',
      ['triglycerides 2.9 mmol/L', 'total_cholesterol 5.1 mmol/L', 'HDL_cholesterol 0.9 mmol/L'],
      '',
    ],
    ['BNP: 1 230 pg/mL', ['BNP 1230 pg/mL'], ''],
  ]);
});

describe('probe 5: laboratory tables in the Japanese abbreviations', () => {
  run([
    [
      'TP 6.2 g/dL, Alb 3.0 g/dL, T-Bil 0.6 mg/dL, D-Bil 0.2 mg/dL, AST 245 U/L, ALT 98 U/L',
      [
        'total_protein 6.2 g/dL',
        'albumin 3 g/dL',
        'bilirubin 0.6 mg/dL',
        'direct_bilirubin 0.2 mg/dL',
        'AST 245 U/L',
        'ALT 98 U/L',
      ],
      '',
    ],
    [
      'BUN 15 mg/dL, Cre 0.52 mg/dL, UA 4.1 mg/dL, T-Cho 180 mg/dL, ChE 210 U/L',
      [
        'BUN 15 mg/dL',
        'creatinine 0.52 mg/dL',
        'uric_acid 4.1 mg/dL',
        'total_cholesterol 180 mg/dL',
        'cholinesterase 210 U/L',
      ],
      '',
    ],
    [
      'Hb 11.8 g/dL, Ht 35.4%, Ret 1.9%, Plt 24.1',
      ['haemoglobin 11.8 g/dL', 'haematocrit 35.4 %', 'reticulocytes 1.9 %', 'platelets 24.1'],
      '',
    ],
    [
      'AMY 88 U/L, Lac 1.4 mmol/L, Fib 420 mg/dL, NH3 35 µg/dL',
      ['amylase 88 U/L', 'lactate 1.4 mmol/L', 'fibrinogen 420 mg/dL', 'ammonia 35 µg/dL'],
      '',
    ],
    ['Serum cholinesterase was low at 98 U/L.', ['cholinesterase 98 U/L'], ''],
    ['UA was negative for blood and protein.', [], ''],
  ]);
});

describe('probe 5: neighbours of the new names (longer names, drugs, diagnoses, interval ends)', () => {
  run([
    ['Serum lactate dehydrogenase was 612 U/L.', ['LDH 612 U/L'], ''],
    ['Plasma lactate dehydrogenase and lactate were normal.', ['LDH normal', 'lactate normal'], ''],
    ['She had a history of hypercholesterolaemia treated with simvastatin.', [], ''],
    ['Hyperuricemia had been treated with allopurinol for years.', [], ''],
    ['She received intravenous immune globulin 2 g/kg.', [], ''],
    ['Serum ferritin was low normal.', ['ferritin normal'], ''],
    ['Calcium was high-normal.', ['calcium normal'], ''],
    ['Erythropoietin levels were low normal.', ['erythropoietin normal'], ''],
    ['Serum IgA was low.', ['IgA low'], ''],
    ['IgA deficiency was suspected.', [], ''],
  ]);
});

describe('probe 5: negatives (prose the new analytes must not swallow)', () => {
  run([
    ['Iron deficiency was excluded.', [], ''],
    ['She was given oral iron 200 mg twice daily.', [], ''],
    ['Fluid resuscitation with 2 L of lactated Ringer’s solution was started.', [], ''],
    ['He received immunoglobulin therapy (IVIG 2 g/kg).', [], ''],
    ['Intravenous gamma globulin 0.4 g/kg/day was given for 5 days.', [], ''],
    [
      'Acute pancreatitis with raised amylase is a known complication of this drug.',
      [],
      '',
      'a general statement ("is a known complication") is read as a case finding, for every analyte (CK too)',
    ],
    ['Urinalysis showed RBC casts.', [], ''],
    ['Zinc oxide 10% paste was applied to the skin erosions.', [], ''],
    ['Folic acid 5 mg weekly was added to methotrexate.', [], ''],
    ['Tumour cells were positive for chromogranin and synaptophysin.', [], ''],
    // an infection serology is neither the IgM level nor a case antibody (session 45: reported as a warning)
    ['IgM antibodies to Mycoplasma were negative.', [], ''],
    ['Transfusion of 2 units of packed red blood cells was required.', [], ''],
    ['Lipid-lowering therapy with atorvastatin 40 mg was stopped.', [], ''],
    ['Pompe disease (acid maltase deficiency) was considered.', [], ''],
    ['Erythropoietin 4000 IU three times weekly was started.', [], ''],
    ['Copper deficiency myelopathy can mimic myositis.', [], ''],
    ['We plan to check lactate and ammonia.', [], ''],
  ]);
});
