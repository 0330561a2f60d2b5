import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * Ships the article's data folder as plain files beside the page
 * (`dist/geodata/places.geojson`, `dist/geodata/article.txt`), unhashed, so the
 * collection's relative `article.text` path resolves the same in dev and build,
 * and another article's folder can be dropped in without a rebuild of the JS.
 * In dev, Vite already serves `geodata/` from the project root.
 */
function shipGeodata(dir = 'geodata'): Plugin {
  return {
    name: 'article-map:ship-geodata',
    apply: 'build',
    generateBundle() {
      for (const file of readdirSync(dir)) {
        if (!/\.(geojson|txt)$/.test(file)) continue;
        this.emitFile({
          type: 'asset',
          fileName: `${dir}/${file}`,
          source: readFileSync(join(dir, file)),
        });
      }
    },
  };
}

export default defineConfig({
  // Relative asset URLs, so the build works from any folder or sub-path.
  base: './',
  plugins: [shipGeodata()],
  build: {
    // The basemap TopoJSON must stay a separate file, fetched at run time.
    assetsInlineLimit: 0,
    sourcemap: true,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
