/**
 * Probe table for labs and antibodies, third wave (issue 12, session 15): families neither
 * `labs.probe.test.ts` nor `labs2.probe.test.ts` covers — a value written before its analyte or inside a
 * noun of elevation, other numbers in the same sentence (ages, doses, days, scores), comparator words of a
 * second kind, one value in two units, lists of values after lists of analytes (second set), readings stamped
 * with calendar dates, antibody results as compound adjectives and serostatus, antibody results with
 * "neither … nor", "came back" and "tested", and negative rows of both kinds (relatives, pending and planned
 * tests, cohorts, targets and thresholds). Every sentence is our own; each expectation is written from the
 * reading conventions and the gold format, not from the extractor. Notation: test/lab-probe-rows.ts.
 * @module
 */
import { describe } from 'vitest';
import { run } from '../../../test/lab-probe-rows.js';

describe('probe 3: a value before its analyte, nouns of elevation', () => {
  run([
    ['She had a 4,500 U/L creatine kinase on admission.', ['CK 4500 U/L'], ''],
    ['Laboratory tests showed 4,500 U/L of CK.', ['CK 4500 U/L'], ''],
    ['An elevated creatine kinase, at 4,500 U/L, was noted.', ['CK 4500 U/L'], ''],
    ['CK elevation (4,500 U/L) was the first abnormality.', ['CK 4500 U/L'], ''],
    [
      'Elevated levels of CK (4,500 U/L) and aldolase (14 U/L) were found.',
      ['CK 4500 U/L', 'aldolase 14 U/L'],
      '',
    ],
    ['HyperCKemia of 2,300 U/L was found incidentally.', ['CK 2300 U/L'], ''],
    ['Marked hyperCKaemia (12,000 IU/L) was present.', ['CK 12000 IU/L'], ''],
    ['A rise in CK to 3,800 U/L accompanied the weakness.', ['CK 3800 U/L'], ''],
    ['A 560 U/L lactate dehydrogenase was also found.', ['LDH 560 U/L'], ''],
    ['He was given 40 mmol of potassium.', [], ''],
  ]);
});

describe('probe 3: other numbers in the same sentence', () => {
  run([
    ['A 45-year-old woman taking atorvastatin 40 mg daily had a CK of 6,000 U/L.', ['CK 6000 U/L'], ''],
    ['After 3 courses of IVIG (2 g/kg), CK was 900 U/L.', ['CK 900 U/L'], ''],
    ['Prednisolone 1 mg/kg/day was started and CK fell to 400 U/L.', ['CK 400 U/L'], ''],
    ['On hospital day 5, after 1 g of methylprednisolone for 3 days, CK was 1,200 U/L.', ['CK 1200 U/L'], ''],
    ['CK was 2,400 U/L at 10 weeks of pregnancy.', ['CK 2400 U/L'], ''],
    ['CK 5,200 U/L 2 days after admission.', ['CK 5200 U/L'], ''],
    ['Her MMT-8 score was 120/150 and CK was 2,200 U/L.', ['CK 2200 U/L'], ''],
    ['Three of her 4 siblings were healthy; her own CK was 1,700 U/L.', ['CK 1700 U/L'], ''],
  ]);
});

describe('probe 3: comparator words, second set', () => {
  run([
    ['CK exceeded 10,000 U/L.', ['CK >10000 U/L'], ''],
    ['CK was in excess of 20,000 U/L.', ['CK >20000 U/L'], ''],
    ['CK was higher than 3,000 U/L.', ['CK >3000 U/L'], ''],
    ['Her CK was well over 50,000 U/L.', ['CK >50000 U/L'], ''],
    ['CRP was under 5 mg/L.', ['CRP <5 mg/L'], ''],
    ['ESR was lower than 10 mm/h.', ['ESR <10 mm/h'], ''],
    ['CRP remained < 0.5 mg/dL throughout.', ['CRP <0.5 mg/dL'], ''],
    ['CK at 20 × N.', ['CK elevated'], ''],
    ['CK 35 x N on admission.', ['CK elevated'], ''],
    ['CK was 35 times normal.', ['CK elevated'], ''],
  ]);
});

describe('probe 3: one value in two units', () => {
  run([
    ['CK 4,500 U/L (75 µkat/L).', ['CK 4500 U/L'], ''],
    ['CK 75 µkat/L (4,500 U/L).', ['CK 75 µkat/L'], ''],
    ['Creatinine 1.1 mg/dL (97 µmol/L).', ['creatinine 1.1 mg/dL'], ''],
    ['CRP 3.5 mg/dL (35 mg/L).', ['CRP 3.5 mg/dL'], ''],
    ['LDH 12.0 µkat/L (720 U/L) and CK 40 µkat/L (2,400 U/L).', ['LDH 12 µkat/L', 'CK 40 µkat/L'], ''],
  ]);
});

describe('probe 3: lists of values after lists of analytes, second set', () => {
  run([
    [
      'CK, LDH and AST were 3,000, 800 and 120 U/L, respectively.',
      ['CK 3000 U/L', 'LDH 800 U/L', 'AST 120 U/L'],
      '',
    ],
    ['CK and aldolase levels were 5,400 U/L and 19.5 U/L.', ['CK 5400 U/L', 'aldolase 19.5 U/L'], ''],
    ['The CK and CRP were 2,100 U/L and 12 mg/L respectively.', ['CK 2100 U/L', 'CRP 12 mg/L'], ''],
    ['Respective values for CK and LDH were 3,300 and 650 U/L.', ['CK 3300 U/L', 'LDH 650 U/L'], ''],
    [
      'CK and myoglobin were raised (6,100 U/L and 1,900 ng/mL).',
      ['CK 6100 U/L', 'myoglobin 1900 ng/mL'],
      '',
    ],
  ]);
});

describe('probe 3: readings stamped with calendar dates', () => {
  run([
    ['On 2019-03-04, CK was 3,000 U/L.', ['CK 3000 U/L'], ''],
    ['04.03.2019: CK 3,000 U/L, CRP 8 mg/L.', ['CK 3000 U/L', 'CRP 8 mg/L'], ''],
    ['CK (March 2019): 3,000 U/L.', ['CK 3000 U/L'], ''],
    ['CK 3,000 U/L (03/2019) and 450 U/L (06/2019).', ['CK 3000 U/L', 'CK 450 U/L'], ''],
    ['In 2018 her CK was 250 U/L; in 2020 it was 4,800 U/L.', ['CK 250 U/L', 'CK 4800 U/L'], ''],
    ['CK was 1,100 U/L in January 2021.', ['CK 1100 U/L'], ''],
  ]);
});

describe('probe 3: lab negatives, fourth set (nothing for the patient)', () => {
  run([
    ["Her brother's CK was 600 U/L.", [], ''],
    ['CK should be repeated after 48 hours of rest.', [], ''],
    ['CK levels above 5,000 U/L were seen in 40% of the cohort.', [], ''],
    ['The CK threshold for rhabdomyolysis is usually five times the upper limit.', [], ''],
    ['A CK of 1,200 U/L had been reported in her mother.', [], ''],
    ['Serum CK was measured weekly.', [], ''],
    ['We aimed to keep the CRP below 10 mg/L.', [], ''],
    ['CK was not measured before the statin was started.', [], ''],
  ]);
});

describe('probe 3: antibody results as compound adjectives and serostatus', () => {
  run([
    ['She was seropositive for anti-PL-7.', [], 'PL-7+'],
    ["A Jo-1-positive patient presented with mechanic's hands.", [], 'Jo-1+'],
    ['He had MDA5+ dermatomyositis.', [], 'MDA5+'],
    ['The patient was anti-TIF1γ antibody-positive.', [], 'TIF1-gamma+'],
    ['Her serology was notable for anti-NXP2 positivity.', [], 'NXP2+'],
    ['She was seronegative for anti-HMGCR.', [], 'HMGCR-'],
    ['The profile was PL-12 antibody-negative and Ro52-positive.', [], 'PL-12- Ro52+'],
    ['Anti-Jo-1 Ab (+), anti-Ro52 Ab (-).', [], 'Jo-1+ Ro52-'],
  ]);
});

describe('probe 3: antibodies with "neither … nor", "came back" and "tested"', () => {
  run([
    ['Neither anti-Jo-1 nor anti-SRP was detected.', [], 'Jo-1- SRP-'],
    ['Anti-Jo-1 was not detected, nor was anti-PL-7.', [], 'Jo-1- PL-7-'],
    ['Anti-MDA5 came back positive.', [], 'MDA5+'],
    ['Anti-HMGCR returned negative.', [], 'HMGCR-'],
    ['Testing for anti-Mi-2 was positive.', [], 'Mi-2+'],
    ['Anti-TIF1γ was tested and found to be positive.', [], 'TIF1-gamma+'],
    ['She tested positive for anti-SAE1.', [], 'SAE+'],
    ['Serum anti-Ku antibody was found to be positive.', [], 'Ku+'],
  ]);
});

describe('probe 3: antibody negatives, fourth set (nothing for the patient)', () => {
  run([
    ['Her sister has anti-Jo-1 antisynthetase syndrome.', [], ''],
    ['Anti-MDA5 antibodies were sent and are pending.', [], ''],
    ['Anti-SRP antibody testing is not available in our hospital.', [], ''],
    ['Antisynthetase antibodies are found in 20–30% of adults with myositis.', [], ''],
    ['Anti-TIF1γ may be negative in up to a quarter of cancer-associated cases.', [], ''],
    ['Screening for anti-HMGCR is suggested in statin users.', [], ''],
    ['If anti-MDA5 is positive, rapidly progressive ILD should be suspected.', [], ''],
    ['Anti-Jo-1 was requested.', [], ''],
  ]);
});

// Set 2 (written after set 1's rules, before running them)

describe('probe 3: antibody levels with a cut-off but no word of result', () => {
  run([
    ['Anti-Jo-1 antibody: 85 U/mL (reference < 7).', [], 'Jo-1+'],
    ['Anti-MDA5 index 150 (cut-off < 32).', [], 'MDA5+'],
    ['Anti-HMGCR 4 U/mL (normal < 20).', [], 'HMGCR-'],
    ['Anti-TIF1γ: 3 (negative < 11).', [], 'TIF1-gamma-'],
    ['Anti-SRP antibody titre 1:1,000.', [], 'SRP+'],
    ['ANA titre 1:1,280.', [], 'ANA+'],
  ]);
});

describe('probe 3: ANA titres and patterns, fourth set', () => {
  run([
    ['IIF on HEp-2 cells: AC-19, 1:640.', [], 'ANA+'],
    ['ANA 1:1280, homogeneous and speckled.', [], 'ANA+'],
    ['ANA (+) 1:160.', [], 'ANA+'],
    ['Positive ANA (1:2560, speckled).', [], 'ANA+'],
    ['ANA were detected in low titre (1:80).', [], 'ANA+'],
  ]);
});

describe('probe 3: compact blot notation', () => {
  run([
    ['MSA: Jo-1 (−), PL-7 (+++), PL-12 (−).', [], 'Jo-1- PL-7+ PL-12-'],
    ['Myositis blot: PL-12 positive; Ro52 positive; others negative.', [], 'PL-12+ Ro52+ panel-'],
    ['Jo-1 neg, PL-7 pos, Ro-52 pos.', [], 'Jo-1- PL-7+ Ro52+'],
    ['EJ: borderline; OJ: negative.', [], 'EJ~ OJ-'],
    ['SRP (+), HMGCR (−), Ro52 (++).', [], 'SRP+ HMGCR- Ro52+'],
    ['Anti-NXP2 (++); anti-MDA5 (−); anti-TIF1γ (−).', [], 'NXP2+ MDA5- TIF1-gamma-'],
  ]);
});

describe('probe 3: antibodies in contrasting clauses', () => {
  run([
    ['While anti-Jo-1 was negative, anti-PL-12 was strongly positive.', [], 'Jo-1- PL-12+'],
    ['Although ANA was negative, anti-SRP antibodies were found.', [], 'ANA- SRP+'],
    ['Anti-Ro52 was positive, whereas anti-La was not.', [], 'Ro52+ La-'],
    ['Unlike anti-MDA5, which was negative, anti-Ro52 was positive.', [], 'MDA5- Ro52+'],
    ['Anti-HMGCR, but not anti-SRP, was detected.', [], 'HMGCR+ SRP-'],
    // open: "unlike anti-MDA5" compares without stating its result; no result is read for it
    ['Unlike anti-MDA5, anti-Ro52 was positive.', [], 'Ro52+'],
    ['Anti-Mi-2, which was positive, was measured by line blot.', [], 'Mi-2+'],
    ['Anti-PL-7 was positive; however, anti-Jo-1 was not.', [], 'PL-7+ Jo-1-'],
    ['Anti-Jo-1 was positive, but anti-PL-7 was not tested.', [], 'Jo-1+'],
  ]);
});

describe('probe 3: repeated antibody tests and ordinal words', () => {
  run([
    ['A second test for anti-MDA5 was also positive.', [], 'MDA5+'],
    ['Anti-Jo-1 was positive twice, six months apart.', [], 'Jo-1+'],
    ['Repeat anti-HMGCR testing was negative.', [], 'HMGCR-'],
    ['Anti-Jo-1 was negative, but a second antibody, anti-PL-7, was positive.', [], 'Jo-1- PL-7+'],
    ['The first anti-TIF1γ test was negative, but a second assay was positive.', [], 'TIF1-gamma+'],
  ]);
});

describe('probe 3: lab readings with ordinal words', () => {
  run([
    ['The second CK measurement was 3,200 U/L.', ['CK 3200 U/L'], ''],
    ['A third CK, taken on day 10, was 800 U/L.', ['CK 800 U/L'], ''],
    ['The CK drawn on the second day was 9,400 U/L.', ['CK 9400 U/L'], ''],
    ['Her first CK of 12,000 U/L fell to 900 U/L.', ['CK 12000 U/L', 'CK 900 U/L'], ''],
    ['CK on the 3rd day was 6,100 U/L.', ['CK 6100 U/L'], ''],
  ]);
});

describe('probe 3: antibody negatives, fifth set (nothing for the patient)', () => {
  run([
    ['Anti-MDA5-positive patients often have skin ulcers.', [], ''],
    ['Her mother had anti-Ro52 antibodies.', [], ''],
    ['Anti-TIF1γ was not tested because of cost.', [], ''],
    ['The role of anti-Ro52 in myositis remains unclear.', [], ''],
    ['An anti-SRP assay was ordered.', [], ''],
  ]);
});

// Set 3 (written after set 2's rules; first contact measured on the branch before the rules of this set)

describe('probe 3: counts of cases in a review, older panel members', () => {
  run([
    ['In one case, anti-TIF1γ antibodies were found to be present.', [], ''],
    ['In two patients, anti-Jo-1 was positive.', [], ''],
    ['In 12 of the cases, anti-MDA5 was detected.', [], ''],
    ['In our case, anti-Jo-1 was positive.', [], 'Jo-1+'],
    ['Anti-Jo-1, anti-Mi-1 and anti-Mi-2 antibodies were negative.', [], 'Jo-1- Mi-1- Mi-2-'],
    ['He had an MI 1 year ago and was negative for anti-Jo-1.', [], 'Jo-1-'],
  ]);
});

// Set 4 (written after set 3's rules, before running them)

describe('probe 3: antibody results in headed and terse layouts', () => {
  run([
    ['Serology — anti-PL-7: positive (high titre).', [], 'PL-7+'],
    ['ANA, 1:320; anti-Jo-1, positive; anti-Ro52, negative.', [], 'ANA+ Jo-1+ Ro52-'],
    ['Positive: anti-TIF1γ, anti-Ro52. Negative: anti-Mi-2, anti-MDA5.', [], 'TIF1-gamma+ Ro52+ Mi-2- MDA5-'],
    ['The anti-SRP result was positive at 98 U/mL.', [], 'SRP+'],
    ['Anti-HMGCR antibody positivity (>200 U/mL) confirmed the diagnosis.', [], 'HMGCR+'],
    ['Both anti-MDA5 and anti-Ro52 came back strongly positive.', [], 'MDA5+ Ro52+'],
    ['Anti-PL-12 was positive on two separate occasions.', [], 'PL-12+'],
    ['Antibodies against NXP2 were identified by immunoprecipitation.', [], 'NXP2+'],
    ['Anti-Jo-1 was negative (twice).', [], 'Jo-1-'],
    ['She was found to have anti-HMGCR antibodies.', [], 'HMGCR+'],
    ['Anti-Mi-2 could not be detected.', [], 'Mi-2-'],
    ['Anti-Jo-1 positivity was confirmed.', [], 'Jo-1+'],
    ['Anti-Jo-1 positivity is a criterion of antisynthetase syndrome.', [], ''],
    ['The anti-MDA5 assay was repeated.', [], ''],
  ]);
});
