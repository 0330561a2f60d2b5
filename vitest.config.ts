import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs the pure core and the data checks in Node;
// `browser` drives the built app (dist/) in real Chromium via playwright-core.
// `npm test` builds first, so what ships is what is tested.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // Two files at a time, each with its own Chromium: most of a browser test is waiting
          // (for frames, a flight, a worker), so two share two cores well, and CI stays near
          // fifteen minutes. Every wait is a condition with a patient timeout, never a sleep.
          fileParallelism: true,
          maxWorkers: 2,
          // expect.poll's default second is a flake on a loaded machine; conditions may wait.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
