/**
 * A fast parser generated from a zod schema, for the valid case: straight-line JavaScript built once from the
 * schema's own definition (one small function per object, array and union of the schema, so that V8 optimises
 * each), returning exactly the object zod's parser returns (same keys in the same order, defaults applied), or
 * `undefined` when it does not accept the input. It accepts a strict subset of what zod accepts:
 *
 * - anything it is unsure of — a key present with the value `undefined`, an unknown key (also in objects that
 *   zod would strip), a string whose length in code points is in doubt, a check or schema kind it does not
 *   know, an exception in a refinement — is refused, and the caller falls back to zod, whose answer stands;
 * - refinements (`refine`, `superRefine`) and checks it does not inline run as zod's own check functions;
 * - a schema kind it does not know (a transform, a pipe, …) fails the generation ({@link FastParseUnsupported}):
 *   the caller then uses zod alone. `test/case-fast-parse.test.ts` checks that the case schema compiles, and
 *   compares the output with zod's on every fixture and on generated variants.
 *
 * zod's own generated fast path (`z.compile`) writes the whole schema as one function of thousands of lines
 * with a closure per field: V8 does not optimise a function that large, and that parse cost about as much as
 * `JSON.parse` of the case. See docs/performance.md ("Fourth pass").
 * @module
 */
import { z } from 'zod';
import { newList } from '../core/lists.js';

/** The generator met a schema kind or check it does not model; use zod's parser for this schema. */
export class FastParseUnsupported extends Error {
  constructor(what: string) {
    super(`fast parse: unsupported ${what}`);
    this.name = 'FastParseUnsupported';
  }
}

/** Options of {@link compileFastParser}. */
export interface FastParseOptions {
  /** Every output object parsed by this (object) schema is appended to the `found` list of the call. */
  collect?: z.ZodType;
}

/**
 * A generated parser: the parsed value (as zod's parser returns it) or `undefined` when the input is not
 * accepted by the fast path (invalid, or not certain: ask zod). `found` receives the collected objects
 * ({@link FastParseOptions.collect}) in the order they were parsed.
 */
export type FastParser = (input: unknown, found: unknown[]) => unknown;

/** The internals of a zod schema the generator reads (zod 4: `schema._zod.def`, `schema._zod.values`). */
interface Internals {
  def: Record<string, unknown> & { type: string; checks?: Check[] };
  values?: ReadonlySet<unknown>;
}
interface Check {
  _zod: { def: Record<string, unknown> & { check: string }; check: (payload: Payload) => unknown };
}
interface Payload {
  value: unknown;
  issues: unknown[];
}
type Schema = { _zod: Internals };

const INVALID = Symbol('invalid');

/** Runs a zod check (refinement) as zod does: valid when it adds no issue. */
function runCheck(check: Check, value: unknown): boolean {
  const payload: Payload = { value, issues: [] };
  const r = check._zod.check(payload);
  return !(r instanceof Promise) && payload.issues.length === 0;
}

/** A primitive that JSON writes back as itself (no -0, NaN or infinities). */
const plain = (v: unknown): boolean =>
  typeof v === 'string' ||
  typeof v === 'boolean' ||
  v === null ||
  (typeof v === 'number' && Number.isFinite(v) && !Object.is(v, -0));

/** Source text of a literal building a shallow copy of `v` (a primitive, an empty list, a record of primitives). */
function literalOf(v: unknown): string | undefined {
  if (plain(v)) return JSON.stringify(v);
  if (Array.isArray(v)) return v.length === 0 ? 'EMPTY()' : undefined;
  if (v === null || typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return undefined;
  const entries = Object.entries(v as Record<string, unknown>);
  if (entries.some(([k, x]) => k === '__proto__' || !plain(x))) return undefined;
  return `{${entries.map(([k, x]) => `${JSON.stringify(k)}: ${JSON.stringify(x)}`).join(', ')}}`;
}

class Generator {
  private readonly names = new Map<Schema, string>();
  readonly functions: string[] = [];
  readonly constants: unknown[] = [];
  private readonly constantNames: string[] = [];

  constructor(private readonly collect: Schema | undefined) {}

  /** A constant passed into the generated code; its name. */
  constant(value: unknown): string {
    const i = this.constants.indexOf(value);
    if (i >= 0) return this.constantNames[i]!;
    const name = `k${this.constants.length}`;
    this.constants.push(value);
    this.constantNames.push(name);
    return name;
  }

  get parameterNames(): string[] {
    return this.constantNames;
  }

  /** The name of the generated function parsing `schema` (generated on first use). */
  fn(schema: Schema): string {
    const known = this.names.get(schema);
    if (known !== undefined) return known;
    const name = `f${this.names.size}`;
    this.names.set(schema, name);
    const body = this.body(schema);
    this.functions.push(`function ${name}(x) {\n${body.join('\n')}\n}`);
    return name;
  }

  private body(schema: Schema): string[] {
    const def = schema._zod.def;
    const checks = def.checks ?? [];
    const out: string[] = [];
    switch (def.type) {
      case 'string':
        if (def.coerce) throw new FastParseUnsupported('coercion');
        out.push(`if (typeof x !== "string") return INVALID;`);
        out.push(...this.checks(checks, 'string'), `return x;`);
        return out;
      case 'number':
        if (def.coerce) throw new FastParseUnsupported('coercion');
        out.push(`if (typeof x !== "number" || !Number.isFinite(x)) return INVALID;`);
        out.push(...this.checks(checks, 'number'), `return x;`);
        return out;
      case 'boolean':
        if (def.coerce) throw new FastParseUnsupported('coercion');
        out.push(`if (typeof x !== "boolean") return INVALID;`, ...this.checks(checks, 'other'), `return x;`);
        return out;
      case 'enum':
      case 'literal': {
        const values = schema._zod.values;
        if (!values) throw new FastParseUnsupported(`${def.type} without values`);
        out.push(`if (!${this.constant(new Set(values))}.has(x)) return INVALID;`);
        out.push(...this.checks(checks, 'other'), `return x;`);
        return out;
      }
      case 'optional':
        this.noChecks(checks, def.type);
        return [`if (x === undefined) return undefined;`, `return ${this.fn(def.innerType as Schema)}(x);`];
      case 'nullable':
        this.noChecks(checks, def.type);
        return [`if (x === null) return null;`, `return ${this.fn(def.innerType as Schema)}(x);`];
      case 'default': {
        this.noChecks(checks, def.type);
        const d = this.defaultOf(schema);
        return [
          `if (x === undefined) return ${d};`,
          `const r = ${this.fn(def.innerType as Schema)}(x);`,
          `return r === undefined ? ${d} : r;`,
        ];
      }
      case 'object':
        return this.object(schema, checks);
      case 'array': {
        const element = this.fn(def.element as Schema);
        // EMPTY is `newList` (src/core/lists.ts): the case's empty and filled lists share one hidden class.
        out.push(
          `if (!Array.isArray(x)) return INVALID;`,
          `const out = EMPTY();`,
          `for (let i = 0; i < x.length; i++) {`,
          `  const r = ${element}(x[i]);`,
          `  if (r === INVALID) return INVALID;`,
          `  out.push(r);`,
          `}`,
        );
        out.push(...this.checks(checks, 'array', 'out'), `return out;`);
        return out;
      }
      case 'union': {
        if (Object.keys(def).some((k) => k !== 'type' && k !== 'options' && k !== 'checks'))
          throw new FastParseUnsupported('union options');
        const options = (def.options as Schema[]).map((o) => this.fn(o));
        out.push(`const n = F.length;`, `let r;`);
        // (the list cut back only when an option added to it: setting an array's length is a slow call)
        for (const o of options)
          out.push(`r = ${o}(x);`, `if (r !== INVALID) return r;`, `if (F.length !== n) F.length = n;`);
        out.push(`return INVALID;`);
        // Checks on a union run on its output; none in practice.
        if (checks.length > 0) throw new FastParseUnsupported('checks on a union');
        return out;
      }
      case 'record': {
        const key = def.keyType as Schema;
        if (key._zod.def.type !== 'string' || (key._zod.def.checks ?? []).length > 0 || key._zod.def.coerce)
          throw new FastParseUnsupported('record keys other than plain strings');
        const value = this.fn(def.valueType as Schema);
        out.push(
          `if (typeof x !== "object" || x === null || Array.isArray(x)) return INVALID;`,
          `const out = {};`,
          // When every own key is an enumerable string (as many own names as enumerable ones, no symbol), the
          // enumerable ones are all the keys, in the same order: the check of each key (a slow call) is not needed.
          `const keys = Object.keys(x);`,
          `if (Object.getOwnPropertyNames(x).length === keys.length && Object.getOwnPropertySymbols(x).length === 0) {`,
          `  for (let i = 0; i < keys.length; i++) {`,
          `    const k = keys[i];`,
          `    if (k === "__proto__") return INVALID;`,
          `    const r = ${value}(x[k]);`,
          `    if (r === INVALID || r === undefined) return INVALID;`,
          `    out[k] = r;`,
          `  }`,
          `} else {`,
          `  for (const k of Reflect.ownKeys(x)) {`,
          // Symbols, __proto__ and non-enumerable keys: zod's own rules, left to zod.
          `    if (typeof k !== "string" || k === "__proto__" || !Object.prototype.propertyIsEnumerable.call(x, k)) return INVALID;`,
          `    const r = ${value}(x[k]);`,
          `    if (r === INVALID || r === undefined) return INVALID;`,
          `    out[k] = r;`,
          `  }`,
          `}`,
        );
        out.push(...this.checks(checks, 'other', 'out'), `return out;`);
        return out;
      }
      default:
        throw new FastParseUnsupported(`schema type "${def.type}"`);
    }
  }

  private noChecks(checks: readonly Check[], type: string): void {
    if (checks.length > 0) throw new FastParseUnsupported(`checks on ${type}`);
  }

  /**
   * An expression giving the default as zod's parser does: a shallow copy of the default value each time. A
   * primitive, an empty list or a record of primitives is written as a literal (when two reads of the default
   * agree: a default computed anew at each parse is read at each parse, as zod does).
   */
  private defaultOf(schema: Schema): string {
    const def = schema._zod.def;
    if (!Object.getOwnPropertyDescriptor(def, 'defaultValue'))
      throw new FastParseUnsupported('default without a value');
    const literal = literalOf(def.defaultValue);
    if (literal !== undefined && literal === literalOf(def.defaultValue)) return `(${literal})`;
    const clone = z.util.shallowClone as (v: unknown) => unknown;
    return `${this.constant(() => clone(def.defaultValue))}()`;
  }

  private object(schema: Schema, checks: readonly Check[]): string[] {
    const def = schema._zod.def;
    const catchall = def.catchall as Schema | undefined;
    // Strict objects (catchall never) and stripping ones (no catchall): an unknown key is refused either way
    // (zod then reports it, or strips it: the raw document's other checks must see it, so zod decides).
    if (catchall !== undefined && catchall._zod.def.type !== 'never')
      throw new FastParseUnsupported('object catchall');
    const shape = def.shape as Record<string, Schema>;
    const out: string[] = [
      `if (typeof x !== "object" || x === null || Array.isArray(x)) return INVALID;`,
      `let n = 0;`,
    ];
    const build: string[] = [`const out = {};`];
    Object.keys(shape).forEach((key, i) => {
      const k = JSON.stringify(key);
      let s = shape[key]!;
      const t = s._zod.def.type;
      let absent: 'skip' | 'default' | 'invalid' = 'invalid';
      let dflt = '';
      if (t === 'optional' && (s._zod.def.checks ?? []).length === 0) {
        absent = 'skip';
        s = s._zod.def.innerType as Schema;
      } else if (t === 'default' && (s._zod.def.checks ?? []).length === 0) {
        absent = 'default';
        dflt = this.defaultOf(s);
      }
      const inner = this.fn(s);
      out.push(`const a${i} = x[${k}];`, `let o${i};`, `if (a${i} === undefined) {`);
      if (absent === 'invalid') out.push(`  return INVALID;`);
      else {
        out.push(`  if (${k} in x) return INVALID;`);
        if (absent === 'default') out.push(`  o${i} = ${dflt};`);
      }
      out.push(
        `} else {`,
        `  o${i} = ${inner}(a${i});`,
        `  if (o${i} === INVALID) return INVALID;`,
        `  n++;`,
        `}`,
      );
      build.push(absent === 'skip' ? `if (a${i} !== undefined) out[${k}] = o${i};` : `out[${k}] = o${i};`);
    });
    // Every enumerable key (zod's `for … in`, inherited ones included) must be one of the shape's, present.
    out.push(`let m = 0;`, `for (const k in x) m++;`, `if (m !== n) return INVALID;`);
    out.push(...build.filter((l) => l !== ''));
    out.push(...this.checks(checks, 'other', 'out'));
    if (schema === this.collect) out.push(`F.push(out);`);
    out.push(`return out;`);
    return out.filter((l) => l !== '');
  }

  /** Checks of a schema, in order, on `v` (the output). Common ones inline, others through zod's check. */
  private checks(checks: readonly Check[], kind: 'string' | 'number' | 'array' | 'other', v = 'x'): string[] {
    const out: string[] = [];
    for (const check of checks) {
      const d = check._zod.def;
      const num = (x: unknown): string => {
        if (typeof x !== 'number' || Number.isNaN(x)) throw new FastParseUnsupported('a non-numeric bound');
        return String(x);
      };
      if (d.check === 'greater_than' && kind === 'number')
        out.push(`if (!(${v} ${d.inclusive ? '>=' : '>'} ${num(d.value)})) return INVALID;`);
      else if (d.check === 'less_than' && kind === 'number')
        out.push(`if (!(${v} ${d.inclusive ? '<=' : '<'} ${num(d.value)})) return INVALID;`);
      else if (d.check === 'number_format' && kind === 'number' && d.format === 'safeint')
        out.push(`if (!Number.isSafeInteger(${v})) return INVALID;`);
      else if (d.check === 'string_format' && kind === 'string' && d.format === 'regex') {
        const p = this.constant(d.pattern);
        out.push(`${p}.lastIndex = 0;`, `if (!${p}.test(${v})) return INVALID;`);
      } else if (d.check === 'min_length' && kind === 'string')
        // zod counts code points; a string of n code units has at least ⌈n/2⌉: in doubt, ask zod.
        out.push(`if (Math.ceil(${v}.length / 2) < ${num(d.minimum)}) return INVALID;`);
      else if (d.check === 'max_length' && kind === 'string')
        out.push(`if (${v}.length > ${num(d.maximum)}) return INVALID;`);
      else if (d.check === 'min_length' && kind === 'array')
        out.push(`if (${v}.length < ${num(d.minimum)}) return INVALID;`);
      else if (d.check === 'max_length' && kind === 'array')
        out.push(`if (${v}.length > ${num(d.maximum)}) return INVALID;`);
      else if (d.check === 'custom' && d.when === undefined)
        out.push(`if (!runCheck(${this.constant(check)}, ${v})) return INVALID;`);
      else throw new FastParseUnsupported(`check "${d.check}" on ${kind}`);
    }
    return out;
  }
}

/**
 * Generates the fast parser of a zod schema (see the module comment).
 * @param schema - the zod schema
 * @param options - `collect`: an object schema whose parsed objects are listed
 * @throws FastParseUnsupported when the schema uses a kind or check the generator does not model
 */
export function compileFastParser(schema: z.ZodType, options: FastParseOptions = {}): FastParser {
  const g = new Generator(options.collect as unknown as Schema | undefined);
  const root = g.fn(schema as unknown as Schema);
  const code = [
    `let F = [];`,
    ...g.functions,
    `return (input, found) => {`,
    `  F = found;`,
    `  try {`,
    `    const r = ${root}(input);`,
    `    return r === INVALID ? undefined : r;`,
    `  } catch {`,
    // A refinement that throws: zod's parser gives the answer (or the same exception).
    `    return undefined;`,
    `  } finally {`,
    `    F = [];`,
    `  }`,
    `};`,
  ].join('\n');
  // Generated from the schema's definition only (no input text reaches the code): the same technique as
  // zod's own `z.compile`.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const factory = new Function('INVALID', 'runCheck', 'EMPTY', ...g.parameterNames, code) as (
    ...args: unknown[]
  ) => FastParser;
  return factory(INVALID, runCheck, newList, ...g.constants);
}
