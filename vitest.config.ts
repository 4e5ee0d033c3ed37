import { defineConfig } from 'vitest/config';

// One runner for the whole suite. Integration tests share a migrated template database made once
// by the global setup (PGlite folder, or a PostgreSQL template database when TEST_DATABASE_URL is set).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    globalSetup: ['src/server/test/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
