/**
 * Opening another GeoJSON: from the file input, a file dropped on the map, or a `data=` URL
 * in the address. One open at a time: a new one cancels the one in progress, and so do the
 * Cancel button, an AbortSignal the caller passes, and close(). A cancelled, superseded or
 * refused open changes nothing (map, list, what the worker serves); an accepted one replaces
 * the article's places on the map and in the list until "Back to the article" (or Back).
 * Progress and success are told in the status region, problems in the alert region.
 */
import { tr } from './ui/i18n';
import type { BBox, Feature } from 'geojson';
import type { OpenedArticle } from './core/article/opened-article';
import { openedExportFileName } from './core/export/export';
import { openLimitBytes, tooLargeMessage } from './core/geojson/open-limit';
import { featureLabel } from './core/geojson/summarize-features';
import { formatProblem } from './core/geojson/validate';
import { PhrasedError } from './core/i18n/phrase';
import { addDataLayer, type DataLayer } from './map/data-layer';
import type { OpenedSummary, OpenLimits, OpenProgress, OpenSource } from './workers/open-worker';
import { createDataClient, OpenCancelled, type OpenTask } from './ui/data-client';
import { el } from './ui/dom';
import { buildGenericPopup } from './ui/generic-popup';
import { renderEntryList } from './ui/place-list';
import { showProblems } from './ui/problems';

/** Problems listed one by one; past this they are counted. */
const MAX_LISTED_PROBLEMS = 40;
/** A `data=` server's time to answer, and then to send each next chunk. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The Leaflet map, named through src/map/ (only that folder imports Leaflet). */
type LeafletMap = Parameters<typeof addDataLayer>[0];

export interface OpenDataOptions {
  map: LeafletMap;
  list: HTMLUListElement;
  problems: HTMLElement;
  status: HTMLElement;
  /** Called when opened data replaces the article (true) or the article returns (false). */
  onModeChange: (opened: boolean, name: string | null) => void;
  /** Default wait for a `data=` server, in ms (30 s). */
  timeoutMs?: number;
  /** Largest file, in bytes (default: by the device's memory, see core/geojson/open-limit). */
  maxBytes?: number;
}

/** Per open: cancel it with `signal` (it then resolves false and changes nothing). */
export interface OpenOptions {
  signal?: AbortSignal;
  /** For a `data=` URL: the wait for an answer and between chunks, in ms. */
  timeoutMs?: number;
}

/**
 * Opening files. `openFile` and `openUrl` resolve true when the data is shown, false when it
 * was refused, failed, was cancelled or was superseded by a newer open or by close(); only
 * the newest open can ever be shown.
 */
export interface OpenData {
  openFile: (file: File, options?: OpenOptions) => Promise<boolean>;
  openUrl: (url: string, options?: OpenOptions) => Promise<boolean>;
  /** Cancels the open in progress, if any: its worker stops at once; the map is unchanged. */
  cancel: () => void;
  /** Whether an open is in progress. */
  isLoading: () => boolean;
  /** Cancels any open in progress, removes the opened data and frees the worker's memory. */
  close: () => void;
  /** The shown data as RFC 7946 text, for "Download GeoJSON"; never a file still being checked. */
  exportText: () => Promise<string>;
  /** The download's name, after the opened file (`cities.json` → `cities.geojson`). */
  exportName: () => string;
  /** The shown data's extent [west, south, east, north], for the camera to fit. */
  bbox: () => BBox | null;
  isOpen: () => boolean;
  /** The shown file's article, when it follows the data contract (main.ts shows it as one). */
  article: () => OpenedArticle | null;
}

// Words, in the interface language in force when they are shown (ui/i18n.ts).

function progressText(name: string, p: OpenProgress): string {
  const { t, bytes } = tr();
  if (p.stage === 'reading') {
    const done = bytes(p.done);
    // Features are checked as they are read: both counts, once there is a feature to count.
    const count = p.features;
    if (count > 0) {
      return p.total > 0
        ? t('open.readingOfChecked', { name, done, total: bytes(p.total), count })
        : t('open.readingChecked', { name, done, count });
    }
    return p.total > 0
      ? t('open.readingBytesOf', { name, done, total: bytes(p.total) })
      : t('open.readingBytes', { name, done });
  }
  if (p.stage === 'checking' && p.total > 0) {
    return t('open.checking', { name, done: p.done, count: p.total });
  }
  return t('open.checkingAll', { name });
}

/** The status line for an accepted file. */
function successText(name: string, summary: OpenedSummary): string {
  const { t } = tr();
  const { count, unlocated, dropped } = summary;
  if (count > 0 && unlocated === count) {
    return dropped > 0
      ? t('open.openedNoGeometryLeftOut', { name, count, dropped })
      : t('open.openedNoGeometry', { name, count });
  }
  if (unlocated > 0) {
    return dropped > 0
      ? t('open.openedUnlocatedLeftOut', { name, count, unlocated, dropped })
      : t('open.openedUnlocated', { name, count, unlocated });
  }
  return dropped > 0
    ? t('open.openedLeftOut', { name, count, dropped })
    : t('open.opened', { name, count });
}

function problemLines(summary: OpenedSummary): string[] {
  const { table, t } = tr();
  const listed = summary.problems.slice(0, MAX_LISTED_PROBLEMS);
  const shown = listed.map((problem) => formatProblem(problem, table));
  const rest = summary.problems.length - shown.length;
  if (rest > 0) shown.push(t('problems.more', { count: rest }));
  return shown;
}

/** Why an open failed: the worker's phrase in the interface language, else its words. */
function reasonText(error: unknown): string {
  if (error instanceof PhrasedError) return tr().phrase(error.phrase);
  return error instanceof Error ? error.message : String(error);
}

export function setupOpenData(options: OpenDataOptions): OpenData {
  const opener = new DataOpener(options);
  return {
    openFile: (file, extra) => opener.openFile(file, extra),
    openUrl: (url, extra) => opener.openUrl(url, extra),
    cancel: () => opener.cancel(),
    isLoading: () => opener.isLoading(),
    close: () => opener.close(),
    exportText: () => opener.client.exportText(),
    exportName: () => opener.exportName(),
    bbox: () => opener.bbox(),
    isOpen: () => opener.isOpen(),
    article: () => opener.article,
  };
}

/**
 * The progress bar and its Cancel button, after the status region. The status region is
 * read out on every change: its words change at most once a second (and at each new
 * stage); the bar follows every step.
 */
class ProgressView {
  private readonly bar = el('progress', {
    className: 'open-bar',
    // data-i18n: the page's words follow a change of language (ui/language.ts).
    'aria-label': tr().t('open.progressLabel'),
    'data-i18n-label': 'open.progressLabel',
  });
  private readonly box: HTMLElement;
  private told = { stage: '', at: 0 };

  constructor(
    private readonly status: HTMLElement,
    onCancel: () => void,
  ) {
    const cancelButton = el(
      'button',
      { type: 'button', className: 'tool-button', 'data-i18n': 'toolbar.cancel' },
      tr().t('toolbar.cancel'),
    );
    this.box = el('div', { className: 'open-progress' }, this.bar, cancelButton);
    this.box.hidden = true;
    status.after(this.box);
    cancelButton.addEventListener('click', onCancel);
  }

  show(name: string, p: OpenProgress | null): void {
    const { bar, status } = this;
    this.box.hidden = false;
    if (p === null) {
      this.told = { stage: '', at: performance.now() };
      status.textContent = tr().t('open.reading', { name });
      bar.removeAttribute('value');
      return;
    }
    const now = performance.now();
    if (p.stage !== this.told.stage || now - this.told.at >= 1000) {
      this.told = { stage: p.stage, at: now };
      status.textContent = progressText(name, p);
    }
    const [done, total] =
      p.stage === 'scanning' || p.stage === 'parsing' ? [0, 0] : [p.done, p.total];
    if (total > 0) {
      bar.max = total;
      bar.value = done;
    } else bar.removeAttribute('value');
  }

  end(text: string): void {
    this.box.hidden = true;
    this.status.textContent = text;
  }
}

/** The state of opening files: the open in progress, and the data shown. */
class DataOpener {
  readonly client = createDataClient();
  private readonly deviceMemoryGb = (navigator as Navigator & { deviceMemory?: number })
    .deviceMemory;
  private readonly maxBytes: number;
  private readonly progress: ProgressView;
  private layer: DataLayer | null = null;
  /** The shown file as an article (drawn by the article's views, not by a data layer). */
  article: OpenedArticle | null = null;
  private openedName: string | null = null;
  private openedBBox: BBox | null = null;
  // The open in progress: a newer one, Cancel or close() cancels it.
  private current: { task: OpenTask; name: string } | null = null;
  // Files in the last drop on the map: only the first opens, and the reader is told.
  private dropped = 0;

  constructor(private readonly options: OpenDataOptions) {
    this.maxBytes = options.maxBytes ?? openLimitBytes(this.deviceMemoryGb);
    this.progress = new ProgressView(options.status, () => this.cancel());
    options.map
      .getContainer()
      .addEventListener(
        'drop',
        (event: DragEvent) => (this.dropped = event.dataTransfer?.files.length ?? 0),
        true,
      );
  }

  cancel(): void {
    const running = this.current;
    if (!running) return;
    this.current = null;
    running.task.cancel();
    this.progress.end(tr().t('open.cancelled', { name: running.name }));
  }

  isLoading(): boolean {
    return this.current !== null;
  }

  isOpen(): boolean {
    return this.layer !== null || this.article !== null;
  }

  bbox(): BBox | null {
    return this.isOpen() ? this.openedBBox : null;
  }

  exportName(): string {
    return openedExportFileName(this.openedName ?? '');
  }

  async openFile(file: File, extra: OpenOptions = {}): Promise<boolean> {
    const note =
      this.dropped > 1 ? [tr().t('open.dropped', { count: this.dropped, name: file.name })] : [];
    this.dropped = 0;
    if (file.size > this.maxBytes) {
      if (this.current) this.cancel();
      this.progress.end('');
      const reason = tr().phrase(tooLargeMessage(this.maxBytes, file.size, this.deviceMemoryGb));
      showProblems(this.options.problems, [
        ...note,
        tr().t('open.failed', { name: file.name, reason }),
      ]);
      return false;
    }
    // The worker reads the file: decoding megabytes of text here would stall the page.
    return this.openSource(file, file.name, extra, note);
  }

  async openUrl(url: string, extra: OpenOptions = {}): Promise<boolean> {
    // Resolved here: the worker would resolve a relative URL against its own script.
    let resolved = url;
    try {
      resolved = new URL(url, document.baseURI).href;
    } catch {
      // Left as written: the worker says it is not a web address.
    }
    return this.openSource({ url: resolved }, url, extra);
  }

  close(): void {
    if (this.current) this.cancel();
    this.progress.end('');
    this.layer?.remove();
    this.layer = null;
    this.article = null;
    this.openedName = null;
    // Terminates the worker that held the file: its memory is freed.
    this.client.close();
    this.options.onModeChange(false, null);
  }

  private async openSource(
    source: OpenSource,
    name: string,
    extra: OpenOptions,
    note: string[] = [],
  ): Promise<boolean> {
    if (this.current) this.cancel();
    const limits: OpenLimits = {
      maxBytes: this.maxBytes,
      timeoutMs: extra.timeoutMs ?? this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      pageProtocol: location.protocol,
      ...(this.deviceMemoryGb === undefined ? {} : { deviceMemoryGb: this.deviceMemoryGb }),
    };
    this.progress.show(name, null);
    const task = this.client.open(source, name, limits, (p) => {
      if (this.current?.task === task) this.progress.show(name, p);
    });
    const mine = { task, name };
    this.current = mine;
    const onAbort = (): void => {
      if (this.current === mine) this.cancel();
    };
    if (extra.signal?.aborted) onAbort();
    extra.signal?.addEventListener('abort', onAbort);
    let summary: OpenedSummary;
    try {
      summary = await task.result;
    } catch (error) {
      if (this.current !== mine || error instanceof OpenCancelled) return false;
      this.current = null;
      const key = typeof source === 'object' && 'url' in source ? 'open.loadFailed' : 'open.failed';
      this.progress.end('');
      showProblems(this.options.problems, [
        ...note,
        tr().t(key, { name, reason: reasonText(error) }),
      ]);
      return false;
    } finally {
      extra.signal?.removeEventListener('abort', onAbort);
    }
    // Superseded or cancelled while the answer was on its way.
    if (this.current !== mine) return false;
    this.current = null;
    return this.settle(mine, summary, note);
  }

  /** The newest open's answer: refused (nothing changes) or shown. */
  private settle(mine: { task: OpenTask; name: string }, summary: OpenedSummary, note: string[]) {
    const { task, name } = mine;
    if (!summary.ok) {
      task.cancel();
      this.progress.end('');
      showProblems(this.options.problems, [
        ...note,
        tr().t('open.refused', { name }),
        ...problemLines(summary),
      ]);
      return false;
    }
    this.client.commit(task);
    this.progress.end(successText(name, summary));
    showProblems(this.options.problems, [
      ...note,
      ...problemLines(summary),
      ...summary.articleNotes.map((said) => tr().phrase(said)),
    ]);
    this.show(name, summary);
    return true;
  }

  private show(name: string, summary: OpenedSummary): void {
    const { client, options } = this;
    this.layer?.remove();
    this.layer = null;
    this.openedName = name;
    // The app's camera fits it (or keeps an entry's view) once the state shows it.
    this.openedBBox = summary.bbox ?? null;
    // An article is drawn by the article's own views once the state shows it (main.ts).
    this.article = summary.article;
    if (summary.article) {
      options.onModeChange(true, name);
      return;
    }
    const popup = (feature: Feature): HTMLElement =>
      buildGenericPopup(featureLabel(feature, -1), feature.properties);
    const layer = addDataLayer(options.map, {
      shapeCount: summary.shapeCount,
      paintedTile: client.paintedTile,
      featureAt: client.featureAt,
      clusters: client.clusters,
      expansionZoom: client.expansionZoom,
      popup,
      onDrawn: () => performance.mark('data-rendered'),
    });
    this.layer = layer;
    const entries = summary.listing.map((entry) => ({
      id: String(entry.index),
      label: entry.label,
      kind: 'data',
    }));
    const more = summary.count - summary.unlocated - entries.length;
    renderEntryList(options.list, entries, more, (id) => {
      const entry = summary.listing.find((e) => String(e.index) === id);
      if (entry && this.layer === layer) {
        layer.openAt(entry.center, buildGenericPopup(entry.label, entry.properties));
      }
    });
    options.onModeChange(true, name);
  }
}
