/**
 * Storage: database connection, migrations and the case store.
 * @module
 */
export * from './db.js';
export * from './migrations.js';
export * from './store.js';
export * from './diff.js';
