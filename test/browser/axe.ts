/**
 * axe-core on a page, for the browser tests: the same engine and rules as @axe-core/playwright's
 * AxeBuilder, without its cost per scan. AxeBuilder evaluates axe-core's source (about 500 kB)
 * in the page on every analyze() and then again in a new blank tab where it merges the frames'
 * results: on a loaded two-core machine that is most of a scan's eight seconds. A page without
 * frames has nothing to merge, so axe-core is evaluated in it once and `axe.run` called there,
 * which finds the same results (checked against AxeBuilder: the same rules, passes and nodes).
 * A page with frames still goes through AxeBuilder, which checks inside them.
 */
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * The violations axe-core finds on the whole of `page` as it is now, one line each: the rule,
 * then the nodes. Only the violations cross from the page: axe's whole result (every pass,
 * with each node's HTML) is about half a megabyte here, and handing it over cost more CPU
 * than the scan itself.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const violations =
    page.frames().length > 1
      ? (await new AxeBuilder({ page }).analyze()).violations
      : await violationsInPage(page);
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

async function violationsInPage(page: Page): Promise<axe.Result[]> {
  // A navigation drops it: evaluated again in each new document.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate(
    async () =>
      (
        await (window as unknown as { axe: typeof axe }).axe.run(document, {
          resultTypes: ['violations'],
        })
      ).violations,
  );
}
