/**
 * Rewritings of a case narrative that keep its meaning and change its layout, typography or register: the same
 * case hard-wrapped as a PDF's text layer or an e-mail gives it, typed with two spaces after a full stop, with
 * thousands grouped by spaces, with the age after the noun, told in the present tense, typed without capitals.
 * `npm run eval:layouts` scores the extractor on each rewriting against the same gold, and
 * `test/layout-invariance.test.ts` requires the facts of the synthetic corpus ({@link caseFacts}) to stay the same
 * under the rewritings that change nothing a reader relies on. Pure functions.
 * @module
 */

import type { Case } from '../case/schema.js';

/**
 * The facts a reader takes from a case (patient, onset, findings, labs, antibodies, cancers and their order), in a
 * form two readings of one narrative compare by: equal when a rewriting changed nothing a clinician relies on.
 * @param c - the extracted case
 */
export function caseFacts(c: Case): unknown {
  return {
    patient: c.patient,
    dates: c.dates,
    findings: c.findings.map((f) => `${f.id}=${f.status}`),
    labs: c.labs.map((l) => `${l.analyte} ${l.comparator ?? ''}${l.value ?? ''} ${l.unit ?? ''}`),
    antibodies: c.antibodies.map((a) => `${a.target}=${a.result}`),
    cancers: c.cancers.map((k) => [k.histology, k.site, k.relationToMyositis, k.diagnosisDate]),
  };
}

/**
 * Greedy wrapping at `width` characters, as a mail client or a PDF's text layer does it; with `hyphenate`, a long
 * lower-case word that does not fit is broken at a hyphen within the width.
 * @param text - the narrative
 * @param width - the line width in characters
 * @param hyphenate - break long words at the end of a line
 */
export function wrap(text: string, width: number, hyphenate = false): string {
  return text
    .split('\n')
    .map((para) => {
      const lines: string[] = [];
      let line = '';
      for (const word of para.split(' ')) {
        if (!line || line.length + 1 + word.length <= width) {
          line = line ? `${line} ${word}` : word;
          continue;
        }
        const room = width - line.length - 2;
        if (hyphenate && word.length > 9 && /^[a-z]+$/.test(word) && room >= 3) {
          const k = Math.min(room, word.length - 3);
          lines.push(`${line} ${word.slice(0, k)}-`);
          line = word.slice(k);
        } else {
          lines.push(line);
          line = word;
        }
      }
      lines.push(line);
      return lines.join('\n');
    })
    .join('\n');
}

/** A rewriting of a narrative. */
export interface Layout {
  /** What it does, for the printed table. */
  description: string;
  /** Whether a reader loses nothing by it: the facts must then stay the same. */
  neutral: boolean;
  rewrite(text: string): string;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "h/o", "PMH", "dx'd", "dx" for history and diagnosis, as a clinic note writes them. */
function abbreviateHistory(t: string): string {
  return t
    .replace(/\b[Pp]ast medical history\b/g, 'PMH')
    .replace(/\b([Hh])istory of\b/g, (_m, h: string) => (h === 'H' ? 'H/o' : 'h/o'))
    .replace(/\b([Dd])iagnosed\b/g, "$1x'd")
    .replace(/\b([Dd])iagnosis\b/g, '$1x');
}

/** "CA" (or "ca" after a lower-case word) for "cancer" after the site or the history that a note puts before it. */
function abbreviateCancer(t: string): string {
  return t.replace(
    /\b(breast|lung|ovarian|colon|colorectal|rectal|gastric|prostate|bladder|pancreatic|thyroid|cervical|endometrial|oesophageal|esophageal|renal|nasopharyngeal|tongue|history of|metastatic|underlying|occult) cancer\b/gi,
    (_m, w: string) => `${w} ${/^[a-z]/.test(w) && w.length % 2 ? 'ca' : 'CA'}`,
  );
}

/** "+ve" and "-ve" for a result word standing on its own (not inside "seronegative" or "ANA-positive"). */
function abbreviateResults(t: string): string {
  return t.replace(/(?<![\w-])(positive|negative)\b/gi, (w: string) =>
    w[0]!.toLowerCase() === 'p' ? '+ve' : '-ve',
  );
}

/** Units of time after a number abbreviated: "3 mo", "2 wks", "5 yrs", and the age as "56yo". */
function abbreviateTime(t: string): string {
  return t
    .replace(/(\d+)-year-old\b/g, '$1yo')
    .replace(/(\d) months?\b/g, (_m, d: string) => `${d} mo`)
    .replace(/(\d) weeks?\b/g, (m: string, d: string) => `${d} wk${m.endsWith('s') ? 's' : ''}`)
    .replace(/(\d) years?\b/g, (m: string, d: string) => `${d} yr${m.endsWith('s') ? 's' : ''}`);
}

/** Common words of a clinic note abbreviated. */
function abbreviateWords(t: string): string {
  return t
    .replace(/\bwithout\b/g, 'w/o')
    .replace(/\bwith\b/g, 'w/')
    .replace(/\bpatient\b/g, 'pt')
    .replace(/\bbiops(?:y|ies)\b/g, 'bx')
    .replace(/\bbilateral(?:ly)?\b/g, 'bilat')
    .replace(/\bproximal\b/g, 'prox')
    .replace(/\bmetastases\b/g, 'mets')
    .replace(/\btreatment\b/g, 'tx');
}

/** Word starts that British and American medical spelling write differently (whole-word starts, either case). */
const SPELLINGS: readonly (readonly [string, string])[] = [
  ['esophag', 'oesophag'],
  ['edema', 'oedema'],
  ['hemat', 'haemat'],
  ['hemorrh', 'haemorrh'],
  ['hemoglob', 'haemoglob'],
  ['hemolys', 'haemolys'],
  ['anemi', 'anaemi'],
  ['leukemi', 'leukaemi'],
  ['tumor', 'tumour'],
  ['dyspnea', 'dyspnoea'],
  ['diarrhea', 'diarrhoea'],
  ['estrogen', 'oestrogen'],
  ['pediatric', 'paediatric'],
  ['gynecolog', 'gynaecolog'],
  ['anesthe', 'anaesthe'],
  ['behavior', 'behaviour'],
  ['fiber', 'fibre'],
  ['center', 'centre'],
  ['hospitalized', 'hospitalised'],
  ['hospitalization', 'hospitalisation'],
  ['characterized', 'characterised'],
  ['recognized', 'recognised'],
  ['normalized', 'normalised'],
  ['generalized', 'generalised'],
  ['localized', 'localised'],
  ['stabilized', 'stabilised'],
];
const US_TO_UK = new Map(SPELLINGS.map(([us, uk]) => [us, uk]));
const UK_TO_US = new Map(SPELLINGS.map(([us, uk]) => [uk, us]));
const SPELLING_RE = new RegExp(`\\b(${SPELLINGS.flat().join('|')})`, 'gi');

/** The text with each word start of `map` respelt, its first letter's case kept. */
function respell(t: string, map: ReadonlyMap<string, string>): string {
  return t.replace(SPELLING_RE, (m: string) => {
    const to = map.get(m.toLowerCase());
    if (!to) return m;
    return m[0] === m[0]!.toUpperCase() ? to[0]!.toUpperCase() + to.slice(1) : to;
  });
}

/** The section labels the markdown rewritings dress up ("Case presentation", "Background" …). */
const SECTION_LABELS = String.raw`Case (?:presentation|report|description|summary)|Background|Introduction|Discussion|Conclusions?|Methods?|Results?`;

/** A section label on its own line or opening one ("Case presentation:", "Discussion⏎"). */
const LABEL_LINE_RE = new RegExp(String.raw`(^|\n)(${SECTION_LABELS}|Abstract)(?::[ \t]*|[ \t]*\n)`, 'gi');
/** A run-in section label ("Case presentation:") at a line's or a sentence's start. */
const RUN_IN_LABEL_RE = new RegExp(String.raw`(^|\n|\. )(${SECTION_LABELS}):`, 'gi');

/** Analyte names a case report writes before its value, for the laboratory rewritings. */
const ANALYTE_NAMES = String.raw`creatine (?:phospho)?kinase|CPK|CK|LDH|lactate dehydrogenase|aldolase|AST|ALT|CRP|C-reactive protein|ESR|ferritin|myoglobin|troponin [IT]|ha?emoglobin|albumin|creatinine|TSH`;

/** "CK was 4520 U/L", "a CK of 4520 U/L", "CK levels at 4520 U/L": the analyte, its level noun and its link word. */
const LAB_LINK_RE = new RegExp(
  String.raw`\b(${ANALYTE_NAMES})(?: (?:level|levels|value|concentration))? (?:was|were|of|at|is|measured) (?=\d)`,
  'g',
);

/** "anti-Jo-1 antibody was positive", "Anti-TIF1-γ antibodies were negative": one antibody (not a list's last) and its result. */
const ANTIBODY_RESULT_RE =
  /(?<!(?:,|\band|\bor) )\b((?:[Aa]nti-\S+|ANA|ANCA)(?: antibod(?:y|ies))?) (?:was|were|is|are) (positive|negative)\b/g;

/** A count of days … years ("3 years", "two months", "several weeks"): the count and the unit. */
const INTERVAL = String.raw`\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a few) (days?|weeks?|months?|years?)`;
/** An interval and the word that dates it before ("3 years earlier", "two months before the admission"). */
const BEFORE_RE = new RegExp(
  String.raw`${INTERVAL} (earlier|previously|ago|before(?= (?:the|her|his|this|admission|presentation|diagnosis|onset)\b))\b`,
  'g',
);
/** … and after ("6 months later", "two years after"). */
const AFTER_RE = new RegExp(String.raw`${INTERVAL} (later|after)\b`, 'g');

/** The rewritings, by name. */
export const LAYOUTS: Readonly<Record<string, Layout>> = {
  'wrap-60': { description: 'hard-wrapped at 60 characters', neutral: true, rewrite: (t) => wrap(t, 60) },
  'wrap-72': {
    description: 'hard-wrapped at 72 characters (e-mail)',
    neutral: true,
    rewrite: (t) => wrap(t, 72),
  },
  'wrap-80': { description: 'hard-wrapped at 80 characters', neutral: true, rewrite: (t) => wrap(t, 80) },
  'wrap-72-hyphenated': {
    description: 'hard-wrapped at 72, long words hyphenated',
    neutral: false,
    rewrite: (t) => wrap(t, 72, true),
  },
  'two-spaces': {
    description: 'two spaces after a full stop',
    neutral: true,
    rewrite: (t) => t.replace(/\. /g, '.  '),
  },
  tab: {
    description: 'a tab after a full stop',
    neutral: true,
    rewrite: (t) => t.replace(/\. (?=[A-Z])/g, '.\t'),
  },
  'crlf-nbsp': {
    description: 'Windows line ends, no-break spaces before numbers',
    neutral: true,
    rewrite: (t) => t.replace(/\n/g, '\r\n').replace(/ (?=\d)/g, '\u00a0'),
  },
  'space-thousands': {
    description: 'thousands grouped by a space ("4 520")',
    neutral: true,
    rewrite: (t) => t.replace(/(\d),(\d{3})\b/g, '$1 $2'),
  },
  'thin-thousands': {
    description: 'thousands grouped by a thin space',
    neutral: true,
    rewrite: (t) => t.replace(/(\d),(\d{3})\b/g, '$1\u2009$2'),
  },
  'age-after-noun': {
    description: '"a woman aged 56 years" for "a 56-year-old woman"',
    neutral: true,
    rewrite: (t) => t.replace(/\ba (\d+)-year-old (man|woman|male|female|boy|girl)\b/g, 'a $2 aged $1 years'),
  },
  'y/o': {
    description: '"56 y/o" for "56-year-old"',
    neutral: true,
    rewrite: (t) => t.replace(/(\d+)-year-old/g, '$1 y/o'),
  },
  'number-words': {
    description: 'durations of one digit in words ("two weeks")',
    neutral: true,
    rewrite: (t) =>
      t.replace(
        /(?<![\d.,])\b(\d) (day|week|month|year)(s?)\b/g,
        (_m, n: string, u: string, p: string) => `${NUMBER_WORDS[Number(n)]} ${u}${p}`,
      ),
  },
  'present-tense': {
    description: 'told in the present tense ("she presents", "she has", "shows")',
    neutral: true,
    rewrite: (t) =>
      t
        .replace(/\b(She|He|she|he|patient|man|woman|girl|boy|male|female) presented\b/g, '$1 presents')
        .replace(/\b(She|He) was\b/g, '$1 is')
        .replace(/\b(She|He) had\b/g, '$1 has')
        .replace(/\bwas admitted\b/g, 'is admitted')
        .replace(/\brevealed\b/g, 'reveals')
        .replace(/\bshowed\b/g, 'shows'),
  },
  'markdown-bold': {
    description: 'laboratory names in markdown bold ("**CK** 4520 U/L")',
    neutral: true,
    rewrite: (t) => t.replace(/\b(CK|creatine kinase|LDH|CRP|ESR|aldolase|AST|ALT)\b/g, '**$1**'),
  },
  'markdown-headings': {
    description: 'section labels as markdown headings ("## Case presentation")',
    neutral: true,
    rewrite: (t) => t.replace(LABEL_LINE_RE, '$1## $2\n\n'),
  },
  'bold-run-in-labels': {
    description: 'run-in labels in markdown bold ("**Case presentation:** A 60-year-old …")',
    neutral: true,
    rewrite: (t) => t.replace(RUN_IN_LABEL_RE, '$1**$2:**'),
  },
  bullets: {
    description: 'every sentence a bulleted line ("• …")',
    neutral: true,
    rewrite: (t) => t.replace(/\. (?=[A-Z])/g, '.\n• '),
  },
  'abbrev-history': {
    description: 'history and diagnosis abbreviated ("h/o", "PMH", "dx\'d", "dx")',
    neutral: true,
    rewrite: abbreviateHistory,
  },
  'abbrev-cancer': {
    description: '"CA" or "ca" for "cancer" after a site or a history ("breast CA", "h/o lung ca")',
    neutral: true,
    rewrite: abbreviateCancer,
  },
  'abbrev-results': {
    description: '"+ve" and "-ve" for "positive" and "negative"',
    neutral: true,
    rewrite: abbreviateResults,
  },
  'abbrev-time': {
    description: 'units of time abbreviated ("3 mo", "2 wks", "56yo")',
    neutral: true,
    rewrite: abbreviateTime,
  },
  'abbrev-words': {
    description: '"pt", "w/", "w/o", "bx", "bilat", "prox", "mets", "tx"',
    neutral: true,
    rewrite: abbreviateWords,
  },
  shorthand: {
    description: "all the abbreviations above together (a clinician's note)",
    neutral: true,
    rewrite: (t) =>
      abbreviateWords(abbreviateTime(abbreviateResults(abbreviateHistory(abbreviateCancer(t))))),
  },
  'uk-spelling': {
    description: 'British spelling ("oedema", "haematology", "tumour", "dyspnoea", "oesophageal")',
    neutral: true,
    rewrite: (t) => respell(t, US_TO_UK),
  },
  'us-spelling': {
    description: 'American spelling ("edema", "hematology", "tumor", "dyspnea", "esophageal")',
    neutral: true,
    rewrite: (t) => respell(t, UK_TO_US),
  },
  'lab-colon': {
    description: 'a laboratory value after a colon ("CK: 4520 U/L" for "CK was 4520 U/L")',
    neutral: true,
    rewrite: (t) => t.replace(LAB_LINK_RE, '$1: '),
  },
  'lab-equals': {
    description: 'a laboratory value after an equals sign ("CK = 4520 U/L")',
    neutral: true,
    rewrite: (t) => t.replace(LAB_LINK_RE, '$1 = '),
  },
  'antibody-colon': {
    description: 'an antibody\'s result after a colon ("anti-Jo-1 antibody: positive")',
    neutral: true,
    rewrite: (t) => t.replace(ANTIBODY_RESULT_RE, '$1: $2'),
  },
  'time-prior': {
    description:
      '"prior" for "earlier", "previously", "ago" and "before" after an interval ("3 years prior to")',
    neutral: true,
    rewrite: (t) =>
      t.replace(
        BEFORE_RE,
        (_m, n: string, u: string, w: string) => `${n} ${u} prior${w === 'before' ? ' to' : ''}`,
      ),
  },
  'time-subsequent': {
    description:
      '"afterwards" and "following" for "later" and "after" after an interval ("6 months afterwards")',
    neutral: true,
    rewrite: (t) =>
      t.replace(
        AFTER_RE,
        (_m, n: string, u: string, w: string) => `${n} ${u} ${w === 'later' ? 'afterwards' : 'following'}`,
      ),
  },
  'lower-case': { description: 'typed without capitals', neutral: false, rewrite: (t) => t.toLowerCase() },
  'one-paragraph': {
    description: 'all lines run together (headings lost)',
    neutral: false,
    rewrite: (t) => t.replace(/\s*\n\s*/g, ' '),
  },
  'no-title': {
    description: 'the title line removed (facts told only there are lost)',
    neutral: false,
    rewrite: (t) => t.replace(/^[^\n]{1,250}\n\s*\n/, ''),
  },
};
