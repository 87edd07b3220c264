// Browser tests: specs in test/e2e run in Node and drive a real Chromium through playwright-core
// against the app that test/e2e/run.mjs built and serves. One worker and one file at a time (each
// spec owns a browser), with timeouts generous enough for software WebGL on two cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.spec.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
