/**
 * The message an embedded map posts to its host page so the host can size the iframe
 * to the content: `{ type: 'article-map:height', height }`, height in CSS px. Both
 * sides check it: the host page's script (public/embed.js, which repeats these checks
 * in plain JavaScript) and these tests. Pure.
 */

export const HEIGHT_MESSAGE_TYPE = 'article-map:height';

/** Heights outside this range are refused: no zero-height map, no page-long iframe. */
export const MIN_HEIGHT = 100;
export const MAX_HEIGHT = 10_000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
}

/** The message for a content height (rounded up to a whole px), or null when it is not a usable height. */
export function formatHeightMessage(height: number): HeightMessage | null {
  if (!Number.isFinite(height)) return null;
  const rounded = Math.ceil(height);
  if (rounded < MIN_HEIGHT || rounded > MAX_HEIGHT) return null;
  return { type: HEIGHT_MESSAGE_TYPE, height: rounded };
}

/**
 * The height a received message asks for, or null for anything else: another type, a
 * string or array, extra nesting, a height that is not a finite whole number in range.
 * Never throws (a getter that throws counts as not a message).
 */
export function parseHeightMessage(data: unknown): number | null {
  try {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
    const record = data as Record<string, unknown>;
    if (record.type !== HEIGHT_MESSAGE_TYPE) return null;
    const height = record.height;
    if (typeof height !== 'number' || !Number.isInteger(height)) return null;
    return height >= MIN_HEIGHT && height <= MAX_HEIGHT ? height : null;
  } catch {
    return null;
  }
}
