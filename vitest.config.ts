import { defineConfig } from 'vitest/config';

// Node-environment tests: the simulation, circuits, levels and CLI never touch the DOM.
// Browser end-to-end tests run separately in real Chromium (npm run test:browser).
// Long published-result runs live in test/science-long and run with `npm run test:science`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'test/science-long/**', 'node_modules/**'],
    testTimeout: 120_000,
    pool: 'forks',
    // Two files at once on the 2-core CI machine (the default, cores − 1, is one).
    maxWorkers: 2,
  },
});
