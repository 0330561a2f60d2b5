/**
 * Opening another GeoJSON: from the file input, a file dropped on the map, or
 * a `data=` URL in the address. The worker checks it; a refused file changes
 * nothing on the page; an accepted one replaces the article's places on the
 * map and in the list until "Back to the article" (or Back in the browser).
 */
import type { Feature } from 'geojson';
import { featureLabel } from './core/geojson/summarize-features';
import { formatProblem, type ValidateProgress } from './core/geojson/validate';
import { addDataLayer, fitBBox, type DataLayer } from './map/data-layer';
import type { OpenedSummary } from './workers/open-worker';
import { createDataClient } from './ui/data-client';
import { buildGenericPopup } from './ui/generic-popup';
import { renderEntryList } from './ui/place-list';
import { showProblems } from './ui/problems';

/** Largest file opened; the worker refuses larger text too (core/geojson/validate.ts). */
export const MAX_FILE_BYTES = 50_000_000;
/** Problems listed one by one; past this they are counted. */
const MAX_LISTED_PROBLEMS = 40;

/** The Leaflet map, named through src/map/ (only that folder imports Leaflet). */
type LeafletMap = Parameters<typeof addDataLayer>[0];

export interface OpenDataOptions {
  map: LeafletMap;
  list: HTMLUListElement;
  problems: HTMLElement;
  status: HTMLElement;
  /** Called when opened data replaces the article (true) or the article returns (false). */
  onModeChange: (opened: boolean, name: string | null) => void;
}

export interface OpenData {
  openFile: (file: File) => Promise<boolean>;
  openUrl: (url: string) => Promise<boolean>;
  /** Removes the opened data from the map (the caller restores the article). */
  close: () => void;
  /** The opened data as RFC 7946 text, for "Download GeoJSON". */
  exportText: () => Promise<string>;
  isOpen: () => boolean;
}

function progressText(name: string, p: ValidateProgress): string {
  if (p.stage === 'checking' && p.total > 0) {
    return `Checking ${name}: ${p.done.toLocaleString('en')} of ${p.total.toLocaleString('en')} features…`;
  }
  return `Reading ${name}…`;
}

/** The messages for an opened file: what was kept, what was left out and why. */
function report(name: string, summary: OpenedSummary): string[] {
  const lines: string[] = [];
  if (summary.ok) {
    lines.push(
      `Opened ${name}: ${summary.count.toLocaleString('en')} feature${summary.count === 1 ? '' : 's'}` +
        (summary.dropped > 0 ? `; ${summary.dropped} left out (see below).` : '.'),
    );
  } else {
    lines.push(`Could not open ${name}; the map is unchanged.`);
  }
  const shown = summary.problems.slice(0, MAX_LISTED_PROBLEMS).map(formatProblem);
  const rest = summary.problems.length - shown.length;
  if (rest > 0) shown.push(`… and ${rest.toLocaleString('en')} more problems.`);
  return [...lines, ...shown];
}

export function setupOpenData({
  map,
  list,
  problems,
  status,
  onModeChange,
}: OpenDataOptions): OpenData {
  const client = createDataClient();
  let layer: DataLayer | null = null;
  // A newer open wins over an older one still being checked.
  let attempt = 0;

  async function openSource(source: string | Blob, name: string): Promise<boolean> {
    const mine = ++attempt;
    status.textContent = `Reading ${name}…`;
    let summary: OpenedSummary;
    try {
      summary = await client.open(source, (p) => {
        if (mine === attempt) status.textContent = progressText(name, p);
      });
    } catch (error) {
      status.textContent = '';
      showProblems(problems, [`Could not open ${name}: ${(error as Error).message}`]);
      return false;
    }
    if (mine !== attempt) return false;
    status.textContent = '';
    showProblems(problems, report(name, summary));
    if (!summary.ok) return false;

    layer?.remove();
    const popup = (feature: Feature): HTMLElement =>
      buildGenericPopup(featureLabel(feature, -1), feature.properties);
    layer = addDataLayer(map, {
      shapes: summary.shapes,
      clusters: client.clusters,
      expansionZoom: client.expansionZoom,
      popup,
      onDrawn: () => performance.mark('data-rendered'),
    });
    if (summary.bbox) fitBBox(map, summary.bbox);
    const entries = summary.listing.map((entry) => ({
      id: String(entry.index),
      label: entry.label,
      kind: 'data',
    }));
    renderEntryList(list, entries, summary.count - entries.length, (id) => {
      const entry = summary.listing.find((e) => String(e.index) === id);
      if (entry && layer)
        layer.openAt(entry.center, buildGenericPopup(entry.label, entry.properties));
    });
    onModeChange(true, name);
    return true;
  }

  return {
    async openFile(file) {
      if (file.size > MAX_FILE_BYTES) {
        showProblems(problems, [
          `Could not open ${file.name}: it is ${(file.size / 1e6).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1e6} MB limit. The map is unchanged.`,
        ]);
        return false;
      }
      // The worker reads the file: decoding megabytes of text here would stall the page.
      return openSource(file, file.name);
    },
    async openUrl(url) {
      const name = url;
      status.textContent = `Loading ${name}…`;
      let body: Blob;
      try {
        const response = await fetch(url, { mode: 'cors', credentials: 'omit' });
        if (!response.ok) throw new Error(`the server answered HTTP ${response.status}`);
        const size = Number(response.headers.get('content-length') ?? '0');
        if (size > MAX_FILE_BYTES)
          throw new Error(`it is over the ${MAX_FILE_BYTES / 1e6} MB limit`);
        // A Blob, decoded in the worker like an opened file.
        body = await response.blob();
      } catch (error) {
        status.textContent = '';
        const reason =
          error instanceof TypeError
            ? 'the request failed: the network is down, or the server does not let other sites read the file (CORS)'
            : (error as Error).message;
        showProblems(problems, [`Could not load ${name}: ${reason}. The map is unchanged.`]);
        return false;
      }
      return openSource(body, name);
    },
    close() {
      attempt++;
      layer?.remove();
      layer = null;
      status.textContent = '';
      onModeChange(false, null);
    },
    exportText: () => client.exportText(),
    isOpen: () => layer !== null,
  };
}
