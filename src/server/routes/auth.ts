/**
 * Sessions and credentials: log in and out, the current session, password change, API tokens.
 * @module
 */
import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { HeliotropeError, InputError, issue } from '../../core/issues.js';
import { DUMMY_HASH, hashPassword, newToken, tokenHash, verifyPassword } from '../auth.js';
import type { RouteGroup } from '../context.js';
import { isSecure, jsonResponse, problemOf, recordOk, secured, SESSION_COOKIE, zodBody } from '../http.js';
import { HttpProblem } from '../problem.js';
import {
  IdParam,
  itemsOf,
  LoginBody,
  NewTokenResponse,
  PasswordBody,
  SessionResponse,
  TokenBody,
  TokenInfo,
} from '../schemas.js';

/** True when an Origin header names this host (scheme aside, so a TLS-terminating proxy is fine). */
function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}

/** The authentication routes. */
export const authRoutes: RouteGroup = {
  name: 'auth',
  register(app, ctx) {
    const { store } = ctx;

    app.openapi(
      secured(
        ctx,
        { public: true, audit: { action: 'auth.login', resource: 'session' } },
        createRoute({
          method: 'post',
          path: '/api/auth/login',
          tags: ['auth'],
          summary: 'Log in: sets the HttpOnly session cookie and returns the CSRF token',
          request: { body: zodBody(LoginBody) },
          responses: {
            200: jsonResponse(SessionResponse),
            401: problemOf('wrong user name or password'),
            403: problemOf('cross-origin login refused'),
            429: problemOf('too many failed logins (Retry-After says when to try again)'),
          },
        }),
      ),
      async (c) => {
        const origin = c.req.header('origin');
        const host = c.req.header('x-forwarded-host') ?? c.req.header('host') ?? new URL(c.req.url).host;
        if (origin && !sameHost(origin, host))
          throw new HeliotropeError('forbidden', 'cross-origin login refused');
        const body = c.req.valid('json');
        const key = `${ctx.clientAddress(c) ?? 'unknown'}|${body.username.toLowerCase()}`;
        const login = await store.accounts.findLogin(body.username);
        // A refused attempt on an existing account is recorded under that account.
        const audit = c.get('audit');
        if (audit && login) audit.userId = login.user.id;
        const wait = await ctx.loginLimiter.retryAfter(key);
        if (wait > 0)
          throw new HttpProblem('rate-limited', `too many failed logins; try again in ${wait} s`, {
            'Retry-After': String(wait),
          });
        const ok = await verifyPassword(body.password, login?.passwordHash ?? DUMMY_HASH);
        if (!login || !ok || login.user.disabled) {
          await ctx.loginLimiter.fail(key);
          throw new HeliotropeError('unauthorized', 'wrong user name or password');
        }
        await ctx.loginLimiter.succeed(key);
        const token = newToken();
        const csrfToken = newToken();
        await store.accounts.createSession({
          tokenHash: tokenHash(token),
          userId: login.user.id,
          csrfToken,
          expiresAt: new Date(Date.now() + ctx.sessionMs).toISOString(),
        });
        await recordOk(ctx, c, { userId: login.user.id });
        setCookie(c, SESSION_COOKIE, token, {
          httpOnly: true,
          sameSite: 'Strict',
          path: '/',
          secure: isSecure(c),
          maxAge: Math.floor(ctx.sessionMs / 1000),
        });
        return c.json({ user: login.user, csrfToken }, 200);
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'viewer', audit: false },
        createRoute({
          method: 'post',
          path: '/api/auth/logout',
          tags: ['auth'],
          summary: 'Log out (ends the session)',
          responses: { 204: { description: 'logged out' } },
        }),
      ),
      async (c) => {
        const who = c.get('identity');
        if (who.via === 'session') await store.accounts.deleteSession(who.credentialHash);
        deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isSecure(c) });
        return c.body(null, 204);
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'viewer', audit: false },
        createRoute({
          method: 'get',
          path: '/api/auth/session',
          tags: ['auth'],
          summary: 'The current user, and the CSRF token of a session (null with an API token)',
          responses: { 200: jsonResponse(SessionResponse) },
        }),
      ),
      (c) => {
        const who = c.get('identity');
        return c.json({ user: who.user, csrfToken: who.via === 'session' ? (who.csrf ?? null) : null }, 200);
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'viewer', audit: { action: 'auth.password', resource: 'user' } },
        createRoute({
          method: 'post',
          path: '/api/auth/password',
          tags: ['auth'],
          summary:
            'Change your password; your other sessions and your API tokens end (the session or token making the change stays)',
          request: { body: zodBody(PasswordBody) },
          responses: {
            204: { description: 'changed' },
            429: problemOf('too many wrong current passwords (Retry-After says when to try again)'),
          },
        }),
      ),
      async (c) => {
        const body = c.req.valid('json');
        const me = c.get('identity').user;
        const wait = await ctx.passwordLimiter.retryAfter(me.id);
        if (wait > 0)
          throw new HttpProblem('rate-limited', `too many wrong passwords; try again in ${wait} s`, {
            'Retry-After': String(wait),
          });
        const login = await store.accounts.findLogin(me.username);
        if (!login || !(await verifyPassword(body.currentPassword, login.passwordHash))) {
          await ctx.passwordLimiter.fail(me.id);
          const audit = c.get('audit');
          if (audit) audit.denied = true;
          throw new InputError('the current password is wrong', [
            issue('value', 'currentPassword', 'wrong password'),
          ]);
        }
        await ctx.passwordLimiter.succeed(me.id);
        const ended = await store.accounts.setPassword(
          login.user.id,
          await hashPassword(body.newPassword),
          c.get('identity').credentialHash,
        );
        await recordOk(ctx, c, { resourceId: login.user.id, detail: ended });
        return c.body(null, 204);
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'viewer', audit: { action: 'token.list', resource: 'token' } },
        createRoute({
          method: 'get',
          path: '/api/tokens',
          tags: ['auth'],
          summary: 'Your API tokens (names only)',
          responses: { 200: jsonResponse(itemsOf(TokenInfo)) },
        }),
      ),
      async (c) => c.json({ items: await store.accounts.listApiTokens(c.get('identity').user.id) }, 200),
    );

    app.openapi(
      secured(
        ctx,
        { role: 'viewer', audit: { action: 'token.create', resource: 'token' } },
        createRoute({
          method: 'post',
          path: '/api/tokens',
          tags: ['auth'],
          summary: 'Create an API token (the token is shown once)',
          request: { body: zodBody(TokenBody) },
          responses: { 201: jsonResponse(NewTokenResponse, 'the token, shown this once') },
        }),
      ),
      async (c) => {
        const body = c.req.valid('json');
        const token = newToken('hlt_');
        const t = await store.accounts.createApiToken({
          tokenHash: tokenHash(token),
          userId: c.get('identity').user.id,
          name: body.name,
        });
        await recordOk(ctx, c, { resourceId: t.id });
        return c.json({ ...t, token }, 201);
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'viewer', audit: { action: 'token.delete', resource: 'token', idParam: 'id' } },
        createRoute({
          method: 'delete',
          path: '/api/tokens/{id}',
          tags: ['auth'],
          summary: 'Revoke one of your API tokens',
          request: { params: IdParam },
          responses: { 204: { description: 'revoked' }, 404: problemOf('no such token of yours') },
        }),
      ),
      async (c) => {
        const { id } = c.req.valid('param');
        await store.accounts.deleteApiToken(id, c.get('identity').user.id);
        await recordOk(ctx, c);
        return c.body(null, 204);
      },
    );
  },
};
