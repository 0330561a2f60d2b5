// The home page's one script (scripts/build-site.ts links it). Links made before the site
// had a page per article pointed at the root: `/#map=…&place=…` (the first article) and
// `/?article=<slug>#…`. They open that article's page with the same hash, replacing this
// history entry, so Back still leaves the site as it did.
(function () {
  var slug = new URLSearchParams(location.search).get('article');
  if (slug === null || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    slug = location.hash.length > 1 ? document.documentElement.dataset.defaultArticle : null;
  }
  if (slug) location.replace(slug + '/' + location.hash);
})();
