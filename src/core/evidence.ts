/**
 * Evidence and citations: what a result used, and where a rule comes from.
 * @module
 */

/** A character span in a source text (0-based, end exclusive) with the text it covers. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** One piece of evidence behind an item status. */
export interface Evidence {
  /** Field path in the case document that supplied the fact (e.g. `labs[0]`), or the input item id for calculators. */
  path: string;
  /** The value read, as recorded (number, string, or a small object). */
  value?: unknown;
  /** Short machine note on how the value was used (e.g. `value 695 > upper limit 200`). */
  note?: string;
  /** Spans in the source narrative, when the fact came from extraction. */
  spans?: TextSpan[];
  /** The pipeline step that produced the fact, when extracted. */
  stage?: string;
  /** True when the fact was inferred rather than stated (e.g. CK "normalised" ⇒ elevated before). */
  inferred?: boolean;
}

/** A bibliographic citation for a rule or a criteria set. */
export interface Citation {
  /** Short label, e.g. "Lundberg 2017, Table 1". */
  label: string;
  /** DOI without the resolver prefix. */
  doi?: string;
  /** PubMed id. */
  pmid?: string;
  /** Table, figure, section or row inside the source. */
  locator?: string;
}
