/**
 * Serves the built app (dist/) with `vite preview` for the browser tests, so
 * what ships is what is tested. `npm test` builds before running.
 */
import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The first article's page, where most tests start (`<site>/kurils-2019/`). */
    baseUrl: string;
    /** The site's root: the home page, and `<slug>/` for each article. */
    siteUrl: string;
  }
}

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  // TEST_DIST: another build to test (`npx vite build --outDir X && npx tsx
  // scripts/build-site.ts --dist X`), while a run still serves dist/.
  const outDir = process.env.TEST_DIST ?? 'dist';
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(`${outDir}/ is missing: run \`npm run build\` first (\`npm test\` does).`);
  }
  // Port 0: any free port, so a dev server on 4173 doesn't break the tests.
  server = await preview({
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('siteUrl', url);
  project.provide('baseUrl', `${url}kurils-2019/`);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
