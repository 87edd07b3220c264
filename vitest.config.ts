import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __CAREWEALTH_TEST_HOOKS__: 'false' },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    testTimeout: 20000,
    pool: 'threads',
  },
});
