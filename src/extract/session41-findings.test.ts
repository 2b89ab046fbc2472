/**
 * Finding readings fixed in session 41 from the development items of that session's intake round. Each test is our
 * own sentence showing one construction, beside the near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

const status = (text: string, id: string) =>
  extractCase(`A 63-year-old man was seen in clinic.\n${text}`).case.findings.find((f) => f.id === id)
    ?.status;

describe('a limitation shared by a list of actions whose first action has an object', () => {
  it('reaches the swallowing at the end of the list', () => {
    expect(status('He had trouble getting off a low stool, chewing and swallowing.', 'dysphagia')).toBe(
      'present',
    );
    expect(status('Trouble getting up from the floor and swallowing.', 'dysphagia')).toBe('present');
  });
  it('does not reach a swallowing denied or told in a clause of its own (controls)', () => {
    expect(status('He had difficulty climbing stairs but not swallowing.', 'dysphagia')).not.toBe('present');
    expect(status('He had trouble getting off a low stool, and swallowing was normal.', 'dysphagia')).toBe(
      'absent',
    );
    expect(
      status(
        'He had difficulty combing his hair, and he was swallowing pills without problems.',
        'dysphagia',
      ),
    ).not.toBe('present');
  });
});
