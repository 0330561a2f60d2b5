/**
 * From an article's places to what the painter needs: labels in a naming mode, the
 * title, the source, the credits, the story's region for the inset; and the view of
 * the whole article or of one place, as the live map frames them. Shared by the
 * page's "Download image" and `npm run image`. Pure.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { labelFor, type NamingMode } from '../article/naming';
import { isDisputed, partiesOf } from '../article/places';
import type { PlaceCollection } from '../article/places';
import { dataCredits } from './data-credits';
import { CITY_ZOOM } from './map-style';
import { geometryBox } from './geometry-box';
import type { BasemapLevelLayers, ClaimLine, PaintOptions } from './paint-map';
import type { MeasureText } from './text-width';
import type { PlacedTile } from './tiles-for-view';
import { fitView, type LonLatBox, type MapView } from './web-mercator';

export interface ArticleImageInput {
  collection: PlaceCollection;
  names: NamingMode;
  view: MapView;
  basemap: readonly BasemapLevelLayers[];
  /** World land for the inset locator (the coarsest level's); null for no inset. */
  insetLand: FeatureCollection<Geometry> | null;
  /** OpenStreetMap's tiles are the basemap (credited); pass them as `tiles`. */
  osm?: boolean;
  /** The tiles of the view as data: URLs (see paint-map's PaintOptions.tiles). */
  tiles?: readonly PlacedTile[];
  claimLines?: readonly ClaimLine[];
  measureText: MeasureText;
  legend?: boolean;
  scaleBar?: boolean;
}

/** The story's region: the box of all its places. */
export function articleRegion(collection: PlaceCollection): LonLatBox | null {
  return geometryBox(collection.features.map((f) => f.geometry));
}

/** The painter's options for an article's image. */
export function articleImageOptions(input: ArticleImageInput): PaintOptions {
  const { collection, names } = input;
  const region = articleRegion(collection);
  return {
    view: input.view,
    basemap: input.basemap,
    tiles: input.tiles ?? [],
    places: collection.features.map((f) => ({
      id: f.id,
      kind: f.properties.kind,
      geometry: f.geometry,
      label: labelFor(f.properties, names, partiesOf(collection.article)),
      disputed: isDisputed(f.properties),
    })),
    claimLines: input.claimLines ?? [],
    title: collection.article.title,
    source: { name: collection.article.source, date: collection.article.date },
    credits: dataCredits({
      sources: collection.features.map((f) => f.properties.sources ?? {}),
      osm: input.osm ?? false,
    }),
    measureText: input.measureText,
    legend: input.legend ?? true,
    scaleBar: input.scaleBar ?? true,
    inset: input.insetLand && region ? { land: input.insetLand, region } : null,
  };
}

/**
 * The view of `placeId` (a city at zoom 6 in its middle, an area fitted up to zoom 8) or,
 * without one, of every place, in a map of width × height px. Null when there is nothing
 * to frame (no places, or an unknown id).
 */
export function articleView(
  collection: PlaceCollection,
  width: number,
  height: number,
  placeId?: string,
): MapView | null {
  if (placeId !== undefined) {
    const place = collection.features.find((f) => f.id === placeId);
    if (!place) return null;
    const box = geometryBox([place.geometry]);
    if (!box) return null;
    if (place.properties.kind === 'city') {
      return { lon: box[0], lat: box[1], zoom: CITY_ZOOM, width, height };
    }
    return fitView(box, width, height, { padding: 40, maxZoom: 8 });
  }
  const box = articleRegion(collection);
  return box ? fitView(box, width, height, { padding: 40, maxZoom: 8 }) : null;
}
