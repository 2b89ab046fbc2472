/**
 * Where a sentence ends: ranges with a dotted initialism, abbreviations that often end a sentence, a note's
 * shorthand, a capital letter that names a type against an initial, list numbers and line breaks, a sentence
 * opening with a lower-case "anti-" and ellipses, and the first line of a text as a title or a sentence.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../document.js';
import { extractCase } from '../extract.js';
import { splitSentences } from '../sentences.js';

/** The sentences of a text as strings. */
const cut = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

const HEAD = 'A 49-year-old man came with weakness of the thighs and a violaceous rash of the eyelids.\n';
const read = (body: string) => extractCase(HEAD + body + '\n').case;
const labValue = (body: string, analyte: string) => read(body).labs.find((l) => l.analyte === analyte)?.value;

const abResult = (body: string, target: string) =>
  read(body).antibodies.find((a) => a.target === target)?.result;

describe('session 40: a range written with a dotted initialism stays with its value', () => {
  it('does not cut "(N.R. …)", "(r.r. …)", "(U.L.N. …)" before the number', () => {
    expect(cut('LDH was 655 U/L (N.R. 120–250) and anti-SAE was positive.')).toHaveLength(1);
    expect(cut('Aldolase 12.1 U/L (r.r. 1.5-8.0), anti-Mi-2 positive.')).toHaveLength(1);
    expect(cut('AST was 190 U/L (U.L.N. 35) on day 2.')).toHaveLength(1);
    expect(abResult('LDH was 655 U/L (N.R. 120–250) and anti-SAE was positive.', 'SAE')).toBe('positive');
    expect(labValue('LDH was 655 U/L (N.R. 120–250) and anti-SAE was positive.', 'LDH')).toBe(655);
  });
  it('still ends a sentence on "U.L.N." before a capital, and a dotted initialism before a number runs on', () => {
    expect(cut('CK was 30 times the U.L.N. Anti-NXP2 was positive.')).toHaveLength(2);
    expect(cut('She moved to the U.S. 3 years before the rash began.')).toHaveLength(1);
  });
});

describe('session 40: abbreviations that often end a sentence', () => {
  it('ends a sentence after "et al.", "etc.", "resp." before a capitalised word', () => {
    expect(
      cut('The same course was described by Nakamura et al. Our patient had a CK of 5,100 U/L.'),
    ).toHaveLength(2);
    expect(cut('She had mechanic hands, arthralgia etc. Anti-Jo-1 was negative.')).toHaveLength(2);
    expect(cut('ALT and AST were 88 and 120 U/L, resp. Anti-MDA5 was positive.')).toHaveLength(2);
  });
  it('keeps "et al." and a firm inside brackets, and "Co. Ltd"', () => {
    expect(cut('As in the report (Nakamura et al. Rheumatology 2018), the rash came first.')).toHaveLength(1);
    expect(cut('Tested by immunoblot (Euroimmun Inc. Lübeck) with a strong band.')).toHaveLength(1);
    expect(cut('Tested with a kit of MBL Co. Ltd. in Nagoya.')).toHaveLength(1);
  });
  it('ends a sentence after a month, a clock time or a dosing frequency before a capital', () => {
    expect(cut('She was first seen on the 9th of Feb. Her CK was 2,900 U/L.')).toHaveLength(2);
    expect(cut('Blood was drawn at 7 a.m. CK was 2,900 U/L.')).toHaveLength(2);
    expect(cut('She takes hydroxychloroquine 200 mg b.i.d. LDH was 410 U/L.')).toHaveLength(2);
    expect(labValue('She takes hydroxychloroquine 200 mg b.i.d. LDH was 410 U/L.', 'LDH')).toBe(410);
  });
  it('keeps a month before a year or a day', () => {
    expect(cut('She was admitted on 14 Sept. 2022 with dysphagia.')).toHaveLength(1);
  });
  it('ends a sentence after a unit that follows a number, not after "max." before a value', () => {
    expect(cut('The rash had been there for 6 wks. Aldolase was 14 U/L.')).toHaveLength(2);
    expect(cut('Prednisolone was reduced to 7.5 mg. LDH was 390 U/L.')).toHaveLength(2);
    expect(cut('The infusion ran over 90 min. She tolerated it well.')).toHaveLength(2);
    expect(cut('The peak (max. CK 9,900 U/L) came on day 4.')).toHaveLength(1);
  });
  it('ends a sentence after a route only when a dose stands before it', () => {
    expect(cut('She was given methylprednisolone 1 g i.v. Anti-TIF1-γ was positive.')).toHaveLength(2);
    expect(cut('She was given i.v. Solu-Medrol for three days.')).toHaveLength(1);
    expect(cut('She was given i.v. methylprednisolone. CK fell.')).toHaveLength(2);
  });
  it('ends a sentence after other abbreviations only before a word that opens one', () => {
    expect(cut('She had lived in the U.K. She returned with a rash.')).toHaveLength(2);
    expect(cut('It was approved by the U.S. Food and Drug Administration for this use.')).toHaveLength(1);
    expect(cut('She was seen by Dr. Alvarez in clinic.')).toHaveLength(1);
    expect(cut('Several signs, e.g. The shawl sign, were seen.')).toHaveLength(1);
  });
});

describe('session 40: the shorthand of a note', () => {
  it('ends a sentence after "ca." (a cancer) before a capital, and runs "ca." (circa) into its number', () => {
    expect(cut('Past history: colon ca. LDH 610 U/L on arrival.')).toHaveLength(2);
    expect(cut('Rash for ca. 5 weeks before the visit.')).toHaveLength(1);
  });
  it('ends a sentence after an answer "No." and after "NOS."', () => {
    expect(cut('Alcohol: No. Anti-SAE: positive.')).toHaveLength(2);
    expect(cut('Histology: squamous carcinoma NOS. Anti-TIF1-γ was positive.')).toHaveLength(2);
    expect(cut('Case No. 4 had the same course.')).toHaveLength(1);
  });
  it('keeps a measurement label with its value ("Hb. 10.4 g/dL")', () => {
    expect(cut('Hb. 10.4 g/dL, LDH 530 U/L.')).toHaveLength(1);
    expect(labValue('Hb. 10.4 g/dL, LDH 530 U/L.', 'LDH')).toBe(530);
  });
});

describe('session 40: a capital letter that names a type ends a sentence, an initial does not', () => {
  it('cuts after "vitamin D." and "hepatitis C." before a capital', () => {
    expect(cut('She was low in vitamin D. Anti-SAE was positive.')).toHaveLength(2);
    expect(cut('Serology was negative for hepatitis C. Anti-Mi-2 was positive.')).toHaveLength(2);
    expect(abResult('Serology was negative for hepatitis C. Anti-Mi-2 was positive.', 'Mi-2')).toBe(
      'positive',
    );
  });
  it('keeps an initial with its surname', () => {
    expect(cut('The biopsy was reviewed by P. Q. Lindqvist and confirmed the diagnosis.')).toHaveLength(1);
    expect(cut('She was referred by T. Okafor to our clinic.')).toHaveLength(1);
  });
});

describe('session 40: list numbers and line breaks', () => {
  it('does not cut a list number from its item', () => {
    expect(cut('Results:\n1. LDH 530 U/L\n2. Anti-MDA5 positive')).toEqual([
      'Results:',
      '1. LDH 530 U/L',
      '2. Anti-MDA5 positive',
    ]);
    expect(cut('Summary: 1. Anti-SAE was positive. 2. LDH was 530 U/L.')).toEqual([
      'Summary: 1. Anti-SAE was positive.',
      '2. LDH was 530 U/L.',
    ]);
  });
  it('reads lettered and roman items each as their own line', () => {
    expect(cut('Findings:\na) heliotrope rash\nb) LDH 530 U/L')).toHaveLength(3);
    expect(cut('Findings:\n(i) heliotrope rash\n(ii) LDH 530 U/L')).toHaveLength(3);
  });
  it('goes on across a line that stops on "the", "of" or "and"', () => {
    expect(cut('On admission she had a shawl sign and the\nLDH was 530 U/L.')).toHaveLength(1);
    expect(labValue('On admission she had a shawl sign and the\nLDH was 530 U/L.', 'LDH')).toBe(530);
    // an answer after a colon still ends its line
    expect(cut('Smoking: no\nAlcohol: none')).toHaveLength(2);
  });
  it('goes on across a line that stops on "no" after a verb, not in a checklist', () => {
    expect(cut('On examination there was no\nHeliotrope rash or shawl sign.')).toHaveLength(1);
    expect(cut('Night sweats no\nArthralgia yes')).toHaveLength(2);
  });
  it('starts a new item at "anti-" after a line of values, but not after an open word', () => {
    expect(cut('Bloods: LDH 530 U/L, ESR 55 mm/h\nanti-Jo-1 negative, anti-SAE positive')).toHaveLength(2);
    expect(abResult('Bloods: LDH 530 U/L, ESR 55 mm/h\nanti-Jo-1 negative, anti-SAE positive', 'Jo-1')).toBe(
      'negative',
    );
    expect(cut('She tested positive for\nanti-SAE antibodies.')).toHaveLength(1);
  });
});

describe('session 40: a sentence opening with a lower-case "anti-" and ellipses', () => {
  it('cuts before "anti-" after a full stop that no abbreviation owns', () => {
    expect(cut('LDH was 530 U/L. anti-Jo-1 was negative.')).toHaveLength(2);
    expect(cut('She had a shawl sign. anti-Jo-1 negative.')).toHaveLength(2);
    expect(cut('Several antibodies were tested, e.g. anti-Jo-1 and anti-PL-7.')).toHaveLength(1);
    expect(cut('Rash for about 3 wks. anti-SAE pos.')).toHaveLength(2);
    expect(cut('LDH 530 U/L (n.r. 120-250). anti-SAE pos.')).toHaveLength(2);
  });
  it('ends a sentence at an ellipsis character before a capital only', () => {
    expect(cut('The weakness came and went… Anti-SAE was positive.')).toHaveLength(2);
    expect(cut('The weakness came… and went.')).toHaveLength(1);
  });
});

describe('session 40: the first line of a text — a title or a sentence', () => {
  const first = (text: string) => analyse(text).sentences[0]!.attribution.reason;
  it('reads a first line that reports the patient in the past tense and ends with a full stop as a sentence', () => {
    expect(
      first('A 66-year-old man was admitted with weakness and a rash.\nA CT scan showed a mass.'),
    ).not.toBe('title');
    expect(
      first('The patient, a 39-year-old woman, complained of dysphagia.\nAnti-SAE was positive.'),
    ).not.toBe('title');
  });
  it('dates a cancer found at the work-up after such a first line', () => {
    const c = extractCase(
      'A 66-year-old man presented with proximal weakness and a heliotrope rash.\nA staging CT done for the malignancy screen revealed a gastric adenocarcinoma.',
    ).case;
    expect(c.cancers.find((k) => k.site === 'stomach')?.relationToMyositis).toBe('after');
  });
  it('keeps a title: no verb of a report, no full stop, a colon, or a title with a closing stop and no past verb', () => {
    expect(
      first('Dermatomyositis unmasking a renal carcinoma: a case report\n\nA 60-year-old man presented.'),
    ).toBe('title');
    expect(
      first('A 70-year-old man with dermatomyositis and bladder cancer\nHe presented with a rash.'),
    ).toBe('title');
    expect(
      first('Dermatomyositis with a pancreatic carcinoma in a 70-year-old man.\nHe presented with a rash.'),
    ).toBe('title');
    expect(first('A man who presented with a rash: dermatomyositis and colon cancer\nHe had a rash.')).toBe(
      'title',
    );
  });
});
