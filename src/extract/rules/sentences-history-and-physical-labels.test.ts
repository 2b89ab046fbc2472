/**
 * The labels of a history and physical (session 46, found on development texts re-told as notes): "ID:", "CC:",
 * "H&P", "ROS:", "Labs", "A/P:" head sections of the case, so a note that opens with a background paragraph still
 * gives the patient's age and sex from its "ID:" line. With the control that a background stays general.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';

describe('the labels of a history and physical', () => {
  it('reads the ID line after a background paragraph as the patient', () => {
    const text =
      'Background: sarcomas are uncommon tumours, and dermatomyositis with them is rarely described.\n\nID: 43 yo F.\n\nCC: rash and weakness for 2 months.';
    expect(extractCase(text).case.patient).toMatchObject({ age: 43, sex: 'female' });
  });

  it('reads the ID line under an H&P heading after a purpose line', () => {
    const text =
      'Purpose: to describe polymyositis with a cancer.\n\nH&P\nID: 71 yo M, a retired builder.\nCC: trouble swallowing.';
    expect(extractCase(text).case.patient).toMatchObject({ age: 71, sex: 'male' });
  });

  it('keeps an age told in the background paragraph out of the patient (control)', () => {
    const text = 'Background: dermatomyositis peaks in adults of 50 years, women twice as often as men.';
    expect(extractCase(text).case.patient.age).toBeUndefined();
  });
});
