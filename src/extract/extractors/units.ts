/**
 * Units as written in narratives → UCUM codes (the case validator accepts only UCUM). A unit not in
 * this table is left out of the extracted lab rather than guessed.
 * @module
 */
import { own } from '../../core/lookup.js';

/** Written unit (lower case, spaces removed, ×/x prefix dropped) → UCUM code. */
export const UNIT_TO_UCUM: Readonly<Record<string, string>> = {
  'u/l': 'U/L',
  'iu/l': '[IU]/L',
  'ui/l': '[IU]/L',
  'u/ml': 'U/mL',
  'ku/l': 'kU/L',
  'µkat/l': 'ukat/L',
  'ukat/l': 'ukat/L',
  'mm/h': 'mm/h',
  'mm/hr': 'mm/h',
  'mm/hour': 'mm/h',
  'mm/1sthour': 'mm/h',
  'mg/l': 'mg/L',
  'mg/dl': 'mg/dL',
  'g/l': 'g/L',
  'g/dl': 'g/dL',
  'ng/ml': 'ng/mL',
  'ng/l': 'ng/L',
  'µg/l': 'ug/L',
  'ug/l': 'ug/L',
  'µmol/l': 'umol/L',
  'umol/l': 'umol/L',
  'μmol/l': 'umol/L',
  'mmol/l': 'mmol/L',
  'pg/ml': 'pg/mL',
  '%': '%',
  '10^9/l': '10*9/L',
  '109/l': '10*9/L',
  '109l': '10*9/L',
  '10*9/l': '10*9/L',
  '10e9/l': '10*9/L',
  '10^12/l': '10*12/L',
  '1012/l': '10*12/L',
  '10*12/l': '10*12/L',
  '/mm3': '/mm3',
  '/µl': '/uL',
  '/ul': '/uL',
  'cells/µl': '/uL',
  'mg/24h': 'mg/(24.h)',
};

/** Dose units → UCUM. */
export const DOSE_UNIT_TO_UCUM: Readonly<Record<string, string>> = {
  mg: 'mg',
  g: 'g',
  mcg: 'ug',
  µg: 'ug',
  ug: 'ug',
  'mg/m2': 'mg/m2',
  'mg/m²': 'mg/m2',
  'mg/kg': 'mg/kg',
  'g/kg': 'g/kg',
  'g/m2': 'g/m2',
  'mg/kg/day': 'mg/kg/d',
  'mg/kg/d': 'mg/kg/d',
  'mg/day': 'mg/d',
  'mg/d': 'mg/d',
  iu: '[IU]',
};

/** The UCUM code for a written lab unit, or undefined. */
export function ucumUnit(written: string): string | undefined {
  const key = written
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/^[×x*]/, '');
  return own(UNIT_TO_UCUM, key);
}

const UNIT_RE =
  /[ \t\u00a0\u2009\u202f]{0,3}(?:[×x*][ \t\u00a0\u2009\u202f]{0,2})?(10[ \t\u00a0\u2009\u202f]?(?:\^|\*|e)?[ \t\u00a0\u2009\u202f]?(?:9|12)[ \t\u00a0\u2009\u202f]?\/?[ \t\u00a0\u2009\u202f]?[lL]|109[ \t\u00a0\u2009\u202f]?\/?[ \t\u00a0\u2009\u202f]?L|%|\/[a-zA-Zµμ]{1,3}[0-9]?|[a-zA-Zµμ]{1,6}(?:[ \t\u00a0\u2009\u202f]?\/[ \t\u00a0\u2009\u202f]?[0-9]{0,2}[a-zA-Zµμ]{1,6}[0-9]?){0,2})/y;

/**
 * Reads a lab unit starting at `pos` (after optional spaces).
 * @param text - the input
 * @param pos - where to look
 * @returns the UCUM code and where the written unit ends, or undefined when no known unit is there
 */
export function readUnit(text: string, pos: number): { ucum: string; end: number } | undefined {
  UNIT_RE.lastIndex = pos;
  const m = UNIT_RE.exec(text);
  if (!m) return undefined;
  const ucum = ucumUnit(m[1]!);
  return ucum ? { ucum, end: pos + m[0].length } : undefined;
}
