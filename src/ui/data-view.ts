/**
 * Opened data as a view of the state: a file the reader picks or drops, or a
 * `data=` link, is read when the state asks for it and shown only when the
 * state still asks for it once it has been read. Local files are kept by
 * token so Forward can show one again; they never go into a link.
 */
import { openedNaming } from '../core/article/opened-article';
import type { NamingMode } from '../core/article/naming';
import { sameSource, showsFeatures, type AppState, type DataSource } from '../core/state/app-state';
import type { Store } from '../core/state/store';
import type { OpenData } from '../open-data';

export interface DataViewElements {
  panel: HTMLElement;
  name: HTMLElement;
  fileInput: HTMLInputElement;
  dropTarget: HTMLElement;
  back: HTMLElement;
  problems: (messages: string[]) => void;
  /** A naming the page's own article has, for the return to it (`both` when `mode` is not). */
  pageNaming: (mode: NamingMode) => NamingMode;
}

/** How many chosen files Forward can bring back (each is a handle, not its bytes). */
const KEPT_FILES = 8;

export function bindDataView(store: Store, openData: OpenData, elements: DataViewElements): void {
  const files = new Map<number, File>();
  let token = 0;

  function choose(file: File): void {
    token += 1;
    files.set(token, file);
    for (const old of files.keys()) if (files.size > KEPT_FILES) files.delete(old);
    store.dispatch({ type: 'data/open-file', token, name: file.name });
  }

  // The source whose read is under way in openData (one at a time: a new open supersedes it).
  let current: DataSource | null = null;

  async function load(source: DataSource): Promise<void> {
    current = source;
    let ok: boolean;
    if (source.kind === 'url') ok = await openData.openUrl(source.url);
    else {
      const file = files.get(source.token);
      if (!file) {
        elements.problems([
          `${source.name} is no longer open in this tab: choose it again with "Open GeoJSON".`,
        ]);
        ok = false;
      } else ok = await openData.openFile(file);
    }
    if (sameSource(current, source)) current = null;
    if (!ok) return store.dispatch({ type: 'data/failed', source });
    const article = openData.article();
    if (!article) return store.dispatch({ type: 'data/loaded', source, as: 'features' });
    const s = store.get();
    const names = openedNaming(s.names, article, sameSource(source, s.pending));
    store.dispatch({ type: 'data/loaded', source, as: 'article', names });
  }

  const loading = (s: AppState): DataSource | null =>
    s.data && !sameSource(s.data, s.shown) ? s.data : null;

  function render(next: AppState, prev: AppState): void {
    if (next.pending && !sameSource(next.pending, prev.pending)) {
      // One open at a time: a chosen file supersedes a link still loading.
      const superseded = loading(next);
      if (superseded) store.dispatch({ type: 'data/failed', source: superseded });
      void load(next.pending);
    } else if (loading(next) && !sameSource(loading(next), loading(prev))) {
      void load(next.data as DataSource);
    }
    // A read the state no longer asks for (Back, Cancel, "Back to the article") must never show.
    if (current && !sameSource(current, next.pending) && !sameSource(current, loading(next))) {
      current = null;
      openData.cancel();
    }
    const shown = next.shown !== null;
    if (prev.shown !== null && !shown) openData.close();
    // An opened article has the article's views; plain features hide them.
    document.body.classList.toggle('data-mode', showsFeatures(next));
    elements.panel.hidden = !shown;
    const source = next.shown;
    elements.name.textContent = source ? (source.kind === 'url' ? source.url : source.name) : '';
    if (prev.shown !== null && !shown) elements.problems([]);
  }
  store.subscribe(render);
  const first = loading(store.get());
  if (first) void load(first);

  elements.fileInput.addEventListener('change', () => {
    const file = elements.fileInput.files?.[0];
    elements.fileInput.value = '';
    if (file) choose(file);
  });
  const target = elements.dropTarget;
  target.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    target.classList.add('is-drop-target');
  });
  target.addEventListener('dragleave', () => target.classList.remove('is-drop-target'));
  target.addEventListener('drop', (event) => {
    target.classList.remove('is-drop-target');
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    choose(file);
  });
  elements.back.addEventListener('click', () =>
    store.dispatch({ type: 'data/close', names: elements.pageNaming(store.get().names) }),
  );
}
