/**
 * Words of negation and scope for findings: denials the negation table lacked, a review of systems written as
 * questions and answered, a dotted label or abbreviation inside a sentence that ends no scope, and a limitation
 * shared by a list of actions. Each with the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';

const statusAfterTiredness = (sentence: string, id: string) =>
  extractCase(`A 61-year-old man was seen in clinic with tiredness.\n${sentence}\n`).case.findings?.find(
    (f) => f.id === id,
  )?.status;

const read = (sentence: string) =>
  extractCase(`A 58-year-old woman was referred with weakness and a raised CK.\n${sentence}\n`).case;

const statusAfterRaisedCk = (sentence: string, id: string) =>
  read(sentence).findings?.find((f) => f.id === id)?.status;

const statusAfterClinicVisit = (text: string, id: string) =>
  extractCase(`A 63-year-old man was seen in clinic.\n${text}`).case.findings.find((f) => f.id === id)
    ?.status;

describe('findings denied by words the negation table lacked (session 40 findings grid)', () => {
  it('reads "lacked" and "lacking" as a denial of what follows', () => {
    expect(statusAfterTiredness('He lacked a heliotrope rash.', 'heliotrope-rash')).not.toBe('present');
    expect(
      statusAfterTiredness('His hands were lacking mechanic’s hands changes.', 'mechanics-hands'),
    ).not.toBe('present');
    // control: the same sign stated plainly
    expect(statusAfterTiredness('He had a heliotrope rash.', 'heliotrope-rash')).toBe('present');
  });
  it('reads "… but found none" after a search as a denial of what was searched for', () => {
    expect(
      statusAfterTiredness('We searched for Gottron papules but found none.', 'gottron-papules'),
    ).not.toBe('present');
    expect(statusAfterTiredness('Dysphagia was asked about, but none was found.', 'dysphagia')).not.toBe(
      'present',
    );
    // control: "none" of something else leaves the sign present
    expect(statusAfterTiredness('He had dysphagia, but found no relief with antacids.', 'dysphagia')).toBe(
      'present',
    );
  });
});

describe('a review of systems written as questions and answered (session 40)', () => {
  it('reads "X? No." as absent and "X? Yes." as present', () => {
    expect(statusAfterTiredness('Gottron papules? No.', 'gottron-papules')).toBe('absent');
    expect(statusAfterTiredness('Any dysphagia? Yes.', 'dysphagia')).toBe('present');
    expect(statusAfterTiredness('Raynaud phenomenon? Yes. Dysphagia? Nil.', 'dysphagia')).toBe('absent');
  });
  it('keeps an unanswered question and a hedged one open', () => {
    expect(statusAfterTiredness('Dysphagia?', 'dysphagia')).toBe('uncertain');
    expect(statusAfterTiredness('Probable Gottron papules? Yes.', 'gottron-papules')).toBe('uncertain');
  });
});

describe('a dotted label or abbreviation inside a sentence ends no scope (session 40)', () => {
  it('lets a denial reach across "cf. Fig. 2" and "N.R." to the sign or antibody it denies', () => {
    expect(statusAfterRaisedCk('Gottron papules (cf. Fig. 4) were absent.', 'gottron-papules')).toBe(
      'absent',
    );
    expect(
      statusAfterRaisedCk('No heliotrope rash (see Fig. 1) or Gottron sign was seen.', 'gottron-sign'),
    ).toBe('absent');
    const results = Object.fromEntries(
      (read('No anti-PL-7 (N.R. < 1.0) or anti-NXP2 antibodies were found.').antibodies ?? []).map((a) => [
        a.target,
        a.result,
      ]),
    );
    expect(results).toEqual({ 'PL-7': 'negative', NXP2: 'negative' });
  });
  it('still ends a denial at a real sentence end', () => {
    expect(statusAfterRaisedCk('There was no fever. Gottron papules were present.', 'gottron-papules')).toBe(
      'present',
    );
  });
  it('ends a sentence after a lone letter of a lower-case name before a sentence opener ("troponin T. The …")', () => {
    const labs = read(
      'Her tests showed raised aldolase and troponin T. The influenza PCR test was negative.',
    ).labs;
    expect(labs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ analyte: 'aldolase', interpretation: 'elevated' }),
        expect.objectContaining({ analyte: 'troponin T', interpretation: 'elevated' }),
      ]),
    );
  });
});

describe('a limitation shared by a list of actions whose first action has an object', () => {
  it('reaches the swallowing at the end of the list', () => {
    expect(
      statusAfterClinicVisit('He had trouble getting off a low stool, chewing and swallowing.', 'dysphagia'),
    ).toBe('present');
    expect(statusAfterClinicVisit('Trouble getting up from the floor and swallowing.', 'dysphagia')).toBe(
      'present',
    );
  });
  it('does not reach a swallowing denied or told in a clause of its own (controls)', () => {
    expect(
      statusAfterClinicVisit('He had difficulty climbing stairs but not swallowing.', 'dysphagia'),
    ).not.toBe('present');
    expect(
      statusAfterClinicVisit(
        'He had trouble getting off a low stool, and swallowing was normal.',
        'dysphagia',
      ),
    ).toBe('absent');
    expect(
      statusAfterClinicVisit(
        'He had difficulty combing his hair, and he was swallowing pills without problems.',
        'dysphagia',
      ),
    ).not.toBe('present');
  });
});
