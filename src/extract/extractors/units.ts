/**
 * Units as written in narratives → UCUM codes (the case validator accepts only UCUM). Clinicians' spellings
 * come from a table; other units are checked against UCUM itself (the project's UCUM wrapper); a unit that is
 * neither is left out of the extracted lab rather than guessed.
 * @module
 */
import { checkUcumUnit } from '../../case/validate.js';
import { own } from '../../core/lookup.js';

/** Written unit (lower case, spaces removed, ×/x prefix dropped) → UCUM code. */
export const UNIT_TO_UCUM: Readonly<Record<string, string>> = {
  'u/l': 'U/L',
  'iu/l': '[IU]/L',
  'ui/l': '[IU]/L',
  // "CPK- 1350 IU": international units without a volume, kept as written (never read as IU/L)
  iu: '[IU]',
  // "CPK greater than 1000 units", "aldolase 9 units": enzyme units without a volume, kept as written
  units: 'U',
  'u/ml': 'U/mL',
  // session 29: the French "UI/ml" and the micro prefix written out ("AFP 920 microg/l")
  'ui/ml': '[IU]/mL',
  'microg/l': 'ug/L',
  // viral loads: "73000 copies/mL" (UCUM writes the count as an annotation)
  'copies/ml': '{copies}/mL',
  'copies/l': '{copies}/L',
  copies: '{copies}',
  'ku/l': 'kU/L',
  'µkat/l': 'ukat/L',
  'ukat/l': 'ukat/L',
  'mm/h': 'mm/h',
  'mm/hr': 'mm/h',
  'mm/hour': 'mm/h',
  'mm/1sthour': 'mm/h',
  'μiu/ml': 'u[IU]/mL',
  'miu/ml': 'm[IU]/mL',
  'mm/1st': 'mm/h',
  'mm/1sth': 'mm/h',
  mminthefirsthour: 'mm/h',
  mmthefirsthour: 'mm/h',
  mminthe1sthour: 'mm/h',
  mmin1hour: 'mm/h',
  mminonehour: 'mm/h',
  'mg/l': 'mg/L',
  'mg/dl': 'mg/dL',
  'g/l': 'g/L',
  'g/dl': 'g/dL',
  // "gm/dL": grams written "gm"
  'gm/dl': 'g/dL',
  'gm/l': 'g/L',
  // "Hb 10.2 gms/dl" (session 33: the unit lost)
  'gms/dl': 'g/dL',
  'gms/l': 'g/L',
  'gms%': 'g/dL',
  // "Hb 7.6gr/dl": grams written "gr"
  'gr/dl': 'g/dL',
  'gr/l': 'g/L',
  'ng/ml': 'ng/mL',
  'ng/l': 'ng/L',
  'µg/l': 'ug/L',
  'ug/l': 'ug/L',
  // "mcg/L": "mc" is the micro prefix written in letters
  'mcg/l': 'ug/L',
  'mcg/dl': 'ug/dL',
  'mcg/ml': 'ug/mL',
  // "creatinine 88 mcmol/L": "mc" for micro, as in "mcg"
  'mcmol/l': 'umol/L',
  'µmol/l': 'umol/L',
  // "220 micromol/L": the prefix spelled out
  'micromol/l': 'umol/L',
  'millimol/l': 'mmol/L',
  'umol/l': 'umol/L',
  'μmol/l': 'umol/L',
  'mmol/l': 'mmol/L',
  'pg/ml': 'pg/mL',
  '%': '%',
  // "Hematocrit: 37 percent" (session 25)
  percent: '%',
  // South Asian reports (session 25): "Hb 10.1 gm%" (grams per 100 mL), "S. creatinine 0.9 mg%", and counts in
  // lakhs (10^5) per cubic millimetre ("platelets 1.5 lakh/cumm")
  'g%': 'g/dL',
  'gm%': 'g/dL',
  'mg%': 'mg/dL',
  'lakh/cumm': '10*5/uL',
  'lakhs/cumm': '10*5/uL',
  'lakh/mm3': '10*5/uL',
  'lakhs/mm3': '10*5/uL',
  'lakh/ul': '10*5/uL',
  'lakhs/ul': '10*5/uL',
  '10^9/l': '10*9/L',
  // "platelets 391 × 10^9 (140-400)" (session 25): the litre left out of a blood count, before its range or the
  // list's comma
  '10^9': '10*9/L',
  '10^12': '10*12/L',
  '109/l': '10*9/L',
  '109l': '10*9/L',
  '10*9/l': '10*9/L',
  '10e9/l': '10*9/L',
  '10^12/l': '10*12/L',
  // "1.5 x 10(9)/L": the power of ten in brackets, as older abstracts print it (session 24)
  '10(9)/l': '10*9/L',
  '10(12)/l': '10*12/L',
  '1012/l': '10*12/L',
  '10*12/l': '10*12/L',
  // the power of ten printed as a superscript ("× 10⁹/L", "10¹²/L")
  '10⁹/l': '10*9/L',
  '10¹²/l': '10*12/L',
  '/mm3': '/mm3',
  // "2500/cumm", "cells/cu mm": per cubic millimetre
  '/cumm': '/mm3',
  'cells/cumm': '/mm3',
  '/cmm': '/mm3',
  // session 30: "12,000/mmc" (per cubic millimetre, Italian print)
  '/mmc': '/mm3',
  '/mm³': '/mm3',
  'cells/mm³': '/mm3',
  // "31000/mcL": "mc" is the micro prefix written in letters (as in "mcg")
  '/mcl': '/uL',
  'cells/mcl': '/uL',
  '/µl': '/uL',
  '/ul': '/uL',
  'cells/µl': '/uL',
  // session 29: "cells/uL" with a Latin u, like "/ul"
  'cells/ul': '/uL',
  'cells/cmm': '/mm3',
  'mg/24h': 'mg/(24.h)',
  'mu/l': 'm[IU]/L',
  'miu/l': 'm[IU]/L',
  'µiu/ml': 'u[IU]/mL',
  'uiu/ml': 'u[IU]/mL',
  // session 40 grid: the French "UI" with a prefix ("TSH 7,9 mUI/L", "µUI/mL")
  'mui/l': 'm[IU]/L',
  'mui/ml': 'm[IU]/mL',
  'µui/ml': 'u[IU]/mL',
  'uui/ml': 'u[IU]/mL',
  // session 29: the micro prefix written out ("TSH 57.3 microU/ml")
  'microu/ml': 'u[IU]/mL',
  'pmol/l': 'pmol/L',
  'nmol/l': 'nmol/L',
  'ng/dl': 'ng/dL',
  'pg/l': 'pg/L',
  'ug/dl': 'ug/dL',
  'µg/dl': 'ug/dL',
  'mg/ml': 'mg/mL',
  'iu/ml': '[IU]/mL',
  'units/l': 'U/L',
  // "5210 unit/L" (session 26)
  'unit/l': 'U/L',
  'units/litre': 'U/L',
  'units/liter': 'U/L',
  'u/litre': 'U/L',
  'u/liter': 'U/L',
  'iu/litre': '[IU]/L',
  'iu/liter': '[IU]/L',
  'iu/dl': '[IU]/dL',
  // "U/I", "IU/I": a lower-case l read as a capital I by text recognition (decision: OCR of U/l)
  'u/i': 'U/L',
  'iu/i': '[IU]/L',
  // "mg/dI", "lU/L": the same confusion of l and I the other way round
  'mg/di': 'mg/dL',
  'g/di': 'g/dL',
  'lu/l': '[IU]/L',
  'mmol/mol': 'mmol/mol',
  'meq/l': 'meq/L',
  'g/24h': 'g/(24.h)',
  'cells/mm3': '/mm3',
  fl: 'fL',
  // partial pressures of arterial blood gases ("PaO2 of 71 mmHg", "9.5 kPa")
  mmhg: 'mm[Hg]',
  kpa: 'kPa',
  // a filtration rate per body surface ("eGFR 39 mL/min/1.73 m2")
  'ml/min/1.73m2': 'mL/min/{1.73_m2}',
  'ml/min/1.73m²': 'mL/min/{1.73_m2}',
  'ml/min': 'mL/min',
  // osmolality ("268 mOsm/kg", "mOsm/kg H2O"), red cells in millions per microlitre, urine protein per day and
  // protein/creatinine ratios ("0.9 g/g", "120 mg/mmol", "2.3 mg/mg")
  'mosm/kg': 'mosm/kg',
  'mosm/kgh2o': 'mosm/kg',
  'mosm/l': 'mosm/L',
  // "a WBC of 11.5 k/µl" (US reports): thousands per microlitre (session 19)
  'k/µl': '10*3/uL',
  'k/ul': '10*3/uL',
  'k/mcl': '10*3/uL',
  // session 40 grid: "thou/µL", the thousands of US analyser printouts
  'thou/µl': '10*3/uL',
  'thou/ul': '10*3/uL',
  'thou/mcl': '10*3/uL',
  // session 47: "12.3 thousand/µL"
  'thousand/µl': '10*3/uL',
  'thousand/ul': '10*3/uL',
  'thousand/mcl': '10*3/uL',
  'thousand/mm3': '10*3/mm3',
  // session 29: thousands per cubic millimetre ("435 k/mm3")
  'k/mm3': '10*3/mm3',
  'k/cumm': '10*3/mm3',
  'million/µl': '10*6/uL',
  'million/ul': '10*6/uL',
  'million/mcl': '10*6/uL',
  'million/mm3': '10*6/mm3',
  'million/mm³': '10*6/mm3',
  'g/day': 'g/d',
  'g/d': 'g/d',
  'mg/24hours': 'mg/(24.h)',
  'g/24hours': 'g/(24.h)',
  // session 31: the day's excretion in every spelling ("12 mmol/day", "400 mg/24 h", "850 µg/24 h")
  'mmol/day': 'mmol/d',
  'mmol/d': 'mmol/d',
  'mmol/24h': 'mmol/(24.h)',
  'mmol/24hours': 'mmol/(24.h)',
  'µmol/day': 'umol/d',
  'umol/day': 'umol/d',
  'µg/24h': 'ug/(24.h)',
  'ug/24h': 'ug/(24.h)',
  'mcg/24h': 'ug/(24.h)',
  'µg/day': 'ug/d',
  'ug/day': 'ug/d',
  'mcg/day': 'ug/d',
  'g/g': 'g/g',
  'mg/g': 'mg/g',
  'mg/mg': 'mg/mg',
  'mg/mmol': 'mg/mmol',
  // urine sediment counts per high- or low-power field ("12/hpf", "3-5 RBC/HPF")
  '/hpf': '/[HPF]',
  'cells/hpf': '/[HPF]',
  'rbc/hpf': '/[HPF]',
  'wbc/hpf': '/[HPF]',
  '/lpf': '/[LPF]',
  'cells/lpf': '/[LPF]',
  'g/mmol': 'g/mmol',
  // aldolase in Sibley–Lehninger ("sigma") units: not U (µmol/min), so kept apart as a UCUM annotation
  'sigmau/ml': '{SigmaU}/mL',
  'sigmau/dl': '{SigmaU}/dL',
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

const viaUcum = new Map<string, string | undefined>();
/** Compacted spellings of millimetres in the first hour (the erythrocyte sedimentation rate). */
const ESR_UNIT_RE = /^mm(?:\/|in|after|at)?(?:theendof)?(?:the)?(?:first|1st|one|1)(?:hours?|hrs?|h)$/;

/**
 * The UCUM code for a written lab unit, or undefined. Spellings clinicians use that UCUM does not accept
 * ("IU/l", "mm/hr", "10^9/L", "UI/L") come from the table; anything else is tried as written (and with the
 * litre as "L") against UCUM itself, so that every code returned is valid UCUM.
 */
export function ucumUnit(written: string): string | undefined {
  // (a pure function of the written unit, asked about the same few spellings again and again: answered once each)
  const known = ucumOf.get(written);
  if (known !== undefined) return known ?? undefined;
  const found = readUcum(written);
  if (ucumOf.size < 5000) ucumOf.set(written, found ?? null);
  return found;
}

/** The answers of {@link ucumUnit} so far, by written unit (null: no unit). */
const ucumOf = new Map<string, string | null>();

/** The UCUM code for a written lab unit, or undefined: {@link ucumUnit}, computed. */
function readUcum(written: string): string | undefined {
  let compact = written.replace(/\s+/g, '').replace(/^[×x*·]/, '');
  // "ng./ml.", "mg./dl.", "units per l.": abbreviation stops of older journals are not part of the unit
  if (/^[a-zµμ]{1,5}\.\/[a-zµμ]{1,3}\.?$|^(?:units?|i?u)perl\.$/i.test(compact))
    compact = compact.replace(/\./g, '');
  // "IU L−1", "U·L-1", "mg.L-1": the negative exponent is the "per" of the unit
  // ("mg·dL−1": the volume of two letters)
  const exp = /^(.+?)[·.\u00b7]?(d[lL]|[a-zA-Z])(?:[-−–]1|⁻¹)$/.exec(compact);
  if (exp) compact = `${exp[1]}/${exp[2]}`;
  // the Greek mu (U+03BC) is read as the micro sign (U+00B5): "cells/μL" as "cells/µL"; the litre spelled out
  // after a slash ("mg/litre", "mmol/liter") is "l"
  const key = compact
    .toLowerCase()
    .replace(/\u03bc/g, '\u00b5')
    .replace(/\/lit(?:re|er)$/, '/l')
    // "Hb 9.8 g/100 mL", "CRP 3.8 mg/100 ml" (session 40 grid: the unit lost): a hundred millilitres is a decilitre
    .replace(/\/100ml$/, '/dl');
  const hit = own(UNIT_TO_UCUM, key) ?? spelledOut(key);
  if (hit !== undefined) return hit;
  // the sedimentation rate in its many spellings: "mm in first hour", "mm/first hour", "mm/1 h", "mm/1st hr"
  if (ESR_UNIT_RE.test(key)) return 'mm/h';
  if (!compact.includes('/') || compact.length > 12 || /[^A-Za-zµμ0-9/.*^[\]]/.test(compact))
    return undefined;
  if (viaUcum.has(compact)) return viaUcum.get(compact);
  const candidate = compact.replace(/[µμ]/g, 'u').replace(/l$/, 'L');
  const ok = checkUcumUnit(candidate) === undefined ? candidate : undefined;
  if (viaUcum.size < 1000) viaUcum.set(compact, ok);
  return ok;
}

/** The numerator words of a unit spelled out with "per", as the table writes them. */
const SPELLED_AMOUNT: Readonly<Record<string, string>> = {
  '': '',
  internationalunits: 'iu',
  internationalunit: 'iu',
  units: 'u',
  unit: 'u',
  grams: 'g',
  gram: 'g',
  milligrams: 'mg',
  milligram: 'mg',
  micrograms: 'µg',
  microgram: 'µg',
  nanograms: 'ng',
  nanogram: 'ng',
  picograms: 'pg',
  picogram: 'pg',
  millimoles: 'mmol',
  millimole: 'mmol',
  micromoles: 'µmol',
  micromole: 'µmol',
  nanomoles: 'nmol',
  nanomole: 'nmol',
};

/** The volume words of a unit spelled out with "per", as the table writes them. */
const SPELLED_VOLUME: Readonly<Record<string, string>> = {
  deciliter: 'dl',
  decilitre: 'dl',
  milliliter: 'ml',
  millilitre: 'ml',
  microliter: 'µl',
  microlitre: 'µl',
  liter: 'l',
  litre: 'l',
  cubicmillimeter: 'mm3',
  cubicmillimetre: 'mm3',
  cubicmilimeter: 'mm3',
  cubicmilimetre: 'mm3',
  'mm³': 'mm3',
};

/**
 * A unit spelled out with "per" ("units per litre", "IU per l." as older journals print the litre; session 47: "9.5
 * grams per deciliter", "12,300 cells per microliter", "45 mg per litre", "per cubic millimeter" had lost their
 * units): the words become the table's abbreviations ("g/dl") and the table gives the code. Undefined for anything
 * the table does not hold.
 * @param key - the compacted, lower-case unit
 */
function spelledOut(key: string): string | undefined {
  const m = /^(.*?)per(.+?)s?$/.exec(key);
  if (!m) return undefined;
  const amount = own(SPELLED_AMOUNT, m[1]!) ?? m[1]!;
  const volume = own(SPELLED_VOLUME, m[2]!) ?? m[2]!;
  return own(UNIT_TO_UCUM, `${amount}/${volume}`);
}

// ("CK, 108.32 μ kat/L", session 43: the unit lost): the micro sign written apart from "kat"
const UNIT_RE =
  /[ \t\u00a0\u2009\u202f]{0,12}(?:[×x*·][ \t\u00a0\u2009\u202f]{0,2})?([µμ][ \t\u00a0]kat[ \t\u00a0]?\/[ \t\u00a0]?[lL](?![a-zA-Z])|[a-zA-Zµμ]{1,5}[ \t\u00a0]?\/[ \t\u00a0]?24[ \t\u00a0]?(?:hours?|hrs?|h)(?![a-zA-Z])|(?:[Mm]illion|[Tt]housand)[ \t\u00a0]?\/[ \t\u00a0]?(?:(?:[µμu]|mc)[lL]|mm[3³])|(?:(?:international[ \t\u00a0]units?|[Uu]nits?|(?:milli|micro|nano|pico)?(?:grams?|moles?)|mg|g|ng|pg|[µμu]g|mcg|mmol|[µμu]mol|nmol|cells|[Ii]?[Uu])[ \t\u00a0])?per[ \t\u00a0](?:(?:deci|milli|micro)?lit(?:re|er)s?|d[lL]|m[lL]|[µμu][lL]|mc[lL]|cubic[ \t\u00a0]mill?imet(?:re|er)s?|mm[3³]|l\.)(?![a-zA-Z])|[a-zA-Zµμ]{1,5}\.\/[a-zA-Zµμ]{1,3}\.(?![a-zA-Z])|m[lL][ \t\u00a0]?\/[ \t\u00a0]?min[ \t\u00a0]?\/[ \t\u00a0]?1\.73[ \t\u00a0]?m(?:2|²)|mm(?:[ \t\u00a0](?:in|after|at))?(?:\s{1,2}the\s{1,2}end\s{1,2}of)?(?:\s{1,2}the)?[ \t\u00a0](?:first|1st|one|1)[ \t\u00a0](?:hour|hr|h)(?![a-zA-Z])|[a-zA-Zµμ]{1,5}[ \t\u00a0]?\/[ \t\u00a0]?100[ \t\u00a0]?m[lL](?![a-zA-Z])|mm[ \t\u00a0]?\/[ \t\u00a0]?(?:first|1st|one|1)[ \t\u00a0]?(?:hours?|hrs?|h)(?![a-zA-Z])|10[ \t\u00a0\u2009\u202f]?(?:(?:\^|\*|[eE])?[ \t\u00a0\u2009\u202f]?(?:9|12|⁹|¹²)|\((?:9|12)\))(?:[ \t\u00a0\u2009\u202f]?\/?[ \t\u00a0\u2009\u202f]?[lL]|(?=[ \t\u00a0]*[(,;)]))|109[ \t\u00a0\u2009\u202f]?\/?[ \t\u00a0\u2009\u202f]?L|(?:gm|g|mg)[ \t\u00a0]?%|%|per[ \t\u00a0]?cent(?![a-zA-Z])|[a-zA-Zµμ]{1,6}[ \t\u00a0\u2009\u202f·.]?[lLdD][lL]?(?:[-−–]1(?![0-9])|⁻¹)|\/[ \t\u00a0]?[a-zA-Zµμ]{1,4}[0-9³]?|(?:micro|milli)mol[ \t\u00a0]?\/[ \t\u00a0]?[lL](?![a-zA-Z])|[a-zA-Zµμ]{1,6}(?:[ \t\u00a0\u2009\u202f]?\/[ \t\u00a0\u2009\u202f]?[0-9]{0,2}[a-zA-Zµμ]{1,6}[0-9]?){0,2})/y;

/**
 * Reads a lab unit starting at `pos` (after optional spaces).
 * @param text - the input
 * @param pos - where to look
 * @returns the UCUM code and where the written unit ends, or undefined when no known unit is there
 */
export function readUnit(text: string, pos: number): Readonly<{ ucum: string; end: number }> | undefined {
  // The lab reader asks about one place several times in a row (is a unit here? which?): answer it once.
  if (text === lastUnit.text && pos === lastUnit.pos) return lastUnit.found;
  UNIT_RE.lastIndex = pos;
  const m = UNIT_RE.exec(text);
  const ucum = m ? ucumUnit(m[1]!) : undefined;
  const found = ucum ? { ucum, end: pos + m![0].length } : undefined;
  // updated in place: the reader asks about every number's next place
  lastUnit.text = text;
  lastUnit.pos = pos;
  lastUnit.found = found;
  return found;
}

/** The last place {@link readUnit} read, and what it found there. */
const lastUnit: { text: string; pos: number; found: Readonly<{ ucum: string; end: number }> | undefined } = {
  text: '',
  pos: -1,
  found: undefined,
};
