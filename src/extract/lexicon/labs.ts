/**
 * Laboratory analytes: the concepts come from the one analyte name table (src/facts/names.ts), which the facts
 * also read case documents through. Only its running-text `terms` are matched here; abbreviations that are
 * ordinary words in prose ("got") are read in structured fields only.
 * @module
 */
import { ANALYTE_NAMES } from '../../facts/names.js';
import { Dictionary, termKeys } from './matcher.js';
import type { Concept } from './types.js';

/** Lab concepts. */
export const LAB_CONCEPTS: readonly Concept[] = ANALYTE_NAMES.filter((n) => n.terms.length).map((n) => {
  const attrs: Record<string, string> = {};
  if (n.uln !== undefined) attrs.uln = String(n.uln);
  // condition words that are a reading only beside a value (the lab extractor reads no interpretation from them)
  if (n.valueOnly?.length) attrs.valueOnly = n.valueOnly.map((t) => termKeys(t).join(' ')).join('|');
  return {
    id: `lab:${n.name}`,
    kind: 'lab',
    value: n.name,
    terms: [...n.terms, ...(n.valueOnly ?? [])],
    ...(n.loinc ? { codes: { loinc: n.loinc } } : {}),
    ...(Object.keys(attrs).length ? { attrs } : {}),
  };
});

let panelTerms: Dictionary<Concept> | undefined;

/**
 * Abbreviations read only inside a pasted laboratory panel ("Na 142, K 3.8, Cl 106, HCO3 24"): the `panelOnly`
 * and `fieldOnly` forms of the analyte table, each to its lab concept. In prose they are ordinary words or
 * units ("K", "Mg", "got"), so the lab extractor consults this dictionary only where a line reads as a panel
 * (src/extract/extractors/labs.ts).
 */
export function labPanelTerms(): Dictionary<Concept> {
  if (!panelTerms) {
    const d = new Dictionary<Concept>();
    for (const n of ANALYTE_NAMES) {
      const c = LAB_CONCEPTS.find((x) => x.value === n.name);
      if (!c) continue;
      for (const t of [...(n.panelOnly ?? []), ...(n.fieldOnly ?? [])]) d.add(t, c);
    }
    panelTerms = d;
  }
  return panelTerms;
}
