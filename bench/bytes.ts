/**
 * What a page downloaded, by kind, in three sizes: as served (encoded, what
 * went over the wire), decoded, and gzipped by us (node:zlib, default level
 * 6), so the gzip budgets can be checked whether or not the server
 * compresses. Pure apart from zlib.
 */
import { gzipSync } from 'node:zlib';

export type ResourceKind =
  'document' | 'js' | 'css' | 'basemap' | 'data' | 'image' | 'font' | 'other';

export const RESOURCE_KINDS: readonly ResourceKind[] = [
  'document',
  'js',
  'css',
  'basemap',
  'data',
  'image',
  'font',
  'other',
];

/**
 * Sorts a response into a kind by its content type, its URL and the start of
 * its body: any TopoJSON (`"type":"Topology"`) is the basemap, whatever its
 * name or content type; other JSON, GeoJSON and plain text are data.
 */
export function classifyResource(url: string, contentType: string, head: string): ResourceKind {
  const type = contentType.toLowerCase();
  const path = url.split(/[?#]/)[0]?.toLowerCase() ?? '';
  if (type.includes('javascript') || /\.(m?js)$/.test(path)) return 'js';
  if (type.includes('text/css') || path.endsWith('.css')) return 'css';
  if (type.includes('text/html')) return 'document';
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('font/') || /\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (/"type"\s*:\s*"Topology"/.test(head)) return 'basemap';
  if (type.includes('json') || type.startsWith('text/') || /\.(geo|topo)?json$/.test(path)) {
    return 'data';
  }
  return 'other';
}

export interface ResourceRecord {
  url: string;
  kind: ResourceKind;
  status: number;
  /** Body bytes as served (after any content-encoding): what crossed the wire. */
  transfer: number;
  /** True when the browser gave no size and `transfer` is the bench's estimate (gzip if served gzipped). */
  transferEstimated?: boolean;
  /** Decoded body bytes; null when the browser would not hand the body over. */
  body: number | null;
  /** Decoded body gzipped by node:zlib; null when the body was not available. */
  gzip: number | null;
  /** The server's content-encoding, if any ("gzip"). */
  encoding: string | null;
}

/** Gzipped size of a body with zlib's default level (6), as a typical server would send it. */
export function gzipSize(body: Uint8Array): number {
  return gzipSync(body).length;
}

export interface KindTotals {
  count: number;
  transfer: number;
  body: number;
  gzip: number;
}

export type ByteTotals = Record<ResourceKind | 'total', KindTotals>;

/**
 * Sums records by kind. A record whose body was not available counts its
 * transfer size for `body` and `gzip` too (the best figure there is).
 */
export function totalBytes(records: readonly ResourceRecord[]): ByteTotals {
  const empty = (): KindTotals => ({ count: 0, transfer: 0, body: 0, gzip: 0 });
  const totals = Object.fromEntries(
    [...RESOURCE_KINDS, 'total'].map((k) => [k, empty()]),
  ) as ByteTotals;
  for (const r of records) {
    for (const t of [totals[r.kind], totals.total]) {
      t.count += 1;
      t.transfer += r.transfer;
      t.body += r.body ?? r.transfer;
      t.gzip += r.gzip ?? r.transfer;
    }
  }
  return totals;
}
