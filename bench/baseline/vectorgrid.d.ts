/** Leaflet.VectorGrid ships no types; it is loaded for its side effect on the global L. */
declare module 'leaflet.vectorgrid/dist/Leaflet.VectorGrid.bundled.js';
