/**
 * After a file is drawn: frame times while the map is panned and zoomed by a script
 * (mouse drags and wheel turns, the same for every page), from requestAnimationFrame;
 * and the page's JS heap after a garbage collection (what it keeps of the file). The frame
 * recorder is measure.ts's init script.
 */
import type { Page } from 'playwright-core';

export interface PanFigures {
  /** 95th percentile of the time between frames while panning and zooming, in ms. */
  p95FrameMs: number | null;
  frames: number;
}

/** The q-quantile (0–1) of the values, nearest rank; null when there are none. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] as number;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Drags the map by each offset (30 mouse steps each), then zooms in and out with the wheel. */
export async function scriptedPan(page: Page): Promise<void> {
  const box = await page.locator('#map').boundingBox();
  if (!box) throw new Error('the page has no #map');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  for (const [dx, dy] of [
    [-300, 0],
    [0, -200],
    [300, 0],
    [0, 200],
  ] as const) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx, y + dy, { steps: 30 });
    await page.mouse.up();
  }
  for (const delta of [-240, 240]) {
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, delta);
    await pause(600);
  }
}

/** The page's used JS heap after a forced garbage collection (its workers not counted). */
export async function usedHeap(page: Page): Promise<number | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } catch {
    return null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * A page with 100,000 DOM markers takes seconds a frame: past this the pan is given up,
 * reported as no figure, and the run goes on (its context is closed after).
 */
export const PAN_LIMIT_MS = 90_000;

/** Pans and zooms the drawn map, timing its frames; null figures when it takes too long. */
export async function measurePan(page: Page, limitMs = PAN_LIMIT_MS): Promise<PanFigures> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<PanFigures>((resolve) => {
    timer = setTimeout(() => resolve({ p95FrameMs: null, frames: 0 }), limitMs);
  });
  try {
    return await Promise.race([panAndTime(page), late]);
  } finally {
    clearTimeout(timer);
  }
}

async function panAndTime(page: Page): Promise<PanFigures> {
  // The recorder is in measure.ts's init script: a function defined here would be wrapped
  // in tsx's keepNames helper, which the page lacks.
  await page.evaluate(() =>
    (window as unknown as { __bench: { startFrames: () => void } }).__bench.startFrames(),
  );
  await scriptedPan(page);
  // Whatever the last move started (tiles coming in) is part of the pan.
  await pause(1000);
  const frames = await page.evaluate(() =>
    // The first interval runs from the start to the first frame, not between frames.
    (window as unknown as { __bench: { stopFrames: () => number[] } }).__bench
      .stopFrames()
      .slice(1),
  );
  return { p95FrameMs: quantile(frames, 0.95), frames: frames.length };
}
