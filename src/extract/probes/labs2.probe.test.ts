/**
 * Probe table for labs and antibodies, second wave (issue 12, session 15): families the first table
 * (`labs.probe.test.ts`) does not cover — labs inside abstract and results sentences, values along a timeline,
 * peaks and ranges over time, multiples of the upper limit and ordinal words, unit spellings, low values with
 * their ranges, tables pasted as text, semicolon lists and brackets, results reported by others, titres and ANA
 * patterns, line-blot intensities, panels sharing one prefix, myositis-specific beside myositis-associated
 * antibodies, antibodies inside case narrative, and negative rows of both kinds. Every sentence is our own;
 * each expectation is written from the reading conventions and the gold format, not from the extractor.
 * Notation: test/lab-probe-rows.ts.
 * @module
 */
import { describe } from 'vitest';
import { run } from '../../../test/lab-probe-rows.js';

describe('probe 2: labs in abstract and results sentences', () => {
  run([
    [
      'A 54-year-old woman presented with a 3-month history of proximal weakness; CK was 4,500 U/L.',
      ['CK 4500 U/L'],
      '',
    ],
    [
      'A 61-year-old man with a heliotrope rash was admitted. His creatine kinase was 8,920 IU/L and aldolase 31 U/L.',
      ['CK 8920 IU/L', 'aldolase 31 U/L'],
      '',
    ],
    [
      'We report a 45-year-old woman with dermatomyositis (CK 3,100 U/L) and ovarian cancer.',
      ['CK 3100 U/L'],
      '',
    ],
    [
      'Laboratory investigations revealed elevated muscle enzymes (creatine kinase 5,430 U/L, lactate dehydrogenase 812 U/L) and a raised CRP of 38 mg/L.',
      ['muscle_enzymes elevated', 'CK 5430 U/L', 'LDH 812 U/L', 'CRP 38 mg/L'],
      '',
    ],
    ["Results: The patient's CK was 2,980 U/L.", ['CK 2980 U/L'], ''],
    ['Case presentation: A 38-year-old man had myalgia and a CK of 14,200 U/L.', ['CK 14200 U/L'], ''],
    [
      'On examination, power was 3/5 proximally. Blood tests: CK 6,700 U/L, CRP 12 mg/L, ESR 35 mm/h.',
      ['CK 6700 U/L', 'CRP 12 mg/L', 'ESR 35 mm/h'],
      '',
    ],
    [
      'Initial workup was notable for a creatine kinase of 11,450 U/L, an aspartate aminotransferase of 356 U/L and an alanine aminotransferase of 210 U/L.',
      ['CK 11450 U/L', 'AST 356 U/L', 'ALT 210 U/L'],
      '',
    ],
    ['She was referred with a CK of 2,100 U/L found on routine testing.', ['CK 2100 U/L'], ''],
    [
      'His serum creatine kinase (CK) concentration was markedly elevated at 21,560 U/L (reference 39–308 U/L).',
      ['CK 21560 U/L ULN 308'],
      '',
    ],
  ]);
});

describe('probe 2: lab values along a timeline', () => {
  run([
    ['Two months later, CK was 350 U/L.', ['CK 350 U/L'], ''],
    ['At follow-up 6 months after discharge, her CK had normalised (120 U/L).', ['CK 120 U/L'], ''],
    ['In March 2019, CK was 4,300 U/L.', ['CK 4300 U/L'], ''],
    ['On day 3, the CK rose to 9,800 U/L.', ['CK 9800 U/L'], ''],
    ['By week 6 of treatment, CK had fallen to 640 U/L.', ['CK 640 U/L'], ''],
    ['At the 1-year visit, CK was 180 U/L.', ['CK 180 U/L'], ''],
    ['Three weeks after starting prednisolone, the CK was 1,020 U/L.', ['CK 1020 U/L'], ''],
    ['Following IVIG, CK declined to 410 U/L.', ['CK 410 U/L'], ''],
    ['CK dropped to 260 U/L at discharge.', ['CK 260 U/L'], ''],
    [
      'CK trended down from 5,000 U/L on admission to 800 U/L at discharge.',
      ['CK 5000 U/L', 'CK 800 U/L'],
      '',
    ],
    ['Her CK on hospital day 10 was 2,200 U/L.', ['CK 2200 U/L'], ''],
    ['Upon readmission in 2021, CK was elevated again at 3,450 U/L.', ['CK 3450 U/L'], ''],
    ['CK reached a maximum of 27,000 U/L on the second day.', ['CK 27000 U/L'], ''],
    ['Within a month, CK normalised to 95 U/L.', ['CK 95 U/L'], ''],
    ['On 12 May 2020 her CK was 1,870 U/L.', ['CK 1870 U/L'], ''],
    ['CK was 3,000 U/L on 3/4/2019.', ['CK 3000 U/L'], ''],
    [
      'CK: 4,500 U/L (day 1) → 2,100 U/L (day 7) → 300 U/L (day 21).',
      ['CK 4500 U/L', 'CK 2100 U/L', 'CK 300 U/L'],
      '',
    ],
    ['At relapse, CK was again 2,600 U/L.', ['CK 2600 U/L'], ''],
  ]);
});

describe('probe 2: peaks, lowest values and ranges over time', () => {
  run([
    ['The highest CK recorded was 14,500 U/L.', ['CK 14500 U/L'], ''],
    ['Maximum CK was 9,600 U/L.', ['CK 9600 U/L'], ''],
    ['Peak CK: 22,400 U/L.', ['CK 22400 U/L'], ''],
    ['CK fluctuated between 800 and 1,500 U/L.', ['?CK'], ''],
    ['CK ranged from 2,000 to 6,000 U/L over the first week.', ['?CK'], ''],
    ['The lowest CK was 140 U/L.', ['CK 140 U/L'], ''],
    ['CK remained above 1,000 U/L for 3 months.', ['CK >1000 U/L'], ''],
    ['Her CK was between 4,000 and 5,000 U/L.', ['?CK'], ''],
    [
      'CK values of 2,300, 1,800 and 900 U/L were recorded on consecutive visits.',
      ['CK 2300 U/L', 'CK 1800 U/L', 'CK 900 U/L'],
      '',
    ],
    ['CK fell by half to 2,100 U/L.', ['CK 2100 U/L'], ''],
    ['CK dropped from a peak of 12,000 U/L to 1,500 U/L.', ['CK 12000 U/L', 'CK 1500 U/L'], ''],
    ['CK increased fourfold, from 500 to 2,000 U/L.', ['CK 500 U/L', 'CK 2000 U/L'], ''],
    ['CK slowly declined, reaching 480 U/L at 8 weeks.', ['CK 480 U/L'], ''],
  ]);
});

describe('probe 2: multiples of the upper limit and ordinal words', () => {
  run([
    ['CK was ten times the upper limit of normal.', ['CK elevated'], ''],
    ['CK was twice the upper limit of normal.', ['CK elevated'], ''],
    ['CK was elevated to three times normal.', ['CK elevated'], ''],
    ['CK was 50-fold above the upper reference limit.', ['CK elevated'], ''],
    ['CK > 10× ULN.', ['CK elevated'], ''],
    [
      'ALT and AST were elevated at 3 and 4 times the ULN, respectively.',
      ['ALT elevated', 'AST elevated'],
      '',
    ],
    ['CK was 4,500 U/L, i.e. 20 times the upper limit.', ['CK 4500 U/L'], ''],
    ['CK elevated (x25 ULN).', ['CK elevated'], ''],
    ['CK was 22-fold the upper limit (4,400 U/L).', ['CK 4400 U/L'], ''],
    ['CK was more than twice the upper normal limit.', ['CK elevated'], ''],
    ['A second CK measurement was 5,200 U/L.', ['CK 5200 U/L'], ''],
    ['The third CK, a week later, was 700 U/L.', ['CK 700 U/L'], ''],
    ['On the fifth hospital day CK was 11,000 U/L.', ['CK 11000 U/L'], ''],
    ['CK was elevated at 1.5 times the ULN.', ['CK elevated'], ''],
  ]);
});

describe('probe 2: unit spellings', () => {
  run([
    ['CK was 2,350 IU/litre.', ['CK 2350 IU/L'], ''],
    ['CK 2,350 units per litre.', ['CK 2350 U/L'], ''],
    ['CK was 2,350 U per liter.', ['CK 2350 U/L'], ''],
    ['CK 2350 u/l.', ['CK 2350 U/L'], ''],
    ['CK 2350 iu/L.', ['CK 2350 IU/L'], ''],
    ['CK 2350 IU l-1.', ['CK 2350 IU/L'], ''],
    ['CK 2350 U L−1.', ['CK 2350 U/L'], ''],
    ['CK 39.2 ukat/L.', ['CK 39.2 µkat/L'], ''],
    ['CK 2350 IU / L.', ['CK 2350 IU/L'], ''],
    ['Creatinine 62 µmol/L.', ['creatinine 62 µmol/L'], ''],
    ['Creatinine 62 umol/l.', ['creatinine 62 µmol/L'], ''],
    ['Potassium 3.1 mmol/L.', ['potassium 3.1 mmol/L'], ''],
    ['Ferritin 1,250 μg/L.', ['ferritin 1250 µg/L'], ''],
    ['Ferritin 1,250 ug/L.', ['ferritin 1250 µg/L'], ''],
    ['Ferritin 1,250 mcg/L.', ['ferritin 1250 µg/L'], ''],
    ['Troponin T 0.45 ng/ml.', ['troponin_T 0.45 ng/mL'], ''],
    ['Troponin I 1,240 ng/L.', ['troponin_I 1240 ng/L'], ''],
    ['WBC 11.2 G/L.', ['WBC 11.2 10^9/L'], ''],
    // open: a power of ten before the unit belongs to the unit or to the value; the gold writes units as written, the
    // extractor scales the value (labs.ts), and the scorer compares values: the row takes the scaled reading
    ['Platelets 98 × 10^3/µL.', ['platelets 98000 /µL'], ''],
    ['ESR 60 mm 1st hr.', ['ESR 60 mm/h'], ''],
    ['CRP 84 mg/litre.', ['CRP 84 mg/L'], ''],
    ['Albumin 28 g/l.', ['albumin 28 g/L'], ''],
    ['LDH 8.5 µkat/L.', ['LDH 8.5 µkat/L'], ''],
    ['TSH 12.4 µIU/mL.', ['TSH 12.4 µIU/mL'], ''],
  ]);
});

describe('probe 2: low values and their ranges', () => {
  run([
    ['Albumin was low at 24 g/L (35–50).', ['albumin 24 g/L ULN 50'], ''],
    ['Lymphopenia (0.4 × 10⁹/L) was noted.', ['lymphocytes 0.4 10^9/L'], ''],
    ['Haemoglobin 8.9 g/dL (12.0–15.5).', ['haemoglobin 8.9 g/dL ULN 15.5'], ''],
    ['Platelets were low at 85,000/µL.', ['platelets 85000 /µL'], ''],
    ['Potassium was 2.9 mmol/L (3.5–5.1).', ['potassium 2.9 mmol/L ULN 5.1'], ''],
    ['Serum calcium 2.05 mmol/L (2.15–2.55).', ['calcium 2.05 mmol/L ULN 2.55'], ''],
    ['Vitamin D was 18 nmol/L.', ['25-hydroxyvitamin_D 18 nmol/L'], ''],
  ]);
});

describe('probe 2: lab tables pasted as text, second set', () => {
  run([
    [
      'Parameter | Value | Reference\nCK | 2350 U/L | 24–195\nLDH | 610 U/L | 135–225',
      ['CK 2350 U/L ULN 195', 'LDH 610 U/L ULN 225'],
      '',
    ],
    ['CK (U/L)    2350    24-195\nAST (U/L)    98    <40', ['CK 2350 U/L ULN 195', 'AST 98 U/L ULN 40'], ''],
    ['Laboratory test\tAdmission\tDischarge\nCK (U/L)\t5400\t320', ['CK 5400 U/L', 'CK 320 U/L'], ''],
    ['CK\t2350\tU/L\t(24–195)', ['CK 2350 U/L ULN 195'], ''],
    ['Creatine kinase, U/L: 2350', ['CK 2350 U/L'], ''],
    ['CK [U/L] 2350', ['CK 2350 U/L'], ''],
    [
      'Variable\tResult\tNormal range\nCreatine kinase (IU/L)\t11,200\t38–174\nAldolase (U/L)\t24.5\t<7.6',
      ['CK 11200 IU/L ULN 174', 'aldolase 24.5 U/L ULN 7.6'],
      '',
    ],
    ['CK 2350 H U/L 24-195', ['CK 2350 U/L ULN 195'], ''],
    ['CK 2350* U/L', ['CK 2350 U/L'], ''],
    ['CK: 2350 (H)', ['CK 2350'], ''],
    ['CK — 2,350 U/L — (24–195)', ['CK 2350 U/L ULN 195'], ''],
    ['ESR\t48 mm/h\t(<20)', ['ESR 48 mm/h ULN 20'], ''],
  ]);
});

describe('probe 2: semicolon lists and brackets', () => {
  run([
    [
      'CK 2,350 U/L; LDH 600 U/L; AST 120 U/L; ALT 90 U/L; aldolase 20 U/L.',
      ['CK 2350 U/L', 'LDH 600 U/L', 'AST 120 U/L', 'ALT 90 U/L', 'aldolase 20 U/L'],
      '',
    ],
    [
      'Laboratory findings (CK: 6,200 U/L; CRP: 15 mg/L; ESR: 40 mm/h) supported the diagnosis.',
      ['CK 6200 U/L', 'CRP 15 mg/L', 'ESR 40 mm/h'],
      '',
    ],
    ['She had rhabdomyolysis [CK 45,000 U/L].', ['CK 45000 U/L'], ''],
    [
      'Muscle enzymes (CK = 3,200 U/L; aldolase = 18 U/L) were raised.',
      ['CK 3200 U/L', 'aldolase 18 U/L'],
      '',
    ],
    [
      'Inflammatory markers were raised (CRP 56 mg/L; ESR 72 mm/h), while CK was normal (98 U/L).',
      ['CRP 56 mg/L', 'ESR 72 mm/h', 'CK 98 U/L'],
      '',
    ],
    [
      'Laboratory data: white blood cells 9.8 × 10⁹/L; haemoglobin 11.9 g/dL; platelets 310 × 10⁹/L; CK 2,900 U/L.',
      ['WBC 9.8 10^9/L', 'haemoglobin 11.9 g/dL', 'platelets 310 10^9/L', 'CK 2900 U/L'],
      '',
    ],
    ['CK (2,350 U/L [normal, <170 U/L]) was high.', ['CK 2350 U/L ULN 170'], ''],
    ['The CK (initially 4,000 U/L) decreased.', ['CK 4000 U/L'], ''],
    [
      'Both CK (1,800 U/L) and myoglobin (940 ng/mL) were elevated.',
      ['CK 1800 U/L', 'myoglobin 940 ng/mL'],
      '',
    ],
    ['CK, AST, ALT: 2,400, 150 and 98 U/L.', ['CK 2400 U/L', 'AST 150 U/L', 'ALT 98 U/L'], ''],
    ['Serum enzymes — CK 7,100 U/L, LDH 950 U/L — were raised.', ['CK 7100 U/L', 'LDH 950 U/L'], ''],
  ]);
});

describe('probe 2: results reported by others', () => {
  run([
    ['Her general practitioner had noted a CK of 1,600 U/L.', ['CK 1600 U/L'], ''],
    ['Outside records showed a CK of 8,000 U/L.', ['CK 8000 U/L'], ''],
    ['The referring hospital reported a creatine kinase of 3,450 U/L.', ['CK 3450 U/L'], ''],
    ['She was told that her CK was 900 U/L.', ['CK 900 U/L'], ''],
    ['According to the referral letter, CK was 2,200 U/L.', ['CK 2200 U/L'], ''],
    ['Prior testing at another institution revealed anti-Jo-1 antibodies.', [], 'Jo-1+'],
    ['The laboratory confirmed anti-MDA5 positivity.', [], 'MDA5+'],
    ['Results from her previous admission showed CK 5,600 U/L.', ['CK 5600 U/L'], ''],
  ]);
});

describe('probe 2: lab negatives, second set (nothing for the patient)', () => {
  run([
    ['If CK rises above 1,000 U/L, the dose will be increased.', [], ''],
    ['A CK above ten times the upper limit is typical of necrotizing myopathy.', [], ''],
    ['CK will be rechecked in two weeks.', [], ''],
    ['Reference range for CK: 24–195 U/L.', [], ''],
    ["Her brother's CK was 900 U/L.", [], ''],
    ['The median CK in the series was 4,500 U/L (range 300–20,000).', [], ''],
    ['Smith et al. reported a patient with a CK of 20,000 U/L.', [], ''],
    ['Normal CK levels are below 200 U/L.', [], ''],
    ['CK levels correlate with disease activity in most patients.', [], ''],
    ['In previously reported cases, CK ranged from 1,000 to 50,000 U/L.', [], ''],
    ['Patients with anti-SRP antibodies usually have CK above 5,000 U/L.', [], ''],
    ['CK testing was planned for the next visit.', [], ''],
    ['Her father had elevated CK.', [], ''],
    ['A CK of 500 U/L would be considered mildly elevated.', [], ''],
    ['CK was expected to normalise within weeks.', [], ''],
    ['Statins can raise CK to over 10,000 U/L.', [], ''],
    ['We recommend measuring CK and aldolase in all patients with unexplained weakness.', [], ''],
  ]);
});

describe('probe 2: titres and ANA patterns', () => {
  run([
    ['ANA was positive with a speckled pattern.', [], 'ANA+'],
    ['Indirect immunofluorescence on HEp-2 cells showed a nucleolar pattern at 1:320.', [], 'ANA+'],
    ['ANA: cytoplasmic speckled, 1:640.', [], 'ANA+'],
    ['ANA 1/640 homogeneous.', [], 'ANA+'],
    ['Antinuclear antibodies were positive (titer 1:1,280; fine speckled pattern).', [], 'ANA+'],
    ['ANA positive at 1:80.', [], 'ANA+'],
    ['ANA was weakly positive (1:40).', [], 'ANA+'],
    ['ANA titre of 640, nucleolar.', [], 'ANA+'],
    ['ANA (HEp-2): 1:160, AC-4.', [], 'ANA+'],
    ['ANA was negative (<1:40).', [], 'ANA-'],
    ['ANA < 1:80.', [], 'ANA-'],
    ['Anti-Ro52 titre >200 U/mL.', [], 'Ro52+'],
    ['Anti-Jo-1 was 8.2 U/mL (negative <7; positive >10).', [], 'Jo-1~'],
    ['Anti-TIF1γ 45 U/mL (positive > 25).', [], 'TIF1-gamma+'],
    ['Anti-HMGCR was 12 U (cut-off 20).', [], 'HMGCR-'],
    [
      'ANA by IIF was positive at 1:320 with a cytoplasmic pattern; anti-Jo-1 was positive.',
      [],
      'ANA+ Jo-1+',
    ],
    ['ANA was strongly positive (>1:2560).', [], 'ANA+'],
    ['Antinuclear antibody (ANA) 1:160 (speckled), anti-dsDNA negative.', [], 'ANA+ dsDNA-'],
  ]);
});

describe('probe 2: line-blot intensities', () => {
  run([
    ['Line blot: anti-PL-12 +++, anti-Ro52 ++.', [], 'PL-12+ Ro52+'],
    ['Anti-Mi-2β (+) on line immunoassay.', [], 'Mi-2+'],
    ['Anti-PL-7 weakly positive (+), anti-Ro52 strongly positive (+++).', [], 'PL-7+ Ro52+'],
    ['Anti-SRP: 1+.', [], 'SRP+'],
    ['Anti-NXP2 2+ and anti-Ro52 3+.', [], 'NXP2+ Ro52+'],
    ['Anti-EJ (+/−).', [], 'EJ~'],
    ['Anti-OJ was borderline (+/-).', [], 'OJ~'],
    ['Anti-PL-7 low positive.', [], 'PL-7+'],
    ['Anti-Ku: strong positive.', [], 'Ku+'],
    [
      'Euroline myositis profile: Jo-1 negative, PL-7 negative, PL-12 negative, EJ negative, OJ negative, SRP negative, Mi-2 negative, MDA5 negative, NXP2 negative, SAE1 negative, TIF1γ +, Ku negative, PM-Scl75 negative, Ro52 +.',
      [],
      'Jo-1- PL-7- PL-12- EJ- OJ- SRP- Mi-2- MDA5- NXP2- SAE- TIF1-gamma+ Ku- PM-Scl- Ro52+',
    ],
    ['Anti-Ro52 (intensity 45; cut-off 15).', [], 'Ro52+'],
    ['Anti-PM/Scl-100 was positive (++), with anti-Ro52 (+).', [], 'PM-Scl+ Ro52+'],
    ['Immunoblot: anti-Mi-2 (+++)', [], 'Mi-2+'],
    ['Anti-MDA5 positive (intermediate titre).', [], 'MDA5+'],
    ['Anti-Jo-1 (–)', [], 'Jo-1-'],
    ['Anti-SAE: equivocal (+/-); all other MSAs negative.', [], 'SAE~ panel-'],
    ['Anti-PL-12 weakly positive, confirmed by ELISA.', [], 'PL-12+'],
  ]);
});

describe('probe 2: panels sharing one prefix, compressed lists', () => {
  run([
    ['She was negative for anti-Jo-1, PL-7 and PL-12.', [], 'Jo-1- PL-7- PL-12-'],
    ['Antibodies to Jo-1, PL-7, PL-12, EJ and OJ were negative.', [], 'Jo-1- PL-7- PL-12- EJ- OJ-'],
    ['Anti-Jo-1/PL-7/PL-12 negative.', [], 'Jo-1- PL-7- PL-12-'],
    ['Jo-1, PL-7, PL-12, EJ, OJ, SRP and Mi-2: all negative.', [], 'Jo-1- PL-7- PL-12- EJ- OJ- SRP- Mi-2-'],
    ['Anti-Jo-1, -PL-7, -PL-12, -EJ and -OJ antibodies were negative.', [], 'Jo-1- PL-7- PL-12- EJ- OJ-'],
    ['Negative results were obtained for anti-Mi-2, anti-SRP and anti-HMGCR.', [], 'Mi-2- SRP- HMGCR-'],
    [
      'Anti-Mi-2, MDA5, NXP2, SAE and TIF1γ antibodies were not detected.',
      [],
      'Mi-2- MDA5- NXP2- SAE- TIF1-gamma-',
    ],
    ['Anti-PL-7 and anti-PL-12 were positive and negative, respectively.', [], 'PL-7+ PL-12-'],
    ['Anti-Jo-1 and anti-Ro52 were both positive.', [], 'Jo-1+ Ro52+'],
    ['He tested negative for anti-HMGCR and anti-SRP but positive for anti-Ro52.', [], 'HMGCR- SRP- Ro52+'],
    [
      'Screening for anti-Jo-1, anti-SRP, anti-Mi-2 and ANA was negative except for ANA (1:320).',
      [],
      'Jo-1- SRP- Mi-2- ANA+',
    ],
    ['All myositis-specific antibodies were negative except anti-HMGCR.', [], 'HMGCR+ panel-'],
    ['Anti-Jo-1 (negative), anti-PL-7 (negative), anti-PL-12 (positive).', [], 'Jo-1- PL-7- PL-12+'],
    ['She was negative for anti-Jo-1 and PL-12 but positive for PL-7.', [], 'Jo-1- PL-12- PL-7+'],
  ]);
});

describe('probe 2: myositis-specific beside myositis-associated antibodies', () => {
  run([
    ['Myositis-specific antibodies were negative, but anti-Ro52 was positive.', [], 'panel- Ro52+'],
    ['MSA negative; MAA: anti-Ro52 positive.', [], 'panel- Ro52+'],
    ['Myositis-associated antibodies: anti-PM/Scl-75 positive.', [], 'PM-Scl+'],
    ['Of the myositis-associated antibodies, only anti-Ku was present.', [], 'Ku+'],
    ['The myositis-specific antibody anti-NXP2 was detected.', [], 'NXP2+'],
    ['No myositis-associated antibodies were found.', [], 'panel-'],
    ['Anti-Ro52, a myositis-associated antibody, was positive; MSAs were negative.', [], 'Ro52+ panel-'],
  ]);
});

describe('probe 2: antibodies inside the case narrative', () => {
  run([
    ['A 58-year-old woman with anti-TIF1γ antibodies presented with a heliotrope rash.', [], 'TIF1-gamma+'],
    ['We describe a man whose serum contained anti-HMGCR antibodies.', [], 'HMGCR+'],
    [
      'Serological testing disclosed anti-PL-12 antibodies, supporting antisynthetase syndrome.',
      [],
      'PL-12+',
    ],
    ['Her serum reacted with Jo-1 on line blot.', [], 'Jo-1+'],
    ['Autoantibody screening identified anti-SAE1/2.', [], 'SAE+'],
    ['Subsequent testing returned positive for anti-NXP2.', [], 'NXP2+'],
    ['Anti-MDA5 antibody, measured by ELISA, was 1,250 index (normal <32).', [], 'MDA5+'],
    ['Two months later, anti-HMGCR antibodies were still positive.', [], 'HMGCR+'],
    ['On repeat testing, anti-Jo-1 was again positive.', [], 'Jo-1+'],
    ['Anti-TIF1γ antibody was subsequently found to be positive.', [], 'TIF1-gamma+'],
    ['In our patient, anti-SRP was positive.', [], 'SRP+'],
    ['This patient, who was positive for anti-Mi-2, responded well.', [], 'Mi-2+'],
  ]);
});

describe('probe 2: antibody negatives, second set (nothing for the patient)', () => {
  run([
    ['Anti-HMGCR antibodies should be tested in statin users with weakness.', [], ''],
    ['Anti-MDA5 antibodies were first described in clinically amyopathic dermatomyositis.', [], ''],
    ['Her daughter tested positive for ANA.', [], ''],
    ['Anti-Jo-1 testing was planned.', [], ''],
    ['The anti-HMGCR result is awaited.', [], ''],
    ['Anti-SRP: not performed.', [], ''],
    ['In patients with anti-TIF1γ, cancer is found in up to 50%.', [], ''],
    ['Anti-NXP2 positivity has been linked to calcinosis in children.', [], ''],
    ['Had anti-MDA5 been positive, we would have started triple therapy.', [], ''],
    ['Anti-Jo-1 was positive in 12 of 30 patients in that series.', [], ''],
    ['The differential diagnosis included anti-SRP myopathy.', [], ''],
    ['Testing for anti-cN1A could help distinguish inclusion body myositis.', [], ''],
    ['A previous report described anti-PL-7 positivity in a similar patient.', [], ''],
    ['Is anti-Ro52 positivity a marker of lung disease?', [], ''],
  ]);
});

// Families written after the rules of the first 216 rows (measured on main 9d5210c before their own rules).

describe('probe 2: labs and antibodies in one sentence', () => {
  run([
    ['CK was 4,500 U/L and anti-HMGCR antibodies were positive (120 U/mL).', ['CK 4500 U/L'], 'HMGCR+'],
    ['Anti-Jo-1 positive; CK 3,000 U/L; ESR 50 mm/h.', ['CK 3000 U/L', 'ESR 50 mm/h'], 'Jo-1+'],
    ['She had a CK of 8,200 U/L with anti-SRP antibodies.', ['CK 8200 U/L'], 'SRP+'],
    [
      'Serology: ANA 1:640, anti-Ro52 positive; biochemistry: CK 1,900 U/L, aldolase 15 U/L.',
      ['CK 1900 U/L', 'aldolase 15 U/L'],
      'ANA+ Ro52+',
    ],
    ['Anti-MDA5 antibody was positive and ferritin was 2,300 ng/mL.', ['ferritin 2300 ng/mL'], 'MDA5+'],
    ['KL-6 1,250 U/mL and anti-PL-7 positive.', ['KL-6 1250 U/mL'], 'PL-7+'],
    ['Anti-HMGCR 256 U (normal <20), CK 12,400 U/L.', ['CK 12400 U/L'], 'HMGCR+'],
    [
      'CK (7,800 U/L), myoglobin (2,100 ng/mL) and anti-SRP (positive) supported the diagnosis.',
      ['CK 7800 U/L', 'myoglobin 2100 ng/mL'],
      'SRP+',
    ],
    ['Rheumatoid factor was negative and CRP was 15 mg/L.', ['CRP 15 mg/L'], 'RF-'],
    ['TSH 8.9 mIU/L with positive anti-TPO antibodies.', ['TSH 8.9 mIU/L'], 'TPO+'],
    ['Anti-Jo-1 was 150 U/mL (cut-off 10) and CK was 950 U/L.', ['CK 950 U/L'], 'Jo-1+'],
    [
      'She had anti-TIF1γ antibodies, a CK of 320 U/L and an ESR of 28 mm/h.',
      ['CK 320 U/L', 'ESR 28 mm/h'],
      'TIF1-gamma+',
    ],
  ]);
});

describe('probe 2: antibody names and spellings, third set', () => {
  run([
    ['Positive anti-aminoacyl-tRNA synthetase antibody (anti-PL-7) was detected.', [], 'PL-7+'],
    ['Antibodies to signal recognition particle (SRP) were present.', [], 'SRP+'],
    ['Anti-Ro-52 kDa antibodies were positive.', [], 'Ro52+'],
    ['Anti-Ro 52 was positive.', [], 'Ro52+'],
    ['Anti-PM-Scl 100 antibody was positive.', [], 'PM-Scl+'],
    ['Anti-HMG-CoA reductase antibodies were positive.', [], 'HMGCR+'],
    ['Anti-small ubiquitin-like modifier activating enzyme (SAE) antibody was positive.', [], 'SAE+'],
    ['Anti-U1-snRNP antibodies were positive.', [], 'U1-RNP+'],
    ['Anti-U1RNP was negative.', [], 'U1-RNP-'],
    ['Anti-topoisomerase I (Scl-70) antibodies were negative.', [], 'Scl-70-'],
    ['Anti-Th/To antibody was positive.', [], 'Th/To+'],
    ['Anti-NT5C1A antibodies were detected.', [], 'cN1A+'],
    ['Anti-Mi-2 beta was positive.', [], 'Mi-2+'],
    ['Anti-p140 (NXP2) antibody was positive.', [], 'NXP2+'],
    ['Anti-MDA-5/CADM-140 was positive.', [], 'MDA5+'],
    ['Anti-La/SSB was negative.', [], 'La-'],
    ['Anti-histidyl tRNA synthetase was negative.', [], 'Jo-1-'],
    ['Anti-threonyl-tRNA synthetase (PL-7) antibody was positive.', [], 'PL-7+'],
    ['Anti-alanyl-tRNA synthetase (PL-12) antibodies were positive.', [], 'PL-12+'],
    ['Anticentromere antibodies were negative.', [], 'centromere-'],
  ]);
});

describe('probe 2: antibody results over time', () => {
  run([
    ['Anti-HMGCR, tested in 2019, was positive.', [], 'HMGCR+'],
    ['Anti-Jo-1 was negative in 2018 but positive in 2020.', [], 'Jo-1+'],
    ['Initially negative, anti-MDA5 was positive on repeat testing.', [], 'MDA5+'],
    ['Six months later, anti-TIF1γ antibodies became negative.', [], 'TIF1-gamma-'],
    ['At diagnosis, anti-SRP antibodies were detected.', [], 'SRP+'],
    ['After treatment the anti-HMGCR titre had fallen to 40 U but remained positive.', [], 'HMGCR+'],
    ['Anti-PL-12 was first detected three years before the myositis.', [], 'PL-12+'],
    ['On admission, serology showed anti-Jo-1 positivity.', [], 'Jo-1+'],
  ]);
});

describe('probe 2: values beside a normal or negated interpretation', () => {
  run([
    ['CK was not elevated (95 U/L).', ['CK 95 U/L'], ''],
    ['There was no elevation of CK (120 U/L).', ['CK 120 U/L'], ''],
    ['CK remained within normal limits at 150 U/L.', ['CK 150 U/L'], ''],
    ['Normal CK (85 U/L) and aldolase (5.2 U/L).', ['CK 85 U/L', 'aldolase 5.2 U/L'], ''],
    ['Her CK was normal at 110 IU/L.', ['CK 110 IU/L'], ''],
    ['CK was only mildly raised at 310 U/L.', ['CK 310 U/L'], ''],
    [
      'Muscle enzymes were normal (CK 140 U/L, aldolase 6 U/L).',
      ['muscle_enzymes normal', 'CK 140 U/L', 'aldolase 6 U/L'],
      '',
    ],
    ['CK of 240 U/L, slightly above the upper limit of 200 U/L.', ['CK 240 U/L ULN 200'], ''],
    ['A normal creatine kinase of 75 U/L was found.', ['CK 75 U/L'], ''],
    ['CK was within the reference range (180 U/L; reference 30–200).', ['CK 180 U/L ULN 200'], ''],
  ]);
});

describe('probe 2: negative antibody results in other words', () => {
  run([
    ['Anti-Jo-1 was not found.', [], 'Jo-1-'],
    ['Anti-SRP: not detected.', [], 'SRP-'],
    ['Anti-HMGCR <20 U (negative).', [], 'HMGCR-'],
    ['Anti-MDA5 negativity was confirmed.', [], 'MDA5-'],
    ['There was no evidence of anti-Jo-1 antibodies.', [], 'Jo-1-'],
    ['ANA testing was unremarkable.', [], 'ANA-'],
    ['Anti-Jo-1 antibodies: none detected.', [], 'Jo-1-'],
    ['Absence of anti-Mi-2 antibodies was noted.', [], 'Mi-2-'],
    ['Serum was non-reactive for anti-TIF1γ.', [], 'TIF1-gamma-'],
    ['Anti-PL-7 was below the detection limit.', [], 'PL-7-'],
    ['Anti-HMGCR antibodies were within the normal range.', [], 'HMGCR-'],
    ['ANA: negative at 1:80 screening dilution.', [], 'ANA-'],
  ]);
});

describe('probe 2: legends, captions, footnotes and general lab sentences', () => {
  run([
    ['Figure 2. Serum CK over time (peak 12,000 U/L on day 4).', ['CK 12000 U/L'], ''],
    [
      'Table 1. Laboratory findings on admission\nCK\t4,500 U/L\nAldolase\t18 U/L',
      ['CK 4500 U/L', 'aldolase 18 U/L'],
      '',
    ],
    ['Fig. 1 Course of CK (U/L) and prednisolone dose.', [], ''],
    ['Normal ranges: CK 24–195 U/L; aldolase < 7.6 U/L.', [], ''],
    ['Abbreviations: CK, creatine kinase; LDH, lactate dehydrogenase.', [], ''],
    ['Reference values are given in brackets.', [], ''],
    ['*Above the upper limit of normal.', [], ''],
    ['CK is a sensitive marker of muscle damage.', [], ''],
    ['An elevated CK of more than 1,000 U/L suggests a necrotizing myopathy.', [], ''],
    ['Serum CK should be interpreted with caution after exercise.', [], ''],
    ['CK values above 10,000 U/L indicate rhabdomyolysis.', [], ''],
  ]);
});

// A third set of families (measured on main 9d5210c before their own rules).

describe('probe 2: lab values inside clinical sentences', () => {
  run([
    ['She developed rhabdomyolysis with a CK of 35,000 U/L.', ['CK 35000 U/L'], ''],
    ['Myalgia with elevated CK (1,200 U/L) led to referral.', ['CK 1200 U/L'], ''],
    ['Weakness worsened and CK rose to 6,000 U/L.', ['CK 6000 U/L'], ''],
    ['Despite a normal CK (150 U/L), the biopsy showed perifascicular atrophy.', ['CK 150 U/L'], ''],
    ['The statin was stopped after CK reached 3,000 U/L.', ['CK 3000 U/L'], ''],
    ['Because CK was 9,000 U/L, she was admitted.', ['CK 9000 U/L'], ''],
    ['Dysphagia appeared when CK was 4,400 U/L.', ['CK 4400 U/L'], ''],
    ['Methylprednisolone was given for a CK of 18,000 U/L.', ['CK 18000 U/L'], ''],
  ]);
});

describe('probe 2: liver, cardiac and other muscle markers', () => {
  run([
    ['Transaminases were elevated (AST 150 U/L, ALT 120 U/L).', ['AST 150 U/L', 'ALT 120 U/L'], ''],
    ['Liver enzymes: AST 88, ALT 64 U/L.', ['AST 88', 'ALT 64 U/L'], ''],
    ['GOT/GPT 120/98 U/L.', ['AST 120 U/L', 'ALT 98 U/L'], ''],
    ['Troponin T was elevated at 0.12 ng/mL (normal < 0.01).', ['troponin_T 0.12 ng/mL ULN 0.01'], ''],
    ['hs-Troponin I 350 ng/L.', ['troponin_I 350 ng/L'], ''],
    ['CK-MB 45 U/L.', ['CK-MB 45 U/L'], ''],
    ['Serum myoglobin 5,600 µg/L.', ['myoglobin 5600 µg/L'], ''],
    ['CK 3,400 U/L with a CK-MB of 60 U/L.', ['CK 3400 U/L', 'CK-MB 60 U/L'], ''],
  ]);
});

describe('probe 2: antibodies joined by "as well as", "along with" and one shared prefix', () => {
  run([
    ['Anti-Jo-1 as well as anti-Ro52 were positive.', [], 'Jo-1+ Ro52+'],
    ['Anti-PL-7 along with anti-Ro52 antibodies was detected.', [], 'PL-7+ Ro52+'],
    ['Anti-SRP and HMGCR antibodies were negative.', [], 'SRP- HMGCR-'],
    ['Positive anti-Jo-1 and anti-Ro52 antibodies were found.', [], 'Jo-1+ Ro52+'],
    ['Anti-Jo-1 positivity with concomitant anti-Ro52 was noted.', [], 'Jo-1+ Ro52+'],
    ['Anti-MDA5 and anti-Ro52 antibodies were both present.', [], 'MDA5+ Ro52+'],
    ['In addition to anti-PL-12, anti-Ro52 was positive.', [], 'PL-12+ Ro52+'],
  ]);
});

describe('probe 2: antibodies with the method named', () => {
  run([
    ['ELISA for anti-HMGCR was positive.', [], 'HMGCR+'],
    ['Immunoprecipitation confirmed anti-SAE antibodies.', [], 'SAE+'],
    ['Line immunoassay (Euroline) was positive for anti-Mi-2β.', [], 'Mi-2+'],
    ['Radioimmunoassay for AChR antibodies was negative.', [], 'AChR-'],
    ['By ELISA, anti-MDA5 was 85 index (cut-off 32).', [], 'MDA5+'],
    ['A commercial line blot detected anti-PM/Scl-75.', [], 'PM-Scl+'],
    ['Anti-HMGCR antibodies were measured by chemiluminescence: 210 CU (positive > 20).', [], 'HMGCR+'],
  ]);
});

describe('probe 2: antibody negatives, third set (nothing for the patient)', () => {
  run([
    ['Anti-HMGCR testing is recommended in statin-exposed patients.', [], ''],
    ['Approximately 30% of patients with anti-Jo-1 develop arthritis.', [], ''],
    ['Antibody testing was declined by the patient.', [], ''],
    ['Anti-MDA5 was not checked.', [], ''],
    ['Results of anti-TIF1γ testing were not available.', [], ''],
    ['We could not test for anti-NXP2.', [], ''],
    ["Her mother's ANA was positive.", [], ''],
    ["The reference laboratory's cut-off for anti-HMGCR is 20 U.", [], ''],
  ]);
});

describe('probe 2: lab negatives, third set (nothing for the patient)', () => {
  run([
    ['CK was not checked at that time.', [], ''],
    ['No CK was available from the earlier admission.', [], ''],
    ["Her sister's CK was 2,000 U/L.", [], ''],
    ['A CK of 10,000 U/L is typical in immune-mediated necrotizing myopathy.', [], ''],
    ['The dose of IVIG was 2 g/kg.', [], ''],
    ['Mean CK in anti-SRP myopathy exceeds 5,000 U/L.', [], ''],
  ]);
});

// A fourth set of families (measured on main 9d5210c before their own rules).

describe('probe 2: copied lab text without spaces, approximations and spans', () => {
  run([
    ['CK2350 U/L.', ['CK 2350 U/L'], ''],
    ['CK:2350U/L', ['CK 2350 U/L'], ''],
    ['CK approx. 3,000 U/L.', ['CK 3000 U/L'], ''],
    ['CK ~3000 U/L.', ['CK 3000 U/L'], ''],
    ['CK ca. 3,000 U/L.', ['CK 3000 U/L'], ''],
    ['CK 2,000 to 3,000 U/L.', ['?CK'], ''],
    ['CK was in the range of 2,000–3,000 U/L.', ['?CK'], ''],
    ['CK, 2350 IU/l; LDH, 610 IU/l; AST, 98 IU/l.', ['CK 2350 IU/L', 'LDH 610 IU/L', 'AST 98 IU/L'], ''],
  ]);
});

describe('probe 2: antibody tables and reactivity', () => {
  run([
    ['Antibody\tResult\nAnti-Jo-1\tNeg\nAnti-PL-7\tPos', [], 'Jo-1- PL-7+'],
    ['Anti-Mi-2 | negative\nAnti-TIF1γ | positive', [], 'Mi-2- TIF1-gamma+'],
    ['Reactivity to Ro52 was detected.', [], 'Ro52+'],
    ['Strong reactivity against PL-12 was seen on the blot.', [], 'PL-12+'],
    ['Anti-HMGCR IgG was positive.', [], 'HMGCR+'],
    ['No reactivity was seen against Jo-1, PL-7 or PL-12.', [], 'Jo-1- PL-7- PL-12-'],
    ['Anti-SRP54 antibodies were positive.', [], 'SRP+'],
    ['Anti-Jo-1 (histidyl-tRNA synthetase) antibody: positive.', [], 'Jo-1+'],
  ]);
});

describe('probe 2: ANA wording, third set', () => {
  run([
    ['ANA were positive at a titer of 1:320.', [], 'ANA+'],
    ['ANA: 1:320 (speckled).', [], 'ANA+'],
    ['Antinuclear antibody screening was positive.', [], 'ANA+'],
    ['The ANA screen was negative.', [], 'ANA-'],
    ['ANA positive, ENA negative.', [], 'ANA+ ENA-'],
    ['She had a positive ANA with anti-Ro52.', [], 'ANA+ Ro52+'],
    ['ANA by HEp-2 IIF: negative.', [], 'ANA-'],
    ['ANA titer was elevated at 1:640.', [], 'ANA+'],
  ]);
});
