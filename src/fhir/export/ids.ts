/**
 * Deterministic UUIDs for exported resources: the same report exported twice gives the same ids, so an
 * export is reproducible and idempotent. Pure (a 128-bit string hash; no clock, no randomness).
 * @module
 */

/** 32-bit FNV-1a over a string, with a seed. */
function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Final avalanche (murmur3 fmix32) so that close inputs give distant outputs.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** A short hash of a string (8 hex digits), for seeding {@link stableUuid}. */
export function shortHash(s: string): string {
  return fnv1a(s, 0x9e3779b9).toString(16).padStart(8, '0');
}

/**
 * A UUID (RFC 9562 version 8, "custom") derived from a string: equal strings give equal UUIDs.
 * @param seed - what identifies the resource (e.g. the report's hash and the resource's role)
 */
export function stableUuid(seed: string): string {
  const hex = [0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344]
    .map((k) => fnv1a(seed, k).toString(16).padStart(8, '0'))
    .join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
