/**
 * Looking codes up in the mapping table, and reading free text (code.text, coding.display) with the
 * extraction lexicon when no row matches.
 * @module
 */
import { lexicon, type Concept } from '../../extract/lexicon/index.js';
import { tokenize } from '../../extract/tokenize.js';
import { SYSTEM } from '../systems.js';
import { MAPPING_TABLE } from './rows.js';
import type { MappingRow } from './types.js';

export { MAPPING_TABLE, PREFERRED_LAB_UNIT } from './rows.js';
export * from './types.js';

/** Other spellings of the code systems of the table (OIDs, older URIs). */
const SYSTEM_ALIASES: Readonly<Record<string, string>> = {
  'urn:oid:2.16.840.1.113883.6.1': SYSTEM.loinc,
  'urn:oid:2.16.840.1.113883.6.96': SYSTEM.snomed,
  'http://snomed.info/id': SYSTEM.snomed,
  'urn:oid:2.16.840.1.113883.6.90': SYSTEM.icd10cm,
  'urn:oid:2.16.840.1.113883.6.3': SYSTEM.icd10,
  'http://hl7.org/fhir/sid/icd10': SYSTEM.icd10,
  'http://hl7.org/fhir/sid/icd10cm': SYSTEM.icd10cm,
  'http://www.who.int/classifications/icd10': SYSTEM.icd10,
  'http://human-phenotype-ontology.org': SYSTEM.hpo,
  'urn:oid:2.16.840.1.113883.6.88': SYSTEM.rxnorm,
};
/** The aliases as a Map: input text is looked up as a key, never as an inherited property of an object. */
const ALIASES = new Map(Object.entries(SYSTEM_ALIASES));

/**
 * The table's rows by system, then by code (the last row of a system and code wins, as in the table's
 * order). Two levels rather than one `system|code` key: a look-up concatenates and hashes no new string.
 */
const INDEX = new Map<string, Map<string, MappingRow>>();
for (const r of MAPPING_TABLE) {
  let codes = INDEX.get(r.system);
  if (!codes) INDEX.set(r.system, (codes = new Map<string, MappingRow>()));
  codes.set(r.code, r);
}

/** The canonical URI of a code system (aliases resolved). */
export function canonicalSystem(system: string): string {
  return ALIASES.get(system) ?? system;
}

/**
 * The row for a code: exact, else (for prefix rows such as ICD-10 categories) the longest prefix.
 * HPO codes match with or without the `HP:` prefix.
 * @param system - code system URI
 * @param code - the code
 */
export function lookupCode(system: string, code: string): MappingRow | undefined {
  const sys = canonicalSystem(system);
  let c = code.trim();
  if (sys === SYSTEM.hpo && /^\d{7}$/.test(c)) c = `HP:${c}`;
  if (sys === SYSTEM.hpo) c = c.replace(/^HP_/, 'HP:');
  const codes = INDEX.get(sys);
  const exact = codes?.get(c);
  if (exact) return exact;
  if (sys === SYSTEM.heliotrope) return heliotropeRow(c);
  if ((sys !== SYSTEM.icd10 && sys !== SYSTEM.icd10cm) || !codes) return undefined;
  const up = c.toUpperCase();
  for (let n = up.length - 1; n >= 3; n--) {
    let p = up.slice(0, n);
    if (p.endsWith('.')) continue;
    // Codes written without the dot (C509) match the dotted category rows (C50 / M33.1).
    let hit = codes.get(p);
    if (!hit && !p.includes('.') && p.length > 3) {
      p = `${p.slice(0, 3)}.${p.slice(3)}`;
      hit = codes.get(p);
    }
    if (hit?.prefix) return hit;
  }
  return undefined;
}

const HELIOTROPE_PREFIXES: readonly [string, (v: string) => MappingRow['target']][] = [
  ['finding-', (id) => ({ field: 'finding', id })],
  ['lab-', (analyte) => ({ field: 'lab', analyte })],
  ['antibody-', (target) => ({ field: 'antibody', target })],
  ['investigation-', (kind) => ({ field: 'investigation', kind })],
];

/**
 * A Heliotrope code for a case value not listed in the table (a finding id, analyte, antibody or
 * investigation kind the case wrote freely): read back as that value.
 * @param code - the Heliotrope code
 */
export function heliotropeRow(code: string): MappingRow | undefined {
  for (const [prefix, make] of HELIOTROPE_PREFIXES)
    if (code.startsWith(prefix) && code.length > prefix.length)
      return {
        system: SYSTEM.heliotrope,
        code,
        display: code,
        target: make(code.slice(prefix.length)),
        equivalence: 'equivalent',
        source: 'heliotrope',
      };
  return undefined;
}

let keyCache: Map<string, Concept[]> | undefined;

/**
 * Concepts of the extraction lexicon named in a free text (longest matches, left to right).
 * @param text - a display or code.text
 */
export function conceptsInText(text: string): Concept[] {
  keyCache ??= new Map();
  const hit = keyCache.get(text);
  if (hit) return hit;
  const tokens = tokenize(text);
  const out: Concept[] = [];
  for (const m of lexicon().findAll(tokens)) for (const e of m.entries) out.push(e);
  if (keyCache.size < 20_000) keyCache.set(text, out);
  return out;
}
