/**
 * How large a file this device may open, and what to say when a file is larger. The file is
 * read as a stream (workers/open-worker.ts): memory holds the parsed features, one chunk and
 * the garbage of checking them, never the whole text beside its whole tree. So the limit
 * follows the device's memory where the browser tells it (`navigator.deviceMemory`, in GB,
 * rounded and capped at 8 by Chromium), rather than one fixed size. Pure.
 */
import { phrase, type Phrase } from '../i18n/phrase';

export const openLimitDefaults = {
  // Bytes of file per GB of memory. Measured in Node (process.memoryUsage, resourceUsage) on
  // the streamed pipeline: 200,000 points (34 MB) peak at 146 MB above the start, 54 MB kept;
  // 100,000 polygons (30 MB) at 180 MB, 82 MB kept; 1,000,000 points (172 MB) at 424 MB,
  // 261 MB kept: 2.5 to 6 times the file at its peak (8 to 10 times with the whole text
  // parsed at once). 30 MB per GB keeps that peak near 150 to 180 MB per GB, as the old
  // 15 MB per GB at 10 times did.
  bytesPerGb: 30_000_000,
  // Below this every device copes (a peak near 600 MB); the limit when the memory is not
  // known. 1,000,000 points (about 92 MB) open everywhere.
  floor: 100_000_000,
  // One worker's heap is bounded whatever the device; the tiles and the clusters are built
  // from the kept features after checking, on top of them.
  ceiling: 250_000_000,
};

/** The largest file, in bytes, that opens on a device with `deviceMemoryGb` of memory. */
export function openLimitBytes(deviceMemoryGb?: number): number {
  const { bytesPerGb, floor, ceiling } = openLimitDefaults;
  if (deviceMemoryGb === undefined || !Number.isFinite(deviceMemoryGb) || deviceMemoryGb <= 0) {
    return floor;
  }
  return Math.min(ceiling, Math.max(floor, Math.round(deviceMemoryGb * bytesPerGb)));
}

/**
 * Why a file is refused for its size, and what would work instead, to follow "Could not open
 * NAME: ". `size` is its size when known; otherwise it is "more than" the limit (reading
 * stopped there).
 */
export function tooLargeMessage(
  limit: number,
  size: number | undefined,
  deviceMemoryGb?: number,
): Phrase {
  const how =
    size === undefined
      ? phrase('open.tooLargeUnknown', { limit: { bytes: limit } })
      : phrase('open.tooLargeSize', { size: { bytes: size }, limit: { bytes: limit } });
  return deviceMemoryGb === undefined
    ? phrase('open.tooLarge', { how })
    : phrase('open.tooLargeOnDevice', { how, memory: deviceMemoryGb });
}
