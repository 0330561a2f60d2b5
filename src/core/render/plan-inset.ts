/**
 * The inset locator's plan, shared by the image (paint-map.ts) and the live map's inset
 * (map/inset-control.ts), which must not load the whole painter for it. Pure.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { landPath, type Project } from './path-data';
import { worldPixel, type LonLatBox, type MapView } from './web-mercator';

/** The story's region on world land. */
export interface InsetSource {
  land: FeatureCollection<Geometry>;
  region: LonLatBox;
}

function contains(outer: LonLatBox, inner: LonLatBox): boolean {
  return (
    outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3]
  );
}

/** The inset locator's drawing, in its own px: shared by the image and the live map. */
export interface InsetPlan {
  width: number;
  height: number;
  /** SVG path data of the world land around the region. */
  land: string;
  /** The view's box, never smaller than a few px, so a close-up still shows where it is. */
  view: { x: number; y: number; width: number; height: number };
}

/**
 * The inset locator for a view of `view.width` px showing `shown`: the story's region
 * (with the view) on world land, the view outlined. Null when the view already shows
 * the whole region.
 */
export function planInset(
  inset: InsetSource,
  view: Pick<MapView, 'width' | 'height'>,
  shown: LonLatBox,
): InsetPlan | null {
  if (contains(shown, inset.region)) return null;
  const [rw, rs, re, rn] = inset.region;
  const extent: LonLatBox = [
    Math.min(rw, shown[0]),
    Math.max(-80, Math.min(rs, shown[1])),
    Math.max(re, shown[2]),
    Math.min(80, Math.max(rn, shown[3])),
  ];
  // Room around the region, and at least 40° across so the place is recognisable.
  const [x0, y0] = worldPixel(extent[0], extent[3], 0);
  const [x1, y1] = worldPixel(extent[2], extent[1], 0);
  let spanX = Math.max(x1 - x0, (40 / 360) * 256);
  let spanY = Math.max(y1 - y0, spanX * 0.4);
  spanX = Math.max(spanX, spanY * 1.2);
  spanX *= 1.25;
  spanY *= 1.25;
  const width = Math.round(Math.max(110, Math.min(180, view.width * 0.2)));
  const height = Math.round(Math.min(width * (spanY / spanX), width * 0.9, view.height * 0.35));
  const scale = Math.min(width / spanX, height / spanY);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const project: Project = (lon, lat) => {
    const [x, y] = worldPixel(lon, lat, 0);
    return [(x - cx) * scale + width / 2, (y - cy) * scale + height / 2];
  };
  const w0 = cx - width / 2 / scale;
  const insetBox: LonLatBox = [
    (w0 / 256) * 360 - 180,
    -85,
    ((w0 + width / scale) / 256) * 360 - 180,
    85,
  ];
  const [vx0, vy0] = project(shown[0], shown[3]);
  const [vx1, vy1] = project(shown[2], shown[1]);
  const vw = Math.max(vx1 - vx0, 6);
  const vh = Math.max(vy1 - vy0, 6);
  return {
    width,
    height,
    land: landPath(inset.land, project, insetBox),
    view: { x: (vx0 + vx1) / 2 - vw / 2, y: (vy0 + vy1) / 2 - vh / 2, width: vw, height: vh },
  };
}
