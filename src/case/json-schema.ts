/**
 * The published JSON Schema of the case format, generated from the zod schema.
 * @module
 */
import { z } from 'zod';
import { CASE_SCHEMA_VERSION, CaseSchema } from './schema.js';

/** JSON Schema (draft 2020-12) of the case format, for input documents (defaults optional). */
export function caseJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CaseSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: `https://heliotrope.invalid/schema/case-${CASE_SCHEMA_VERSION}.json`,
    title: `Heliotrope case, format ${CASE_SCHEMA_VERSION}`,
  };
}
