/**
 * Storage: database connection, migrations and the store's aggregates (cases, accounts, audit, attempts, cds).
 * @module
 */
export * from './db.js';
export * from './migrations.js';
export * from './store.js';
export * from './cases.js';
export * from './accounts.js';
export * from './audit.js';
export * from './attempts.js';
export * from './cds.js';
export * from './common.js';
export * from './diff.js';
