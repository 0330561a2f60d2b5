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

// The page's own words follow the browser's languages, as the maps do without `lang=`:
// the first of them with a table (core/site/home-words.ts writes them into #home-words).
// Article titles and place names are data and stay as written.
document.addEventListener('DOMContentLoaded', function () {
  var block = document.getElementById('home-words');
  var words;
  try {
    words = JSON.parse(block ? block.textContent : '{}');
  } catch {
    return;
  }
  var tags = navigator.languages && navigator.languages.length ? navigator.languages : [];
  var lang = null;
  for (var i = 0; i < tags.length && lang === null; i += 1) {
    var base = String(tags[i]).toLowerCase().split('-')[0];
    if (Object.prototype.hasOwnProperty.call(words, base)) lang = base;
  }
  if (lang === null || lang === document.documentElement.lang) return;
  var chosen = words[lang];
  document.documentElement.lang = lang;
  document.title = chosen.title;
  document.querySelectorAll('[data-home]').forEach(function (node) {
    node.textContent = chosen[node.getAttribute('data-home')];
  });
  document.querySelectorAll('[data-home-label]').forEach(function (node) {
    node.setAttribute('aria-label', chosen[node.getAttribute('data-home-label')]);
  });
});
