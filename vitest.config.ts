import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// Projects: `unit` runs the pure core and the data checks in Node; `browser` drives the
// built app (dist/) in real Chromium via playwright-core.
// `npm test` builds first, so what ships is what is tested.

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
          // Two files at a time, the unit files among them: a test mostly waits (flights, the
          // page's own timers), so two Chromiums share two cores. The race that kept this at
          // one (a Back landing 20 px off under load) was the map's resize told as a move:
          // fixed in src/map/camera.ts, and races.test.ts puts its events in that order
          // without load. The files that open files of many megabytes (tiles, hostile) run here
          // too: alone at the end, as they once did (they had timed out beside another file at
          // load average 20, with helpers' runs on the machine), they kept one core idle for a
          // minute; beside the others they passed in every full run since (46–76 s a file).
          fileParallelism: true,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
