import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // A test file about PostgreSQL alone has nothing to run without DATABASE_URL (README: the store and server
    // tests also run on PostgreSQL when it is set); vitest would report it as a file without tests. CI sets it
    // (.ci/run), and the file refuses to run in CI without it.
    exclude: ['**/node_modules/**', ...(process.env.DATABASE_URL ? [] : ['src/bulk/pg-results.int.test.ts'])],
    environment: 'node',
    testTimeout: 20000,
    hookTimeout: 60000,
    setupFiles: ['test/setup.ts'],
    // expect.poll waits for a state the application reaches by itself (a recalculation, a server round trip):
    // 1 s is too short on a shared, loaded CI machine; a real failure still fails after 15 s.
    expect: { poll: { timeout: 15000 } },
  },
});
