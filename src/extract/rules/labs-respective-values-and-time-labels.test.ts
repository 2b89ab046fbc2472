/**
 * Lab values reported together: a list of values "in that order", "stood at" and "having reached", clotting times,
 * a clause with its own subject after a denial, one value for a whole list, later readings "respectively", the
 * sedimentation rate in millimetres, a measurement with and without its reading, and a note's time label. Each
 * construction is written as a sentence of the project's own, beside the near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';

const CASE = 'Case presentation\n\nA 47-year-old woman came to clinic with weak thighs and upper arms. ';
const caseOf = (text: string) => extractCase(CASE + text).case;

/** Each lab as "analyte=value unit interpretation" (value or interpretation alone when the other is missing). */
const labsOf = (text: string) =>
  caseOf(text)
    .labs.map((l) =>
      [
        `${l.analyte}=${l.value ?? l.interpretation}`,
        l.unit,
        l.value !== undefined ? l.interpretation : undefined,
      ]
        .filter((x) => x !== undefined)
        .join(' '),
    )
    .sort();

describe('a list of values "in that order" and a reading reported "for" a list', () => {
  it('pairs the values in order and gives each analyte the reading', () => {
    expect(
      labsOf(
        'High levels were obtained for aldolase, LDH and ferritin, namely 9.4, 702 U/L and 2.350 ng/mL in that order.',
      ),
    ).toEqual(['LDH=702 U/L elevated', 'aldolase=9.4 elevated', 'ferritin=2350 ng/mL elevated']);
    expect(labsOf('Her CK, LDH and myoglobin came to 4100, 820 and 610 in the same order.')).toEqual([
      'CK=4100',
      'LDH=820',
      'myoglobin=610',
    ]);
    expect(labsOf('Low levels were noted for C3 and C4.')).toEqual(['C3=low', 'C4=low']);
    expect(labsOf('Normal values were documented for TSH and CRP.')).toEqual(['CRP=normal', 'TSH=normal']);
  });

  it('leaves an offered reading and a denied one alone', () => {
    expect(labsOf('Normal or low values were reported for ferritin.')).toEqual([]);
    expect(labsOf('Elevated levels were not found for CK.')).toEqual([]);
  });
});

describe('a value after "stood at" and "having reached"', () => {
  it('reads the value', () => {
    expect(labsOf('She was anaemic, her haemoglobin (Hb) having stood at 96 g/L.')).toContain(
      'haemoglobin=96 g/L',
    );
    expect(labsOf('Markers of inflammation were up, the CRP having reached 142 mg/L.')).toEqual([
      'CRP=142 mg/L',
    ]);
    expect(labsOf('Her ferritin, which stands at 1900 ng/mL, is falling.')).toEqual(['ferritin=1900 ng/mL']);
  });
});

describe('clotting times', () => {
  it('reads seconds after a prothrombin time and the abbreviations in a list of clotting tests', () => {
    expect(labsOf('PT 13.1 s, INR 1.2.')).toEqual(['INR=1.2', 'PT=13.1 s']);
    expect(labsOf('Prothrombin time was prolonged at 18 seconds.')).toEqual(['PT=18 s elevated']);
    expect(labsOf('PT and PTT were within normal limits.')).toEqual(['PT=normal', 'PTT=normal']);
    expect(labsOf('Unremarkable: ferritin; PTT; PT; TSH.')).toEqual([
      'PT=normal',
      'PTT=normal',
      'TSH=normal',
      'ferritin=normal',
    ]);
  });

  it("leaves physical therapy and a note's patient alone", () => {
    expect(labsOf('Physical therapy (PT) was begun and she did well.')).toEqual([]);
    expect(labsOf('PT twice weekly was normal practice here.')).toEqual([]);
    expect(labsOf('pt 52 s/p hysterectomy.')).toEqual([]);
  });
});

describe('a clause with its own subject after a denial', () => {
  it("is out of the denial's reach", () => {
    expect(labsOf('She had no fever, and her CK and LDH were both raised.')).toEqual([
      'CK=elevated',
      'LDH=elevated',
    ]);
    expect(labsOf('No weakness of the neck was seen and creatine kinase was raised.')).toEqual([
      'CK=elevated',
    ]);
    expect(labsOf('The urine held no casts, and ALT (SGPT) and AST (SGOT) were both high.')).toEqual([
      'ALT=elevated',
      'AST=elevated',
    ]);
  });

  it('keeps a denial of the reading itself', () => {
    expect(labsOf('She had no fever, and her CK was not raised.')).toEqual(['CK=normal']);
    expect(labsOf('No rash, fever, or raised CK was found.')).toEqual(['CK=normal']);
  });
});

describe('one value said of a whole list', () => {
  it('gives it to each member', () => {
    expect(labsOf('Both AST (GOT) and ALT (GPT) stood at 96 U/L.')).toEqual(['ALT=96 U/L', 'AST=96 U/L']);
    expect(labsOf('AST and ALT were each 71 U/L.')).toEqual(['ALT=71 U/L', 'AST=71 U/L']);
  });

  it('keeps values of their own', () => {
    expect(labsOf('AST and ALT were 120 and 75 U/L, both raised.')).toEqual(['ALT=75 U/L', 'AST=120 U/L']);
    expect(labsOf('Both CK and LDH were sent; CK was 850 U/L.')).toEqual(['CK=850 U/L']);
  });
});

describe('later readings told by "these were, respectively"', () => {
  it('gives each analyte named before its later value', () => {
    expect(
      labsOf(
        'At first CK was 2900 U/L and LDH 710 U/L; after a month these were, respectively, 350 U/L and 260 U/L.',
      ),
    ).toEqual(['CK=2900 U/L', 'CK=350 U/L', 'LDH=260 U/L', 'LDH=710 U/L']);
  });

  it('needs as many values as analytes', () => {
    expect(
      labsOf('At first CK was 2900 U/L and LDH 710 U/L; after a month they were 350 U/L, respectively.'),
    ).toEqual(['CK=2900 U/L', 'LDH=710 U/L']);
  });
});

describe('the sedimentation rate in millimetres and "until" for "up to"', () => {
  it('reads the rate per hour', () => {
    expect(labsOf('Her sedimentation rate, read at one hour, was 64 mm.')).toEqual(['ESR=64 mm/h']);
    expect(labsOf('ESR climbed until 48 mm/h.')).toEqual(['ESR=48 mm/h']);
  });

  it('leaves a pressure, a year and a dose alone', () => {
    expect(labsOf('ESR was 30 mm and blood pressure 130/85 mmHg.')).toEqual(['ESR=30 mm/h']);
    expect(labsOf('CK stayed high until 2021.')).toEqual(['CK=elevated']);
    expect(labsOf('CK went on rising until 40 mg of prednisone was started.').some((l) => /\d/.test(l))).toBe(
      false,
    );
  });
});

describe('a measurement stated with its reading and again without', () => {
  it('is one result, with the reading', () => {
    const text =
      'She was sent for a raised CK (812 IU/l).\n\nResults:\nSerum CK          812 IU/l\nEMG          normal\n';
    expect(labsOf(text).filter((l) => l.startsWith('CK='))).toEqual(['CK=812 [IU]/L elevated']);
  });

  it('keeps another value apart', () => {
    const text = 'She was sent for a raised CK (812 IU/l).\n\nResults:\nSerum CK          2,140 IU/l\n';
    expect(labsOf(text).filter((l) => l.startsWith('CK='))).toEqual([
      'CK=2140 [IU]/L',
      'CK=812 [IU]/L elevated',
    ]);
  });
});

describe("a note's time label, then a reading with a value", () => {
  it("reads it as the last analyte's earlier value", () => {
    expect(labsOf('CPK 140 U/L.\nTwo weeks before: raised at 3870 U/L, thought to be exertional.')).toEqual([
      'CK=140 U/L',
      'CK=3870 U/L elevated',
    ]);
  });

  it('needs one analyte before and its unit', () => {
    expect(labsOf('CPK 140 U/L and LDH 300 U/L.\nTwo weeks before: raised at 3870 U/L.')).toEqual([
      'CK=140 U/L',
      'LDH=300 U/L',
    ]);
    expect(labsOf('CPK 140 U/L.\nTwo weeks before: raised at 3870 ng/mL.')).toEqual(['CK=140 U/L']);
  });
});
