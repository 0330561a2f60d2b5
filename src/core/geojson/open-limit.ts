/**
 * How large a file this device may open, and what to say when a file is larger. Checking a
 * file takes several times its size in memory (the text, the parsed values, the checks), so
 * the limit follows the device's memory where the browser tells it (`navigator.deviceMemory`,
 * in GB, rounded and capped at 8 by Chromium), rather than one fixed size. Pure.
 */
import { phrase, type Phrase } from '../i18n/phrase';

export const openLimitDefaults = {
  // Bytes of file per GB of memory: checking takes some 10 times the file's size at its peak
  // (parsed values, spans, one feature's syntax tree), and the tab needs the rest.
  bytesPerGb: 15_000_000,
  // Below this every device copes; the limit when the memory is not known.
  floor: 50_000_000,
  // One worker's heap is bounded whatever the device: past this, parsing fails.
  ceiling: 150_000_000,
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
