/**
 * Reading an opened file or a `data=` body as a stream of bytes, counted as they come:
 * reading stops at the size limit (counting the bytes after decompression, which is what
 * memory holds: a 1.5 MB gzip of 1.5 GB stops at the limit), after `idleMs` with no bytes
 * (a server that never answers), or when the signal aborts. Runs in the worker; nothing here
 * touches the page, so it is tested in Node.
 */
import { phrase, PhrasedError, type Phrase } from '../core/i18n/phrase';

export type ReadFailure = 'too-large' | 'timeout' | 'aborted';

/** Why reading stopped early; `phrase` is meant for the person (`message` is its English). */
export class ReadError extends PhrasedError {
  override name = 'ReadError';
  constructor(
    readonly kind: ReadFailure,
    said: Phrase,
  ) {
    super(said);
  }
}

export interface ReadOptions {
  /** Most bytes read; one more and reading stops with a 'too-large' ReadError. */
  limit: number;
  /** Longest wait for the next bytes, in ms (default: no limit). */
  idleMs?: number;
  signal?: AbortSignal;
  /** Called with the bytes read so far, after each chunk. */
  onBytes?: (bytes: number) => void;
}

/** Every byte of `stream`, as one array, unless reading stops early (a ReadError). */
export async function readStream(
  stream: ReadableStream<Uint8Array>,
  options: ReadOptions,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const total = await readChunks(stream, options, (chunk) => chunks.push(chunk));
  return concat(chunks, total);
}

/**
 * Hands each chunk of `stream` to `onChunk` as it comes, never holding them all; resolves with
 * the bytes read, unless reading stops early (a ReadError, or what `onChunk` throws).
 */
export async function readChunks(
  stream: ReadableStream<Uint8Array>,
  { limit, idleMs, signal, onBytes }: ReadOptions,
  onChunk: (chunk: Uint8Array) => void,
): Promise<number> {
  const reader = stream.getReader();
  let total = 0;
  let stop: ((error: ReadError) => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    stop = reject;
  });
  // Not an unhandled rejection when reading ends normally.
  stopped.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (): void => {
    if (idleMs === undefined) return;
    clearTimeout(timer);
    timer = setTimeout(
      () =>
        stop?.(
          new ReadError('timeout', phrase('load.idle', { seconds: Math.round(idleMs / 1000) })),
        ),
      idleMs,
    );
  };
  const onAbort = (): void => stop?.(new ReadError('aborted', phrase('load.cancelled')));
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort);
  try {
    arm();
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), stopped]);
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        throw new ReadError('too-large', phrase('open.overLimit', { limit: { bytes: limit } }));
      }
      // Before the timer is armed again: the time spent on a chunk is not the server's.
      onChunk(value);
      onBytes?.(total);
      arm();
    }
  } catch (error) {
    // Stop the download (or the file read) too, not just our reading of it.
    reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
  return total;
}

export function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
