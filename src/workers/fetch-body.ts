/**
 * A `data=` body, fetched in the worker: a timeout for the answer and between chunks, a byte
 * counter that stops at the limit (readStream), and a failure told apart where the browser
 * lets a page tell it: refused before sending (checkDataUrl), an HTTP error, no server, a
 * server that does not let other sites read the file (CORS), redirects that never end.
 */
import { checkDataUrl } from '../core/geojson/check-data-url';
import { phrase, PhrasedError, type Phrase } from '../core/i18n/phrase';
import { concat, readChunks, ReadError, type ReadOptions } from './read-body';

export interface FetchBodyOptions extends Omit<ReadOptions, 'idleMs'> {
  /** Longest wait for the answer, and then for each next chunk, in ms. */
  timeoutMs: number;
  /** The page's protocol, for the mixed-content check. */
  pageProtocol: string;
}

/** The failure of a `data=` load; its phrase completes "Could not load URL: …". */
export class FetchBodyError extends PhrasedError {
  override name = 'FetchBodyError';
}

export async function fetchBody(url: string, options: FetchBodyOptions): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const total = await fetchBodyChunks(url, options, (chunk) => chunks.push(chunk));
  return concat(chunks, total);
}

/** fetchBody, handing each chunk to `onChunk` as it comes; resolves with the bytes read. */
export async function fetchBodyChunks(
  url: string,
  options: FetchBodyOptions,
  onChunk: (chunk: Uint8Array) => void,
): Promise<number> {
  const { timeoutMs, pageProtocol, signal, ...read } = options;
  const refused = checkDataUrl(url, pageProtocol);
  if (refused) throw new FetchBodyError(refused);
  const controller = new AbortController();
  const abort = (): void => controller.abort();
  signal?.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, {
      mode: 'cors',
      credentials: 'omit',
      signal: controller.signal,
    });
  } catch (error) {
    if (timedOut) {
      throw new ReadError('timeout', phrase('load.timeout', { seconds: seconds(timeoutMs) }));
    }
    if (signal?.aborted) throw new ReadError('aborted', phrase('load.cancelled'));
    if (error instanceof TypeError) throw new FetchBodyError(await explainFailure(url));
    throw error;
  } finally {
    clearTimeout(timer);
  }
  try {
    if (!response.ok) {
      // The status as a string: a number would be grouped ("HTTP 1,234" is no status).
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new FetchBodyError(phrase('open.httpStatus', { status }));
    }
    if (!response.body) return 0;
    return await readChunks(
      response.body,
      { ...read, idleMs: timeoutMs, signal: controller.signal },
      onChunk,
    );
  } catch (error) {
    if (error instanceof ReadError && error.kind === 'timeout') {
      throw new ReadError('timeout', phrase('load.stoppedSending', { reason: error.phrase }));
    }
    throw error;
  } finally {
    signal?.removeEventListener('abort', abort);
  }
}

function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}

/**
 * Why a cross-origin fetch failed, found by asking again in ways the browser answers more
 * openly: `manual` stops at a redirect (a loop then shows), `no-cors` gets an answer without
 * reading it (so the server is there, and CORS is what refused).
 */
async function explainFailure(url: string): Promise<Phrase> {
  const probe = (init: RequestInit): Promise<Response | null> =>
    fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(10_000), ...init }).catch(
      () => null,
    );
  const first = await probe({ mode: 'cors', redirect: 'manual' });
  if (first?.type === 'opaqueredirect') {
    const followed = await probe({ mode: 'no-cors' });
    return phrase(followed === null ? 'load.redirectLoop' : 'load.redirectCors');
  }
  const answered = await probe({ mode: 'no-cors' });
  return phrase(answered === null ? 'load.noServer' : 'load.cors');
}
