import { defineConfig } from 'vitest/config';

// Long published-result runs (minutes of simulated time), kept out of the quick suite.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/science-long/**/*.test.ts'],
    testTimeout: 1_800_000,
    pool: 'forks',
  },
});
