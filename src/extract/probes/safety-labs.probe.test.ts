/**
 * Safety probe table for antibodies and labs (issue 12, session 17; helper sfa): the errors that give the opposite
 * result rather than none — a negative antibody read as positive, a normal lab read as elevated, a relative's or a
 * cohort's result given to the patient, an earlier result kept over the current one. The rows probe denials through
 * auxiliaries and modals ("could not be demonstrated", "was never found", "failed to show", "did not reveal", "were
 * not elevated"), double negatives and their look-alikes ("not negative", "no longer negative", "not only … but",
 * "no doubt"), contrast ("X but not Y", "apart from", "other than", "whereas", "unlike", "in contrast to"), "absence
 * of", "ruled out", "instead of", hedges, questions and plans ("? Jo-1", "pending", "if positive"), results of a
 * relative or of a series beside the patient's, earlier against current results, reference ranges and cut-offs that
 * look like results, "negative" as the adjective of another noun ("a negative biopsy"), and "positive" in "false
 * positive", "positive predictive value" and "anti-MDA5-positive patients" (a cohort).
 * Every sentence is synthetic and our own; each expectation is written from the reading conventions
 * (extraction-conventions.md) and the gold format (corpus/README.md), not from what the extractor does: the latest
 * result of a target is the one kept, a group result stays a panel, and "not elevated" is a normal interpretation.
 * Notation: test/lab-probe-rows.ts.
 * @module
 */
import { describe } from 'vitest';
import { run } from '../../../test/lab-probe-rows.js';

describe('safety: antibody denials through auxiliaries and modals', () => {
  run([
    ['Antibodies to PL-7 could not be demonstrated in her serum.', [], 'PL-7-'],
    ['Anti-SRP antibodies were never found, despite three separate assays.', [], 'SRP-'],
    ['The line immunoblot failed to show anti-Mi-2 or anti-TIF1γ reactivity.', [], 'Mi-2- TIF1-gamma-'],
    ['Serological work-up did not reveal anti-HMGCR antibodies.', [], 'HMGCR-'],
    ['No antibodies against NXP2 were identified.', [], 'NXP2-'],
    ['Repeated testing did not detect anti-MDA5.', [], 'MDA5-'],
    ['We were unable to demonstrate anti-Jo-1 by ELISA.', [], 'Jo-1-'],
    ['Immunoprecipitation did not disclose any anti-SAE antibody.', [], 'SAE-'],
    ['Anti-Ku reactivity was not seen on the strip.', [], 'Ku-', 'missed: fn Ku'],
    ['An anti-PM/Scl antibody was not identified.', [], 'PM-Scl-'],
    ['Anti-EJ has not been detected on any occasion.', [], 'EJ-'],
    ['There was no evidence of anti-Ro52 antibodies.', [], 'Ro52-'],
    ['Her serum lacked anti-cN1A antibodies.', [], 'cN1A-'],
    ['Anti-HMGCR antibodies were absent.', [], 'HMGCR-'],
    ['Anti-Jo-1 proved negative on two occasions.', [], 'Jo-1-'],
    ['Acetylcholine receptor antibodies were not present.', [], 'AChR-'],
    ['No anti-SRP antibody could be shown by immunoblot.', [], 'SRP-'],
    ['Indirect immunofluorescence did not show antinuclear antibodies.', [], 'ANA-'],
    ['Anti-OJ was not demonstrable.', [], 'OJ-'],
    ['The ELISA for anti-TIF1γ did not turn out positive.', [], 'TIF1-gamma-'],
    ['At no point was anti-PL-12 detected.', [], 'PL-12-'],
    ['Anti-NXP2 was looked for but not found.', [], 'NXP2-', 'missed: fn NXP2'],
    ['Neither anti-Mi-2 nor anti-SAE could be detected.', [], 'Mi-2- SAE-'],
    ['She did not have anti-Jo-1 antibodies.', [], 'Jo-1-'],
    ['The patient had no detectable anti-HMGCR.', [], 'HMGCR-'],
    // session 19: a denial with no result word, a denied verb of having, "never" before the participle
    ['She had no anti-Jo-1 antibodies.', [], 'Jo-1-'],
    ['There were no anti-SRP antibodies.', [], 'SRP-'],
    ['A woman without anti-MDA5 antibodies was admitted.', [], 'MDA5-'],
    ['No anti-Jo-1 testing was done.', [], ''],
    ['No anti-Jo-1 result was available at discharge.', [], ''],
    ['Anti-SRP antibodies were never detected.', [], 'SRP-'],
    ['He never had anti-SRP antibodies.', [], 'SRP-'],
    ['The positive anti-Jo-1 result was confirmed by immunoblot.', [], 'Jo-1+'],
    ['She had anti-Jo-1 antibodies but not anti-Ro52 antibodies.', [], 'Jo-1+ Ro52-'],
    // session 19: a disease named by its antibody and diagnosed, beside the suspected ones above
    ['A diagnosis of anti-HMGCR myopathy was made.', [], 'HMGCR+'],
    ['In the published series, anti-SAE was positive in 8% of adults.', [], ''],
    // session 19: a later result after "initially", an adverb of degree in a "which" clause
    ['Anti-Jo-1 was negative initially but became positive a year later.', [], 'Jo-1+'],
    ['Anti-MDA5, which was strongly positive, was repeated twice.', [], 'MDA5+'],
  ]);
});

describe('safety: double negatives and their look-alikes (antibodies)', () => {
  run([
    ['ANA was not negative: it was reported at 1:160.', [], 'ANA+'],
    ['The anti-SRP test was not negative.', [], 'SRP+'],
    ['At the second test anti-Ro52 was no longer negative.', [], 'Ro52+'],
    ['Anti-MDA5 was no longer detectable after six months of therapy.', [], 'MDA5-'],
    ['By the last visit anti-HMGCR was no longer positive.', [], 'HMGCR-'],
    ['Anti-MDA5 was not only positive but present at a very high titre.', [], 'MDA5+'],
    ['No one doubted that anti-TIF1γ was positive.', [], 'TIF1-gamma+'],
    ['There was no doubt that the anti-Jo-1 band was positive.', [], 'Jo-1+'],
    ['Her course was not without complications; anti-PL-7 was positive.', [], 'PL-7+'],
    ['No sooner had anti-SRP been found than IVIG was started.', [], 'SRP+', 'missed: fn SRP'],
    [
      'Nobody had tested for anti-HMGCR before; when tested, it was positive.',
      [],
      'HMGCR+',
      'missed: fn HMGCR',
    ],
    ['Without delay, anti-Mi-2 was confirmed positive by a second assay.', [], 'Mi-2+'],
    ['Anti-Jo-1 was not in doubt: strongly positive on both blot and ELISA.', [], 'Jo-1+', 'missed: fn Jo-1'],
    ['Even though she had no rash, anti-TIF1γ was positive.', [], 'TIF1-gamma+'],
    ['With no muscle weakness at all, she was nevertheless anti-MDA5 positive.', [], 'MDA5+'],
    ['No lung disease was found, although anti-PL-12 was positive.', [], 'PL-12+'],
  ]);
});

describe('safety: antibodies in contrasting clauses', () => {
  run([
    ['Anti-PL-7 was positive but not anti-PL-12.', [], 'PL-7+ PL-12-'],
    ['She was positive for anti-Ro52 but not for anti-Ro60.', [], 'Ro52+ Ro60-'],
    ['All myositis antibodies were negative apart from anti-Ro52.', [], 'Ro52+ panel-'],
    [
      'Except for anti-Ro52, which was strongly positive, the extended panel was negative.',
      [],
      'Ro52+ panel-',
      'opposite reading, missed: wrong Ro52 → negative | fn panel: panel',
    ],
    ['ANA was positive at 1:320, whereas anti-dsDNA was negative.', [], 'ANA+ dsDNA-'],
    ['Anti-Jo-1 was negative while anti-PL-7 was strongly positive.', [], 'Jo-1- PL-7+'],
    ['Anti-SRP was positive, in contrast to her earlier negative result.', [], 'SRP+'],
    ['Unlike her sister, who is anti-Jo-1 positive, she tested negative for anti-Jo-1.', [], 'Jo-1-'],
    ['Anti-HMGCR was requested instead of anti-SRP.', [], ''],
    ['Anti-TIF1γ was positive; the other myositis-specific antibodies were not.', [], 'TIF1-gamma+ panel-'],
    ['ANA negative, but anti-Ro52 positive.', [], 'ANA- Ro52+'],
    ['Anti-MDA5 positive, yet anti-Ro52 negative.', [], 'MDA5+ Ro52-'],
    ['Anti-Mi-2 rather than anti-TIF1γ was the antibody found.', [], 'Mi-2+', 'missed: fn Mi-2'],
    [
      'Only anti-NXP2 was positive; anti-TIF1γ, anti-MDA5 and anti-SAE were negative.',
      [],
      'NXP2+ TIF1-gamma- MDA5- SAE-',
    ],
    ['Anti-Ku was positive, contrary to the negative ANA screen.', [], 'Ku+ ANA-'],
    ['In addition to a negative ANA, anti-HMGCR was negative.', [], 'ANA- HMGCR-'],
  ]);
});

describe('safety: "absence of", "ruled out", "negative" of another noun', () => {
  run([
    ['The absence of anti-Jo-1 made antisynthetase syndrome unlikely.', [], 'Jo-1-'],
    [
      'In the absence of a myositis-specific antibody, biopsy is needed for the diagnosis.',
      [],
      '',
      'read for the patient: fp panel: myositis antibody panel',
    ],
    ['Anti-AChR antibodies were ordered to rule out myasthenia.', [], ''],
    ['Myasthenia gravis was ruled out by negative AChR antibodies.', [], 'AChR-'],
    ['Lupus was ruled out (anti-dsDNA negative, complement normal).', [], 'dsDNA-'],
    ['A negative muscle biopsy does not exclude myositis.', [], ''],
    ['Despite a negative skin biopsy, anti-MDA5 was strongly positive.', [], 'MDA5+'],
    ['The negative anti-Jo-1 result was confirmed by a second laboratory.', [], 'Jo-1-'],
    ['Her negative ANA did not exclude an antisynthetase syndrome.', [], 'ANA-'],
    ['A negative CT scan and a positive anti-TIF1γ led to a PET scan.', [], 'TIF1-gamma+'],
    ['The chest CT was negative, and anti-PL-7 was positive.', [], 'PL-7+'],
    ['Blood cultures were negative; anti-SRP was positive.', [], 'SRP+'],
    ['Gram stain was negative and the CK was 12,400 U/L.', ['CK 12400 U/L'], ''],
    ['Malignancy was ruled out; anti-HMGCR was positive.', [], 'HMGCR+'],
    // (read since session 39: tTG is in the antibody names table)
    ['The negative stool test and negative anti-tTG excluded coeliac disease.', [], 'tTG-'],
    ['Cancer screening was negative although anti-TIF1γ was positive.', [], 'TIF1-gamma+'],
    ['A negative Mantoux test preceded rituximab.', [], ''],
    ['Hepatitis B surface antigen was negative before rituximab.', [], ''],
  ]);
});

describe('safety: false positive, predictive value and cohorts of seropositive patients', () => {
  run([
    ['The positive predictive value of anti-TIF1γ for cancer is about 60%.', [], ''],
    ['A negative anti-TIF1γ has a negative predictive value above 90% for cancer.', [], ''],
    ['False-positive anti-Jo-1 results are uncommon with line blots.', [], ''],
    ['Low-titre ANA may be a false positive in older adults.', [], '', 'read for the patient: fp ANA'],
    ['ANA-positive patients in our series more often had arthritis.', [], ''],
    ['Anti-SRP-positive cases typically show necrotising myopathy.', [], ''],
    ['Among 40 anti-MDA5-positive patients, 12 had rapidly progressive lung disease.', [], ''],
    ['Of the anti-TIF1γ-negative patients, none had cancer.', [], ''],
    ['Seropositive patients had a mean CK of 4,500 U/L.', [], ''],
    ['The proportion of anti-HMGCR-positive statin users was 2%.', [], ''],
    ['Anti-NXP2 positivity is linked to calcinosis in children.', [], ''],
    ['Anti-Jo-1 is the most frequent antisynthetase antibody.', [], ''],
    ['Antibody-negative myositis is more often a polymyositis mimic.', [], ''],
    ['Sensitivity of anti-Mi-2 for dermatomyositis is low.', [], ''],
    ['Seronegative cases made up one third of the cohort.', [], ''],
    ['Positive anti-MDA5 predicts rapidly progressive lung disease.', [], ''],
    ['In a series of 55 patients, anti-HMGCR was negative in all.', [], ''],
  ]);
});

describe('safety: hedges, questions, plans and pending results (antibodies)', () => {
  run([
    ['Send myositis panel (? Jo-1, ? PL-7).', [], ''],
    ['? anti-SRP — awaiting result.', [], ''],
    ['Possible anti-MDA5 syndrome; serology pending.', [], ''],
    ['Query anti-HMGCR myopathy, antibody requested.', [], ''],
    ['Anti-Jo-1 result awaited.', [], ''],
    ['Anti-NXP2 was still pending at the time of writing.', [], ''],
    ['If anti-HMGCR is positive, statins should be stopped for good.', [], ''],
    ['Should anti-MDA5 turn out positive, tacrolimus will be added.', [], ''],
    ['Anti-PL-12: equivocal, repeat advised.', [], 'PL-12~'],
    ['Anti-Mi-2 was borderline on ELISA.', [], 'Mi-2~'],
    ['Anti-SRP was indeterminate on two occasions.', [], 'SRP~'],
    ['We suspected anti-HMGCR positivity, but the assay was negative.', [], 'HMGCR-'],
    ['Was anti-TIF1γ checked? Not yet.', [], ''],
    ['Whether anti-SAE would be positive was unknown at discharge.', [], ''],
    ['Anti-Jo-1 is expected to be positive in this syndrome.', [], ''],
    ['Anti-PL-7 testing is not available in our centre.', [], ''],
  ]);
});

describe('safety: a relative or a series beside the patient (antibodies)', () => {
  run([
    ['Her daughter was also tested: anti-Ro52 positive.', [], ''],
    ['Anti-Jo-1 was positive in the patient and negative in her twin sister.', [], 'Jo-1+'],
    [
      'His brother, who has lupus, is anti-dsDNA positive; the patient was anti-dsDNA negative.',
      [],
      'dsDNA-',
    ],
    ['In the family, only her father had a positive ANA.', [], ''],
    ['Both the patient and her mother were positive for ANA.', [], 'ANA+', 'missed: fn ANA'],
    [
      'Earlier reports found anti-SRP in 5% of cases, and our patient was also anti-SRP positive.',
      [],
      'SRP+',
    ],
    ['Like most reported cases, our patient was negative for anti-Jo-1.', [], 'Jo-1-'],
    ['Unlike the cases in the literature, she was anti-TIF1γ negative.', [], 'TIF1-gamma-'],
    [
      'In our earlier series anti-NXP2 was positive in 18%; in this patient it was negative.',
      [],
      'NXP2-',
      "missed: fn NXP2 (the patient's result given by a pronoun after the series; session 19: the series' share is no longer read as hers)",
    ],
    ["Her mother's ANA was positive at 1:640, while hers was negative.", [], 'ANA-', 'missed: fn ANA'],
    ['The index case was anti-MDA5 positive, as was her cousin.', [], 'MDA5+'],
    ['A previously described patient with anti-SAE had cancer; ours was anti-SAE negative.', [], 'SAE-'],
    ['Her son, aged 12, was found to have anti-NXP2 antibodies.', [], ''],
    ['Anti-Ro52 was positive in 30% of the controls.', [], ''],
  ]);
});

describe('safety: earlier against current antibody results', () => {
  run([
    ['Anti-HMGCR was positive in 2019 and negative in 2022.', [], 'HMGCR-'],
    ['Previously positive for anti-MDA5, she was now negative.', [], 'MDA5-'],
    ['Anti-SRP seroconverted to negative after rituximab.', [], 'SRP-'],
    ['She had been ANA negative for years before turning positive at 1:320.', [], 'ANA+'],
    ['Anti-Jo-1 had been negative at another hospital but was positive on retesting here.', [], 'Jo-1+'],
    ['Formerly anti-MDA5 positive, he is now seronegative.', [], 'MDA5-'],
    // session 20: "now" alone, with no other result after it, changes nothing
    ['Anti-Jo-1 was positive and she is now on prednisone.', [], 'Jo-1+'],
    ['Anti-MDA5 was positive; she is now negative for infection screening.', [], 'MDA5+'],
    ['We suspected anti-HMGCR positivity, and the assay was positive.', [], 'HMGCR+'],
    [
      'Anti-TIF1γ, first negative, became positive a year later when the cancer was found.',
      [],
      'TIF1-gamma+',
    ],
    ['Anti-HMGCR fell from 180 U to below the cut-off and was reported negative.', [], 'HMGCR-'],
    ['The once-positive anti-Ro52 was negative at the latest visit.', [], 'Ro52-'],
  ]);
});

describe('safety: antibody cut-offs and reference text that look like results', () => {
  run([
    ['Anti-HMGCR 14 U (positive above 20 U).', [], 'HMGCR-'],
    ['Anti-MDA5 index 135 (negative below 8).', [], 'MDA5+'],
    ['ANA negative at a screening dilution of 1:80.', [], 'ANA-'],
    ['Reference: anti-Jo-1 positive if above 10 U/mL.', [], '', 'read for the patient: fp Jo-1'],
    ['Positive: > 15 U/mL; borderline: 10–15 U/mL; negative: < 10 U/mL.', [], ''],
    ['Anti-TIF1γ 12 U/mL (borderline 10–15).', [], 'TIF1-gamma~'],
    ['A titre of 1:160 or more is taken as positive for ANA.', [], ''],
    ['Anti-SRP 3 U/mL (cut-off 15): negative.', [], 'SRP-'],
  ]);
});

describe('safety: lab denials and negated interpretations', () => {
  run([
    ['CK was never elevated during follow-up.', ['CK normal'], ''],
    ['No elevation of aldolase was found.', ['aldolase normal'], ''],
    ['LDH did not exceed the upper limit of normal.', ['LDH normal'], ''],
    ['Troponin T was not raised.', ['troponin_T normal'], ''],
    ['ESR and CRP were not raised.', ['ESR normal', 'CRP normal'], ''],
    ['Neither CK nor aldolase was elevated.', ['CK normal', 'aldolase normal'], ''],
    ['Elevated CK was not found.', ['CK normal'], ''],
    ['Her CK was no longer elevated.', ['CK normal'], ''],
    ['CRP was no longer raised at discharge.', ['CRP normal'], ''],
    ['Her CK was not only elevated but still rising.', ['CK elevated'], ''],
    ['There was no doubt that the CK was elevated.', ['CK elevated'], ''],
    ['There was no rash, but CK was elevated.', ['CK elevated'], ''],
    ['Without any weakness, her CK was raised.', ['CK elevated'], ''],
    ['No muscle pain was reported; aldolase was high.', ['aldolase elevated'], ''],
    ['Ferritin could not be measured.', [], ''],
    ['CK was not measured at the first visit.', [], ''],
    ['CK was not checked until the third week, when it was 8,200 U/L.', ['CK 8200 U/L'], ''],
    [
      'CK was not elevated at first, but rose to 3,400 U/L a week later.',
      ['CK 3400 U/L'],
      '',
      'missed: fn CK 3400 U/L',
    ],
    [
      'A raised CK had been reported by her GP, but our measurement was 160 U/L.',
      ['CK 160 U/L'],
      '',
      'missed: fn CK 160 U/L',
    ],
    ['CK was low-normal.', ['CK normal'], ''],
    ['Low CK levels (35 U/L) were noted.', ['CK 35 U/L'], ''],
    ['Aldolase failed to rise above the normal range.', ['aldolase normal'], ''],
    ['The ESR was not high.', ['ESR normal'], ''],
    ['Hypokalaemia was not present; potassium was 4.2 mmol/L.', ['potassium 4.2 mmol/L'], ''],
    ['The CRP was unremarkable.', ['CRP normal'], ''],
  ]);
});

describe('safety: labs in contrasting clauses', () => {
  run([
    ['CK was normal but aldolase was elevated.', ['CK normal', 'aldolase elevated'], ''],
    ['Aldolase, but not CK, was raised.', ['aldolase elevated', 'CK normal'], ''],
    ['CK was elevated, unlike LDH, which stayed normal.', ['CK elevated', 'LDH normal'], ''],
    ['Apart from a raised CRP, the blood tests were normal.', ['CRP elevated'], ''],
    ['Except for a raised CK, the liver and muscle enzymes were normal.', ['CK elevated'], ''],
    ['Liver enzymes were normal other than an ALT of 88 U/L.', ['ALT 88 U/L'], ''],
    ['CK was normal, whereas the ESR was elevated.', ['CK normal', 'ESR elevated'], ''],
    ['CK was normal; in contrast, aldolase was markedly high.', ['CK normal', 'aldolase elevated'], ''],
    [
      'Rather than CK, it was aldolase that was raised.',
      ['aldolase elevated'],
      '',
      'opposite reading, read for the patient: wrong aldolase elevated → aldolase normal | fp CK normal',
    ],
    ['CRP was low, while ferritin was high.', ['CRP low', 'ferritin elevated'], ''],
    ['Instead of falling, the CK rose to 9,800 U/L.', ['CK 9800 U/L'], ''],
  ]);
});

describe('safety: labs of a relative or a series beside the patient', () => {
  run([
    ["The patient's mother had a CK of 900 U/L; the patient's own CK was 150 U/L.", ['CK 150 U/L'], ''],
    ["Her son's CK was normal.", [], ''],
    [
      'The median CK in the cohort was 6,000 U/L, compared with 2,300 U/L in our patient.',
      ['CK 2300 U/L'],
      '',
      'missed: fn CK 2300 U/L',
    ],
    ['Healthy controls had a CK below 200 U/L.', [], '', 'read for the patient: fp CK <200 U/L'],
    [
      'In reported cases CK was usually elevated; in ours it was normal.',
      ['CK normal'],
      '',
      'missed: fn CK normal',
    ],
    ['Her brother had an elevated CK of 1,100 U/L.', [], ''],
    ['Patients with anti-SRP usually have a CK above 5,000 U/L.', [], ''],
    ['Unlike most anti-HMGCR cases, her CK was only 420 U/L.', ['CK 420 U/L'], ''],
    ['In the literature, ferritin above 1,500 ng/mL predicted death.', [], ''],
    ['Her twin, who was well, had a CRP of 2 mg/L.', [], ''],
  ]);
});

describe('safety: reference ranges and thresholds alone', () => {
  run([
    ['The laboratory considers a CK above 190 U/L elevated.', [], ''],
    ['Results above 200 U/L are flagged as high.', [], ''],
    ['CRP < 5 mg/L is taken as normal in our laboratory.', [], ''],
    ['Normal range for aldolase: 1.0–7.5 U/L.', [], ''],
    ['The upper reference limit of troponin T is 14 ng/L.', [], ''],
    ['A ferritin above 1,000 ng/mL predicts poor survival in anti-MDA5 disease.', [], ''],
    [
      'Cut-off for CRP was 5 mg/L; hers was 3 mg/L.',
      ['CRP 3 mg/L'],
      '',
      'missed: fn CRP 3 mg/L (the reading given by a pronoun after the cut-off; session 19: the cut-off itself is no longer read as hers)',
    ],
    ['CK: 480 U/L (ref. 39–308).', ['CK 480 U/L ULN 308'], ''],
    // session 19: a limit named before the analyte is no reading of it
    ['The threshold for CK was 200 U/L.', [], ''],
    ['A CK over ten times normal is typical of necrotising myopathy.', [], ''],
  ]);
});

describe('safety: earlier against current lab interpretations', () => {
  run([
    ['Previously normal, the CK rose to 5,400 U/L.', ['CK 5400 U/L'], ''],
    [
      'CK had normalised by the third month.',
      ['CK normal'],
      '',
      'opposite reading: wrong CK normal → CK elevated',
    ],
    [
      'Her aldolase, raised at diagnosis, returned to normal.',
      ['aldolase elevated', 'aldolase normal'],
      '',
      'missed: fn aldolase normal',
    ],
    [
      'CK, formerly 7,000 U/L, was 210 U/L at the last visit.',
      ['CK 7000 U/L', 'CK 210 U/L'],
      '',
      'missed: fn CK 7000 U/L | fn CK 210 U/L',
    ],
    ['The ESR was normal before treatment and stayed normal.', ['ESR normal'], ''],
  ]);
});
