/**
 * The mapping table as FHIR R4 ConceptMap resources (one group per source code system), for review by
 * terminologists, and as a Markdown table for docs/fhir.md.
 * @see {@link https://hl7.org/fhir/R4/conceptmap.html | FHIR R4 ConceptMap}
 * @module
 */
import type { ConceptMap } from '@medplum/fhirtypes';
import { MAPPING_TABLE, type MappingTarget } from '../mapping/index.js';
import { HELIOTROPE_FHIR_BASE, SYSTEM } from '../systems.js';
import { ENGINE_VERSION } from '../../version.js';

/** The case field a target fills, as a code of the Heliotrope case-field system (`lab:CK`, `finding:dysphagia`). */
export function targetCode(t: MappingTarget): string {
  switch (t.field) {
    case 'patient':
      return `patient:${t.key}`;
    case 'answer':
      return `answer:${t.answer}`;
    case 'smoking-status':
      return `patient.smoking:${t.value}`;
    case 'finding':
      return `finding:${t.id}`;
    case 'lab':
      return `lab:${t.analyte}${t.unit ? `[${t.unit}]` : ''}`;
    case 'antibody':
      return `antibody:${t.target}`;
    case 'strength':
      return `strength:${t.group}`;
    case 'visit':
      return `visit:${t.measure}`;
    case 'study':
      return `study:${t.study}`;
    case 'biopsy-feature':
      return `muscleBiopsy.features:${t.feature}`;
    case 'muscleImaging':
      return `muscleImaging:${t.modality}`;
    case 'investigation':
      return `investigation:${t.kind}`;
    case 'cancer':
      return `cancer${t.site ? `:site=${t.site}` : ''}${t.histology ? `:histology=${t.histology}` : ''}${t.extent ? `:extent=${t.extent}` : ''}${t.primaryUnknown ? ':primary-unknown' : ''}`;
    case 'neoplasm-not-cancer':
      return `not-a-cancer:${t.behaviour}`;
    case 'myositis':
      return `diagnosis:${t.subtype}${t.cancerAssociated ? ':cancer-associated' : ''}`;
    case 'treatment':
      return `treatment:${t.drug}:${t.class}`;
    case 'panel':
      return `structure:${t.part}`;
  }
}

/**
 * The mapping table as one ConceptMap.
 * @param options - `includeHeliotrope`: also the rows of Heliotrope's own code system (default false)
 */
export function mappingConceptMap(options: { includeHeliotrope?: boolean } = {}): ConceptMap {
  const groups = new Map<string, NonNullable<ConceptMap['group']>[number]>();
  for (const r of MAPPING_TABLE) {
    if (r.system === SYSTEM.heliotrope && !options.includeHeliotrope) continue;
    let g = groups.get(r.system);
    if (!g) {
      g = { source: r.system, target: `${HELIOTROPE_FHIR_BASE}/CodeSystem/case-field`, element: [] };
      groups.set(r.system, g);
    }
    g.element.push({
      code: r.code,
      display: r.display,
      target: [
        {
          code: targetCode(r.target),
          equivalence: r.equivalence,
          comment: [`source: ${r.source}`, r.prefix ? 'matches the code and its subcodes' : undefined, r.note]
            .filter(Boolean)
            .join('; '),
        },
      ],
    });
  }
  return {
    resourceType: 'ConceptMap',
    id: 'heliotrope-import',
    url: `${HELIOTROPE_FHIR_BASE}/ConceptMap/heliotrope-import`,
    version: ENGINE_VERSION,
    name: 'HeliotropeImport',
    title: 'Heliotrope FHIR import: codes to case fields',
    status: 'draft',
    description:
      'Codes of LOINC, SNOMED CT, ICD-10, ICD-10-CM, HPO and HL7 code systems read by the Heliotrope FHIR import, and the case field each fills.',
    group: [...groups.values()],
  };
}

/** The mapping table as Markdown (for docs/fhir.md), Heliotrope's own codes left out. */
export function mappingMarkdown(): string {
  const short = (s: string) =>
    (
      ({
        [SYSTEM.loinc]: 'LOINC',
        [SYSTEM.snomed]: 'SNOMED CT',
        [SYSTEM.icd10]: 'ICD-10',
        [SYSTEM.icd10cm]: 'ICD-10-CM',
        [SYSTEM.hpo]: 'HPO',
        [SYSTEM.interpretation]: 'v3 Interpretation',
      }) as Record<string, string>
    )[s] ?? s;
  const lines = [
    '| System | Code | Display | Case field | Checked in | Note |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of MAPPING_TABLE) {
    if (r.system === SYSTEM.heliotrope) continue;
    if (
      (r.system === SYSTEM.icd10cm || r.system === SYSTEM.icd10) &&
      r.source === 'icd-10-structure' &&
      /^[CD]\d\d$/.test(r.code) &&
      r.equivalence === 'narrower'
    )
      continue;
    lines.push(
      `| ${short(r.system)} | ${r.code}${r.prefix ? '*' : ''} | ${r.display.replace(/\|/g, '/')} | \`${targetCode(r.target)}\` | ${r.source} | ${(r.note ?? '').replace(/\|/g, '/')} |`,
    );
  }
  return lines.join('\n');
}
