/*
 * article-map embed helper for the host page (the news site), MIT licence.
 *
 * Put it once on a page that embeds article-map iframes (the "Embed" snippet adds it):
 *
 *   <iframe src="https://…/#map=…&embed=1" title="…" width="100%" height="480"
 *           loading="lazy" allowfullscreen data-article-map></iframe>
 *   <script src="https://…/embed.js" async></script>
 *
 * Each embedded map posts `{ type: 'article-map:height', height }` when its content
 * changes height (a popup opens, the list grows); this script sets that iframe's height.
 * It only listens to iframes marked `data-article-map` on this page: the message must come
 * from one of their windows (event.source) and from the origin of that iframe's src, and
 * the height must be a whole number from 100 to 10000. Any number of iframes work.
 * Without this script the iframes keep the height of the snippet and still work.
 * (The checks repeat src/core/embed/height-message.ts, which the tests pin down.)
 */
(function () {
  'use strict';
  if (window.articleMapEmbed) return;
  var TYPE = 'article-map:height';
  var MIN = 100;
  var MAX = 10000;

  function parseHeight(data) {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
    if (data.type !== TYPE) return null;
    var height = data.height;
    if (typeof height !== 'number' || Math.floor(height) !== height) return null;
    return height >= MIN && height <= MAX ? height : null;
  }

  function frameFor(source) {
    var frames = document.querySelectorAll('iframe[data-article-map]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function originOf(src) {
    try {
      return new URL(src, document.baseURI).origin;
    } catch {
      return null;
    }
  }

  function onMessage(event) {
    var height;
    try {
      height = parseHeight(event.data);
    } catch {
      return;
    }
    if (height === null || !event.source) return;
    var frame = frameFor(event.source);
    if (!frame || originOf(frame.src) !== event.origin) return;
    frame.style.height = height + 'px';
    frame.setAttribute('height', String(height));
  }

  window.addEventListener('message', onMessage);
  window.articleMapEmbed = { version: 1 };
})();
