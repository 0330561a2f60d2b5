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
          // Before the browser files: projects with their own maxWorkers run as separate groups.
          sequence: { groupOrder: 0 },
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
          // Two files at a time: a test mostly waits (flights, the page's own timers), so two
          // Chromiums share two cores with little loss. The race that kept this at one (a Back
          // landing 20 px off under load) was the map's resize told as a move: fixed in
          // src/map/camera.ts, and races.test.ts puts its events in that order without load.
          fileParallelism: true,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          // expect.poll's default second is a flake on a loaded machine; conditions may wait.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
