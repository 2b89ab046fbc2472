/**
 * The extraction pipeline: input checks → sections → sentences → tokens → lexicon → ConText →
 * extractors → a validated case of the case model (version 1.0), every fact with its evidence spans
 * and the stage that produced it.
 * @module
 */
import { NUMBER_WORDS } from './numbers.js';
import { CASE_SCHEMA_VERSION, KNOWN_FINDING_IDS, type Case } from '../case/schema.js';
import { validateCase } from '../case/validate.js';
import { HeliotropeError, InputError, issue } from '../core/issues.js';
import { analyse } from './document.js';
import { maskPageFurniture, unwrapHardBreaks } from './sentences.js';
import { expandShorthand, toInputOffset, type Expansion } from './shorthand.js';
import { closeEvidence, type SpanEvidence } from './evidence.js';
import { extractAntibodies } from './extractors/antibodies.js';
import { extractAttributed, type AttributedFact } from './extractors/attributed.js';
import { extractFindings } from './extractors/findings.js';
import { extractInvestigations } from './extractors/investigations.js';
import { extractLabs } from './extractors/labs.js';
import { extractOncology, type ExtractedResponse } from './extractors/oncology.js';
import { extractPatient } from './extractors/patient.js';
import { extractStudies } from './extractors/studies.js';
import { extractTiming, type TimeExpression } from './extractors/timing.js';
import { extractTreatments } from './extractors/treatments.js';
import type { SectionRole } from './sections.js';

/** Largest input accepted, in characters (10 MiB; a case narrative is a few pages). */
export const MAX_INPUT_CHARS = 10 * 1024 * 1024;

/** A warning about the input or the result (machine code plus parameters; wording lives in render/). */
export interface ExtractionWarning {
  code:
    | 'empty-input'
    | 'invalid-utf8'
    | 'not-english'
    | 'nothing-found'
    | 'dropped-invalid'
    | 'abstract-only'
    | 'several-patients'
    | 'unplaced';
  count?: number;
  detail?: string;
  /** For `unplaced`: what could not be placed. */
  kind?:
    | 'unknown-antibody'
    | 'unknown-analyte'
    | 'unparsed-number'
    | 'unknown-unit'
    | 'ambiguous-number'
    | 'antibody-level'
    | 'other-specimen'
    | 'infection-serology';
  /** For `unplaced`: where, in the input. */
  span?: { start: number; end: number; text: string };
}

/** Numbered case or patient labels ("Case 1", "Patient 2:", "Case II"), at a line's start or after a full stop. */
const CASE_LABEL_RE =
  /(?:^|\n|\.\s+)[ \t]*(?:case|patient)(?:[ \t]+report)?[ \t]*(?:no\.?[ \t]*|#[ \t]*)?(\d{1,2}|i{1,3}|iv|v)\b[ \t]*(?:[:.)\-–—]|\n|[ \t]+(?:was|is|had|a|an)\b)/gi;
/** {@link CASE_LABEL_RE} tried at one place (sticky): see {@link caseLabels}. */
const CASE_LABEL_AT = new RegExp(CASE_LABEL_RE.source, 'iy');

/**
 * The labels' numbers, in the order {@link CASE_LABEL_RE}'s global scan finds them. A label opens at the text's
 * start, on a line break or on a full stop (its first part, `(?:^|\n|\.\s+)`, without the `m` flag), so the
 * sticky pattern is tried only there, from where the last label ended: the same matches as the scan, which tried
 * every character of the text.
 * @internal exported for `regex-rewrites.test.ts`
 */
export function caseLabels(text: string): string[] {
  const out: string[] = [];
  let nl = -2;
  let stop = -2;
  for (let at = 0; at !== -1;) {
    CASE_LABEL_AT.lastIndex = at;
    const m = CASE_LABEL_AT.exec(text);
    const from = m ? at + m[0].length : at + 1;
    if (m) out.push(m[1]!);
    // the next line break or full stop at or after `from` (each found by indexOf, kept until passed)
    if (nl !== -1 && nl < from) nl = text.indexOf('\n', from);
    if (stop !== -1 && stop < from) stop = text.indexOf('.', from);
    at = nl === -1 ? stop : stop === -1 ? nl : Math.min(nl, stop);
  }
  return out;
}

/** Counts of several patients, in words or digits (two to ninety-nine). */
const SEVERAL_COUNT = String.raw`two|three|four|five|six|seven|eight|nine|ten|[2-9]|[1-9]\d`;
/** The nouns a group of patients is named by. */
const GROUP_NOUNS = String.raw`(?:patients|cases|women|men|children|girls|boys|females|males|adults)`;
/** "We report two patients", "we describe 3 cases", "the second patient" (not "a second case": another report). */
// (session 25: counts to ten and in digits, "we herein report", and groups named "women", "children"; "Two
// patients, a 5-year-old girl and a 12-year-old boy, were admitted" opening a sentence)
const SEVERAL_RE = new RegExp(
  String.raw`\b(?:(?:we|here we|(?:this|the present) (?:report|article|paper|study))\s+(?:(?:herein|here|hereby|now|also|retrospectively)\s+)?(?:reports?|describes?|presents?|discuss(?:es)?|deals\s+with)\s+(${SEVERAL_COUNT})\s+(?:\w+\s+){0,3}?${GROUP_NOUNS}\b|the\s+(second|third)\s+patient\b|(?:report|series)\s+of\s+(${SEVERAL_COUNT})\s+(?:\w+\s+){0,2}?${GROUP_NOUNS}\b|(?:^|[.\n]\s*)(${SEVERAL_COUNT})\s+(?:patients|cases),\s+an?\s+\d)`,
  'gi',
);
/** A title that counts its cases ("… : two cases", "Three cases of …", session 24). */
const TITLE_COUNT_RE = new RegExp(
  String.raw`^[^\n]*?\b(${SEVERAL_COUNT})\s+(?:\w+\s+){0,2}?(?:cases|patients)\b`,
  'i',
);
/** The number a case label or a count word stands for ("Case II" → 2); digits are read as numbers. */
const ORDINAL_COUNT: Readonly<Record<string, number>> = {
  ...NUMBER_WORDS,
  i: 1,
  second: 2,
  third: 3,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
};

/**
 * How many patients a text seems to describe: its numbered case or patient labels, "we report two patients", "the
 * second patient", "a report of two cases", a title that counts its cases. 1 when none of them is found. The extractor reads a text as one case, so a text about several
 * patients gets a warning (session 23: the facts of two patients of one report were merged).
 */
export function patientsDescribed(text: string): number {
  let n = 1;
  const count = (w: string) => ORDINAL_COUNT[w.toLowerCase()] ?? Number(w);
  const labels = new Set<number>();
  for (const label of caseLabels(text)) labels.add(count(label));
  if (labels.size >= 2) n = Math.max(n, ...labels);
  for (const m of text.matchAll(SEVERAL_RE)) n = Math.max(n, count(m[1] ?? m[2] ?? m[3] ?? m[4]!));
  // (a title is a short first line; a text of one line has none)
  const lineEnd = text.indexOf('\n');
  const firstLine = lineEnd >= 0 ? text.slice(0, lineEnd) : '';
  const title = firstLine.length <= 200 ? TITLE_COUNT_RE.exec(firstLine) : null;
  if (title) n = Math.max(n, count(title[1]!));
  return Number.isFinite(n) ? n : 1;
}

/** What `extract` returns. */
export interface ExtractionResult {
  /** The structured case (validated against the case schema). */
  case: Case;
  /** Demographics evidence (the case model has no evidence field on `patient`). */
  patientEvidence: SpanEvidence[];
  /** Evidence of fields the case model stores without evidence: `dates.symptomOnset`, `treatmentResponse`. */
  fieldEvidence: { path: string; evidence: SpanEvidence[] }[];
  /** Sections found, with the role that decides whether their facts are the patient's. */
  sections: { kind: string; role: SectionRole; start: number; end: number; heading?: string }[];
  /** Tumour response assessments (RECIST). */
  responses: ExtractedResponse[];
  /** Relative time expressions. */
  times: TimeExpression[];
  /**
   * Facts named in the text that are not the patient's (the disease in general, a cohort, a cited case, a
   * relative), with their attribution: kept for review, never in the case.
   */
  notThePatient: AttributedFact[];
  warnings: ExtractionWarning[];
  stats: { characters: number; sentences: number; caseSentences: number };
}

/** Cancer sites that only one sex has. */
const SEX_OF_SITE: Readonly<Record<string, 'female' | 'male'>> = {
  ovary: 'female',
  uterus: 'female',
  cervix: 'female',
  endometrium: 'female',
  'fallopian tube': 'female',
  vulva: 'female',
  vagina: 'female',
  prostate: 'male',
  testis: 'male',
  penis: 'male',
};

/** Position of each finding id in the case model's order (looked up, not searched, when sorting). */
const FINDING_POSITION: ReadonlyMap<string, number> = new Map(KNOWN_FINDING_IDS.map((id, i) => [id, i]));
const findingOrder = (id: string): number => FINDING_POSITION.get(id) ?? KNOWN_FINDING_IDS.length;

/**
 * Function words of the other languages case reports come in (Spanish, Portuguese, French, German, Italian, Turkish)
 * that are no English words: a text not in English shows them where an English one shows {@link STOPWORDS}.
 */
const FOREIGN_STOPWORDS: ReadonlySet<string> = new Set([
  ...[
    'de',
    'del',
    'la',
    'las',
    'los',
    'el',
    'y',
    'que',
    'con',
    'por',
    'una',
    'para',
    'sin',
    'según',
    'desde',
  ],
  ...['da', 'dos', 'das', 'com', 'em', 'uma', 'não', 'foi', 'ao'],
  ...['les', 'des', 'et', 'est', 'une', 'avec', 'du', 'au', 'sur', 'dans', 'pour'],
  ...['und', 'der', 'das', 'mit', 'ein', 'eine', 'nicht', 'ist', 'von', 'bei', 'wurde'],
  ...['il', 'di', 'che', 'della', 'nel', 'sono'],
  ...['ve', 'bir', 'ile', 'bu', 'için', 'olarak'],
]);

const STOPWORDS = new Set([
  'the',
  'and',
  'of',
  'with',
  'was',
  'in',
  'to',
  'a',
  'she',
  'he',
  'her',
  'his',
  'patient',
  'on',
  'for',
  'is',
  'were',
  'no',
  'not',
  'at',
  'as',
  'by',
  'an',
  'which',
  'after',
]);

/**
 * Decodes bytes as UTF-8, replacing invalid sequences and counting them.
 * @param bytes - raw input
 */
export function decodeUtf8(bytes: Uint8Array): { text: string; invalid: number } {
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  let invalid = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) invalid++;
  return { text, invalid };
}

/** Rejects input that is not text: NUL bytes, or many control / replacement characters. */
function checkText(text: string): void {
  if (text.length > MAX_INPUT_CHARS) {
    throw new HeliotropeError(
      'too-large',
      `input is too large for a case narrative (${text.length} characters; the limit is ${MAX_INPUT_CHARS})`,
      [
        issue(
          'too-large',
          '',
          `split the document or extract the case part (limit ${MAX_INPUT_CHARS} characters)`,
        ),
      ],
    );
  }
  let control = 0;
  let nul = 0;
  let replacement = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    else if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
    else if (c === 0xfffd) replacement++;
  }
  if (nul > 0 || (control + replacement) / Math.max(1, n) > 0.1) {
    throw new InputError('input is not a text narrative (binary content)', [
      issue('not-supported', '', 'expected plain UTF-8 text (.txt or .md)'),
    ]);
  }
}

function dropInvalid(doc: Record<string, unknown>, warnings: ExtractionWarning[]): Case {
  for (let round = 0; round < 5; round++) {
    const v = validateCase(doc);
    if (v.case) return v.case;
    let dropped = false;
    for (const iss of v.issues) {
      const m = /^(\w+)\[(\d+)\]/.exec(iss.path);
      // "ESR 34 mm/h (upper limit implausible)", a dose below zero (session 33: the whole lab or treatment was
      // dropped): an invalid reference limit or dose is dropped, the fact it belongs to is kept
      const part = /^(\w+)\[(\d+)\]\.(upperLimit|lowerLimit|referenceRange|dose)\b/.exec(iss.path);
      const owner =
        part && Array.isArray(doc[part[1]!]) ? (doc[part[1]!] as unknown[])[Number(part[2])] : undefined;
      if (part && owner && typeof owner === 'object' && part[3]! in owner) {
        delete (owner as Record<string, unknown>)[part[3]!];
        dropped = true;
        warnings.push({ code: 'dropped-invalid', detail: `${iss.path}: ${iss.message}` });
      } else if (m && Array.isArray(doc[m[1]!])) {
        (doc[m[1]!] as unknown[])[Number(m[2])] = undefined;
        dropped = true;
        warnings.push({ code: 'dropped-invalid', detail: `${iss.path}: ${iss.message}` });
      } else if (iss.path && iss.path.split('.')[0]! in doc) {
        delete doc[iss.path.split('.')[0]!];
        dropped = true;
        warnings.push({ code: 'dropped-invalid', detail: `${iss.path}: ${iss.message}` });
      }
    }
    for (const k of Object.keys(doc))
      if (Array.isArray(doc[k])) doc[k] = (doc[k] as unknown[]).filter((x) => x !== undefined);
    if (!dropped) break;
  }
  const v = validateCase(doc);
  if (v.case) return v.case;
  throw new HeliotropeError('internal', 'extraction produced an invalid case', v.issues);
}

/** U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN. */
const UNICODE_HYPHENS = /[\u2010\u2011]/g;
/**
 * The spaces of typeset and copied text (no-break, figure, thin, narrow no-break, en and em spaces …): read as the
 * plain space, one code unit for one (session 27: "2\u00a0months ago" had lost a cancer's date).
 */
const UNICODE_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
/**
 * The full-width punctuation of East Asian typesetting ("2436 IU/L（normal range 62–287）", session 33: the range
 * lost): read as its ASCII form, one code unit for one.
 */
const FULL_WIDTH = /[\uff08\uff09\uff1a\uff1b\uff0c\uff0f]/g;
/**
 * The slashes of typeset and copied text (fraction slash, division slash): read as the solidus, one code unit for one
 * (session 47: "4500 U∕L" from a PDF had lost its unit).
 */
const UNICODE_SLASHES = /[\u2044\u2215]/g;
/** A full-width form's ASCII character: the full-width block mirrors ASCII 0x21–0x7E at 0xFF01–0xFF5E. */
const toAscii = (c: string): string => String.fromCharCode(c.charCodeAt(0) - 0xfee0);
/** A markdown heading's hashes at the start of a line ("## Case presentation"): read as spaces. */
const MARKDOWN_HEADING = /^#{1,6}(?=[ \t]+[A-Za-z])/gm;
/**
 * Markdown emphasis around words ("**CK** 4520 U/L", "**Case presentation:**", "__Labs__"), as notes copied from chat
 * tools and generated summaries carry it: read as spaces, one for each character (session 27). A lone asterisk
 * stays (a footnote mark, "3*10^9/L"). The marks are matched first and the character before them checked behind
 * them: a pattern that opens on a lookbehind is tried at every character of the text.
 * @internal exported for `regex-rewrites.test.ts`
 */
export const MARKDOWN_EMPHASIS = /(?:\*\*|__)(?:(?=[A-Za-z0-9(])|(?<=[A-Za-z0-9.:)%](?:\*\*|__)))/g;

/**
 * Extracts a structured case from a narrative.
 * @param input - the narrative text (already decoded)
 * @param options - `invalidUtf8`: number of invalid byte sequences met while decoding (for the warning)
 */
export function extractCase(input: string, options: { invalidUtf8?: number } = {}): ExtractionResult {
  checkText(input);
  const warnings: ExtractionWarning[] = [];
  if (options.invalidUtf8) warnings.push({ code: 'invalid-utf8', count: options.invalidUtf8 });
  // Every step keeps the offsets (one code unit for one): the BOM and page furniture inside a sentence
  // (sentences.ts) blanked; the line breaks of a hard-wrapped text (a PDF's columns, an e-mail) read as spaces
  // (session 27); the Unicode hyphen and non-breaking hyphen read as the hyphen-minus ("25‑200 U/L", "anti‑Jo‑1":
  // session 26); the typographic spaces read as the space, the fraction and division slashes as the solidus;
  // full-width brackets, stops and solidus as ASCII ones
  const prepared = unwrapHardBreaks(
    maskPageFurniture(input.charCodeAt(0) === 0xfeff ? ` ${input.slice(1)}` : input),
  )
    .replace(UNICODE_HYPHENS, '-')
    .replace(UNICODE_SPACES, ' ')
    .replace(UNICODE_SLASHES, '/')
    .replace(FULL_WIDTH, toAscii)
    .replace(MARKDOWN_EMPHASIS, (m) => ' '.repeat(m.length))
    .replace(MARKDOWN_HEADING, (m) => ' '.repeat(m.length));
  // The one step that changes offsets: the shorthand of a note read as its words ("h/o breast CA" as "history of
  // breast cancer": session 28); the spans are mapped back to the abbreviations at the end.
  const { text, expansions } = expandShorthand(prepared);
  if (text.trim() === '') {
    warnings.push({ code: 'empty-input' });
  }
  const doc = analyse(text);
  if (expansions.length)
    doc.quote = (start, end) =>
      prepared.slice(toInputOffset(expansions, start, 'start'), toInputOffset(expansions, end, 'end'));
  const patient = extractPatient(doc);
  const { findings, strength } = extractFindings(doc);
  const { labs, unplaced: unplacedLabs } = extractLabs(doc);
  const { antibodies, unplaced: unplacedAntibodies, serologies } = extractAntibodies(doc);
  const studies = extractStudies(doc);
  const onc = extractOncology(doc);
  const tx = extractTreatments(doc);
  const timing = extractTiming(doc);
  const investigations = extractInvestigations(doc);
  const notThePatient = extractAttributed(doc);
  // Evidence lists closed: repeats counted while reading end each list as one entry (EVIDENCE_LISTED_PER_FACT).
  for (const list of [antibodies, onc.cancers, tx.treatments, notThePatient])
    for (const x of list) closeEvidence(x.evidence);

  // Sex from a cancer of a sex-specific organ when nothing else states it (an ovarian cancer is a woman's).
  if (patient.sex === 'unknown') {
    const organ = onc.cancers.find((c) => c.site && SEX_OF_SITE[c.site.replace(/^(left|right) /, '')]);
    if (organ) {
      patient.sex = SEX_OF_SITE[organ.site!.replace(/^(left|right) /, '')]!;
      patient.evidence.push({ ...organ.evidence[0]!, stage: 'patient', note: 'sex-from-organ' });
    }
  }
  // "weakness of the thighs first noticed at age 19" in a 35-year-old (session 29): the first symptom 16 years before the
  // presentation, when no duration or date of it is stated
  const fromAge =
    timing.ageAtOnset && patient.age !== undefined && patient.age > timing.ageAtOnset.age
      ? timing.ageAtOnset
      : undefined;
  const caseDoc: Record<string, unknown> = {
    schemaVersion: CASE_SCHEMA_VERSION,
    patient: {
      sex: patient.sex,
      ...(patient.age !== undefined ? { age: patient.age } : {}),
      ...(fromAge ? { ageAtOnset: fromAge.age } : {}),
      ...(patient.smoking ? { smoking: patient.smoking } : {}),
      ...(patient.familyHistoryOfCancer ? { familyHistoryOfCancer: patient.familyHistoryOfCancer } : {}),
    },
    dates: timing.symptomOnset
      ? {
          symptomOnset: {
            relativeTo: timing.symptomOnset.relativeTo,
            offset: timing.symptomOnset.offset,
            unit: timing.symptomOnset.unit,
            ...(timing.symptomOnset.approximate ? { approximate: true } : {}),
          },
        }
      : timing.onsetDate
        ? {
            symptomOnset: timing.onsetDate.date,
            ...(timing.presentationDate ? { presentation: timing.presentationDate.date } : {}),
          }
        : fromAge
          ? {
              symptomOnset: {
                relativeTo: 'presentation',
                offset: -(patient.age! - fromAge.age),
                unit: 'year',
                approximate: true,
              },
            }
          : {},
    findings: [...findings]
      .sort((a, b) => findingOrder(a.id) - findingOrder(b.id))
      .map((f) => {
        // Optional keys assigned in order (a literal with conditional spreads is slow in Node 20's V8).
        const out: Record<string, unknown> = { id: f.id, status: f.status };
        if (f.reason) out.reason = f.reason;
        if (f.inferred) out.inferred = true;
        if (f.codes) out.codes = f.codes;
        out.evidence = closeEvidence(f.evidence);
        return out;
      }),
    strength,
    labs,
    antibodies,
    ...(studies.emg ? { emg: studies.emg } : {}),
    ...(studies.muscleBiopsy ? { muscleBiopsy: studies.muscleBiopsy } : {}),
    ...(studies.skinBiopsy ? { skinBiopsy: studies.skinBiopsy } : {}),
    muscleImaging: studies.muscleImaging,
    cancers: onc.cancers,
    treatments: tx.treatments,
    investigations,
    ...(tx.treatmentResponse ? { treatmentResponse: tx.treatmentResponse.value } : {}),
  };
  for (const u of unplacedAntibodies) warnings.push({ code: 'unplaced', kind: 'unknown-antibody', span: u });
  for (const u of serologies)
    warnings.push({
      code: 'unplaced',
      kind: 'infection-serology',
      detail: `${u.target}: ${u.result}`,
      span: { start: u.start, end: u.end, text: u.text },
    });
  for (const u of unplacedLabs)
    if (u.kind !== 'antibody-level' || !antibodies.some((a) => a.target === u.target))
      warnings.push({ code: 'unplaced', kind: u.kind, span: { start: u.start, end: u.end, text: u.text } });
  const validated = dropInvalid(caseDoc, warnings);

  let words = 0;
  let english = 0;
  // The count stops once the stop words pass 1/25 of all tokens (an upper bound of the words): the share can then
  // not fall under 0.04 (a margin of a whole token, far above the rounding of the division)
  let tokens = 0;
  for (const s of doc.sentences) tokens += s.tokens.length;
  let englishEnough = false;
  // (session 51: a telegraphic English note, "54M, 3/12 hx prox weakness … CK 8450 U/L", has few English function
  // words too; the warning needs another language's function words to outnumber them)
  let foreign = 0;
  for (const s of doc.sentences) {
    for (const t of s.tokens) {
      if (t.kind !== 'word') continue;
      words++;
      if (STOPWORDS.has(t.norm) && ++english * 25 > tokens) englishEnough = true;
      else if (FOREIGN_STOPWORDS.has(t.norm)) foreign++;
    }
    if (englishEnough) break;
  }
  if (!englishEnough && words >= 20 && english / words < 0.04 && foreign > english)
    warnings.push({ code: 'not-english' });
  if (doc.sections.some((x) => x.kind === 'abstract' && x.role === 'case'))
    warnings.push({ code: 'abstract-only' });
  const patients = patientsDescribed(text);
  if (patients > 1) warnings.push({ code: 'several-patients', count: patients });
  const facts =
    validated.findings.length +
    validated.labs.length +
    validated.antibodies.length +
    validated.cancers.length +
    validated.treatments.length +
    validated.strength.length;
  if (facts === 0 && validated.patient.age === undefined && text.trim() !== '')
    warnings.push({ code: 'nothing-found' });

  const result: ExtractionResult = {
    case: validated,
    patientEvidence: patient.evidence,
    fieldEvidence: [
      ...(timing.symptomOnset
        ? [{ path: 'dates.symptomOnset', evidence: timing.symptomOnset.evidence }]
        : timing.onsetDate
          ? [{ path: 'dates.symptomOnset', evidence: timing.onsetDate.evidence }]
          : fromAge
            ? [
                { path: 'dates.symptomOnset', evidence: fromAge.evidence },
                { path: 'patient.ageAtOnset', evidence: fromAge.evidence },
              ]
            : []),
      ...(!timing.symptomOnset && timing.presentationDate
        ? [{ path: 'dates.presentation', evidence: timing.presentationDate.evidence }]
        : []),
      ...(validated.treatmentResponse && tx.treatmentResponse
        ? [{ path: 'treatmentResponse', evidence: tx.treatmentResponse.evidence }]
        : []),
    ],
    sections: doc.sections.map((s) => {
      const out: ExtractionResult['sections'][number] = {
        kind: s.kind,
        role: s.role,
        start: s.start,
        end: s.end,
      };
      if (s.heading) out.heading = s.heading.text;
      return out;
    }),
    responses: onc.responses,
    times: timing.times,
    notThePatient,
    warnings,
    stats: {
      characters: input.length,
      sentences: doc.sentences.length,
      caseSentences: doc.sentences.filter((s) => s.attribution.subject === 'patient').length,
    },
  };
  // The spans were read in the prepared text; they point into the input and quote it (a joined line break stays
  // a line break, an abbreviation is quoted as written)
  if (text !== input) quoteInput(result, input, expansions, new Set());
  return result;
}

/**
 * Points every span of a result into the input and quotes it from there. Each object with numeric `start` and `end`
 * (spans, sections, cues) is visited once: its offsets, read in the expanded text, are mapped back to the input when
 * the shorthand was read as words (shorthand.ts), and a `text` is set to the input's own characters (the other steps
 * of the preparation keep every offset, so only the quoted characters differ there: a hard wrap's line break read as
 * a space, a no-break space, a blanked furniture line).
 */
function quoteInput(v: unknown, input: string, expansions: readonly Expansion[], seen: Set<object>): void {
  if (v === null || typeof v !== 'object' || seen.has(v)) return;
  seen.add(v);
  if (Array.isArray(v)) {
    for (const x of v) quoteInput(x, input, expansions, seen);
    return;
  }
  const o = v as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') {
    if (expansions.length) {
      o.start = toInputOffset(expansions, o.start, 'start');
      o.end = toInputOffset(expansions, o.end, 'end');
    }
    if (typeof o.text === 'string') o.text = input.slice(o.start as number, o.end as number);
  }
  for (const x of Object.values(o)) quoteInput(x, input, expansions, seen);
}
