/**
 * Two cancer timings a probe of the project's own sentences found misread (session 50):
 * - "on the same day", "at the same admission", "in the same period" are words of concurrence, as "during the same
 *   hospitalisation" was; each had been read as a cancer the work-up found after the myositis, the convention when
 *   the text says nothing of the time;
 * - a cancer "being treated" or "under follow-up" when the myositis is told came before it.
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

describe('a cancer under treatment or follow-up when the myositis is told', () => {
  it('came before it', () => {
    for (const text of [
      'She was being treated for breast cancer at the time.',
      'At diagnosis, she was already under follow-up for a treated colon cancer.',
    ])
      expect(timesOf(DIAGNOSED + text), text).toEqual([[expect.any(String), 'before']]);
  });
  it('is not the myositis treated when a cancer was found', () => {
    expect(
      timesOf(DIAGNOSED + 'She was being treated for dermatomyositis when a breast cancer was found.'),
    ).toEqual([['breast', 'after']]);
  });
});
