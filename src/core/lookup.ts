/**
 * Table lookups by keys that come from input. A plain object literal inherits `constructor`,
 * `toString`, `hasOwnProperty`, `__proto__` …, so `table[key]` or `key in table` with a key a user typed
 * can return a function instead of "not found". Every lookup of input text goes through {@link own}.
 * @module
 */

/**
 * The value a table holds for a key, only when the table itself defines it (never an inherited property).
 * @param table - a lookup table (object literal)
 * @param key - the key, as read from input
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
