/**
 * Dysphagia told as a statement about the swallowing (session 51, probe sentences of my own): "swallowing was
 * impaired", "her swallow was weak", "swallowing function was reduced", and its denial "swallowing was not
 * affected"; a weak swallow, food stuck, choking at a meal in the past tense. Each beside the control that must keep
 * its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { findingsAfterClinicVisit } from './__fixtures__/helpers.js';

describe('the swallowing stated impaired', () => {
  it('reads "swallowing was (markedly) impaired / affected", "swallowing function was reduced", "her swallow was weak"', () => {
    expect(findingsAfterClinicVisit('Her swallowing was markedly impaired.')).toEqual(['dysphagia:present']);
    expect(findingsAfterClinicVisit('Swallowing was affected.')).toEqual(['dysphagia:present']);
    expect(findingsAfterClinicVisit('Swallowing function was reduced.')).toEqual(['dysphagia:present']);
    expect(findingsAfterClinicVisit('His swallow was weak.')).toEqual(['dysphagia:present']);
  });

  it('reads the denial "swallowing was not affected" as no dysphagia', () => {
    expect(findingsAfterClinicVisit('Swallowing was not affected.')).toEqual(['dysphagia:absent']);
  });

  it('reads a weak swallow, food stuck in the throat and choking when eating', () => {
    expect(findingsAfterClinicVisit('The therapist found a weak swallow.')).toEqual(['dysphagia:present']);
    expect(findingsAfterClinicVisit('Food stuck in his throat at meals.')).toEqual(['dysphagia:present']);
    expect(findingsAfterClinicVisit('He choked when eating bread.')).toEqual(['dysphagia:present']);
  });

  it('leaves a swallow study’s result, a conditional and a relative’s swallowing alone (controls)', () => {
    expect(findingsAfterClinicVisit('The barium swallow was abnormal.')).toEqual([]);
    expect(findingsAfterClinicVisit('If swallowing is impaired, a feeding tube may be needed.')).toEqual([]);
    expect(findingsAfterClinicVisit('His mother’s swallowing was impaired.')).toEqual([]);
  });
});
