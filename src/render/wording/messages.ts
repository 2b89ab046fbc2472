/**
 * Message codes (`src/core/messages.ts`) in words: what a calculator's check, the dosing arithmetic or the
 * store says, as the CLI, the API (`problem+json`) and the web show it. Item ids (`mmt-baseline`) stay as
 * they are: they are what the user typed.
 * @module
 */
import type { HeliotropeError, Issue } from '../../core/issues.js';
import type { Message, MessageCode, MessageParams } from '../../core/messages.js';

const p = (params: MessageParams | undefined, key: string): string => String(params?.[key] ?? '');

/** What an item is needed for (`item-needed`). */
const PURPOSE_WORDS: Readonly<Record<string, string>> = {
  bsa: 'for the body-surface area',
  'cockcroft-gault': 'for Cockcroft–Gault (or give gfr-measured)',
};

/** What a missing record is (`not-found`). */
const RECORD_WORDS: Readonly<Record<string, string>> = {
  case: 'case',
  user: 'user',
  token: 'API token',
  'case-version': 'version',
};

/** Every message code in words, from its parameters. */
export const MESSAGE_WORDS: Readonly<Record<MessageCode, (params?: MessageParams) => string>> = {
  'histology-without-biopsy': (x) =>
    `${p(x, 'item')} is given but muscle-biopsy is not "done"; set muscle-biopsy=done to use the biopsy model`,
  'mmt-above-max': (x) => `${p(x, 'item')} ${p(x, 'value')} is above mmt-max ${p(x, 'max')}`,
  'enzyme-uln-needed': () => 'enzyme-uln is needed to score the enzyme change',
  'item-needed': (x) => `${p(x, 'item')} is needed ${PURPOSE_WORDS[p(x, 'purpose')] ?? ''}`.trimEnd(),
  'needs-dose-per-m2': (x) => `${p(x, 'item')} applies to a mg/m² dose: give dose-mg-per-m2`,
  'needs-target-auc': (x) => `${p(x, 'item')} is used for carboplatin: give target-auc`,
  'scr-unit-needed': () => 'scr-unit is needed: mg/dl or umol/l',
  'dosing-nothing-to-compute': () =>
    'give height-cm and weight-kg (body-surface area, mg/m² dose) and/or target-auc with gfr-measured or age, sex, weight-kg and scr (carboplatin)',
  'value-required': (x) => `${p(x, 'field')} is required (${p(x, 'unit')})`,
  'value-not-a-number': (x) => `${p(x, 'field')} must be a number (${p(x, 'unit')})`,
  'value-implausible': (x) =>
    `${p(x, 'field')} = ${p(x, 'value')} ${p(x, 'unit')} is implausible (expected ${p(x, 'min')}–${p(x, 'max')} ${p(x, 'unit')})`,
  'sex-needed-for-cockcroft-gault': () => 'sex (female or male) is required for Cockcroft–Gault',
  'creatinine-unit-unknown': (x) => `the creatinine unit "${p(x, 'unit')}" is not mg/dL or µmol/L`,
  'creatinine-implausible': (x) => {
    const other = p(x, 'otherUnit');
    const hint =
      other === 'umol/L'
        ? ' (is it in µmol/L? set scr-unit umol/l)'
        : other === 'mg/dL'
          ? ' (is it in mg/dL?)'
          : '';
    return `serum creatinine ${p(x, 'value')} ${p(x, 'unit')} (${p(x, 'mgDl')} mg/dL) is implausible; expected ${p(x, 'min')}–${p(x, 'max')} mg/dL${hint}`;
  },
  'gfr-or-crcl-needed': () => 'give a measured GFR (gfr-measured) or the Cockcroft–Gault inputs',
  'dose-per-m2-not-positive': () => 'the mg/m² dose must be a positive number',
  'bsa-implausible': (x) =>
    `a body-surface area of ${p(x, 'value')} m² is implausible (expected ${p(x, 'min')}–${p(x, 'max')})`,
  'dose-reduction-out-of-range': () => 'the dose reduction must be at least 0 % and below 100 %',
  'anthracycline-dose-implausible': (x) =>
    `${p(x, 'value')} mg/m² per cycle is implausible (expected more than 0 and at most ${p(x, 'max')} mg/m²)`,
  'cycles-out-of-range': (x) => `the number of cycles must be a whole number from 1 to ${p(x, 'max')}`,
  'reduced-cycles-out-of-range': () =>
    'the number of reduced cycles must be a whole number from 0 to the number of cycles',
  'invalid-dosing-input': (x) => `${p(x, 'item')} cannot be used for the dose`,
  'stale-version': (x) =>
    `the case was changed by someone else: your edit is based on version ${p(x, 'base')}, the current version is ${p(x, 'current')}`,
  'version-mismatch': (x) => `expected version ${p(x, 'current')}, got ${p(x, 'base')}`,
  'username-taken': (x) => `the user name "${p(x, 'username')}" is already taken`,
  'not-found': (x) => {
    const what = RECORD_WORDS[p(x, 'record')] ?? 'record';
    if (p(x, 'record') === 'case-version')
      return `version ${p(x, 'version')} of case ${p(x, 'id')} not found`;
    return `${what} ${p(x, 'id')} not found`;
  },
};

/**
 * A message in words.
 * @param m - the message code with its parameters
 */
export function messageWords(m: Message): string {
  return MESSAGE_WORDS[m.code](m.params);
}

/**
 * What an issue says, in words: its coded detail through the wording table, else its message.
 * @param i - the issue
 */
export function issueText(i: Pick<Issue, 'message' | 'detail'>): string {
  return i.detail ? messageWords(i.detail) : i.message;
}

/**
 * The issue with its message in words (for an interface that sends issues on: the API, JSON output).
 * @param i - the issue
 */
export function wordedIssue<I extends Pick<Issue, 'message' | 'detail'>>(i: I): I {
  return i.detail ? { ...i, message: messageWords(i.detail) } : i;
}

/**
 * An error's summary in words: its coded detail through the wording table, else its message.
 * @param e - the error
 */
export function errorText(e: Pick<HeliotropeError, 'message' | 'detail'>): string {
  return e.detail ? messageWords(e.detail) : e.message;
}
