/**
 * Section detection for case reports and clinic letters. A heading is a short line (or a "Heading:"
 * at the start of a line) whose words match the heading table below. Each section gets a role:
 *
 * - `case`: facts about THIS patient (history, examination, investigations, diagnosis, treatment, outcome);
 * - `family`: family history (facts about relatives, never the patient's);
 * - `abstract`: restates the case; used only when the document has no case section of its own
 *   (decision: the body is the authoritative, complete account; counting both would duplicate, and
 *   abstracts compress timelines and hedges);
 * - `literature`: introduction, discussion, conclusions: cited cases there are never the patient's;
 * - `references`, `boilerplate` (funding, ethics, licence, abbreviations…), `front-matter` (title, authors).
 *
 * Text before the first heading is `case` unless the document has article structure (an abstract,
 * introduction, discussion or references heading), in which case it is `front-matter`.
 * @module
 */
import { ITEM_BULLETS } from './sentences.js';

/** What a section contributes. */
export type SectionRole =
  'case' | 'family' | 'abstract' | 'literature' | 'references' | 'boilerplate' | 'front-matter';

/** A section: its heading (if any), role, fine-grained kind, and the body's offsets. */
export interface Section {
  /** Heading kind from the table (e.g. `history`, `examination`), or `preamble` / `none`. */
  kind: string;
  role: SectionRole;
  /** Offsets of the heading text, when there is one. */
  heading?: { start: number; end: number; text: string };
  /** Body offsets (0-based, end exclusive). */
  start: number;
  end: number;
}

/** Heading table: normalised heading text → [kind, role]. */
export const HEADINGS: ReadonlyMap<string, readonly [string, SectionRole]> = new Map<
  string,
  readonly [string, SectionRole]
>(
  (
    [
      [
        'case',
        [
          'case report',
          'case presentation',
          'case description',
          'case',
          'clinical case',
          'case history',
          'case summary',
          'case details',
          'presentation',
          'patient presentation',
          'case and methods',
          'report of a case',
          'case reports',
          'presentation of the case',
          'presentation of case',
          'case presentation and summary',
          'case study',
          'patient',
          'patients',
          // structured abstracts of rehabilitation and nursing journals ("Subject: A 72-year-old male …")
          'subject',
          'subjects',
          'methods',
          // session 26: a meeting abstract's "Design/Methods:" told the case
          'design methods',
          'design and methods',
          'material and methods',
          'materials and methods',
          'patients and methods',
          'patient and methods',
          // session 33: CARE abstracts' "Main symptoms and/or important clinical findings:", "Patient findings:",
          // a bare "Report:", "Case report and discussion:", "Case series:" (the case told under them had been lost)
          'main symptoms and important clinical findings',
          'main symptoms and or important clinical findings',
          'patient findings',
          'report',
          'case report and discussion',
          'case series',
          // session 33: "Materials and methods/results: A 57-year-old woman …" (the whole case had been lost);
          // "Setting: A 64-year-old man …"
          'materials and methods results',
          'material and methods results',
          'methods results',
          'methods and results',
          'setting',
          'results',
          // session 43: the singular of an ophthalmology journal's structured abstract ("Purpose: … Method: A case
          // report … Result: A teenage boy presented …", the case read as the purpose's literature). Not the
          // singular "Result": a review's "Result:" after a case told under "Method:" is the review's (session 26)
          'method',
          'case and results',
          // CARE-structured abstracts and journal variants
          'patient concerns',
          'patient information',
          'clinical presentation',
          'clinical features',
          'clinical picture',
          'observation',
          'observations',
          // "Patient and observation" (a journal's heading of the case), "Clinical observation"
          'patient and observation',
          'patients and observation',
          'clinical observation',
          'case observation',
          'case illustration',
          'case vignette',
          'clinical case description',
          // meeting abstracts (Introduction / Description / Discussion): the case is the "Description"
          'description',
          'case description and methods',
          // session 31: a meeting abstract's "Case Description/Methods:" (the whole case had been read as literature)
          'case description methods',
          'case report methods',
          'case presentation methods',
          'case methods',
          'case synopsis',
          'case outline',
          'case 1',
          'timeline',
          // poster abstracts (session 24: the whole case was read as the introduction's)
          'case information',
          'case findings',
        ],
      ],
      [
        'history',
        [
          'history',
          'anamnesis',
          'clinical history',
          'history of present illness',
          'history of presenting complaint',
          'patient history',
          'presenting complaint',
          'present illness',
          'hpi',
          'medical history',
          'past medical history',
          'pmh',
          'past history',
          // (session 46, re-told texts: a clinic letter's headings of the past cancers and of the time since)
          'oncology history',
          'oncologic history',
          'oncological history',
          'cancer history',
          'oncologic background',
          'oncological background',
          'interval history',
          // (session 46, re-told notes: a history and physical's labels — "ID: 43 yo F", "CC: …", "H&P", "ROS: …")
          'id',
          'cc',
          'chief complaint',
          'history and physical',
          'h p',
          'identification',
          'patient identification',
          'ros',
          'review of systems',
          'psh',
          'past surgical history',
          'onc hx',
          'oncology hx',
          'background history',
          'social history',
          'current history',
          'drug history',
          'medication history',
          'medications',
          'allergies',
          'reason for referral',
          'reason for consultation',
        ],
      ],
      [
        'examination',
        [
          'examination',
          'physical examination',
          'clinical examination',
          'on examination',
          'exploration',
          'physical exploration',
          'physical exam',
          'exam',
          'neurological examination',
          'clinical findings',
          'findings',
        ],
      ],
      [
        'investigations',
        [
          'investigations',
          'complementary tests',
          'complementary examinations',
          'complementary explorations',
          'additional tests',
          'laboratory',
          'labs',
          'laboratory findings',
          'laboratory tests',
          'laboratory results',
          'laboratory data',
          'investigation',
          'tests',
          'results of investigations',
          'imaging',
          'diagnostic tests',
          'diagnostic assessment',
          'diagnostic workup',
          'work up',
          'workup',
          'blood tests',
          'histology',
          'pathology',
        ],
      ],
      // "Differential diagnosis: lymphoma, sarcoidosis" (session 21: gave the patient a lymphoma): what is weighed,
      // not what she has — every fact under it is read as uncertain (document.ts)
      ['differential', ['differential diagnosis', 'differential diagnoses', 'differentials', 'ddx']],
      [
        'diagnosis',
        [
          'diagnosis',
          'diagnoses',
          // session 38: a note's "Dx:"
          'dx',
          'final diagnosis',
          'clinical diagnosis',
          'diagnostic',
          'impression',
          'assessment',
          'assessment and plan',
          // "A/P: …" (the slash read as a space)
          'a p',
          'judgement',
          'clinical judgement',
          'diagnostic judgement',
        ],
      ],
      [
        'treatment',
        [
          'treatment',
          'treatments',
          'management',
          'therapy',
          'therapeutic intervention',
          'therapeutic interventions',
          'treatment and outcome',
          'management and outcome',
          'intervention',
          'interventions',
          'plan',
        ],
      ],
      [
        'outcome',
        [
          'outcome',
          'outcomes',
          'evolution',
          'follow up',
          'outcome and follow up',
          'follow up and outcome',
          'treatment and follow up',
          'follow up and outcomes',
          'clinical course',
          'course',
          'progress',
          'hospital course',
          'clinical evolution',
          'evolution and follow up',
        ],
      ],
      // "FHx: …", "FH: …", "Fam hx: …": the clinic-note labels of the family history (session 21: read as the
      // patient's)
      ['family', ['family history', 'family medical history', 'fhx', 'fh', 'fam hx', 'family hx', 'famhx']],
      ['abstract', ['abstract', 'summary', 'structured abstract']],
      [
        'introduction',
        [
          'introduction',
          'background',
          'main text',
          'objective',
          'objectives',
          'aim',
          'aims',
          // "Background/Aims": the key `headingKey` makes of it (a slash becomes a space; session 47: the entry had
          // been written with its slash and never matched)
          'background aims',
          'rationale',
          'context',
          'importance',
          'purpose',
          'introduction and importance',
          'background and importance',
        ],
      ],
      [
        'discussion',
        [
          'discussion',
          'conclusion',
          'conclusions',
          'comment',
          'comments',
          'literature review',
          'review of the literature',
          'learning points',
          'key messages',
          'take home messages',
          'take home message',
          'teaching points',
          'patient perspective',
          'lessons learned',
          'discussion and conclusions',
          'discussion and conclusion',
          'clinical discussion',
          'lessons',
          'lesson',
          'conclusions and relevance',
          'conclusion and relevance',
        ],
      ],
      ['references', ['references', 'bibliography', 'literature', 'works cited', 'download references']],
      [
        'boilerplate',
        [
          'acknowledgements',
          'acknowledgments',
          'acknowledgement',
          'funding',
          'author information',
          'authors and affiliations',
          'authors',
          'affiliations',
          'contributions',
          'author contributions',
          'ethics declarations',
          'ethics approval and consent to participate',
          'ethics approval',
          'consent for publication',
          'consent',
          'patient consent',
          'competing interests',
          'conflict of interest',
          'conflicts of interest',
          'declaration of interests',
          'disclosures',
          'additional information',
          "publisher's note",
          'publishers note',
          'rights and permissions',
          'about this article',
          'cite this article',
          'abbreviations',
          'availability of data and materials',
          'data availability',
          'data availability statement',
          'keywords',
          'key words',
          'supplementary material',
          'supplementary information',
          'declarations',
          'corresponding author',
          'reprints and permissions',
          'open access',
          'copyright',
          'figure legends',
          'footnotes',
          'notes',
          'skip to main content',
          'download citation',
          'provenance and peer review',
          'funding statement',
          'article information',
          'metrics',
          'share this article',
        ],
      ],
    ] as const
  ).flatMap(([kind, names]) => names.map((n) => [n, [kind, roleOf(kind)] as const] as const)),
);

function roleOf(kind: string): SectionRole {
  switch (kind) {
    case 'family':
      return 'family';
    case 'abstract':
      return 'abstract';
    case 'introduction':
    case 'discussion':
      return 'literature';
    case 'references':
      return 'references';
    case 'boilerplate':
      return 'boilerplate';
    default:
      return 'case';
  }
}

/** Lower-case words of ASCII letters between single spaces. */
const PLAIN_KEY_RE = /^[a-z]+(?: [a-z]+)*$/;

/** Normalises a candidate heading line: lower case, numbering, trailing colon and punctuation removed. */
export function headingKey(line: string): string {
  let s = line.trim().toLowerCase();
  // words of letters between single spaces are their own key: no replacement below changes them (the usual
  // heading, "case presentation"; a prose line fails at its first comma, digit or full stop)
  if (PLAIN_KEY_RE.test(s)) return s;
  s = s.replace(/^(?:[0-9]{1,2}(?:\.[0-9]{1,2}){0,2}\.?|[ivx]{1,4}\.|[a-h]\))\s{0,3}/, '');
  s = s
    .replace(/[’']/g, "'")
    .replace(/[-–—_/&]/g, ' ')
    .replace(/[:.]\s*$/, '');
  s = s.replace(/\s+/g, ' ').trim();
  return s;
}

const MAX_HEADING = 70;

/** A heading's leading article or possessive ("The case", "Our patient", "This case"), left off when the rest is a heading. */
const HEADING_ARTICLE_RE = /^(?:the|our|this) /;

/**
 * The table's entry for a heading key; "The case", "Our patient" and "This case" are read as their heading without
 * the article, on a line of its own or run in ("… at our centre. The case: …"; session 38: a case told under "The
 * case" had been read as the background's, and lost).
 */
function headingEntry(key: string): readonly [string, SectionRole] | undefined {
  const hit = HEADINGS.get(key);
  if (hit || !HEADING_ARTICLE_RE.test(key)) return hit;
  return HEADINGS.get(key.slice(key.indexOf(' ') + 1));
}

/** Whether the next non-blank line after `lineEnd` is prose: 40 characters or more, not a list item. */
function proseFollows(text: string, lineEnd: number): boolean {
  let a = lineEnd;
  while (a < text.length && /\s/.test(text[a]!)) a++;
  let e = text.indexOf('\n', a);
  if (e < 0) e = text.length;
  return e - a >= 40 && !ITEM_BULLETS.has(text[a]!);
}

/** Finds the heading at a line, if any: either the whole line, or a "Heading:" prefix. */
function headingAt(
  text: string,
  colons: readonly number[],
  lineStart: number,
  lineEnd: number,
): { kind: string; role: SectionRole; start: number; end: number; bodyStart: number } | undefined {
  let s = lineStart;
  while (s < lineEnd && (text[s] === ' ' || text[s] === '\t' || text[s] === '#' || text[s] === '*')) s++;
  // a bullet before a label ("• Patient: A 79-year-old man …", "- Case presentation: …", session 27); a bulleted
  // line that is only a heading's words heads the prose after it, else it is an item of a list ("• Case Reports"
  // among a page's publication types)
  const bulleted = ITEM_BULLETS.has(text[s] ?? '') && (text[s + 1] === ' ' || text[s + 1] === '\t');
  if (bulleted) {
    s++;
    while (s < lineEnd && (text[s] === ' ' || text[s] === '\t')) s++;
  }
  let e = lineEnd;
  while (e > s && /[\s*#]/.test(text[e - 1]!)) e--;
  if (e <= s) return undefined;
  if (e - s <= MAX_HEADING && (!bulleted || proseFollows(text, lineEnd))) {
    const key = headingKey(text.slice(s, e));
    const hit = headingEntry(key);
    if (hit) return { kind: hit[0], role: hit[1], start: s, end: e, bodyStart: lineEnd };
  }
  // "Heading: text" on one line
  const colon = colonIn(colons, s, Math.min(e, s + 41));
  if (colon > s && colon < e && colon - s <= 40) {
    const key = headingKey(text.slice(s, colon));
    const hit = headingEntry(key);
    // "Conclusion: Dx: dermatomyositis, anti-NXP2 positive, per the immunoblot" (session 38: the diagnosis read as the authors'
    // conclusion, and lost): a diagnosis label run in right after a literature heading heads what follows
    if (hit && hit[1] === 'literature') {
      let a = colon + 1;
      while (a < e && (text[a] === ' ' || text[a] === '\t')) a++;
      const second = colonIn(colons, a, Math.min(e, a + 26));
      const inner = second > a ? HEADINGS.get(headingKey(text.slice(a, second))) : undefined;
      if (inner && inner[0] === 'diagnosis')
        return { kind: inner[0], role: inner[1], start: s, end: second, bodyStart: second + 1 };
    }
    if (hit) return { kind: hit[0], role: hit[1], start: s, end: colon, bodyStart: colon + 1 };
  }
  return undefined;
}

/** The offsets of a text's colons, in order: found once, in one pass, for {@link colonIn}. */
function colonsOf(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) out.push(i);
  return out;
}

/**
 * The first colon in [from, to), or -1: the first of the text's colons at `from` or after (a binary search of
 * {@link colonsOf}), if it stands before `to`. Neither a scan of the range's characters nor an `indexOf` to the end
 * of the whole text from every line (which made a text of many short lines quadratic).
 */
function colonIn(colons: readonly number[], from: number, to: number): number {
  let lo = 0;
  let hi = colons.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (colons[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < colons.length && colons[lo]! < to ? colons[lo]! : -1;
}

type Found = {
  kind: string;
  role: SectionRole;
  start: number;
  end: number;
  bodyStart: number;
  inline?: boolean;
};

/** ".", "!" or "?" (by character code: this runs for every character before a colon). */
function sentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63;
}

/**
 * Run-in headings after a sentence inside a line, as structured abstracts print them: "… in adults. Case
 * summary: A 61-year-old man …" (or "… adults.Case summary: …", the space lost). The words between the sentence end and the colon (at most 40 characters,
 * starting with a capital) must be a heading of the table.
 */
function runInHeadings(
  text: string,
  colons: readonly number[],
  from: number,
  to: number,
  out: Found[],
): void {
  for (let c = colonIn(colons, from, to); c >= 0; c = colonIn(colons, c + 1, to)) {
    let k = c - 1;
    while (
      k > from &&
      c - k <= 42 &&
      !((text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) && sentenceEnd(text.charCodeAt(k - 1))) &&
      // "… is rare in men.Case presentation: …": the space after the full stop lost
      // ("… follow-up.DISCUSSION: …", session 26: two letters before the full stop)
      !(text.charCodeAt(k) === 46 && k >= from + 2 && /^[a-z]{2}$/.test(text.slice(k - 2, k)))
    )
      k--;
    if (k <= from || c - k > 42) continue;
    // "… is rare.  Case: A man of 79 …": the two spaces some writers put after a full stop
    let start = k + 1;
    while (start < c && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
    const first = text.charCodeAt(start);
    if (!(first >= 65 && first <= 90)) continue;
    const key = headingKey(text.slice(start, c));
    // ("Aim: … Method: Presented here is the case of … Result: …", session 26: a review that tells a case under its
    // run-in "Method:" reports its own results after it) the singular "Method" heads the case only at a line's start
    if (RUN_IN_EXCLUDED.has(key)) continue;
    const hit = headingEntry(key);
    if (hit) out.push({ kind: hit[0], role: hit[1], start, end: c, bodyStart: c + 1, inline: true });
  }
}
/** Headings read only at the start of a line, never run in after a sentence. */
const RUN_IN_EXCLUDED: ReadonlySet<string> = new Set(['method']);

/** Structured-abstract labels some pages print without a colon ("Background Anti-TIF1γ … has a greater risk …"). */
const BARE_LABELS: ReadonlySet<string> = new Set([
  'background',
  'objective',
  'objectives',
  'aims',
  'methods',
  'results',
  'conclusion',
  'conclusions',
  // "Case description A 58-year-old woman …" (session 24: the case was read as the background's, and lost)
  'case description',
  'case presentation',
  'case report',
  'case summary',
  'case history',
]);

/**
 * "Background Anti-TIF1γ-positive dermatomyositis has …" (session 23: the general sentence was read as the patient's
 * result): a line that opens with a structured-abstract label, a space and a capital letter. Kept by
 * {@link detectSections} only when the text has two different such labels.
 */
function bareLabelAt(text: string, lineStart: number, lineEnd: number): Found | undefined {
  const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 30));
  const m =
    /^[ \t]*([A-Z][a-z]+[ \t][a-z]+)[ \t]+[A-Z]/.exec(line) ?? /^[ \t]*([A-Z][a-z]+)[ \t]+[A-Z]/.exec(line);
  const key = m ? m[1]!.toLowerCase().replace(/[ \t]+/, ' ') : '';
  if (!m || !BARE_LABELS.has(key)) return undefined;
  const hit = HEADINGS.get(key);
  if (!hit) return undefined;
  const start = lineStart + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  return { kind: hit[0], role: hit[1], start, end, bodyStart: end + 1, inline: true };
}

/** The opening of a case report's account: "A 62-year-old woman", "An 8-year-old boy", "We report / present …". */
const CASE_OPENER_RE =
  /\b(?:(?:A|An)\s+\d{1,3}[\s-]*(?:year|yr|month)s?[\s-]*old\b|We\s+(?:report|present|describe)\b)/;

/** End of the first paragraph of [from, to): the first blank line after some text, else `to`. */
function firstParagraphEnd(text: string, from: number, to: number): number {
  let seen = false;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '\n' && seen) {
      let j = i + 1;
      while (j < to && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (j >= to || text[j] === '\n') return i;
    } else if (ch !== ' ' && ch !== '\t' && ch !== '\r' && ch !== '\n') seen = true;
  }
  return to;
}

/**
 * Splits a document into sections with roles.
 * @param text - the input
 */
export function detectSections(text: string): Section[] {
  const found: Found[] = [];
  const bare: Found[] = [];
  const colons = colonsOf(text);
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const h = headingAt(text, colons, lineStart, lineEnd);
    if (h) found.push(h);
    else {
      const b = bareLabelAt(text, lineStart, lineEnd);
      if (b) bare.push(b);
    }
    const from = h ? h.bodyStart : lineStart;
    runInHeadings(text, colons, from, lineEnd, found);
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  // labels without a colon count only as a structured abstract's: two different ones at least
  if (new Set(bare.map((b) => headingKey(text.slice(b.start, b.end)))).size >= 2) {
    found.push(...bare);
    found.sort((a, b) => a.start - b.start);
  }
  // Abstract sub-headings ("Background", "Case presentation", "Conclusions") stay in the abstract until
  // the body starts (introduction / main text / keywords, or a heading that repeats one already seen).
  let inAbstract = false;
  const seenInAbstract = new Set<string>();
  for (const h of found) {
    if (h.kind === 'abstract') {
      inAbstract = true;
      continue;
    }
    if (!inAbstract) continue;
    const key = headingKey(text.slice(h.start, h.end));
    if (
      key === 'introduction' ||
      key === 'main text' ||
      h.kind === 'boilerplate' ||
      h.kind === 'references' ||
      seenInAbstract.has(key) ||
      (key === 'case report' && seenInAbstract.size > 0)
    ) {
      inAbstract = false;
      continue;
    }
    seenInAbstract.add(key);
    h.role = 'abstract';
  }
  const article = found.some(
    (h) =>
      h.kind === 'abstract' ||
      h.kind === 'introduction' ||
      h.kind === 'discussion' ||
      h.kind === 'references',
  );
  const out: Section[] = [];
  const firstStart = found[0]?.start ?? text.length;
  if (firstStart > 0 && text.slice(0, firstStart).trim() !== '') {
    out.push({
      kind: found.length ? 'preamble' : 'none',
      role: article ? 'front-matter' : 'case',
      start: 0,
      end: firstStart,
    });
  }
  found.forEach((h, i) => {
    let end = found[i + 1]?.start ?? text.length;
    // Family history, keywords, abbreviations, funding…: one paragraph (one line when the heading runs into
    // the text, "Family history: …"); what follows without a heading of its own continues the section
    // before (or is read like the text before the first heading).
    let rest: Section | undefined;
    // A differential diagnosis likewise (session 21): the paragraph that weighs the diagnoses, not the case after it.
    if (h.role === 'boilerplate' || h.role === 'family' || h.kind === 'differential') {
      const lineEnd = text.indexOf('\n', h.bodyStart);
      const runIn =
        h.inline ||
        (lineEnd !== h.bodyStart && text.slice(h.bodyStart, lineEnd < 0 ? end : lineEnd).trim() !== '');
      let stop = runIn
        ? lineEnd < 0 || lineEnd > end
          ? end
          : lineEnd
        : firstParagraphEnd(text, h.bodyStart, end);
      // "Keywords: dermatomyositis; malignancy A 62-year-old woman presented …" (a page's columns run together,
      // session 22): a label's line ends where the case opens on it
      // (searched within the label's own line only: a search to the end of the text from every label would be
      // quadratic in a text of many labelled lines)
      if (runIn && h.role === 'boilerplate') {
        const opener = CASE_OPENER_RE.exec(text.slice(h.bodyStart, stop));
        if (opener) stop = h.bodyStart + opener.index;
      }
      if (stop < end && text.slice(stop, end).trim() !== '') {
        const before = [...out]
          .reverse()
          .find((x) => x.role !== 'boilerplate' && x.role !== 'family' && x.kind !== 'differential');
        rest = before
          ? { kind: before.kind, role: before.role, start: stop, end }
          : { kind: 'preamble', role: article ? 'front-matter' : 'case', start: stop, end };
        end = stop;
      }
    }
    out.push({
      kind: h.kind,
      role: h.role,
      heading: { start: h.start, end: h.end, text: text.slice(h.start, h.end) },
      start: h.bodyStart,
      end: Math.max(h.bodyStart, end),
    });
    if (rest) out.push(rest);
  });
  // Abstract-only documents: the abstract is the only account of the case.
  if (!out.some((s) => s.role === 'case')) for (const s of out) if (s.role === 'abstract') s.role = 'case';
  return out;
}
