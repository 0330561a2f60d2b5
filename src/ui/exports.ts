/**
 * "Download GeoJSON" and "Download this place": what the map shows is what is exported, the
 * article shown (the page's or an opened one) with its text and claim lines.
 */
import { tr } from './i18n';
import type { StageArticle } from './article-stage';
import type { Store } from '../core/state/store';
import type { OpenData } from '../open-data';
import { downloadText } from './download';
import { showsData } from './map-view';

export function makeDownload(
  store: Store,
  article: () => StageArticle | null,
  openData: () => OpenData | null,
  problems: (messages: string[]) => void,
): (placeId?: string) => Promise<void> {
  return async (placeId) => {
    const s = store.get();
    try {
      // The writer is loaded on the first download: the first view does not need it.
      const { exportFileName, exportPlaces, GEOJSON_MEDIA_TYPE } =
        await import('../core/export/export');
      const opened = openData();
      if (showsData(s) && opened) {
        downloadText(await opened.exportText(), opened.exportName(), GEOJSON_MEDIA_TYPE);
      } else {
        const shown = article();
        if (!shown) return;
        // The article's text and claim lines go with it, so the file opens again as the article.
        const [text, claims] = await Promise.all([shown.text.catch(() => null), shown.claims]);
        const options = {
          names: s.names,
          ...(placeId ? { placeId } : {}),
          text,
          claims,
        };
        const written = exportPlaces(shown.collection, options);
        downloadText(written, exportFileName(s.names, placeId), GEOJSON_MEDIA_TYPE);
      }
    } catch (error) {
      problems([tr().t('problems.exportFailed', { reason: (error as Error).message })]);
    }
  };
}
