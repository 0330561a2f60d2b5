/** "Download GeoJSON" and "Download this place": what the map shows is what is exported. */
import { tr } from './i18n';
import type { PlaceCollection } from '../core/article/places';
import { exportFileName, exportPlaces, GEOJSON_MEDIA_TYPE } from '../core/export/export';
import type { Store } from '../core/state/store';
import type { OpenData } from '../open-data';
import { downloadText } from './download';
import { showsData } from './map-view';

export function makeDownload(
  store: Store,
  collection: PlaceCollection,
  openData: () => OpenData | null,
  problems: (messages: string[]) => void,
): (placeId?: string) => Promise<void> {
  return async (placeId) => {
    const s = store.get();
    try {
      const opened = openData();
      if (showsData(s) && opened) {
        downloadText(await opened.exportText(), opened.exportName(), GEOJSON_MEDIA_TYPE);
      } else {
        const options = placeId ? { names: s.names, placeId } : { names: s.names };
        const text = exportPlaces(collection, options);
        downloadText(text, exportFileName(s.names, placeId), GEOJSON_MEDIA_TYPE);
      }
    } catch (error) {
      problems([tr().t('problems.exportFailed', { reason: (error as Error).message })]);
    }
  };
}
