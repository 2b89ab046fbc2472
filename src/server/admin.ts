/**
 * Operator actions on the database outside the HTTP API: resetting an account's password from the command
 * line (`heliotrope admin reset-password`), for when the admin password is lost.
 * @module
 */
import { InputError, issue } from '../core/issues.js';
import type { Store } from '../store/store.js';
import { generatePassword, hashPassword } from './auth.js';

/** The shortest password accepted (as for accounts created through the API). */
export const MIN_PASSWORD_LENGTH = 10;

/**
 * Sets a new password for an account, ends all its sessions and API tokens, enables it if it was disabled,
 * and records the reset in the audit log (actor: the command line).
 * @param store - the open, migrated store
 * @param username - the account
 * @param password - the new password (omit to generate one)
 * @returns the new password and what was ended
 * @throws InputError when there is no such account or the password is too short
 */
export async function resetPassword(
  store: Store,
  username: string,
  password?: string,
): Promise<{
  password: string;
  generated: boolean;
  sessionsEnded: number;
  tokensRevoked: number;
  enabled: boolean;
}> {
  const found = await store.accounts.findLogin(username);
  if (!found) {
    const known = (await store.accounts.listUsers()).map((u) => u.username);
    throw new InputError(`no account named "${username}"`, [
      issue(
        'not-found',
        '--user',
        known.length
          ? `known accounts: ${known.join(', ')}`
          : 'the database has no accounts yet: start the server once (it creates admin)',
      ),
    ]);
  }
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH)
    throw new InputError(`the new password is too short (at least ${MIN_PASSWORD_LENGTH} characters)`, [
      issue('value', 'password', `expected at least ${MIN_PASSWORD_LENGTH} characters`),
    ]);
  const pw = password ?? generatePassword();
  const ended = await store.accounts.setPassword(found.user.id, await hashPassword(pw));
  const enabled = found.user.disabled;
  if (enabled) await store.accounts.updateUser(found.user.id, { disabled: false });
  await store.audit.append({
    userId: null,
    action: 'user.password-reset',
    resourceType: 'user',
    resourceId: found.user.id,
    outcome: 'ok',
    detail: { via: 'cli', ...ended, enabled },
  });
  return { password: pw, generated: password === undefined, ...ended, enabled };
}
