/**
 * Authentication of CDS clients (CDS Hooks 2.0 "Trusting CDS Clients"): every call carries a JWT signed by
 * the client with an asymmetric key. The token's `iss` must be a configured trusted issuer; `kid` and
 * `typ` are required; `jku`, when present, must be that issuer's JWKS URL (an allow-list, never fetched
 * otherwise); `alg` is asymmetric (no `none`, no HMAC); `aud` is the endpoint called; `exp`, `iat` and `jti`
 * are required, and a `jti` is accepted once (replay). Verification by `jose`.
 * @see {@link https://cds-hooks.hl7.org/2.0/#trusting-cds-clients | CDS Hooks 2.0, trusting CDS clients}
 * @module
 */
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JWTVerifyGetKey,
} from 'jose';
import { HeliotropeError, issue } from '../../core/issues.js';
import type { CdsConfig, TrustedIssuer } from './config.js';

/** Asymmetric algorithms accepted (RS384 and ES384 are the ones the specification recommends). */
export const CDS_JWT_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
] as const;

/** Clock skew tolerated on `exp`/`iat` (seconds). */
export const CLOCK_TOLERANCE_S = 60;
/** Oldest `iat` accepted (seconds): a CDS client signs each call afresh. */
export const MAX_TOKEN_AGE_S = 600;

/** Who called. */
export interface CdsClient {
  /** The verified issuer, or null for an unsigned call accepted in sandbox mode. */
  iss: string | null;
  tenant: string | null;
  issuer?: TrustedIssuer;
}

const refuse = (message: string, path = 'Authorization') =>
  new HeliotropeError('unauthorized', message, [issue('value', path, message)]);

/** Verifies CDS clients' JWTs against the configured issuers. */
export class CdsAuthenticator {
  private readonly keySets = new Map<string, JWTVerifyGetKey>();
  /** Seen `iss|jti` → expiry (ms), to refuse a replayed token. */
  private readonly seen = new Map<string, number>();

  /**
   * @param config - trusted issuers and the sandbox switch
   * @param now - the clock (ms)
   */
  constructor(
    private readonly config: Pick<CdsConfig, 'issuers' | 'allowUnsigned' | 'fhirTimeoutMs'>,
    private readonly now: () => number = Date.now,
  ) {}

  private keySet(i: TrustedIssuer): JWTVerifyGetKey {
    let k = this.keySets.get(i.iss);
    if (!k) {
      k = i.jwks
        ? createLocalJWKSet(i.jwks)
        : createRemoteJWKSet(new URL(i.jwksUrl!), {
            timeoutDuration: this.config.fhirTimeoutMs,
            cooldownDuration: 30_000,
            cacheMaxAge: 10 * 60_000,
          });
      this.keySets.set(i.iss, k);
    }
    return k;
  }

  private remember(iss: string, jti: string, exp: number): void {
    const t = this.now();
    if (this.seen.size > 10_000) for (const [k, until] of this.seen) if (until < t) this.seen.delete(k);
    const key = `${iss}|${jti}`;
    if ((this.seen.get(key) ?? 0) > t) throw refuse('the token was already used (jti replayed)');
    this.seen.set(key, exp * 1000 + CLOCK_TOLERANCE_S * 1000);
  }

  /**
   * Authenticates a call.
   * @param authorization - the Authorization header, if any
   * @param audiences - the endpoint URLs the token may be issued for
   * @throws HeliotropeError `unauthorized` naming what is wrong (never the token itself)
   */
  async authenticate(authorization: string | undefined, audiences: readonly string[]): Promise<CdsClient> {
    const m = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
    if (!m) {
      if (this.config.allowUnsigned) return { iss: null, tenant: null };
      throw refuse('a CDS client must send a signed JWT (Authorization: Bearer …)');
    }
    const token = m[1]!;
    try {
      return await this.verify(token, audiences);
    } catch (e) {
      if (this.config.allowUnsigned) return { iss: null, tenant: null };
      throw e;
    }
  }

  private async verify(token: string, audiences: readonly string[]): Promise<CdsClient> {
    let header: ReturnType<typeof decodeProtectedHeader>;
    let payload: ReturnType<typeof decodeJwt>;
    try {
      header = decodeProtectedHeader(token);
      payload = decodeJwt(token);
    } catch {
      throw refuse('the bearer token is not a JWT');
    }
    if (!header.alg || !(CDS_JWT_ALGORITHMS as readonly string[]).includes(header.alg))
      throw refuse(`JWT alg "${String(header.alg)}" is not accepted (asymmetric algorithms only)`, 'alg');
    if (!header.kid) throw refuse('the JWT header has no kid', 'kid');
    if (header.typ !== undefined && header.typ.toUpperCase() !== 'JWT')
      throw refuse(`JWT typ must be "JWT", not "${header.typ}"`, 'typ');
    const issuer = this.config.issuers.find((i) => i.iss === payload.iss);
    if (!issuer) throw refuse(`issuer "${String(payload.iss)}" is not a trusted CDS client`, 'iss');
    if (header.jku !== undefined && header.jku !== issuer.jwksUrl)
      throw refuse(`jku "${header.jku}" is not the JWK Set registered for this issuer`, 'jku');
    if (typeof payload.jti !== 'string' || !payload.jti) throw refuse('the JWT has no jti', 'jti');
    try {
      const { payload: p } = await jwtVerify(token, this.keySet(issuer), {
        issuer: issuer.iss,
        audience: [...audiences],
        algorithms: [...CDS_JWT_ALGORITHMS],
        requiredClaims: ['iss', 'aud', 'exp', 'iat', 'jti'],
        clockTolerance: CLOCK_TOLERANCE_S,
        maxTokenAge: MAX_TOKEN_AGE_S,
        currentDate: new Date(this.now()),
      });
      this.remember(issuer.iss, p.jti!, p.exp!);
      return { iss: issuer.iss, tenant: typeof p.tenant === 'string' ? p.tenant : null, issuer };
    } catch (e) {
      if (e instanceof HeliotropeError) throw e;
      if (e instanceof errors.JWTExpired) throw refuse('the JWT has expired', 'exp');
      if (e instanceof errors.JWTClaimValidationFailed)
        throw refuse(`JWT claim "${e.claim}" is not valid: ${e.reason}`, e.claim);
      if (e instanceof errors.JWKSNoMatchingKey)
        throw refuse(`no key "${header.kid}" in the issuer's JWK Set`, 'kid');
      if (e instanceof errors.JWSSignatureVerificationFailed) throw refuse('the JWT signature is not valid');
      if (e instanceof errors.JWKSTimeout || e instanceof errors.JOSEError)
        throw refuse(`the JWT could not be verified (${e.code})`);
      throw refuse('the JWT could not be verified');
    }
  }
}
