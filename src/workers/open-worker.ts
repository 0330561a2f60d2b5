/**
 * Web Worker for opened files: reads a file or a `data=` body as a counted stream, checking
 * it as it comes (each feature as its text ends), and keeps what it accepted under the id of the open request. Only a committed open
 * (the page accepted it and it is the newest) becomes what this worker serves: the clusters
 * in view and the export. A result the page discards, or never commits, is never served.
 *
 * The page (ui/data-client.ts) starts one worker per open and terminates it to cancel,
 * so a long check stops at once and its memory is freed. Start as a module worker:
 *
 *   new Worker(new URL('../workers/open-worker.ts', import.meta.url), { type: 'module' })
 */
import type { BBox, Feature, GeoJsonProperties } from 'geojson';
import {
  MARKER_SPACING_PX,
  mergeCloseMarkers,
  mergedExpansionZoom,
} from '../core/tiles/merge-clusters';
import { readOpenedArticle, type OpenedArticle } from '../core/article/opened-article';
import { exportGeoJson } from '../core/export/export';
import {
  createTextStreamDecoder,
  type TextEncodingName,
  type TextStreamDecoder,
} from '../core/geojson/decode-text';
import { tooLargeMessage } from '../core/geojson/open-limit';
import { phrase, PhrasedError, type Phrase } from '../core/i18n/phrase';
import { summarizeFeatures, type ListingEntry } from '../core/geojson/summarize-features';
import {
  createGeoJsonValidator,
  type Problem,
  type ValidateProgress,
  type ValidationResult,
} from '../core/geojson/validate';
import { PointGrid } from '../core/tiles/point-grid';
import { tileShapes, type ShapeTiles } from '../core/tiles/shape-tiles';
import { fetchBodyChunks, FetchBodyError } from './fetch-body';
import { createTilePainter, type PaintRequest, type PaintResponse } from './tile-painter';
import { readChunks, ReadError } from './read-body';

/** Where an open reads from: text (tests), a File or Blob, or a `data=` URL. */
export type OpenSource = string | Blob | { url: string };

export interface OpenLimits {
  /** Most bytes read (after decompression). */
  maxBytes: number;
  /** For the message when a file is larger: the device's memory in GB, when known. */
  deviceMemoryGb?: number;
  /** A `data=` URL's wait for an answer and between chunks, in ms. */
  timeoutMs: number;
  /** The page's protocol (`https:`), for the mixed-content check. */
  pageProtocol: string;
}

export type OpenRequest =
  | { id: number; type: 'open'; source: OpenSource; limits: OpenLimits }
  /** The open request `open` is what the page shows: serve it, forget every other. */
  | { id: number; type: 'commit'; open: number }
  /** The page will not show the open request `open`: forget it. */
  | { id: number; type: 'discard'; open: number }
  | { id: number; type: 'clusters'; bbox: BBox; zoom: number }
  | { id: number; type: 'expansion-zoom'; clusterId: number }
  /** A tile of the lines and polygons (core/tiles/shape-tiles.ts). */
  | { id: number; type: 'tile'; z: number; x: number; y: number }
  /** The topmost line or polygon under [lon, lat] at map zoom `zoom`, for its popup. */
  | { id: number; type: 'feature-at'; lon: number; lat: number; zoom: number }
  | { id: number; type: 'export' }
  /** A tile painted in the worker (tile-painter.ts). */
  | PaintRequest;

/**
 * Reading bytes (`done` of `total`, 0 when unknown) with `features` checked so far as they
 * come, then validate's stages.
 */
export type OpenProgress =
  { stage: 'reading'; done: number; total: number; features: number } | ValidateProgress;

export interface OpenedSummary extends Omit<ValidationResult, 'features'> {
  count: number;
  pointCount: number;
  /** Features with no coordinates (null geometry): counted, not drawn or listed. */
  unlocated: number;
  /** Lines, polygons and multipoints: tiled in the worker, never sent whole. */
  shapeCount: number;
  bbox: BBox | null;
  listing: ListingEntry[];
  /** Bytes read. */
  bytes: number;
  encoding: TextEncodingName;
  /** The file follows the data contract: the page shows it as an article (opened-article.ts). */
  article: OpenedArticle | null;
  /** Why a file that names an article is not (all) shown as one, put into words by the page. */
  articleNotes: Phrase[];
}

/**
 * Above this, a file is never read as an article: an article's places are kilobytes, and the
 * page holds an article whole (its popups, list and tour), which a large file must not be.
 */
export const ARTICLE_MAX_BYTES = 20_000_000;

export type OpenResponse =
  | { id: number; type: 'progress'; progress: OpenProgress }
  | { id: number; type: 'opened'; summary: OpenedSummary }
  | { id: number; type: 'done' }
  | { id: number; type: 'clusters'; features: Feature[] }
  | { id: number; type: 'expansion-zoom'; zoom: number }
  /** A packed tile (core/tiles/pack-tile.ts), its buffer transferred; null when empty. */
  | { id: number; type: 'tile'; data: Int32Array | null }
  | { id: number; type: 'feature-at'; found: FoundFeature | null }
  | { id: number; type: 'exported'; text: string }
  | PaintResponse
  /** `message` in English; `phrase`, when known, for the page to say in its language. */
  | { id: number; type: 'error'; message: string; phrase?: Phrase };

/** What a popup needs of a feature found under a click: not its geometry. */
export interface FoundFeature {
  /** Its index among the opened file's usable features. */
  index: number;
  id?: string | number;
  properties: GeoJsonProperties;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<OpenRequest>) => void) | null;
  postMessage(message: OpenResponse, transfer?: Transferable[]): void;
}

/** What an accepted open keeps. */
interface Dataset {
  features: Feature[];
  foreign: Record<string, unknown>;
  /** The points' clusters, by zoom. */
  index: PointGrid;
  /** The lines and polygons as tiles; null when there are none. */
  shapes: ShapeTiles | null;
}

const scope = self as unknown as WorkerScope;
/** Accepted opens not yet committed, by the id of their request. */
const accepted = new Map<number, Dataset>();
/** The committed open: what the page shows. */
let served: Dataset | null = null;

/** What one reading of a source gave. */
interface Read {
  result: ValidationResult;
  bytes: number;
  decoder: TextStreamDecoder;
}

/**
 * Reads `source` as a stream into the validator: each chunk is decoded and scanned as it
 * comes, each feature checked as its text ends, so neither the file's bytes nor its text are
 * ever held whole. Progress tells bytes read (of the size, when known) and features checked.
 */
async function readInto(
  id: number,
  source: OpenSource,
  limits: OpenLimits,
  restartAs?: Problem,
): Promise<Read> {
  const total = typeof source === 'object' && 'size' in source ? source.size : 0;
  const decoder = createTextStreamDecoder(restartAs);
  let reading = true;
  const validator = createGeoJsonValidator({
    maxBytes: limits.maxBytes,
    // While reading, progress is the reader's (bytes and features); after, the validator's.
    onProgress: (progress) => {
      if (!reading) scope.postMessage({ id, type: 'progress', progress });
    },
  });
  let bytes = 0;
  let toldAt = -Infinity;
  let toldFeatures = 0;
  const onChunk = (chunk: Uint8Array): void => {
    bytes += chunk.byteLength;
    validator.push(decoder.push(chunk));
    const now = Date.now();
    const features = validator.checked;
    // The first features checked are told at once, however fast the file reads, so the words
    // show both counts from the start; after that, at most every PROGRESS_MS.
    const first = toldFeatures === 0 && features > 0;
    if (!first && now - toldAt < PROGRESS_MS) return;
    toldAt = now;
    toldFeatures = features;
    scope.postMessage({
      id,
      type: 'progress',
      progress: { stage: 'reading', done: bytes, total, features },
    });
  };
  try {
    if (typeof source === 'string') onChunk(new TextEncoder().encode(source));
    else if (source instanceof Blob) {
      if (source.size > limits.maxBytes) {
        throw new ReadError(
          'too-large',
          phrase('open.overLimit', { limit: { bytes: limits.maxBytes } }),
        );
      }
      await readChunks(source.stream(), { limit: limits.maxBytes }, onChunk);
    } else {
      await fetchBodyChunks(
        source.url,
        { limit: limits.maxBytes, timeoutMs: limits.timeoutMs, pageProtocol: limits.pageProtocol },
        onChunk,
      );
    }
  } catch (error) {
    if (error instanceof ReadError && error.kind === 'too-large') {
      const size = total > 0 ? total : undefined;
      throw new FetchBodyError(tooLargeMessage(limits.maxBytes, size, limits.deviceMemoryGb));
    }
    throw error;
  }
  validator.push(decoder.end());
  reading = false;
  return { result: validator.end(), bytes, decoder };
}

/** Above this zoom every point is shown alone. */
const CLUSTER_MAX_ZOOM = 14;

/** Least time between two progress messages while reading, in ms. */
const PROGRESS_MS = 100;

async function open(id: number, source: OpenSource, limits: OpenLimits): Promise<OpenedSummary> {
  let read = await readInto(id, source, limits);
  // Not UTF-8, found after letters beyond ASCII were read as UTF-8: a file can be read again
  // from the start, all as Windows-1252, as decodeText reads it. A `data=` body is not
  // fetched twice: its text keeps UTF-8 before that byte (the warning says where it is).
  if (read.decoder.mixed && read.decoder.warning && source instanceof Blob) {
    read = await readInto(id, source, limits, read.decoder.warning);
  }
  const { result, bytes, decoder } = read;
  const { features, ...rest } = result;
  const summary = summarizeFeatures(features);
  const asArticle =
    result.ok && bytes <= ARTICLE_MAX_BYTES
      ? readOpenedArticle(result.foreign, features)
      : { article: null, notes: [] };
  if (result.ok) {
    accepted.set(id, {
      shapes: tileShapes(features, summary.shapes),
      features,
      foreign: result.foreign,
      index: new PointGrid({ maxZoom: CLUSTER_MAX_ZOOM }).load(summary.points),
    });
  }
  return {
    ...rest,
    problems: decoder.warning ? [decoder.warning, ...rest.problems] : rest.problems,
    count: features.length,
    pointCount: summary.points.length,
    unlocated: features.length - summary.points.length - summary.shapes.length,
    shapeCount: summary.shapes.length,
    bbox: summary.bbox,
    listing: summary.listing,
    bytes,
    encoding: decoder.encoding,
    article: asArticle.article,
    articleNotes: asArticle.notes,
  };
}

/** The topmost (last drawn) feature under the point, as its popup needs it. */
function featureAt(
  dataset: Dataset,
  { lon, lat, zoom }: { lon: number; lat: number; zoom: number },
): FoundFeature | null {
  const index = dataset.shapes?.hit(lon, lat, zoom).at(-1);
  const feature = index === undefined ? undefined : dataset.features[index];
  if (index === undefined || !feature) return null;
  return {
    index,
    ...(feature.id === undefined ? {} : { id: feature.id }),
    properties: feature.properties,
  };
}

async function answer(request: Exclude<OpenRequest, PaintRequest>): Promise<OpenResponse> {
  const { id } = request;
  switch (request.type) {
    case 'open': {
      const summary = await open(id, request.source, request.limits);
      return { id, type: 'opened', summary };
    }
    case 'commit': {
      const dataset = accepted.get(request.open);
      if (!dataset) return { id, type: 'error', message: 'That file is no longer held.' };
      served = dataset;
      // Older accepted opens were superseded: free them.
      accepted.clear();
      return { id, type: 'done' };
    }
    case 'discard':
      accepted.delete(request.open);
      return { id, type: 'done' };
    case 'clusters':
      return {
        id,
        type: 'clusters',
        features: served
          ? mergeCloseMarkers(
              served.index.getClusters(request.bbox, Math.round(request.zoom)),
              Math.round(request.zoom),
              MARKER_SPACING_PX,
            )
          : [],
      };
    case 'expansion-zoom':
      return {
        id,
        type: 'expansion-zoom',
        zoom: served
          ? (mergedExpansionZoom(request.clusterId) ??
            served.index.getClusterExpansionZoom(request.clusterId))
          : 0,
      };
    case 'tile':
      return {
        id,
        type: 'tile',
        data: served?.shapes?.tile(request.z, request.x, request.y) ?? null,
      };
    case 'feature-at':
      return { id, type: 'feature-at', found: served ? featureAt(served, request) : null };
    case 'export':
      if (!served) return { id, type: 'error', message: 'No opened file is shown.' };
      return {
        id,
        type: 'exported',
        text: exportGeoJson(
          { type: 'FeatureCollection', features: served.features },
          // What opening accepted must export: a property 1e400 (warned of) is written as null.
          { foreign: served.foreign, nonFiniteAsNull: true },
        ),
      };
  }
}

/** Paints the served file's tiles: its own queue, so a cancel can overtake a waiting tile. */
const paintTiles = createTilePainter(
  (z, x, y) => served?.shapes?.tile(z, x, y) ?? null,
  (response, transfer) => scope.postMessage(response, transfer),
);

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'paint-tile' || request.type === 'cancel-paint') {
    paintTiles(request);
    return;
  }
  answer(request).then(
    (response) =>
      // A tile's buffer moves to the page rather than being copied.
      scope.postMessage(
        response,
        response.type === 'tile' && response.data ? [response.data.buffer] : [],
      ),
    (error: unknown) =>
      scope.postMessage({
        id: event.data.id,
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
        ...(error instanceof PhrasedError ? { phrase: error.phrase } : {}),
      }),
  );
};
