/**
 * Message codes: what an issue or an error says, as a code with parameters. The layers that find a problem
 * (calculators, the dosing arithmetic, the store) return a {@link Message}; the one wording table
 * (`src/render/wording/messages.ts`) turns it into the clinician's words for the CLI, the API and the web.
 * The codes live here, in the lowest layer, so that every layer may name them.
 * @module
 */

/** Every message code, in one list (the wording table must word each of them; a test checks it). */
export const MESSAGE_CODES = [
  // Calculators: individually valid item values that contradict each other (EULAR/ACR 2017, TIS 2016).
  'histology-without-biopsy',
  'mmt-above-max',
  'enzyme-uln-needed',
  // Dosing: what an item is for, and the values the arithmetic needs.
  'item-needed',
  'needs-dose-per-m2',
  'needs-target-auc',
  'scr-unit-needed',
  'dosing-nothing-to-compute',
  'value-required',
  'value-not-a-number',
  'value-implausible',
  'sex-needed-for-cockcroft-gault',
  'creatinine-unit-unknown',
  'creatinine-implausible',
  'gfr-or-crcl-needed',
  'dose-per-m2-not-positive',
  'bsa-implausible',
  'dose-reduction-out-of-range',
  'anthracycline-dose-implausible',
  'cycles-out-of-range',
  'reduced-cycles-out-of-range',
  'invalid-dosing-input',
  // Store: a stale edit, a taken user name, a record that does not exist.
  'stale-version',
  'version-mismatch',
  'username-taken',
  'not-found',
] as const;

/** A message code. */
export type MessageCode = (typeof MESSAGE_CODES)[number];

/** The parameters of a message: item ids, numbers, units, names (never words meant for a reader). */
export type MessageParams = Readonly<Record<string, string | number>>;

/** What an issue or error says, as a code with its parameters. */
export interface Message {
  code: MessageCode;
  params?: MessageParams;
}

/**
 * A message from its code and parameters.
 * @param code - the message code
 * @param params - its parameters
 */
export function message(code: MessageCode, params?: MessageParams): Message {
  return params ? { code, params } : { code };
}
