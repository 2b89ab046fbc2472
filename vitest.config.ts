import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
    hookTimeout: 60000,
    setupFiles: ['test/setup.ts'],
    // expect.poll waits for a state the application reaches by itself (a recalculation, a server round trip):
    // 1 s is too short on a shared, loaded CI machine; a real failure still fails after 15 s.
    expect: { poll: { timeout: 15000 } },
  },
});
