/**
 * "On the same day", "at the same admission", "in the same period": words of concurrence like "during the same
 * hospitalisation", which was read (session 50, probe: each of these read as a cancer found after the myositis by its
 * work-up, the convention when the text says nothing of the time).
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerTimesAfterWeakThighs as timesOf } from './__fixtures__/timing.js';

const DIAGNOSED = 'A heliotrope rash and Gottron papules led to a diagnosis of dermatomyositis. ';

describe('a cancer found on the same day, admission or period', () => {
  it('is concurrent', () => {
    for (const text of [
      'On the same day, a mammogram revealed a breast carcinoma.',
      'At the same admission, an ovarian carcinoma was diagnosed.',
      'In the same period, a gastric adenocarcinoma was found.',
    ])
      expect(timesOf(DIAGNOSED + text)[0]?.[1], text).toBe(0);
  });
  it('leaves a work-up with no word of time after the myositis', () => {
    expect(timesOf(DIAGNOSED + 'Her initial work-up revealed a breast cancer.')).toEqual([
      ['breast', 'after'],
    ]);
  });
});
