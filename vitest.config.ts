import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/bench/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // PGlite instances are heavy; two cores on CI.
    pool: 'forks',
    setupFiles: ['test/helpers/setup.ts'],
  },
});
