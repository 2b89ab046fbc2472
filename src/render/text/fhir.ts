/**
 * Wording for the FHIR import: issues and the readable summary of `heliotrope import`.
 * @module
 */
import type { FhirImportResult, ImportIssue } from '../../fhir/import/index.js';

/** One import issue in words: `severity [code] location: message`. */
export function fhirIssueText(i: ImportIssue): string {
  return `${i.severity} [${i.code}] ${i.path}: ${i.message}`;
}

const src = (e: { evidence?: { resource?: string }[] } | undefined): string => {
  const r = e?.evidence?.find((x) => x.resource)?.resource;
  return r ? `  ← ${r}` : '';
};

/**
 * Renders the readable summary of an import: the case, each fact with the resource it came from, and the issues.
 * @param r - the import result
 */
export function renderImport(r: FhirImportResult): string {
  const c = r.case;
  const lines: string[] = [];
  const who = [
    c.patient.sex !== 'unknown' ? c.patient.sex : 'sex unknown',
    c.patient.birthDate ? `born ${c.patient.birthDate}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  lines.push(
    `Imported case (${who}) — ${r.stats.used} of ${r.stats.resources} resources used${r.stats.patient ? ` for ${r.stats.patient}` : ''}`,
  );
  const d = c.dates;
  const dates = [
    d.symptomOnset ? `onset ${JSON.stringify(d.symptomOnset)}` : undefined,
    d.diagnosis ? `diagnosis ${JSON.stringify(d.diagnosis)}` : undefined,
    d.presentation ? `presentation ${JSON.stringify(d.presentation)}` : undefined,
  ].filter(Boolean);
  if (dates.length) lines.push(`Dates: ${dates.join(', ')}`);
  for (const dx of c.diagnoses ?? [])
    lines.push(
      `Recorded diagnosis: ${dx.subtype}${dx.cancerAssociated ? ' (coded as cancer-associated)' : ''}${dx.code?.code ? ` [${dx.code.code}]` : ''}${src(dx)}`,
    );
  const section = (title: string, items: string[]) => {
    if (items.length) lines.push('', title, ...items.map((x) => `  ${x}`));
  };
  section(
    'Findings',
    c.findings.map((f) => `${f.status.padEnd(9)} ${f.id}${src(f)}`),
  );
  section(
    'Strength (MRC)',
    c.strength.map((s) => `${s.group} ${s.side}: ${s.grade}${src(s)}`),
  );
  section(
    'Laboratory',
    c.labs.map((l) => {
      const v =
        l.value !== undefined
          ? `${l.comparator ?? ''}${l.value}${l.unit ? ` ${l.unit}` : ''}`
          : (l.interpretation ?? '');
      const ref = l.referenceRange
        ? ` (ref ${l.referenceRange.low ?? ''}–${l.referenceRange.high ?? ''})`
        : '';
      return `${l.analyte}: ${v}${ref}${l.date ? ` on ${JSON.stringify(l.date)}` : ''}${src(l)}`;
    }),
  );
  section(
    'Antibodies',
    c.antibodies.map((a) => `${a.target}: ${a.result}${a.titre ? ` (${a.titre})` : ''}${src(a)}`),
  );
  const studies: string[] = [];
  if (c.emg) studies.push(`EMG: ${c.emg.performed}, ${c.emg.interpretation}${src(c.emg)}`);
  if (c.muscleBiopsy)
    studies.push(
      `Muscle biopsy: ${c.muscleBiopsy.performed}${c.muscleBiopsy.conclusion ? `, ${c.muscleBiopsy.conclusion}` : ''}${src(c.muscleBiopsy)}`,
    );
  if (c.skinBiopsy)
    studies.push(
      `Skin biopsy: ${c.skinBiopsy.performed}${c.skinBiopsy.conclusion ? `, ${c.skinBiopsy.conclusion}` : ''}${src(c.skinBiopsy)}`,
    );
  for (const m of c.muscleImaging) studies.push(`Muscle ${m.modality}: ${m.finding}${src(m)}`);
  for (const i of c.investigations)
    studies.push(`${i.kind}: ${i.result}${i.date ? ` on ${JSON.stringify(i.date)}` : ''}${src(i)}`);
  section('Investigations', studies);
  section(
    'Cancers',
    c.cancers.map(
      (k) =>
        `${[k.histology ?? 'cancer', k.site, k.stage?.tnm, k.stage?.extent, k.status].filter(Boolean).join('; ')}${src(k)}`,
    ),
  );
  section(
    'Treatments',
    c.treatments.map(
      (t) => `${t.drug}${t.dose ? ` ${t.dose.value} ${t.dose.unit}` : ''} [${t.class ?? 'other'}]${src(t)}`,
    ),
  );
  if (c.visits.length) lines.push('', `Visits: ${c.visits.length}`);
  if (c.tumourAssessments.length) lines.push(`Tumour assessments: ${c.tumourAssessments.length}`);
  const shown = r.issues.filter((i) => i.severity !== 'information');
  const info = r.issues.length - shown.length;
  if (shown.length) lines.push('', 'Issues', ...shown.map((i) => `  ${fhirIssueText(i)}`));
  if (info) lines.push('', `${info} note(s) on resources and codes not used (all in --json).`);
  lines.push(
    '',
    'Imported facts are only as good as the record: check them against the source (provenance in --json).',
  );
  return lines.join('\n');
}
