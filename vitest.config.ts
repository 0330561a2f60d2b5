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
          // One Chromium at a time: the machine has two cores. Two files at a time would be
          // shorter, but under that load a Back after opening a file once landed
          // about 20 px off the view its entry recorded (races.test.ts): a race in the app to
          // find before the suite may share the cores.
          fileParallelism: false,
          // expect.poll's default second is a flake on a loaded machine; conditions may wait.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
