// Test runner settings: Node environment, UTC, generous timeouts for the real-server and browser tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/**/*.test.ts',
      'shared/**/*.test.ts',
      'server/**/*.test.ts',
      'client/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default'],
  },
});
