/**
 * The "Article" region as markup: the line above the article, its paragraphs with every
 * mention of a place a button (and the passages about places marked), and the note below.
 */
import type { ArticleIndex } from '../article/article-index';
import type { ArticleMeta } from '../article/places';
import type { Translator } from '../i18n/create-translator';
import { h, withRef, type Markup, type MarkupElement } from '../markup/markup';

/**
 * The interface's words around the data's: `key`'s message with the source and the note,
 * the data's words, tagged with `dataLang` so they are read in its language.
 */
export function metaLineMarkup(
  t: Translator,
  meta: ArticleMeta,
  key: 'article.meta' | 'article.note',
  dataLang: string,
): Markup[] {
  const parts =
    key === 'article.meta'
      ? t.parts(key, { source: meta.source, date: t.date(meta.date) })
      : t.parts(key, { note: meta.note ?? '' });
  return parts.map((part) =>
    part.param === 'source' || part.param === 'note'
      ? h('span', { lang: dataLang }, part.text)
      : part.text,
  );
}

/**
 * The region's content. Refs: `meta` and `note` (the lines the app retranslates), and
 * `mention-<k>` for the k-th mention button in reading order.
 */
export function articlePanelMarkup(
  t: Translator,
  meta: ArticleMeta,
  index: ArticleIndex,
  { label, dataLang }: { label: (id: string) => string; dataLang: string },
): MarkupElement[] {
  let mentions = 0;
  const paragraphs = index.segments.map((segments, i) => {
    const n = i + 1;
    return h(
      'p',
      { id: `paragraph-${n}`, class: 'paragraph', tabindex: '-1', lang: dataLang },
      h('span', { class: 'paragraph-number', 'aria-hidden': 'true' }, String(n)),
      ...segments.map((segment) => {
        let node: Markup = segment.text;
        if (segment.placeId) {
          const id = segment.placeId;
          node = withRef(
            `mention-${mentions++}`,
            h(
              'button',
              { type: 'button', class: 'mention', 'data-place': id, title: label(id) },
              segment.text,
            ),
          );
        }
        return segment.passageOf.length > 0
          ? h('span', { class: 'passage', 'data-passage-of': segment.passageOf.join(' ') }, node)
          : node;
      }),
    );
  });
  return [
    withRef(
      'meta',
      h('p', { class: 'article-meta' }, ...metaLineMarkup(t, meta, 'article.meta', dataLang)),
    ),
    ...paragraphs,
    ...(meta.note
      ? [
          withRef(
            'note',
            h('p', { class: 'article-note' }, ...metaLineMarkup(t, meta, 'article.note', dataLang)),
          ),
        ]
      : []),
  ];
}
