import { defineConfig } from 'vitest/config';

// Long published-result runs (minutes of simulated time), kept out of the quick suite.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/science-long/**/*.test.ts'],
    testTimeout: 1_800_000,
    pool: 'forks',
    // Two files at once: vitest's default on a 2-core machine is one worker (cores − 1), which left a
    // core idle through the ~20 minutes of CI these runs take. Each file is deterministic alone.
    maxWorkers: 2,
  },
});
