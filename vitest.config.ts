import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// Projects: `unit` runs the pure core and the data checks in Node; `browser` and
// `browser-big` drive the built app (dist/) in real Chromium via playwright-core.
// `npm test` builds first, so what ships is what is tested.

/** Files that open files of many megabytes: each wants the machine's two cores to itself. */
const BIG = ['test/browser/tiles.test.ts', 'test/browser/hostile.test.ts'];

const browser: TestProjectInlineConfiguration['test'] = {
  environment: 'node',
  globalSetup: ['test/browser/global-setup.ts'],
  testTimeout: 90_000,
  hookTimeout: 90_000,
  // expect.poll's default second is a flake on a loaded machine; conditions may wait.
  expect: { poll: { timeout: 10_000 } },
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // Beside the browser files, in their group: projects run as one group only when they
          // have the same groupOrder and maxWorkers (vitest's default here would be one worker,
          // the cores less one). The group's queue holds the browser files first (larger first,
          // or longer first once vitest has timed them), then these: the many short unit files
          // fill the slot a finished browser file leaves, while the longest still runs, and
          // never more than two files run at once. Alone, first, they took two to three minutes
          // of one worker while the other core waited.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          ...browser,
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          exclude: BIG,
          // Two files at a time, the unit files among them: a test mostly waits (flights, the
          // page's own timers), so two Chromiums share two cores. The race that kept this at one (a Back landing 20 px off
          // under load) was the map's resize told as a move: fixed in src/map/camera.ts, and
          // races.test.ts puts its events in that order without load.
          fileParallelism: true,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          ...browser,
          name: 'browser-big',
          include: BIG,
          // One at a time, after the others: run beside another file on a loaded machine
          // (load average about 20), reading a 200,000-point file and a large Latin-1 file
          // each took longer than its timeout.
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
