import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'eval/**/*.test.ts', 'deploy/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // test files share each worker's module cache: the whole suite passes so (no file relies on fresh
    // module state), and it runs in about half the time (783 s against 1,431 s on 2026-12-03's machine)
    isolate: false,
  },
});
