/**
 * Reading bodies as counted streams (issue 16, 3 and 4), against a local server of unlucky
 * answers: a gzip bomb and a chunked body stop at the limit, a server that never sends stops
 * at the timeout, a cancelled read stops at once. Order is controlled (a server that holds
 * its answer), never by sleeping.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTextStreamDecoder, decodeText } from '../../../src/core/geojson/decode-text';
import { fetchBody } from '../../../src/workers/fetch-body';
import { readStream, ReadError } from '../../../src/workers/read-body';
import {
  pointsCollection,
  startHostileServer,
  type HostileServer,
} from '../../support/hostile-server';

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(() => server.close());

const options = { limit: 2_000_000, timeoutMs: 2_000, pageProtocol: 'http:' };

/** A stream that sends one chunk, then nothing, ever. */
function stalled(): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    pull(controller) {
      if (sent) return new Promise(() => undefined);
      sent = true;
      controller.enqueue(new Uint8Array(10));
    },
  });
}

describe('readStream', () => {
  it('reads a whole stream and counts its bytes', async () => {
    const seen: number[] = [];
    const bytes = await readStream(new Blob(['abc', 'def']).stream(), {
      limit: 10,
      onBytes: (n) => seen.push(n),
    });
    expect(new TextDecoder().decode(bytes)).toBe('abcdef');
    expect(seen.at(-1)).toBe(6);
  });

  it('stops at the limit', async () => {
    await expect(
      readStream(new Blob(['x'.repeat(11)]).stream(), { limit: 10 }),
    ).rejects.toMatchObject({
      kind: 'too-large',
    });
  });

  it('stops when no bytes come for idleMs', async () => {
    await expect(readStream(stalled(), { limit: 100, idleMs: 50 })).rejects.toMatchObject({
      kind: 'timeout',
    });
  });

  it('stops at once when the signal aborts', async () => {
    const controller = new AbortController();
    const reading = readStream(stalled(), { limit: 100, signal: controller.signal });
    controller.abort();
    await expect(reading).rejects.toBeInstanceOf(ReadError);
  });
});

describe('fetchBody', () => {
  it('reads a body', async () => {
    const bytes = await fetchBody(`${server.url}/ok?n=3`, options);
    expect(new TextDecoder().decode(bytes)).toBe(pointsCollection(3));
  });

  it('stops a gzip bomb at the limit, counting inflated bytes', async () => {
    await expect(
      fetchBody(`${server.url}/bomb?mb=10`, { ...options, timeoutMs: 30_000 }),
    ).rejects.toMatchObject({
      kind: 'too-large',
    });
  });

  it('stops a chunked body without a length at the limit', async () => {
    await expect(fetchBody(`${server.url}/chunked?mb=20`, options)).rejects.toMatchObject({
      kind: 'too-large',
    });
  });

  it('times out a server that never answers, and one that stops sending', async () => {
    const quick = { ...options, timeoutMs: 200 };
    await expect(fetchBody(`${server.url}/silent`, quick)).rejects.toThrow(
      /did not answer within 0.2 s/,
    );
    await expect(fetchBody(`${server.url}/never`, quick)).rejects.toThrow(/stopped sending/);
  });

  it('says what is wrong with an address before sending anything', async () => {
    const user = server.url.replace('http://', 'http://user:secret@');
    await expect(fetchBody(`${user}/ok`, options)).rejects.toThrow(/user name or password/);
    await expect(fetchBody('http://127.0.0.1:6000/x', options)).rejects.toThrow(/port 6000/);
    await expect(fetchBody('ftp://example.org/x', options)).rejects.toThrow(/only http and https/);
    await expect(
      fetchBody('http://example.org/x', { ...options, pageProtocol: 'https:' }),
    ).rejects.toThrow(/mixed content/);
  });

  it('tells an HTTP error by its status', async () => {
    await expect(fetchBody(`${server.url}/missing`, options)).rejects.toThrow(/HTTP 404/);
  });
});

describe('readStream and decodeText over any chunking', () => {
  it('give back the text, whatever the chunk boundaries (inside strings, numbers, escapes, characters)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue(),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (value, cuts) => {
          const text = JSON.stringify(value) ?? 'null';
          const bytes = new TextEncoder().encode(text);
          const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...at].map((start, i) => bytes.slice(start, [...at, bytes.length][i]));
          const stream = new ReadableStream<Uint8Array>({
            start(controller) {
              for (const chunk of chunks) controller.enqueue(chunk);
              controller.close();
            },
          });
          const read = await readStream(stream, { limit: bytes.length });
          expect(decodeText(read).text).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the stream decoder over any chunking', () => {
  /** `bytes` cut at `cuts` (taken modulo its length). */
  const chunked = (bytes: Uint8Array, cuts: number[]): Uint8Array[] => {
    const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
    return [0, ...at].map((start, i) => bytes.slice(start, [...at, bytes.length][i]));
  };
  const decodeAll = (
    chunks: Uint8Array[],
    restartAs?: Parameters<typeof createTextStreamDecoder>[0],
  ) => {
    const decoder = createTextStreamDecoder(restartAs);
    const text = chunks.map((chunk) => decoder.push(chunk)).join('') + decoder.end();
    return { text, decoder };
  };
  /** UTF-8 text, sometimes with a Latin-1 byte put in, or as UTF-16 with its mark; or any bytes. */
  const bytes = fc.oneof(
    fc
      .tuple(fc.string({ unit: 'binary' }), fc.nat(), fc.constantFrom(-1, 0xe9, 0xff, 0xc0))
      .map(([text, at, byte]) => {
        const encoded = new TextEncoder().encode(text);
        if (byte >= 0 && encoded.length > 0) encoded[at % encoded.length] = byte;
        return encoded;
      }),
    fc.string({ unit: 'binary' }).map((text) => {
      const units = Uint16Array.from(text, (c) => c.charCodeAt(0));
      return Uint8Array.from([0xff, 0xfe, ...new Uint8Array(units.buffer)]);
    }),
    fc.uint8Array({ maxLength: 40 }),
  );

  it('gives what decodeText gives, reading again only when UTF-8 letters came before a bad byte', () => {
    fc.assert(
      fc.property(bytes, fc.array(fc.nat(), { maxLength: 8 }), (data, cuts) => {
        const expected = decodeText(data);
        const chunks = chunked(data, cuts);
        const first = decodeAll(chunks);
        expect(first.decoder.encoding).toBe(expected.encoding);
        expect(first.decoder.warning).toEqual(expected.warning);
        const text = first.decoder.mixed
          ? decodeAll(chunks, first.decoder.warning).text
          : first.text;
        expect(text).toBe(expected.text);
      }),
      { numRuns: 500 },
    );
  });
});
