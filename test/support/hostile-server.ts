/**
 * A local HTTP server of unlucky and hostile answers for tests, on 127.0.0.1 only, on a free
 * port, with CORS open (the app's page is on another port). Bounded: it answers at most
 * `maxRequests` requests and closes everything after `maxMs`, so a test that forgets it
 * cannot leave it running. Paths:
 *
 *   /ok?n=N            a FeatureCollection of N points (Content-Length set)
 *   /held?n=N&key=K    the same, sent only when release(K) is called
 *   /never             headers, then no body byte ever (until closed)
 *   /silent            no answer at all
 *   /chunked?mb=M      M MB of JSON-looking bytes, chunked, no Content-Length
 *   /bomb?mb=M         a gzip body that inflates to M MB (Content-Encoding: gzip)
 *   /loop              redirects to itself, forever
 *   /nocors            a FeatureCollection without Access-Control-Allow-Origin
 *   /latin1            a FeatureCollection whose names are Latin-1 bytes
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface HostileServer {
  url: string;
  /** Sends the answer of the held request with this key. */
  release: (key: string) => void;
  /** How many requests each path has had. */
  hits: Map<string, number>;
  close: () => Promise<void>;
}

/** A FeatureCollection of `n` points named "point i". */
export function pointsCollection(n: number): string {
  const features = Array.from(
    { length: n },
    (_, i) =>
      `{"type":"Feature","properties":{"name":"point ${i}"},"geometry":{"type":"Point","coordinates":[${(i % 300) - 150},${(i % 150) - 75}]}}`,
  );
  return `{"type":"FeatureCollection","features":[${features.join(',')}]}`;
}

const bombs = new Map<number, Buffer>();

export async function startHostileServer({
  maxRequests = 200,
  maxMs = 120_000,
} = {}): Promise<HostileServer> {
  const held = new Map<string, () => void>();
  const released = new Set<string>();
  const hits = new Map<string, number>();
  const open = new Set<ServerResponse>();
  let count = 0;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
    if (++count > maxRequests) {
      response.writeHead(503).end();
      return;
    }
    open.add(response);
    response.on('close', () => open.delete(response));
    const cors = url.pathname === '/nocors' ? {} : { 'Access-Control-Allow-Origin': '*' };
    const n = Number(url.searchParams.get('n') ?? '10');
    const mb = Number(url.searchParams.get('mb') ?? '1');
    const json = { ...cors, 'Content-Type': 'application/geo+json' };
    switch (url.pathname) {
      case '/ok':
      case '/nocors':
        response.writeHead(200, json).end(pointsCollection(n));
        return;
      case '/held': {
        const key = url.searchParams.get('key') ?? '';
        const send = (): void => void response.writeHead(200, json).end(pointsCollection(n));
        if (released.has(key)) send();
        else held.set(key, send);
        return;
      }
      case '/never':
        response.writeHead(200, json);
        response.flushHeaders();
        return;
      case '/silent':
        return;
      case '/chunked': {
        response.writeHead(200, json);
        const chunk = Buffer.alloc(1 << 20, 0x20);
        let sent = 0;
        const pump = (): void => {
          while (sent < mb) {
            sent += 1;
            if (!response.write(chunk)) {
              response.once('drain', pump);
              return;
            }
          }
          response.end();
        };
        pump();
        return;
      }
      case '/bomb': {
        let body = bombs.get(mb);
        if (!body) {
          body = gzipSync(Buffer.alloc(mb * 1e6, 0x20), { level: 9 });
          bombs.set(mb, body);
        }
        response.writeHead(200, {
          ...json,
          'Content-Encoding': 'gzip',
          'Content-Length': body.length,
        });
        response.end(body);
        return;
      }
      case '/loop':
        response.writeHead(302, { ...cors, Location: '/loop' }).end();
        return;
      case '/latin1':
        response
          .writeHead(200, json)
          .end(
            Buffer.from(
              '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Caf\u00e9"},"geometry":{"type":"Point","coordinates":[2.35,48.85]}}]}',
              'latin1',
            ),
          );
        return;
      default:
        response.writeHead(404, cors).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = (): Promise<void> =>
    new Promise((resolve) => {
      clearTimeout(timer);
      for (const response of open) response.destroy();
      server.closeAllConnections();
      server.close(() => resolve());
    });
  const timer = setTimeout(() => void close(), maxMs);
  timer.unref();
  return {
    url: `http://127.0.0.1:${port}`,
    release(key) {
      released.add(key);
      held.get(key)?.();
      held.delete(key);
    },
    hits,
    close,
  };
}
