/**
 * Web Worker for an opened file: validates it, keeps its features, clusters
 * its points (supercluster) and answers the page's questions about them, and
 * exports them again. The page never holds 100,000 points: it asks for the
 * clusters in view. Start as a module worker:
 *
 *   new Worker(new URL('../workers/open-worker.ts', import.meta.url), { type: 'module' })
 */
import type { BBox, Feature } from 'geojson';
import Supercluster from 'supercluster';
import { exportGeoJson } from '../core/export/export';
import { summarizeFeatures, type ListingEntry } from '../core/geojson/summarize-features';
import {
  validateGeoJson,
  type ValidateProgress,
  type ValidationResult,
} from '../core/geojson/validate';

export type OpenRequest =
  // A File or Blob is read here, not on the page: decoding 10 MB of text is a long task.
  | { id: number; type: 'open'; source: string | Blob }
  | { id: number; type: 'clusters'; bbox: BBox; zoom: number }
  | { id: number; type: 'expansion-zoom'; clusterId: number }
  | { id: number; type: 'export' };

export interface OpenedSummary extends Omit<ValidationResult, 'features'> {
  count: number;
  pointCount: number;
  shapes: Feature[];
  bbox: BBox | null;
  listing: ListingEntry[];
}

export type OpenResponse =
  | { id: number; type: 'progress'; progress: ValidateProgress }
  | { id: number; type: 'opened'; summary: OpenedSummary }
  | { id: number; type: 'clusters'; features: Feature[] }
  | { id: number; type: 'expansion-zoom'; zoom: number }
  | { id: number; type: 'exported'; text: string }
  | { id: number; type: 'error'; message: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<OpenRequest>) => void) | null;
  postMessage(message: OpenResponse): void;
}

const scope = self as unknown as WorkerScope;
let features: Feature[] = [];
let foreign: Record<string, unknown> = {};
let index: Supercluster | null = null;

async function answer(request: OpenRequest): Promise<OpenResponse> {
  switch (request.type) {
    case 'open': {
      const { id, source } = request;
      const text = typeof source === 'string' ? source : await source.text();
      const result = validateGeoJson(text, {
        onProgress: (progress) => scope.postMessage({ id, type: 'progress', progress }),
      });
      const { features: usable, ...rest } = result;
      const summary = summarizeFeatures(usable);
      if (result.ok) {
        features = usable;
        foreign = result.foreign;
        index = new Supercluster({ radius: 50, maxZoom: 14 }).load(
          summary.points as Supercluster.PointFeature<Record<string, unknown>>[],
        );
      }
      return {
        id,
        type: 'opened',
        summary: {
          ...rest,
          count: usable.length,
          pointCount: summary.points.length,
          shapes: summary.shapes,
          bbox: summary.bbox,
          listing: summary.listing,
        },
      };
    }
    case 'clusters':
      return {
        id: request.id,
        type: 'clusters',
        features: index ? index.getClusters(request.bbox, Math.round(request.zoom)) : [],
      };
    case 'expansion-zoom':
      return {
        id: request.id,
        type: 'expansion-zoom',
        zoom: index ? index.getClusterExpansionZoom(request.clusterId) : 0,
      };
    case 'export':
      return {
        id: request.id,
        type: 'exported',
        text: exportGeoJson({ type: 'FeatureCollection', features }, { foreign }),
      };
  }
}

scope.onmessage = (event) => {
  answer(event.data).then(
    (response) => scope.postMessage(response),
    (error: unknown) =>
      scope.postMessage({ id: event.data.id, type: 'error', message: (error as Error).message }),
  );
};
