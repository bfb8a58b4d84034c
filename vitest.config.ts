import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['__tests__/unit/**/*.test.ts'],
          // TMPDIR in a folder of the run's own, removed at its end.
          globalSetup: ['__tests__/support/tmp-setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['__tests__/integration/**/*.test.ts'],
          // Docker engine, test image, node 24: prepared before the first integration test.
          globalSetup: ['__tests__/support/tmp-setup.ts', '__tests__/support/global-setup.ts'],
          // Real pip, real docker, real HTTP: slow, and this machine has 2 cores.
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
