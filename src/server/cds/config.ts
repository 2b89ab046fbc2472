/**
 * Configuration of the CDS Hooks service: the CDS clients (EHRs) trusted to call it, with the key sets
 * their JWTs are verified with; the sandbox switch that accepts unsigned calls; the public base URL (card
 * links, JWT audience); CORS origins for browser-based clients; FHIR fetch timeout; snapshot lifetime.
 * @module
 */
import { readFileSync } from 'node:fs';
import type { JSONWebKeySet } from 'jose';

/** A CDS client whose JWTs are accepted. */
export interface TrustedIssuer {
  /** The JWT `iss`, exactly. */
  iss: string;
  /** URL of the client's JWK Set; a token's `jku`, when present, must equal it. */
  jwksUrl?: string;
  /** The client's JWK Set given inline (exchanged out of band) instead of a URL. */
  jwks?: JSONWebKeySet;
  /**
   * FHIR server base URLs (prefixes) this client may send as `fhirServer`; when absent, any https server
   * (and http on the loopback interface) is accepted.
   */
  fhirServers?: string[];
}

/** The CDS Hooks configuration. */
export interface CdsConfig {
  issuers: TrustedIssuer[];
  /** Accept calls without a valid JWT. For a public sandbox only; off by default and logged at start. */
  allowUnsigned: boolean;
  /** Public base URL of this server (`https://heliotrope.example.org`): card links and the JWT audience. */
  publicBaseUrl?: string;
  /** Origins allowed to call the service from a browser (CORS), e.g. `https://sandbox.cds-hooks.org`. */
  corsOrigins: string[];
  /** Timeout of each request to the client's FHIR server (ms). */
  fhirTimeoutMs: number;
  /** How long the record behind a card's link is kept (hours); 0: no snapshot, no link. */
  snapshotHours: number;
  /**
   * Compute threads for `patient-view` calls (parse, import, assessment, cards off the event loop; see
   * `src/server/cds/pool.ts`); 0 or absent: the calls run on the event loop.
   */
  workers?: number;
}

/** Defaults: no trusted client, signed calls only, no CORS, 5 s FHIR timeout, 24 h snapshots. */
export const DEFAULT_CDS_CONFIG: CdsConfig = {
  issuers: [],
  allowUnsigned: false,
  corsOrigins: [],
  fhirTimeoutMs: 5000,
  snapshotHours: 24,
};

function parseIssuers(text: string, where: string): TrustedIssuer[] {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new Error(`${where}: not JSON (expected [{"iss": …, "jwksUrl": …}])`);
  }
  if (!Array.isArray(v)) throw new Error(`${where}: expected a JSON array of trusted issuers`);
  return v.map((x: unknown, i) => {
    const o = x as Partial<TrustedIssuer> | null;
    if (!o || typeof o.iss !== 'string' || !o.iss) throw new Error(`${where}[${i}].iss: required`);
    if (!o.jwksUrl && !o.jwks) throw new Error(`${where}[${i}]: give jwksUrl or jwks`);
    if (o.jwksUrl !== undefined) {
      const u = new URL(o.jwksUrl);
      if (u.protocol !== 'https:' && !['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname))
        throw new Error(`${where}[${i}].jwksUrl: must be https (http only on the loopback interface)`);
    }
    if (o.jwks !== undefined && !Array.isArray(o.jwks.keys))
      throw new Error(`${where}[${i}].jwks: a JWK Set`);
    return {
      iss: o.iss,
      ...(o.jwksUrl ? { jwksUrl: o.jwksUrl } : {}),
      ...(o.jwks ? { jwks: o.jwks } : {}),
      ...(Array.isArray(o.fhirServers) ? { fhirServers: o.fhirServers.map(String) } : {}),
    };
  });
}

/**
 * Reads the CDS configuration from environment variables (see docs/fhir.md).
 * @param env - environment variables
 */
export function cdsConfigFromEnv(env: Record<string, string | undefined>): CdsConfig {
  const issuers = [
    ...(env.HELIOTROPE_CDS_ISSUERS ? parseIssuers(env.HELIOTROPE_CDS_ISSUERS, 'HELIOTROPE_CDS_ISSUERS') : []),
    ...(env.HELIOTROPE_CDS_ISSUERS_FILE
      ? parseIssuers(readFileSync(env.HELIOTROPE_CDS_ISSUERS_FILE, 'utf8'), env.HELIOTROPE_CDS_ISSUERS_FILE)
      : []),
  ];
  const num = (name: string, dflt: number) => {
    const v = env[name];
    if (v === undefined || v === '') return dflt;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${v}"`);
    return n;
  };
  const workers = num('HELIOTROPE_CDS_WORKERS', 0);
  if (!Number.isInteger(workers) || workers > 64)
    throw new Error(
      `HELIOTROPE_CDS_WORKERS must be a whole number 0–64, got "${env.HELIOTROPE_CDS_WORKERS}"`,
    );
  const base = env.HELIOTROPE_PUBLIC_URL?.replace(/\/+$/, '');
  if (base !== undefined && base !== '') new URL(base);
  return {
    issuers,
    allowUnsigned: env.HELIOTROPE_CDS_ALLOW_UNSIGNED === '1' || env.HELIOTROPE_CDS_ALLOW_UNSIGNED === 'true',
    ...(base ? { publicBaseUrl: base } : {}),
    corsOrigins: (env.HELIOTROPE_CDS_CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    fhirTimeoutMs: num('HELIOTROPE_CDS_FHIR_TIMEOUT_MS', DEFAULT_CDS_CONFIG.fhirTimeoutMs),
    snapshotHours: num('HELIOTROPE_CDS_SNAPSHOT_HOURS', DEFAULT_CDS_CONFIG.snapshotHours),
    ...(workers ? { workers } : {}),
  };
}
