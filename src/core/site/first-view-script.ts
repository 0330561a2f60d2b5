/**
 * The one inline script of an article's page, right after its painted first view
 * (core/render/first-view.ts), and its hash for the page's Content-Security-Policy
 * (vite.config.ts), which allows it and nothing else inline.
 *
 * It runs as the HTML is parsed, before the first paint: the painted view is the article's
 * overview in every side's names, so an address with anything after '#' (a view, a place, a
 * naming, a language, a theme) removes it rather than show the wrong picture for a moment;
 * otherwise the places are marked drawn a frame later, as the app marks its own drawing
 * (`places-rendered`, ui/first-view.ts). Not a file of its own: fetching one would come after
 * the first paint.
 */
export const FIRST_VIEW_SCRIPT =
  "(function(){var v=document.querySelectorAll('.first-view');" +
  'if(location.hash.length>1){for(var i=0;i<v.length;i++)v[i].remove();return}' +
  "requestAnimationFrame(function(){if(!performance.getEntriesByName('places-rendered').length)" +
  "performance.mark('places-rendered')})})()";
