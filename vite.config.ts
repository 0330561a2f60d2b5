import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { FIRST_VIEW_SCRIPT } from './src/core/site/first-view-script.ts';

/**
 * Ships every article folder as plain files beside the page
 * (`dist/geodata/<slug>/places.geojson`, `…/claims.geojson`, `…/article.txt`,
 * `…/basemap/`), unhashed, so the collection's relative `article.text` path resolves
 * the same in dev and build, and another article's folder can be dropped in without a
 * rebuild of the JS. Not the sources: they are what the build reads.
 * In dev, Vite already serves `geodata/` from the project root.
 */
function shipGeodata(dir = 'geodata'): Plugin {
  return {
    name: 'article-map:ship-geodata',
    apply: 'build',
    generateBundle() {
      for (const file of readdirSync(dir, { recursive: true }) as string[]) {
        const parts = file.split(/[\\/]/);
        if (!statSync(join(dir, file)).isFile()) continue;
        // geodata/<slug>/…: the data, the article and the basemap's detail; not the sources.
        if (parts.length < 2 || parts[1] === 'sources') continue;
        if (!/\.(geojson|txt)$/.test(file) && parts[1] !== 'basemap') continue;
        if (parts.at(-1) === 'places.source.json' || parts.at(-1) === 'basemap.source.json')
          continue;
        this.emitFile({
          type: 'asset',
          fileName: `${dir}/${parts.join('/')}`,
          source: readFileSync(join(dir, file)),
        });
      }
    },
  };
}

/**
 * The built page's content security policy (a <meta>, so it holds on any static host).
 * Only in the build: Vite's dev server injects inline scripts for hot reload.
 * - Scripts, styles, workers, fonts: this site only, no inline code, no eval. (Leaflet
 *   positions things through element.style, which CSP does not govern.)
 * - Images: this site, blob: (downloads), OpenStreetMap's tiles (the one optional basemap),
 *   and data: because Leaflet cancels a tile's download by pointing it at a data: GIF.
 * - connect-src allows any http(s) origin: a `data=` link may name GeoJSON anywhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // The one inline script: the painted first view's (src/core/site/first-view-script.ts).
  `script-src 'self' 'sha256-${createHash('sha256').update(FIRST_VIEW_SCRIPT).digest('base64')}'`,
  "style-src 'self'",
  "img-src 'self' blob: data: https://tile.openstreetmap.org",
  "font-src 'self'",
  "worker-src 'self'",
  "connect-src 'self' https: http:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'article-map:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  // Relative asset URLs, so the build works from any folder or sub-path.
  base: './',
  plugins: [contentSecurityPolicy(), shipGeodata()],
  build: {
    // The basemap TopoJSON must stay a separate file, fetched at run time.
    assetsInlineLimit: 0,
    sourcemap: true,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
