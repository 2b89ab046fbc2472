import { describe, expect, it } from 'vitest';
import { analyse } from '../document.js';
import { extractLabs } from './labs.js';
import { readUnit, ucumUnit } from './units.js';

const labs = (t: string) => extractLabs(analyse(t)).labs.map(({ evidence: _e, codes: _c, ...l }) => l);

describe('labs', () => {
  it('gives a percentage written before a cell of the differential to that cell, not to the cell before it', () => {
    const pairs = (t: string) => labs(t).map((l) => `${l.analyte} ${l.value}${l.unit ?? ''}`);
    expect(pairs('The differential showed 61% of neutrophils and 27% of lymphocytes.')).toEqual([
      'neutrophils 61%',
      'lymphocytes 27%',
    ]);
    expect(pairs('Leukocytes 12.4 x10^9/L with 83% neutrophils and 9% lymphocytes.')).toEqual([
      'WBC 12.4' + '10*9/L',
      'neutrophils 83%',
      'lymphocytes 9%',
    ]);
    // written after the cell, as usual: a percentage that follows an analyte stays that analyte's
    expect(pairs('neutrophils 70% lymphocytes 22%')).toEqual(['neutrophils 70%', 'lymphocytes 22%']);
  });
  it('reads a restated value as one result with the places of both statements, and a different value as its own', () => {
    const text =
      'Creatine kinase was 4,210 U/L (normal < 190). Summary: CK 4210 U/L (normal < 190), later CK 4,210 U/L and CK 950 U/L.';
    const { labs } = extractLabs(analyse(text));
    const ck = labs.filter((l) => l.analyte === 'CK');
    // the third mention has no range: another reading, not a restatement of the first
    expect(ck.map((l) => [l.value, l.upperLimit, l.evidence.length])).toEqual([
      [4210, 190, 2],
      [4210, undefined, 1],
      [950, undefined, 1],
    ]);
    expect(ck[0]!.evidence.map((e) => text.slice(e.spans[0]!.start, e.spans.at(-1)!.end))).toEqual([
      'Creatine kinase was 4,210 U/L (normal < 190)',
      'CK 4210 U/L (normal < 190)',
    ]);
  });
  it('keeps a negation said of one item off an interpretation that opens the next ("no X, and elevated SGOT")', () => {
    const r = labs('Findings indicate no active sediment in urine, and elevated SGOT and SGPT.');
    expect(r.map((l) => `${l.analyte} ${l.interpretation}`)).toEqual(['AST elevated', 'ALT elevated']);
    expect(labs('No elevated CK.').map((l) => l.interpretation)).toEqual(['normal']);
  });
  it('reads value, unit and reference range in parentheses', () => {
    expect(labs('CK 695 (normal range 25–200 U/L).')).toEqual([
      { analyte: 'CK', value: 695, unit: 'U/L', referenceRange: { low: 25, high: 200 }, upperLimit: 200 },
    ]);
  });
  it('reads "was mildly raised at" and takes the unit from the range', () => {
    expect(labs('On day two her ALT was mildly raised at 58 (normal 7–45 U/L).')).toEqual([
      {
        analyte: 'ALT',
        value: 58,
        unit: 'U/L',
        referenceRange: { low: 7, high: 45 },
        upperLimit: 45,
        interpretation: 'elevated',
      },
    ]);
  });
  it('reads comparators', () => {
    expect(labs('CRP < 4.')).toEqual([{ analyte: 'CRP', value: 4, comparator: '<' }]);
    expect(labs('CRP less than 5 mg/L.')).toEqual([
      { analyte: 'CRP', value: 5, comparator: '<', unit: 'mg/L' },
    ]);
  });
  it('pairs "respectively" lists in order', () => {
    const r = labs(
      'Raised CK and ESR at 900 (normal range 25–200 U/L) and 40 (normal range 0–20 mm/hr) respectively.',
    );
    expect(r.map((l) => [l.analyte, l.value, l.unit, l.upperLimit])).toEqual([
      ['CK', 900, 'U/L', 200],
      ['ESR', 40, 'mm/h', 20],
    ]);
  });
  it('converts 10^9/L shapes to UCUM', () => {
    expect(labs('Leucocytes 12.6 × 10^9/L (reference 4–10).')[0]).toMatchObject({
      analyte: 'WBC',
      unit: '10*9/L',
      upperLimit: 10,
    });
    expect(ucumUnit('x109/L')).toBe('10*9/L');
    expect(readUnit(' mm/hr', 0)?.ucum).toBe('mm/h');
    expect(readUnit(' furlongs', 0)).toBeUndefined();
  });
  it('reads qualitative statements, with "normalised" as an inference', () => {
    expect(labs('CK values normalised two weeks later.')).toEqual([
      { analyte: 'CK', interpretation: 'elevated', inferred: true },
    ]);
    expect(labs('Raised CK.')).toEqual([{ analyte: 'CK', interpretation: 'elevated' }]);
    expect(labs('CEA not elevated.')).toEqual([{ analyte: 'CEA', interpretation: 'normal' }]);
  });
  it('does not take durations or titres as values', () => {
    expect(labs('CK rose over 3 weeks.')).toEqual([]);
  });
});

describe('labs: number shapes', () => {
  it('reads thousands separators', () => {
    expect(labs('CK 4,500 IU/L.')).toEqual([{ analyte: 'CK', value: 4500, unit: '[IU]/L' }]);
  });
});

describe('labs: upper limit alone', () => {
  it('reads "(ULN 170)"', () => {
    expect(labs('CK 3,420 U/L (ULN 170).')).toEqual([
      { analyte: 'CK', value: 3420, unit: 'U/L', referenceRange: { high: 170 }, upperLimit: 170 },
    ]);
  });
});

describe('labs: bare interval in brackets', () => {
  it('reads "CK 695 U/L (25-200)"', () => {
    expect(labs('CK 695 U/L (25-200).')).toEqual([
      { analyte: 'CK', value: 695, unit: 'U/L', referenceRange: { low: 25, high: 200 }, upperLimit: 200 },
    ]);
  });
});

describe('labs: the reading rules', () => {
  it('reads every number format with its unit', () => {
    expect(labs('CK 12 480 U/l.')).toEqual([{ analyte: 'CK', value: 12480, unit: 'U/L' }]);
    expect(labs('CRP 74,2 mg/L.')).toEqual([{ analyte: 'CRP', value: 74.2, unit: 'mg/L' }]);
    expect(labs('prox weakness, CK 3.2k.')).toEqual([{ analyte: 'CK', value: 3200 }]);
  });
  it('reads comparators written as words', () => {
    expect(labs('A creatine kinase marker showed a level of over 2000.')).toEqual([
      { analyte: 'CK', value: 2000, comparator: '>' },
    ]);
  });
  it('reads a lab table pasted as text: flag, unit column and reference column', () => {
    expect(labs('CK                    3350 H    U/L       25–200')).toEqual([
      { analyte: 'CK', value: 3350, unit: 'U/L', referenceRange: { low: 25, high: 200 }, upperLimit: 200 },
    ]);
    expect(labs('aldolase 18.4 U/L (< 7.6)')).toEqual([
      { analyte: 'aldolase', value: 18.4, unit: 'U/L', referenceRange: { high: 7.6 }, upperLimit: 7.6 },
    ]);
  });
  it('gives a value to the nearest analyte before it, never shifting a list', () => {
    const r = labs('Elevated CK, ALT of 215 IU/l, aspartate aminotransferase was 183 U/l, ESR of 16 mm/hr.');
    expect(r.map((l) => [l.analyte, l.value ?? l.interpretation])).toEqual([
      ['CK', 'elevated'],
      ['ALT', 215],
      ['AST', 183],
      ['ESR', 16],
    ]);
  });
  it('pairs a bracketed list of values with a list of analytes when it says "respectively"', () => {
    const r = labs(
      'The serum aldolase, LDH and CRP levels were increased (11.0, 658 U/L and 24 mg/L, respectively).',
    );
    expect(r.map((l) => [l.analyte, l.value, l.unit])).toEqual([
      ['aldolase', 11, undefined],
      ['LDH', 658, 'U/L'],
      ['CRP', 24, 'mg/L'],
    ]);
  });
  it('keeps a trend as two values of one analyte', () => {
    expect(labs('CK today 612 U/L, down from 1 480 U/L a month ago.').map((l) => l.value)).toEqual([
      612, 1480,
    ]);
  });
  it('shares an interpretation over a list of analytes, and reads "returned to normal" as elevated before', () => {
    expect(
      labs('Serum calcium and ACE levels were normal.').map((l) => [l.analyte, l.interpretation]),
    ).toEqual([
      ['calcium', 'normal'],
      ['ACE', 'normal'],
    ]);
    expect(
      labs(
        'An increased level of serum creatine kinase (CK), lactate dehydrogenase (LDH) and aspartate aminotransferase (AST).',
      ).map((l) => [l.analyte, l.interpretation]),
    ).toEqual([
      ['CK', 'elevated'],
      ['LDH', 'elevated'],
      ['AST', 'elevated'],
    ]);
    expect(
      labs('Serum troponin T was also high, but troponin I was normal.').map((l) => l.interpretation),
    ).toEqual(['elevated', 'normal']);
    expect(labs('CPK levels returned to normal over 4 months.')).toEqual([
      { analyte: 'CK', interpretation: 'elevated', inferred: true },
    ]);
  });
  it('settles a number that reads two ways by the stated interpretation, else reports it', () => {
    expect(labs('Ferritin was increased (1.679 ng/mL).')).toEqual([
      { analyte: 'ferritin', value: 1679, unit: 'ng/mL', interpretation: 'elevated' },
    ]);
    const r = extractLabs(analyse('Ferritin 1.679 ng/mL.'));
    expect(r.labs).toEqual([]);
    expect(r.unplaced).toMatchObject([{ kind: 'ambiguous-number', text: '1.679 ng/mL' }]);
  });
  it('reports a value with a laboratory unit and no known analyte, with its span', () => {
    const text = 'Serum zinc-alpha glycoprotein 88 mg/L.';
    const r = extractLabs(analyse(text));
    expect(r.labs).toEqual([]);
    expect(r.unplaced).toHaveLength(1);
    expect(r.unplaced[0]!.kind).toBe('unknown-analyte');
    expect(text.slice(r.unplaced[0]!.start, r.unplaced[0]!.end)).toBe(r.unplaced[0]!.text);
  });
  it('normalises units through UCUM and codes the analyte in LOINC', () => {
    const r = extractLabs(analyse('TSH 96.4 mU/l, free T4 3.1 pmol/l. CK 300 U/L.')).labs;
    expect(r.map((l) => [l.analyte, l.unit])).toEqual([
      ['TSH', 'm[IU]/L'],
      ['free T4', 'pmol/L'],
      ['CK', 'U/L'],
    ]);
    expect(r[2]!.codes).toEqual({ loinc: '2157-6' });
    expect(ucumUnit('nmol/l')).toBe('nmol/L');
    expect(ucumUnit('furlong/fortnight')).toBeUndefined();
  });
});

describe('labs: more reading rules', () => {
  const show = (t: string) =>
    labs(t).map((l) =>
      [l.analyte, l.value, l.unit, l.upperLimit, l.interpretation].filter((x) => x !== undefined),
    );
  it('reads a reference limit after a semicolon, an abbreviation or a unit inside the bracket', () => {
    expect(show('CK was raised (7,200 IU/L; reference, <170 IU/L).')).toEqual([
      ['CK', 7200, '[IU]/L', 170, 'elevated'],
    ]);
    expect(show('CK 3100 U/L (NV < 180).')).toEqual([['CK', 3100, 'U/L', 180]]);
    expect(show('CK 3100 U/L (upper normal limit 180).')).toEqual([['CK', 3100, 'U/L', 180]]);
    expect(show('CK 3100 U/L (20–180 U/L).')).toEqual([['CK', 3100, 'U/L', 180]]);
  });
  it('shares a unit written once after the last value of a "respectively" list or a trend', () => {
    expect(show('CK, AST and ALT were 4,100, 88 and 61 U/L, respectively.')).toEqual([
      ['CK', 4100, 'U/L'],
      ['AST', 88, 'U/L'],
      ['ALT', 61, 'U/L'],
    ]);
    expect(show('The CK fell from 9,000 to 700 U/L.')).toEqual([
      ['CK', 9000, 'U/L'],
      ['CK', 700, 'U/L'],
    ]);
    expect(show('CK 5100 U/L at first, decreasing to 240 U/L.')).toEqual([
      ['CK', 5100, 'U/L'],
      ['CK', 240, 'U/L'],
    ]);
  });
  it('reads a multiple of the upper limit as elevated without a value', () => {
    expect(show('The CK was twelve times the upper limit of normal.')).toEqual([['CK', 'elevated']]);
  });
  it('reads three decimals of an enzyme activity as thousands', () => {
    expect(show('CK of 9.400 U/L.')).toEqual([['CK', 9400, 'U/L']]);
  });
  it('keeps CK-MB apart from CK, pairs slash-written analytes and values, and reads ESR "mm in the first hour"', () => {
    expect(show('CK-MB 31 U/L.')).toEqual([['CK-MB', 31, 'U/L']]);
    expect(show('AST/ALT 140/77 U/L.')).toEqual([
      ['AST', 140, 'U/L'],
      ['ALT', 77, 'U/L'],
    ]);
    expect(show('ESR was 72 mm in the first hour.')).toEqual([['ESR', 72, 'mm/h']]);
  });
});

describe('labs named by a disorder of their level, and kidney markers', () => {
  const show = (t: string) => labs(t).map((l) => [l.analyte, l.value, l.unit].filter((x) => x !== undefined));
  it('reads "hyperCKemia (N U/L)" and "hypercalcaemia (N mg/dL)" as values of the analyte', () => {
    expect(show('Asymptomatic hyperCKemia (2,400 U/L) was found.')).toEqual([['CK', 2400, 'U/L']]);
    expect(show('Hypercalcaemia (11.9 mg/dL) was noted.')).toEqual([['calcium', 11.9, 'mg/dL']]);
  });
  it('keeps BUN apart from urea and reads eGFR', () => {
    expect(show('BUN 31 mg/dL, urea 9 mmol/L, eGFR 52 mL/min.')).toEqual([
      ['BUN', 31, 'mg/dL'],
      ['urea', 9, 'mmol/L'],
      ['eGFR', 52, 'mL/min'],
    ]);
  });
});

describe('doses are not unplaced laboratory values', () => {
  it('reports a value with a lab unit and no analyte, but never a dose', () => {
    const u = (t: string) => extractLabs(analyse(t)).unplaced.map((x) => x.text);
    expect(u('Prednisolone was given at 1 mg/kg. Methotrexate 20 mg weekly.')).toEqual([]);
    expect(u('The level was 40 U/L.')).toHaveLength(1);
  });
});

describe('labs: phrasing families of published cases (issue 12, new synthetic sentences)', () => {
  const brief = (t: string) =>
    labs(t).map((l) => [l.analyte, l.comparator ?? '', l.value, l.unit, l.upperLimit]);
  it('reads a multiple of the upper limit as elevated, never as a value', () => {
    expect(labs('Aldolase 12 x ULN.')).toEqual([{ analyte: 'aldolase', interpretation: 'elevated' }]);
    expect(labs('Her CK was 30× the upper limit of normal.')).toEqual([
      { analyte: 'CK', interpretation: 'elevated' },
    ]);
  });
  it('reads a unit written before the number (table headers)', () => {
    expect(brief('LDH (U/L): 812.')).toEqual([['LDH', '', 812, 'U/L', undefined]]);
    expect(brief('Aldolase was clearly raised (U/l 19.2).')).toEqual([
      ['aldolase', '', 19.2, 'U/L', undefined],
    ]);
  });
  it('reads a reference written before the value as its range, not as a value', () => {
    expect(brief('Creatine kinase (normal < 190 U/L) was 7,210 U/L.')).toEqual([
      ['CK', '', 7210, 'U/L', 190],
    ]);
    expect(brief('AST (reference 10–35 U/L): 142 U/L.')).toEqual([['AST', '', 142, 'U/L', 35]]);
  });
  it('reads a power of ten before the unit', () => {
    expect(brief('CK 8.1 × 10^3 U/L.')).toEqual([['CK', '', 8100, 'U/L', undefined]]);
    expect(brief('CK 8.1 x 10³ IU/L.')).toEqual([['CK', '', 8100, '[IU]/L', undefined]]);
    // a count per litre stays a unit
    expect(brief('White cell count 11.4 × 10^9/L.')).toEqual([['WBC', '', 11.4, '10*9/L', undefined]]);
  });
  it('pairs a list of analytes with a list of values in order, without "respectively"', () => {
    expect(brief('Serum CK, aldolase and LDH were 3,900, 17 and 702 U/L.')).toEqual([
      ['CK', '', 3900, 'U/L', undefined],
      ['aldolase', '', 17, 'U/L', undefined],
      ['LDH', '', 702, 'U/L', undefined],
    ]);
    // a value for one analyte only does not pair a list
    expect(brief('CK and aldolase were raised; CK was 3,900 U/L.').filter((l) => l[2] !== undefined)).toEqual(
      [['CK', '', 3900, 'U/L', undefined]],
    );
  });
  it('reads units with a negative exponent, OCR and litre spellings', () => {
    expect(brief('CK 2210 IU L−1.')).toEqual([['CK', '', 2210, '[IU]/L', undefined]]);
    expect(brief('CRP 31 mg·L-1.')).toEqual([['CRP', '', 31, 'mg/L', undefined]]);
    expect(brief('CK 2210 U/I.')).toEqual([['CK', '', 2210, 'U/L', undefined]]);
    expect(brief('CK 2210 units per litre.')).toEqual([['CK', '', 2210, 'U/L', undefined]]);
    expect(brief('CK 2210 IU/litre.')).toEqual([['CK', '', 2210, '[IU]/L', undefined]]);
  });
  it('reads hedged and trend phrasings of one value', () => {
    expect(brief('CK approximately 5200 U/L.')).toEqual([['CK', '', 5200, 'U/L', undefined]]);
    expect(brief('CK as high as 5200 U/L.')).toEqual([['CK', '', 5200, 'U/L', undefined]]);
    expect(brief('CK elevation to 5200 U/L.')).toEqual([['CK', '', 5200, 'U/L', undefined]]);
    expect(brief('The CK, which was 5200 U/L on day one, fell.')).toEqual([
      ['CK', '', 5200, 'U/L', undefined],
    ]);
    expect(brief("CK 5'200 U/L.")).toEqual([['CK', '', 5200, 'U/L', undefined]]);
    expect(brief('CK-NAC 5200 U/L.')).toEqual([['CK', '', 5200, 'U/L', undefined]]);
  });
  it('reads dated values of one analyte in a row', () => {
    expect(brief('CK values: 6100 U/L (day 1), 2800 U/L (day 9).')).toEqual([
      ['CK', '', 6100, 'U/L', undefined],
      ['CK', '', 2800, 'U/L', undefined],
    ]);
  });
  it('reads more reference shapes', () => {
    expect(brief('CK 5200 U/L (norm < 171 U/L).')).toEqual([['CK', '', 5200, 'U/L', 171]]);
    expect(brief('CK 5200 U/L (laboratory reference < 171).')).toEqual([['CK', '', 5200, 'U/L', 171]]);
    expect(brief('CK 5200 U/L (normal ranges: 24-171 U/L).')).toEqual([['CK', '', 5200, 'U/L', 171]]);
  });
});

describe('third round of published phrasings (issue 12)', () => {
  it('reads "serum creatinine kinase" and "creatinine phosphokinase" as CK, not creatinine', () => {
    expect(labs('Testing confirmed elevated serum creatinine kinase.').map((l) => l.analyte)).toEqual(['CK']);
    expect(labs('Elevated creatinine phosphokinase of 22,255 U/L.')[0]).toMatchObject({
      analyte: 'CK',
      value: 22255,
    });
  });
});

describe('labs: third round (issue 12, development text read from new published cases)', () => {
  const brief = (t: string) =>
    labs(t).map((l) => [l.analyte, l.value ?? '', l.unit ?? '', l.interpretation ?? '', l.upperLimit ?? '']);
  it('reads "creatinine phosphokinase" as creatine kinase, never as creatinine', () => {
    expect(brief('He had an elevated creatinine phosphokinase of 9,100 U/L.')).toEqual([
      ['CK', 9100, 'U/L', 'elevated', ''],
    ]);
  });
  it('reads the isoenzyme, alpha-HBDH, tumour markers, fibrinogen and PTH as analytes of their own', () => {
    expect(
      brief(
        'CK-MB isoenzyme (31.2 U/l), alpha-hydroxybutyrate dehydrogenase (240 U/l) and carbohydrate antigen 125 (55 U/ml) were measured.',
      ).map((l) => l.slice(0, 3)),
    ).toEqual([
      ['CK-MB', 31.2, 'U/L'],
      ['HBDH', 240, 'U/L'],
      ['CA-125', 55, 'U/mL'],
    ]);
    expect(brief('Plasma fibrinogen was 6.1 g/L.')).toEqual([['fibrinogen', 6.1, 'g/L', '', '']]);
  });
  it('shares "elevations in" across the list after it', () => {
    expect(brief('Labs showed mild elevations in the sedimentation rate and creatine kinase.')).toEqual([
      ['ESR', '', '', 'elevated', ''],
      ['CK', '', '', 'elevated', ''],
    ]);
  });
  it('gives "as was her X" the interpretation of the clause before it', () => {
    expect(brief('Her aldolase was raised, as was her erythrocyte sedimentation rate.')).toEqual([
      ['aldolase', '', '', 'elevated', ''],
      ['ESR', '', '', 'elevated', ''],
    ]);
  });
  it('reads a later value across adverbs ("also eventually decreased to")', () => {
    expect(brief('Strength improved and CK also eventually decreased to 2300 U/L.')).toEqual([
      ['CK', 2300, 'U/L', '', ''],
    ]);
  });
  it('reads "RI" (reference interval) as a reference', () => {
    expect(brief('CK was 2210 IU/L (RI 40-320).')).toEqual([['CK', 2210, '[IU]/L', '', 320]]);
  });
  it('reads the value in brackets after a multiple of the upper limit, and "trended down to"', () => {
    expect(brief('CK was 45 times the upper limit of normal (9000 U/L).')).toEqual([
      ['CK', 9000, 'U/L', 'elevated', ''],
    ]);
    expect(brief('Initial CK was 12,450 U/L and trended down to 1,200 U/L.').map((l) => l[1])).toEqual([
      12450, 1200,
    ]);
  });
  it('reads a table pasted with pipes, with its reference column', () => {
    const t =
      'Case report\n\nA man was admitted.\nTest | Result | Normal\nCK | 4500 U/L | 30-200\nAldolase | 25 U/L | <7.6';
    expect(brief(t)).toEqual([
      ['CK', 4500, 'U/L', '', 200],
      ['aldolase', 25, 'U/L', '', 7.6],
    ]);
  });
  it('reads urine myoglobin apart from serum myoglobin, and a positive urine test as abnormal', () => {
    expect(brief('Urine myoglobin was 450 µg/L and serum myoglobin 900 µg/L.')).toEqual([
      ['urine myoglobin', 450, 'ug/L', '', ''],
      ['myoglobin', 900, 'ug/L', '', ''],
    ]);
    expect(brief('He had a CPK of 8200 IU/L and positive urine myoglobin.')).toEqual([
      ['CK', 8200, '[IU]/L', '', ''],
      ['urine myoglobin', '', '', 'elevated', ''],
    ]);
  });
  it('reads "n.v." and "normal upper limit" as references', () => {
    expect(brief('CK 4500 U/L (n.v. < 170).')).toEqual([['CK', 4500, 'U/L', '', 170]]);
    expect(brief('CK 4500 U/L (normal upper limit 170).')).toEqual([['CK', 4500, 'U/L', '', 170]]);
  });
  it('reads "suppressed" as low', () => {
    expect(brief('PTH and 1,25 (OH)2 vitamin D levels were suppressed.')).toEqual([
      ['PTH', '', '', 'low', ''],
      ['1,25-dihydroxyvitamin D', '', '', 'low', ''],
    ]);
  });
  it('reads a pasted panel of abbreviations, never the same letters in prose', () => {
    expect(
      labs('Chemistry: Na 139, K 4.1, Cl 101, HCO3 23, Cr 0.9, Mg 1.9.').map((l) => [l.analyte, l.value]),
    ).toEqual([
      ['sodium', 139],
      ['potassium', 4.1],
      ['chloride', 101],
      ['bicarbonate', 23],
      ['creatinine', 0.9],
      ['magnesium', 1.9],
    ]);
    // two pairs are no panel, and a vitamin K dose or a CR is not a laboratory value
    expect(labs('She was given vitamin K 10 mg and Mg 400 mg; CR 2 months later.')).toEqual([]);
  });
  it('reads slash chains of analytes and values of any length, with a unit of one value', () => {
    expect(labs('PT/PTT/INR: 13.1s/30.5/1.10.')).toEqual([
      { analyte: 'PT', value: 13.1, unit: 's' },
      { analyte: 'PTT', value: 30.5 },
      { analyte: 'INR', value: 1.1 },
    ]);
  });
  it('keeps aldolase in Sibley-Lehninger (sigma) units apart from U', () => {
    expect(labs('Serum aldolase was 14.2 sigmaU/mL.')).toEqual([
      { analyte: 'aldolase', value: 14.2, unit: '{SigmaU}/mL' },
    ]);
  });
  it('reads terms that name their own result: hypo- is low, hyper- high, -uria an abnormal urine test', () => {
    // haematuria in a history is a symptom, not a test result
    expect(labs('She reported haematuria for weeks.')).toEqual([]);
    expect(
      labs(
        'Bloods showed raised CPK, hypoalbuminaemia and hyperkalaemia; myoglobinuria but no proteinuria.',
      ).map((l) => [l.analyte, l.interpretation]),
    ).toEqual([
      ['CK', 'elevated'],
      ['albumin', 'low'],
      ['potassium', 'elevated'],
      ['urine myoglobin', 'elevated'],
      ['urine protein', 'normal'],
    ]);
  });
  it('reads a bare "decreased" after treatment as a fall, "was decreased" as a low value', () => {
    expect(labs('After prednisolone his aldolase decreased.')).toEqual([]);
    expect(labs('Her albumin was decreased.')).toEqual([{ analyte: 'albumin', interpretation: 'low' }]);
  });
  it('never takes the first number of a spread of values as the value', () => {
    expect(labs('At the clinic her CK was raised (11,500-14,000 U/L) on three visits.')).toEqual([
      { analyte: 'CK', interpretation: 'elevated' },
    ]);
  });
  it('reads a later value dated from an event ("… 9 months from diagnosis, had fallen to …")', () => {
    expect(
      labs('Aldolase peaked at 31 U/L 9 months from diagnosis, and had fallen to 8 U/L by the spring.').map(
        (l) => l.value,
      ),
    ).toEqual([31, 8]);
  });
  it('reads a range after a power of ten, thousands in a range, a Greek mu and "a measure of"', () => {
    expect(labs('Leukocytes 14.1×103 cells/µL (reference range [RR]: 4.0–10.5×103 cells/µL).')).toEqual([
      {
        analyte: 'WBC',
        value: 14100,
        unit: '/uL',
        referenceRange: { low: 4000, high: 10500 },
        upperLimit: 10500,
      },
    ]);
    expect(labs('Platelets were 91,000 cells/μL (normal, 150,000-450,000 cells/μL).')).toEqual([
      {
        analyte: 'platelets',
        value: 91000,
        unit: '/uL',
        referenceRange: { low: 150000, high: 450000 },
        upperLimit: 450000,
      },
    ]);
    expect(labs('A haemoglobin measure of 10.9 g/dL was found.')).toEqual([
      { analyte: 'haemoglobin', value: 10.9, unit: 'g/dL' },
    ]);
  });
  it('shares "within normal limits" over a list with complement C3 and C4', () => {
    expect(
      labs('Levels of aldolase, myoglobin, and C3 and C4 were within normal limits.').map((l) => [
        l.analyte,
        l.interpretation,
      ]),
    ).toEqual([
      ['aldolase', 'normal'],
      ['myoglobin', 'normal'],
      ['C3', 'normal'],
      ['C4', 'normal'],
    ]);
  });
});

describe('labs: fourth round (issue 12)', () => {
  const brief = (t: string) => labs(t).map((l) => [l.analyte, l.interpretation ?? '']);
  it('gives the members of a list the normal result announced before it', () => {
    expect(
      brief(
        'The following tests were unremarkable: glucose, blood urea nitrogen and creatinine, vitamin B12, A1c.',
      ),
    ).toEqual([
      ['glucose', 'normal'],
      ['BUN', 'normal'],
      ['creatinine', 'normal'],
      ['vitamin B12', 'normal'],
      ['HbA1c', 'normal'],
    ]);
    expect(brief('Blood work revealed normal electrolytes including calcium and phosphate.')).toEqual([
      ['calcium', 'normal'],
      ['phosphate', 'normal'],
    ]);
  });
  it('does not read "with negative myositis antibodies" as the result of the labs before it', () => {
    expect(
      brief('Tests were significant for elevated ESR, CRP and aldolase, with negative myositis antibodies.'),
    ).toEqual([
      ['ESR', 'elevated'],
      ['CRP', 'elevated'],
      ['aldolase', 'elevated'],
    ]);
  });
});

describe('labs: fifth round (issue 12)', () => {
  const brief = (t: string) =>
    labs(t).map((l) => [l.analyte, l.value ?? '', l.unit ?? '', l.interpretation ?? '']);
  it('takes the unit written after a bracketed reference range', () => {
    expect(labs('Her serum creatinine was raised at 131.2 (normal range 45–97) µmol/L.')).toEqual([
      {
        analyte: 'creatinine',
        value: 131.2,
        unit: 'umol/L',
        referenceRange: { low: 45, high: 97 },
        upperLimit: 97,
        interpretation: 'elevated',
      },
    ]);
  });
  it('gives the tests named in brackets after "within the normal range" a normal result', () => {
    expect(
      brief(
        'CEA was raised; the other markers were within the normal range (CA 19-9, alpha-fetoprotein, PSA).',
      ),
    ).toEqual([
      ['CEA', '', '', 'elevated'],
      ['CA 19-9', '', '', 'normal'],
      ['AFP', '', '', 'normal'],
      ['PSA', '', '', 'normal'],
    ]);
  });
  it('reads "an increase in X levels" as elevated', () => {
    expect(brief('Blood tests showed an increase in creatine kinase levels.')).toEqual([
      ['CK', '', '', 'elevated'],
    ]);
  });
  it('reads arterial blood gas partial pressures in mmHg', () => {
    expect(brief('Blood gases showed a PaO2 of 62 mmHg and a PaCO2 of 38 mmHg on room air.')).toEqual([
      ['PaO2', 62, 'mm[Hg]', ''],
      ['PaCO2', 38, 'mm[Hg]', ''],
    ]);
  });
  it('carries a shared result across antibody items of the same list', () => {
    expect(
      brief(
        'Tests that included electrolytes, creatine kinase, a myositis antibody profile, and anti-AChR antibodies were unremarkable.',
      ),
    ).toEqual([['CK', '', '', 'normal']]);
  });
});

describe('labs: fifth round, more phrasings (issue 12)', () => {
  const brief = (t: string) => labs(t).map((l) => [l.analyte, l.value ?? '', l.unit ?? '']);
  it('reads a value after a semicolon that follows a bracketed abbreviation', () => {
    expect(brief('Raised serum creatine kinase (CK; 3,456 U/L) was noted.')).toEqual([['CK', 3456, 'U/L']]);
  });
  it('never reads the numbers of "on days 1, 5 and 10" as values', () => {
    expect(brief('Creatine kinase levels were 4200, 2100 and 640 U/L on days 1, 5 and 10.')).toEqual([
      ['CK', 4200, 'U/L'],
      ['CK', 2100, 'U/L'],
      ['CK', 640, 'U/L'],
    ]);
  });
  it('reads a filtration rate per body surface and a glued "prostatespecific antigen"', () => {
    expect(brief('Her eGFR was 52 mL/min/1.73 m2, a normal prostatespecific antigen (0.4 ng/mL).')).toEqual([
      ['eGFR', 52, 'mL/min/{1.73_m2}'],
      ['PSA', 0.4, 'ng/mL'],
    ]);
  });
});

describe('labs: fifth round, brackets and grades (issue 12)', () => {
  const brief = (t: string) =>
    labs(t).map((l) => [l.analyte, l.value ?? '', l.unit ?? '', l.interpretation ?? '']);
  it('takes the unit written inside a bracketed range after a bare value', () => {
    expect(brief('Values: aldolase 9.8 (1.0-7.6 U/L), LDH 402 (135-225 U/L).')).toEqual([
      ['aldolase', 9.8, 'U/L', ''],
      ['LDH', 402, 'U/L', ''],
    ]);
  });
  it('never reads a dipstick grade ("2+") as a value', () => {
    expect(brief('Urinalysis revealed proteinuria (3+).')).toEqual([['urine protein', '', '', 'elevated']]);
  });
});

describe('labs: sixth round, enzyme names and limits (issue 12)', () => {
  const brief = (t: string) =>
    labs(t).map((l) => [l.analyte, l.value ?? '', l.unit ?? '', l.referenceRange?.high ?? '']);
  it('reads the older name of GGT and a procalcitonin value', () => {
    expect(brief('Her gamma-glutamyl transpeptidase was 98 U/L and procalcitonin 0.15 ng/mL.')).toEqual([
      ['GGT', 98, 'U/L', ''],
      ['procalcitonin', 0.15, 'ng/mL', ''],
    ]);
  });
});

describe('labs: sixth round, upper limits (issue 12)', () => {
  const brief = (t: string) =>
    labs(t).map((l) => [l.analyte, l.value ?? '', l.unit ?? '', l.referenceRange?.high ?? '']);
  it('reads "(upper normal N)" as the upper limit', () => {
    expect(brief('Her CK was 350 U/L (upper normal 190) on admission.')).toEqual([['CK', 350, 'U/L', 190]]);
  });
  it('reads a bracketed range whose count unit is glued to the number', () => {
    expect(brief('Leukopenia with a white blood cell count of 3200/µL (4000–10,500/µL) was found.')).toEqual([
      ['WBC', 3200, '/uL', 10500],
    ]);
  });
});

describe('labs: sixth round, dipstick grades (issue 12)', () => {
  const brief = (t: string) => labs(t).map((l) => [l.analyte, l.value ?? '', l.interpretation ?? '']);
  it('reads a dipstick grade of a urine test as an abnormal urine analyte, never as a value', () => {
    expect(brief('Urinalysis showed 3+ blood with granular casts but no red cells.')).toEqual([
      ['urine blood', '', 'elevated'],
    ]);
    expect(brief('Urine dipstick: protein 2+.')).toEqual([['urine protein', '', 'elevated']]);
    expect(brief('He had lost 3 units of blood.')).toEqual([]);
  });
});

describe('labs: sixth round, tumour markers stated positive (issue 12)', () => {
  const brief = (t: string) => labs(t).map((l) => [l.analyte, l.value ?? '', l.interpretation ?? '']);
  it('reads a tumour marker stated positive as elevated, and one stated negative as normal', () => {
    expect(brief('His alpha-fetal protein (AFP) was slightly positive.')).toEqual([['AFP', '', 'elevated']]);
    expect(brief('CEA was negative.')).toEqual([['CEA', '', 'normal']]);
    expect(brief('Ferritin was positive.')).toEqual([]);
  });
});

describe('labs: sixth round, international units without a volume (issue 12)', () => {
  it('keeps "IU" written without a volume as the unit, never as IU/L', () => {
    const r = labs('Other investigations: CPK- 1350 IU, TSH> 100 IU, normal T3/T4.');
    expect(r.map((l) => [l.analyte, l.comparator ?? '', l.value, l.unit])).toEqual([
      ['CK', '', 1350, '[IU]'],
      ['TSH', '>', 100, '[IU]'],
    ]);
  });
});

describe('labs: eighth round, units with abbreviation stops and worded limits (issue 12)', () => {
  it('reads "units per l." and "ng./ml." as units and "normal less than N" as the upper limit', () => {
    const r = labs(
      'Blood tests gave a raised creatine phosphokinase (1,210 units per l., normal 30 to 170) and a high carcinoembryogenic antigen (12.8 ng./ml., normal less than 3.0).',
    );
    expect(r.map((l) => [l.analyte, l.value, l.unit, l.upperLimit])).toEqual([
      ['CK', 1210, 'U/L', 170],
      ['CEA', 12.8, 'ng/mL', 3],
    ]);
    expect(ucumUnit('mg./dl.')).toBe('mg/dL');
    expect(labs('Her CK was 640 U/L (normal below 190).')[0]?.upperLimit).toBe(190);
  });
});

describe('labs: eighth round, "resp." (issue 12)', () => {
  it('reads "resp." as "respectively" and "troponins" as troponin', () => {
    const r = labs('Troponins and creatine kinase were both high (240 ng/L and 5120 U/L resp.) on arrival.');
    expect(r.map((l) => [l.analyte, l.value, l.unit])).toEqual([
      ['troponin', 240, 'ng/L'],
      ['CK', 5120, 'U/L'],
    ]);
  });
});

describe('labs: eighth round, modifiers sharing a head noun (issue 12)', () => {
  it('reads "aspartate and alanine aminotransferase" as AST and ALT', () => {
    expect(
      labs('She had normal aspartate and alanine aminotransferase levels.').map(
        (l) => `${l.analyte} ${l.interpretation}`,
      ),
    ).toEqual(['AST normal', 'ALT normal']);
    // a word before "and" that names no analyte with the head stays a word
    expect(labs('Pyruvate and creatine kinase were normal.').map((l) => l.analyte)).toEqual(['CK']);
    // (lactate, once the example here, is an analyte of its own since session 16: both are read)
    expect(labs('Lactate and creatine kinase were normal.').map((l) => l.analyte)).toEqual(['lactate', 'CK']);
  });
});

describe('labs: eighth round, "it" after a clause break (issue 12)', () => {
  it('reads "it was elevated at N" as the analyte of the clause before', () => {
    const r = labs('Her CK was normal at 98 U/L; two weeks earlier it was elevated at 3120 U/L.');
    expect(r.map((l) => [l.analyte, l.value, l.interpretation])).toEqual([
      ['CK', 98, undefined],
      ['CK', 3120, 'elevated'],
    ]);
    // "it" that reports no level is no analyte
    expect(labs('Her CK was 400 U/L; it was measured by a new assay.').map((l) => l.value)).toEqual([400]);
  });
});

describe('labs: eighth round, a long list of tests before "were normal" (issue 12)', () => {
  it('passes over the other tests of a long list to its closing interpretation', () => {
    expect(
      labs(
        'ESR, C-reactive protein (CRP), tumour markers, hepatitis B serology, anti-human immunodeficiency virus (anti-HIV), thyroid function, and serum potassium were normal.',
      ).map((l) => `${l.analyte} ${l.interpretation}`),
    ).toEqual(['ESR normal', 'CRP normal', 'potassium normal']);
    // a verb ends the list: a later clause's result is not the list's
    expect(
      labs('CK was measured, the electromyogram showed a myopathic pattern, and the biopsy was normal.'),
    ).toEqual([]);
  });
});

describe('labs: ninth round, a lab listed with an "anti-X" antibody (issue 12)', () => {
  it('reads the shared interpretation across an antibody whose name follows its "anti-" prefix', () => {
    expect(
      labs('Both the serum ferritin and anti-MDA5 antibody levels were raised on admission.').map(
        (l) => `${l.analyte} ${l.interpretation}`,
      ),
    ).toEqual(['ferritin elevated']);
    expect(
      labs('Aldolase, CK and anti-Jo-1 antibodies were normal.').map(
        (l) => `${l.analyte} ${l.interpretation}`,
      ),
    ).toEqual(['aldolase normal', 'CK normal']);
    // a word that names no antibody after "and" still ends the item
    // the antibody written out, with its abbreviation in brackets, is one item
    expect(
      labs(
        'Serum ferritin and anti-melanoma differentiation-associated gene 5 (MDA5) antibody levels were high.',
      ).map((l) => `${l.analyte} ${l.interpretation}`),
    ).toEqual(['ferritin elevated']);
    expect(labs('Ferritin and the chest film were reviewed; they were elevated.')).toEqual([]);
  });
});

describe('labs: ninth round, the white cell differential (issue 12)', () => {
  it('reads neutrophil, lymphocyte, monocyte and eosinophil counts with their values', () => {
    expect(
      labs(
        'Neutrophil count 8.4 × 10^9/L, lymphocytes 0.6 × 10^9/L, monocytes 0.5 × 10^9/L, eosinophils 0.1 × 10^9/L.',
      ).map((l) => `${l.analyte} ${l.value} ${l.unit}`),
    ).toEqual([
      'neutrophils 8.4 10*9/L',
      'lymphocytes 0.6 10*9/L',
      'monocytes 0.5 10*9/L',
      'eosinophils 0.1 10*9/L',
    ]);
    expect(labs('The lymphocyte count was low.').map((l) => `${l.analyte} ${l.interpretation}`)).toEqual([
      'lymphocytes low',
    ]);
    // cells of a biopsy named without a value are no blood count
    expect(labs('The biopsy showed T lymphocytes and eosinophils, with increased fibrosis.')).toEqual([]);
  });
});

describe('labs: ninth round, a generic name restating a specific test (issue 12)', () => {
  it('reads "troponins" after "troponin T" as the same result, not a second one', () => {
    expect(
      labs('Troponin T was raised. The rise in troponins was put down to the myositis.').map(
        (l) => `${l.analyte} ${l.interpretation}`,
      ),
    ).toEqual(['troponin T elevated']);
    // alone, or with another result than the specific test's, the generic name is kept
    expect(labs('Troponin was elevated.').map((l) => l.analyte)).toEqual(['troponin']);
    expect(
      labs('Troponin I was normal; troponins were elevated on day 3.').map(
        (l) => `${l.analyte} ${l.interpretation}`,
      ),
    ).toEqual(['troponin I normal', 'troponin elevated']);
  });
});

describe('labs: tenth round, results named by a state word, clotting times, wrapped units (issue 12)', () => {
  const read = (t: string) =>
    labs(t).map((l) => `${l.analyte} ${l.value ?? ''}${l.unit ?? ''} ${l.interpretation ?? ''}`);
  it('reads a blood count named by its high or low state ("eosinophilia", "lymphopenia") as that count\'s result', () => {
    expect(read('She had a mild peripheral blood eosinophilia and a lymphopenia.')).toEqual([
      'eosinophils  elevated',
      'lymphocytes  low',
    ]);
    expect(read('There was no neutropenia.')).toEqual(['neutrophils  normal']);
    // the cell named alone is still a cell of a tissue, not a count
    expect(read('The infiltrate held eosinophils and lymphocytes.')).toEqual([]);
  });
  it('reads a prolonged clotting time as a high one, and "not prolonged" as normal', () => {
    expect(read('She had a prolonged prothrombin time.')).toEqual(['PT  elevated']);
    expect(read('The activated partial thromboplastin time was not prolonged.')).toEqual(['PTT  normal']);
    // "prolonged" is said of a time only: a prolonged course of another analyte is no result
    expect(read('A prolonged course of prednisone was given; CK 300 U/L.')).toEqual(['CK 300U/L ']);
  });
  it('gives the value after "(ABBR;" to the analyte when a reference follows in the bracket', () => {
    expect(
      labs(
        'A marked increase in creatine phosphokinase (CPK; 3,560 IU/liter, normal values 180 IU/liter).',
      ).map((l) => [l.analyte, l.value, l.unit, l.upperLimit]),
    ).toEqual([['CK', 3560, '[IU]/L', 180]]);
  });
  it("reads a unit carried to the next line by a wrapped column as the value's unit", () => {
    expect(read('and a further increase in CPK levels (up to 3,650\nIU/liter).')).toEqual([
      'CK 3650[IU]/L elevated',
    ]);
    // the next row of a pasted table is not a unit
    expect(read('CK 3650\nLDH 400 U/L')).toEqual(['CK 3650 ', 'LDH 400U/L ']);
  });
  it('reads tests "within (the) reference range / limits / interval" as normal, and "within normal" as before', () => {
    const read = (t: string) => labs(t).map((l) => `${l.analyte} ${l.interpretation}`);
    // (the group's own reading, session 45, beside its members')
    expect(read('Muscle enzymes including CK and aldolase were within reference range.')).toEqual([
      'muscle enzymes normal',
      'CK normal',
      'aldolase normal',
    ]);
    expect(read('Serum LDH was within the reference interval.')).toEqual(['LDH normal']);
    expect(read('CK and ALT were within reference limits.')).toEqual(['CK normal', 'ALT normal']);
    expect(read('CK was within normal limits.')).toEqual(['CK normal']);
    // "reference" alone is not a result ("the reference laboratory measured CK")
    expect(read('The reference laboratory measured CK and aldolase.')).toEqual([]);
  });
  it('reads the value after a perfect or a sharp verb of change ("had risen to", "has fallen to", "soared to")', () => {
    const read = (t: string) => labs(t).map((l) => `${l.analyte} ${l.value} ${l.unit}`);
    expect(read('At follow-up his CPK level had risen to 1400 U/L.')).toEqual(['CK 1400 U/L']);
    expect(read('By then the CK has fallen to 210 U/L.')).toEqual(['CK 210 U/L']);
    expect(read('Two days later CK soared to 9,800 U/L and ALT jumped to 310 U/L.')).toEqual([
      'CK 9800 U/L',
      'ALT 310 U/L',
    ]);
  });
  it('reads a blood count named by its state for the three cell lines, as for the differential', () => {
    const read = (t: string) => labs(t).map((l) => `${l.analyte} ${l.value ?? l.interpretation}`);
    expect(read('Laboratory evaluation revealed a mild normochromic normocytic anemia.')).toEqual([
      'haemoglobin low',
    ]);
    expect(read('She had anaemia and thrombocytopenia, with leucocytosis.')).toEqual([
      'haemoglobin low',
      'platelets low',
      'WBC elevated',
    ]);
    expect(read('Leucopenia and thrombocytosis were noted.')).toEqual(['WBC low', 'platelets elevated']);
    expect(read('There was no anaemia.')).toEqual(['haemoglobin normal']);
    // a value given beside the state is the result
    expect(read('Anaemia with haemoglobin 8.2 g/dL.')).toContain('haemoglobin 8.2');
  });
});

describe('labs: a second predicate joined to the analyte that opens the sentence (session 16)', () => {
  const read = (t: string) => labs(t).map((l) => [l.analyte, l.value ?? null, l.unit ?? null]);
  it('reads the value of "<analyte> had been …, and on admission was <value>"', () => {
    expect(
      read('CPK had been rising steadily over the preceding 5 months, and on admission was 3,150 IU/L.'),
    ).toEqual([['CK', 3150, '[IU]/L']]);
    expect(read('Her serum aldolase fell slowly, and at discharge was 9.1 U/L.')).toEqual([
      ['aldolase', 9.1, 'U/L'],
    ]);
  });
  it('never gives the analyte a value of another subject or of a longer clause', () => {
    // another noun in the second predicate: not the analyte's value
    expect(read('Her CK was high, and her weight was 60 kg.')).toEqual([['CK', null, null]]);
    // a second analyte before the value takes it
    expect(read('The CK had been falling, and the LDH was 560 U/L.')).toEqual([['LDH', 560, 'U/L']]);
  });
});

describe('labs: a change that goes on before the value (session 16)', () => {
  it('reads "continued to rise to (greater than) N" and "went on to fall further to N"', () => {
    expect(labs('Her CPK continued to rise to greater than 100,000 units/L.')).toEqual([
      expect.objectContaining({ analyte: 'CK', value: 100000, comparator: '>' }),
    ]);
    expect(labs('CK went on to fall further to 300 U/L.')).toEqual([
      expect.objectContaining({ analyte: 'CK', value: 300, unit: 'U/L' }),
    ]);
  });
});

describe('labs: fourteenth round of development items (session 17)', () => {
  it('an interpretation before a group governs its members listed in brackets', () => {
    expect(labs('Tests showed raised muscle enzymes (CPK, LDH and aldolase).')).toEqual([
      { analyte: 'muscle enzymes', interpretation: 'elevated' },
      { analyte: 'CK', interpretation: 'elevated' },
      { analyte: 'LDH', interpretation: 'elevated' },
      { analyte: 'aldolase', interpretation: 'elevated' },
    ]);
    expect(labs('There was an elevation of liver enzymes (AST, ALT).')).toEqual([
      { analyte: 'AST', interpretation: 'elevated' },
      { analyte: 'ALT', interpretation: 'elevated' },
    ]);
  });
  it('"creatine kinase-myocardial band" is the MB isoenzyme, not total CK', () => {
    expect(
      labs(
        'Creatine kinase, its creatine kinase-myocardial band isoenzyme and troponin I were all high.',
      ).map((l) => l.analyte),
    ).toEqual(['CK', 'CK-MB', 'troponin I']);
  });
});

describe('labs: fourteenth round, parts three and four (session 17)', () => {
  it('a presence test found "absent" is normal; "a negative <test>" is no result of the list before it', () => {
    expect(labs('Bence Jones protein was absent.')).toEqual([
      { analyte: 'Bence Jones protein', interpretation: 'normal' },
    ]);
    expect(labs('Raised CK and troponin were found, with a negative coronary angiogram.')).toEqual([
      { analyte: 'CK', interpretation: 'elevated' },
      { analyte: 'troponin', interpretation: 'elevated' },
    ]);
  });
  it('units: a space after the slash, and enzyme "units" without a volume', () => {
    expect(labs('Total leucocyte count 8100/ mm3.')).toEqual([{ analyte: 'WBC', value: 8100, unit: '/mm3' }]);
    expect(labs('Her CPK was greater than 1500 units.')).toEqual([
      { analyte: 'CK', value: 1500, comparator: '>', unit: 'U' },
    ]);
  });
  it('older and shortened names: "polymorphonuclear cells", "phosphokinase", plural protein tests', () => {
    expect(labs('Differential: polymorphonuclear cells 71%.')).toEqual([
      { analyte: 'neutrophils', value: 71, unit: '%' },
    ]);
    expect(labs('She had elevated phosphokinase levels.')).toEqual([
      { analyte: 'CK', interpretation: 'elevated' },
    ]);
    expect(labs('Total serum proteins 55 g/l.')).toEqual([
      { analyte: 'total protein', value: 55, unit: 'g/L' },
    ]);
  });
});

describe('labs: fourteenth round, parts five and six (session 17)', () => {
  it('total thyroxine, urates, ionised calcium and a Westergren rate are read', () => {
    expect(labs('T4 was 118 pmol/L.')).toEqual([{ analyte: 'T4', value: 118, unit: 'pmol/L' }]);
    expect(labs('Urates 7.1 mg/dl, ionic calcium 4.4 mg/dl.').map((l) => l.analyte)).toEqual([
      'uric acid',
      'ionised calcium',
    ]);
    expect(labs('He had a raised Westergren sedimentation rate and C reactive protein.')).toEqual([
      { analyte: 'ESR', interpretation: 'elevated' },
      { analyte: 'CRP', interpretation: 'elevated' },
    ]);
  });
  it('a tumour stage "T4" is no thyroxine level', () => {
    expect(labs('The tumour was staged T4 N2 M0.')).toEqual([]);
  });
  it('"a trial of <drug>" is this patient\'s treatment, not a clinical trial: the value after it is read', () => {
    expect(labs('A trial of carbimazole led to a flare (CK 1410 IU/L).')).toEqual([
      { analyte: 'CK', value: 1410, unit: '[IU]/L' },
    ]);
    expect(labs('In a trial of 300 patients, CK was 500 U/L.')).toEqual([]);
  });
});

describe('labs: a value after a day number (session 17, synthetic rows)', () => {
  it('"… on day 5 and 154 U/L at discharge": a number with a unit is the next value, not a day', () => {
    expect(
      labs('CK was 8800 U/L on admission, 3100 U/L on day 5 and 160 U/L on day 9.').map((l) => l.value),
    ).toEqual([8800, 3100, 160]);
    expect(labs('CK values on days 1, 3 and 7 were 8,000, 4,000 and 900 U/L.').map((l) => l.value)).toEqual([
      8000, 4000, 900,
    ]);
  });
});

describe('labs: a return to baseline (session 17)', () => {
  it('"CPK back to baseline levels (51 U/L)" is a value of CK', () => {
    expect(labs('Her creatine phosphokinase came back to baseline levels (48 U/L) within 2 weeks.')).toEqual([
      { analyte: 'CK', value: 48, unit: 'U/L' },
    ]);
  });
});

describe('labs: units of part seven (session 17)', () => {
  it('"gm/dL", "/cumm" and "mm at the end of the first hour"; "C3 hypocomplementemia" is a low C3', () => {
    expect(
      labs(
        'Haemoglobin was 10.2 gm/dL, leukocyte count 2700/cumm and ESR 85 mm at the end of the first hour.',
      ),
    ).toEqual([
      { analyte: 'haemoglobin', value: 10.2, unit: 'g/dL' },
      { analyte: 'WBC', value: 2700, unit: '/mm3' },
      { analyte: 'ESR', value: 85, unit: 'mm/h' },
    ]);
    expect(labs('She had C3 hypocomplementemia.')).toEqual([{ analyte: 'C3', interpretation: 'low' }]);
  });
});

describe('labs: an earlier and a current reading in one sentence (session 17)', () => {
  it('"CK, which had been 300 U/L a year earlier, was now 9870 U/L" gives both readings', () => {
    expect(
      labs('Her CK, which had been 280 U/L a year earlier, was now 9640 U/L.').map((l) => l.value),
    ).toEqual([280, 9640]);
    expect(labs('Her CK was 280 U/L a year earlier and was now 9640 U/L.').map((l) => l.value)).toEqual([
      280, 9640,
    ]);
  });
});

describe('labs: a second value in a unit of another kind (session 17)', () => {
  it('a dose in mg/dL after a CK in U/L is no reading of CK; U/L and IU/L are one kind', () => {
    expect(labs('CK was 310 U/L and 15 mg/dL of prednisolone was given.')).toEqual([
      { analyte: 'CK', value: 310, unit: 'U/L' },
    ]);
    expect(labs('CK fell from 9100 U/L to 3500 IU/L.').map((l) => l.value)).toEqual([9100, 3500]);
  });
});

describe('labs: aldolase by its short form "ALD" (session 43)', () => {
  it('reads "CK and ALD levels" raised as both raised, and an ALD value as aldolase', () => {
    expect(
      labs('Weakness came with raised CK and ALD levels in serum.').map(
        (l) => `${l.analyte} ${l.interpretation}`,
      ),
    ).toEqual(['CK elevated', 'aldolase elevated']);
    expect(labs('ALD 12.4 U/L.').map((l) => `${l.analyte} ${l.value} ${l.unit}`)).toEqual([
      'aldolase 12.4 U/L',
    ]);
  });
  it('reads no lab from a disease abbreviated ALD (control)', () => {
    expect(labs('He had a history of ALD and cirrhosis.')).toEqual([]);
  });
});

describe('labs: "free" in the name of a hormone is no denial (session 43)', () => {
  it('keeps a high CK before "free thyroid hormones were normal" a high CK', () => {
    expect(
      labs('Her CK stayed high though her free thyroid hormones were normal.').map(
        (l) => `${l.analyte} ${l.interpretation}`,
      ),
    ).toEqual(['CK elevated']);
  });
  it('still reads "symptom free" as a denial (control)', () => {
    expect(
      labs('She was weakness free and her CK was high.').map((l) => `${l.analyte} ${l.interpretation}`),
    ).toEqual(['CK elevated']);
  });
});

describe('labs: "high" before a risk or a suspicion is no reading (session 43)', () => {
  it('reads no calcium level from a calcium dose given for a high risk of fracture', () => {
    expect(labs('She was given 500 mg of calcium daily because of the high risk of fracture.')).toEqual([]);
  });
  it('keeps a calcium stated high (control)', () => {
    expect(labs('Serum calcium was high.').map((l) => `${l.analyte} ${l.interpretation}`)).toEqual([
      'calcium elevated',
    ]);
  });
});

describe('labs: a micro sign written apart from "kat" (session 43)', () => {
  it('reads "95.1 μ kat/L" with its unit', () => {
    expect(labs('CK was 95.1 μ kat/L on admission.').map((l) => `${l.analyte} ${l.value} ${l.unit}`)).toEqual(
      ['CK 95.1 ukat/L'],
    );
  });
});
