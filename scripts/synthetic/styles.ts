/**
 * Writing styles of the synthetic corpus: clinic letters, discharge summaries, referral notes, journal
 * abstracts and case reports, telegraphic ward notes, pasted lab tables, OCR'd scans and MDT notes.
 * @module
 */
import { Doc, sp, type Rng, type Scenario, type Variant } from './model.js';
import {
  absentText,
  antibodiesText,
  cancerText,
  citedCase,
  cohort,
  definition,
  familyText,
  her,
  hypothetical,
  labsSentence,
  labsTable,
  onsetPrefix,
  otherText,
  patientPhrase,
  screenText,
  she,
  skinText,
  smokingText,
  studiesText,
  suspectedText,
  weaknessText,
} from './phrases.js';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const join = (...xs: string[]) => xs.filter(Boolean).join(' ');

/** The presenting complaint: onset, weakness, other symptoms. */
function complaint(d: Doc, sc: Scenario, r: Rng): string {
  const onset = onsetPrefix(d, sc, r);
  const weak = weaknessText(d, sc, r);
  const other = otherText(d, sc, r);
  const items = [weak, other].filter(Boolean).join(' and ');
  if (!items) return onset ? `${onset.replace(/ of $/, '')} of fatigue` : 'fatigue';
  return `${onset}${items}`;
}

const SIGN_OFF = ['Yours sincerely,', 'Kind regards,', 'With best wishes,'];
const DOCTORS = [
  'Dr A. Patel',
  'Dr J. Okafor',
  'Dr M. Lindqvist',
  'Dr S. Ferreira',
  'Dr H. Nakamura',
  'Dr R. Byrne',
];

/** UK clinic letter to a GP. */
function clinicLetter(d: Doc, sc: Scenario, r: Rng): void {
  const v = d.variant;
  d.add(`${r.pick(['Rheumatology Outpatients', 'Department of Rheumatology', 'Neuromuscular Clinic'])}\n`);
  d.add(`Clinic date: ${r.int(1, 28)} ${r.pick(['March', 'June', 'October'])} 2024\n\n`);
  d.add(`Dear ${r.pick(DOCTORS)},\n\n`);
  d.add(
    `Thank you for referring ${patientPhrase(d, sc, r)}, whom I saw today with ${complaint(d, sc, r)}.\n\n`,
  );
  d.add(join(skinText(d, sc, r), absentText(d, sc, r), smokingText(d, sc, r), familyText(d, sc, r)) + '\n\n');
  d.add(join(labsSentence(d, sc, r), antibodiesText(d, sc, r), studiesText(d, sc, r)) + '\n\n');
  d.add(join(cancerText(d, sc, r), suspectedText(d, sc, r), screenText(sc, r, v)) + '\n\n');
  d.add(
    `Impression: ${sc.diagnosis}. ${r.chance(0.4) ? definition(sc, r, v) + ' ' : ''}${hypothetical(sc, r)}\n\n`,
  );
  d.add(
    `${r.pick(SIGN_OFF)}\n\n${r.pick(DOCTORS)}\n${sp(v, 'Consultant Rheumatologist', 'Attending Rheumatologist')}\n`,
  );
}

/** US discharge summary with headed sections. */
function dischargeSummary(d: Doc, sc: Scenario, r: Rng): void {
  const v = d.variant;
  d.add('DISCHARGE SUMMARY\n\n');
  d.add(
    `Admitting diagnosis: ${r.pick(['weakness', 'elevated CK', 'rash and weakness'])}\nDischarge diagnosis: ${sc.diagnosis}\n\n`,
  );
  d.add(
    `HISTORY OF PRESENT ILLNESS:\nThe patient is ${patientPhrase(d, sc, r)} admitted with ${complaint(d, sc, r)}. ${smokingText(d, sc, r)}\n\n`,
  );
  d.add(`PHYSICAL EXAM:\n${join(skinText(d, sc, r), absentText(d, sc, r)) || 'Unremarkable skin.'}\n\n`);
  d.add(`LABS:\n${labsTable(d, sc, r) || labsSentence(d, sc, r)}\n${antibodiesText(d, sc, r)}\n\n`);
  const st = studiesText(d, sc, r);
  if (st) d.add(`STUDIES:\n${st}\n\n`);
  d.add(
    `HOSPITAL COURSE:\n${join(cancerText(d, sc, r), suspectedText(d, sc, r), screenText(sc, r, v), `${cap(she(sc))} was started on prednisone 1 mg/kg.`)}\n\n`,
  );
  d.add(`FAMILY HISTORY: ${familyText(d, sc, r) || 'Noncontributory.'}\n\n`);
  d.add(`FOLLOW-UP:\n${hypothetical(sc, r)} Rheumatology clinic in 4 weeks.\n`);
}

/** Short referral note from primary care. */
function referral(d: Doc, sc: Scenario, r: Rng): void {
  d.add(`Referral — ${r.pick(['urgent', 'routine', 'soon'])}\n\n`);
  d.add(`Please see ${patientPhrase(d, sc, r)} with ${complaint(d, sc, r)}. `);
  d.add(join(skinText(d, sc, r), labsSentence(d, sc, r), antibodiesText(d, sc, r)) + ' ');
  d.add(join(cancerText(d, sc, r), familyText(d, sc, r), smokingText(d, sc, r)) + '\n\n');
  d.add(
    `${r.pick(['Many thanks', 'Thanks for seeing', 'Grateful for your opinion'])},\n${r.pick(DOCTORS)} (GP)\n`,
  );
}

/** Journal abstract with a general opening and a literature close. */
function abstract(d: Doc, sc: Scenario, r: Rng): void {
  const v = d.variant;
  const title = sc.cancer
    ? `${cap(sc.diagnosis)} revealing ${sc.cancer.histology}: a case report`
    : `${cap(sc.diagnosis)}: a case report`;
  d.add(`${title}\n\nAbstract\n\n`);
  d.add(`Background: ${definition(sc, r, v)} ${r.chance(0.6) ? cohort(r) : ''}\n\n`);
  d.add(
    `Case presentation: We report ${patientPhrase(d, sc, r)} who presented with ${complaint(d, sc, r)}. `,
  );
  d.add(
    join(
      skinText(d, sc, r),
      absentText(d, sc, r),
      labsSentence(d, sc, r),
      antibodiesText(d, sc, r),
      studiesText(d, sc, r),
      cancerText(d, sc, r),
      screenText(sc, r, v),
    ) + '\n\n',
  );
  d.add(
    `Conclusions: ${r.pick(['Clinicians should screen adults with dermatomyositis for cancer.', 'Early recognition allows timely treatment.', 'Mimics must be excluded before immunosuppression.'])}\n`,
  );
}

/** Full case report: introduction (general), case, discussion citing other patients. */
function caseReport(d: Doc, sc: Scenario, r: Rng): void {
  const v = d.variant;
  d.add(`${cap(sc.diagnosis)} in ${patientPhrase(d, sc, r, false)}\n\n`);
  d.add(`Introduction\n${definition(sc, r, v)} ${cohort(r)}\n\n`);
  d.add(
    `Case presentation\nThe patient presented with ${complaint(d, sc, r)}. ${smokingText(d, sc, r)} ${familyText(d, sc, r)}\n`,
  );
  d.add(join(skinText(d, sc, r), absentText(d, sc, r)) + '\n');
  d.add(join(labsSentence(d, sc, r), antibodiesText(d, sc, r), studiesText(d, sc, r)) + '\n');
  d.add(join(cancerText(d, sc, r), screenText(sc, r, v)) + '\n\n');
  d.add(`Discussion\n${citedCase(r)} ${definition(sc, r, v)} ${hypothetical(sc, r)}\n`);
}

/** Telegraphic ward/clinic note with abbreviations. */
function telegraphic(d: Doc, sc: Scenario, r: Rng): void {
  const age = sc.age;
  d.gold.patient.age = age;
  d.gold.patient.sex = sc.sex;
  const sx = sc.sex === 'female' ? 'F' : 'M';
  d.add(`${r.pick([`${age}${sx}`, `${age} ${sx}`, `${age}yo ${sx}`])}. `);
  if (sc.onsetMonths !== undefined) {
    d.gold.onset = { monthsBeforePresentation: sc.onsetMonths };
    d.add(`${sc.onsetMonths}/12 hx `);
  } else d.add('hx ');
  const w = weaknessText(d, sc, r, true);
  d.add(`${w || 'fatigue'}${sc.other.length ? ' + ' + otherText(d, sc, r) : ''}.\n`);
  const skin = skinText(d, sc, r).replace(/^(Examination showed|On examination:|Skin:) /, '');
  if (skin) d.add(`O/E: ${skin}\n`);
  const abs = absentText(d, sc, r);
  if (abs) d.add(`${abs}\n`);
  const ck = sc.labs.find((l) => l.analyte === 'CK');
  if (ck && ck.value !== undefined && ck.value >= 1000 && r.chance(0.5)) {
    d.lab({
      analyte: 'CK',
      value: ck.value,
      ...(ck.interpretation ? { interpretation: ck.interpretation } : {}),
    });
    d.add(`CK ${(ck.value / 1000).toFixed(1).replace(/\.0$/, '')}k. `);
    const rest = sc.labs.filter((l) => l !== ck);
    if (rest.length) d.add(`${labsSentence(d, { ...sc, labs: rest }, r)}\n`);
    else d.add('\n');
  } else d.add(`${labsSentence(d, sc, r)}\n`);
  const ab = antibodiesText(d, sc, r, true);
  if (ab) d.add(`Abs: ${ab}\n`);
  const st = studiesText(d, sc, r);
  if (st) d.add(`${st}\n`);
  const ca = cancerText(d, sc, r);
  if (ca) d.add(`Onc: ${ca}\n`);
  const susp = suspectedText(d, sc, r);
  if (susp) d.add(`${susp}\n`);
  d.add(
    `Plan: pred 1mg/kg, ${r.pick(['MTX 15mg/wk', 'AZA', 'IVIG if refractory'])}; ${hypothetical(sc, r)}\n`,
  );
}

/** A letter whose labs arrive as a pasted table. */
function tableLetter(d: Doc, sc: Scenario, r: Rng): void {
  d.add(`Re: ${patientPhrase(d, sc, r)}\n\n`);
  d.add(
    `${cap(she(sc))} presents with ${complaint(d, sc, r)}. ${join(skinText(d, sc, r), absentText(d, sc, r))}\n\n`,
  );
  d.add('Results (pasted from the lab system):\n\n');
  d.add(`${labsTable(d, sc, r)}\n\n`);
  d.add(`${antibodiesText(d, sc, r)}\n${studiesText(d, sc, r)}\n\n`);
  d.add(`${join(cancerText(d, sc, r), screenText(sc, r, d.variant), familyText(d, sc, r))}\n`);
}

/** Multidisciplinary team (tumour board) note. */
function mdtNote(d: Doc, sc: Scenario, r: Rng): void {
  d.add(`${r.pick(['Onco-rheumatology MDT', 'Myositis MDT outcome', 'Tumour board'])}\n\n`);
  d.add(`Patient: ${patientPhrase(d, sc, r).replace(/^an? /, '')}\n`);
  d.add(`Question: ${sc.cancer ? 'cancer-associated myositis?' : 'screening for occult malignancy'}\n\n`);
  d.add(`Summary: ${complaint(d, sc, r)}. ${join(skinText(d, sc, r), antibodiesText(d, sc, r))}\n`);
  d.add(`${labsSentence(d, sc, r)}\n`);
  d.add(`${join(cancerText(d, sc, r), suspectedText(d, sc, r), screenText(sc, r, d.variant))}\n\n`);
  d.add(`Discussion: ${cohort(r)} ${familyText(d, sc, r)}\nOutcome: ${hypothetical(sc, r)}\n`);
}

/** Applies scanner noise to a finished text (line wraps, split words, letter confusions, page furniture). */
export function ocrNoise(text: string, r: Rng): string {
  const words = text.split(/(\s+)/);
  const out = words.map((w) => {
    if (!/^[A-Za-z]{6,}[.,;:]?$/.test(w) || !r.chance(0.05)) return w;
    const kind = r.int(0, 3);
    if (kind === 0) {
      const cut = r.int(3, w.length - 3);
      return `${w.slice(0, cut)}-\n${w.slice(cut)}`;
    }
    if (kind === 1) return w.replace(/m/, 'rn');
    if (kind === 2) return w.replace(/l/, 'I');
    return w.replace(/fi/, 'ﬁ');
  });
  return `Page 1 of 2   [scanned document]\n${out.join('')}\n-- page 2 --\n`;
}

/** The styles and the writer of each. */
export const STYLES: Record<string, (d: Doc, sc: Scenario, r: Rng) => void> = {
  'clinic-letter': clinicLetter,
  'discharge-summary': dischargeSummary,
  referral,
  abstract,
  'case-report': caseReport,
  telegraphic,
  'table-letter': tableLetter,
  'mdt-note': mdtNote,
};

/** Writes one synthetic document in a style; `ocr` adds scanner noise afterwards. */
export function writeDoc(
  id: string,
  sc: Scenario,
  style: string,
  variant: Variant,
  r: Rng,
  ocr: boolean,
): Doc {
  const d = new Doc(id, sc, ocr ? `${style}+ocr` : style, variant);
  STYLES[style]!(d, sc, r);
  if (variant === 'us') {
    const t = d.parts.join('');
    d.parts.length = 0;
    d.add(
      t
        .replace(/oedema/g, 'edema')
        .replace(/haemoglobin/g, 'hemoglobin')
        .replace(/oesophag/g, 'esophag')
        .replace(/fibres/g, 'fibers')
        .replace(/tumour/g, 'tumor')
        .replace(/titre/g, 'titer'),
    );
  } else {
    const t = d.parts.join('');
    d.parts.length = 0;
    d.add(t.replace(/\bher\b his/g, 'her'));
  }
  if (ocr) {
    const t = d.text();
    d.parts.length = 0;
    d.add(ocrNoise(t, r));
  }
  return d;
}

export { her };
