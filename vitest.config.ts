import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'common/**/*.test.ts',
      'site/publish/**/*.test.ts',
      'cms/**/*.test.ts',
      'emails/**/*.test.ts',
      'scripts/**/*.test.ts',
      'site/src/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    // Each file gets its own process, temporary data folder and SQLite file (test/setup-env.ts).
    pool: 'forks',
    isolate: true,
    fileParallelism: true,
    maxWorkers: 2,
    setupFiles: ['test/setup-env.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
