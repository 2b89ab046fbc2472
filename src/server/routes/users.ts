/**
 * Accounts (admin): list, create, change role, disable, reset password.
 * @module
 */
import { createRoute } from '@hono/zod-openapi';
import { HeliotropeError, issue } from '../../core/issues.js';
import { hashPassword } from '../auth.js';
import type { RouteGroup } from '../context.js';
import { jsonResponse, problemOf, recordOk, secured, zodBody } from '../http.js';
import { IdParam, itemsOf, NewUserBody, PatchUserBody, UserSchema } from '../schemas.js';

/** The account routes. */
export const userRoutes: RouteGroup = {
  name: 'users',
  register(app, ctx) {
    const { store } = ctx;

    app.openapi(
      secured(
        ctx,
        { role: 'admin', audit: { action: 'user.list', resource: 'user' } },
        createRoute({
          method: 'get',
          path: '/api/users',
          tags: ['admin'],
          summary: 'Accounts (admin)',
          responses: { 200: jsonResponse(itemsOf(UserSchema)) },
        }),
      ),
      async (c) => c.json({ items: await store.accounts.listUsers() }, 200),
    );

    app.openapi(
      secured(
        ctx,
        { role: 'admin', audit: { action: 'user.create', resource: 'user' } },
        createRoute({
          method: 'post',
          path: '/api/users',
          tags: ['admin'],
          summary: 'Create an account (admin)',
          request: { body: zodBody(NewUserBody) },
          responses: {
            201: jsonResponse(UserSchema, 'the new account'),
            409: problemOf('the user name is taken'),
          },
        }),
      ),
      async (c) => {
        const body = c.req.valid('json');
        const u = await store.accounts.createUser(
          body.username,
          await hashPassword(body.password),
          body.role,
        );
        await recordOk(ctx, c, { resourceId: u.id, detail: { role: u.role } });
        return c.json(u, 201);
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'admin', audit: { action: 'user.update', resource: 'user', idParam: 'id' } },
        createRoute({
          method: 'patch',
          path: '/api/users/{id}',
          tags: ['admin'],
          summary:
            'Change role, disable, reset password (admin); a reset ends the account’s sessions and API tokens',
          request: { params: IdParam, body: zodBody(PatchUserBody) },
          responses: {
            200: jsonResponse(UserSchema, 'the account'),
            404: problemOf('no such account'),
            409: problemOf('you cannot demote or disable your own account'),
          },
        }),
      ),
      async (c) => {
        const body = c.req.valid('json');
        const { id } = c.req.valid('param');
        if (id === c.get('identity').user.id && ((body.role && body.role !== 'admin') || body.disabled)) {
          throw new HeliotropeError('conflict', 'you cannot demote or disable your own account', [
            issue('conflict', body.role ? 'role' : 'disabled', 'own account'),
          ]);
        }
        const u = await store.accounts.updateUser(id, {
          ...(body.role ? { role: body.role } : {}),
          ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
        });
        // A reset ends every session and API token of the account (but the admin's own, on their own account).
        const ended = body.password
          ? await store.accounts.setPassword(
              id,
              await hashPassword(body.password),
              id === c.get('identity').user.id ? c.get('identity').credentialHash : undefined,
            )
          : undefined;
        await recordOk(ctx, c, {
          detail: { role: u.role, disabled: u.disabled, passwordChanged: Boolean(body.password), ...ended },
        });
        return c.json(u, 200);
      },
    );
  },
};
