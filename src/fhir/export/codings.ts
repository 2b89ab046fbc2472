/**
 * Codings shared by the FHIR export and the CDS Hooks suggestions.
 * @module
 */
import type { CodeableConcept } from '@medplum/fhirtypes';
import { heliotropeRow, MAPPING_TABLE } from '../mapping/index.js';
import { SYSTEM } from '../systems.js';
import { aCoding, ACode } from './code-system.js';

/**
 * The codings of a screening test: the standard code where the mapping table has one, Heliotrope's case code
 * (so that an import reads it back) and the assessment code.
 * @param kind - investigation kind / IMACS screening item id
 */
export function investigationCodings(kind: string): CodeableConcept['coding'] {
  const std = MAPPING_TABLE.find(
    (r) =>
      r.system !== SYSTEM.heliotrope &&
      r.target.field === 'investigation' &&
      r.target.kind === kind &&
      !r.prefix,
  );
  const own = heliotropeRow(`investigation-${kind}`);
  return [
    ...(std ? [{ system: std.system, code: std.code, display: std.display }] : []),
    ...(own ? [{ system: SYSTEM.heliotrope, code: own.code, display: own.display }] : []),
    aCoding(ACode.screening(kind)),
  ];
}
