/**
 * The "Article" region: byline and paragraphs, every mention of a place a
 * button that opens it, and the open place's passages highlighted.
 */
import type { ArticleIndex } from '../core/article/article-index';
import type { ArticleMeta } from '../core/article/places';
import { articlePanelMarkup, metaLineMarkup } from '../core/views/article-panel-markup';
import { el } from './dom';
import { DATA_LANG, tr } from './i18n';
import { renderMarkup } from './render-markup';

export interface ArticlePanel {
  /** Highlights the passages of `id` (none for null); scrolls the first into view. */
  highlight: (id: string | null) => void;
  /** Scrolls to paragraph `n` (1-based), flashes it and moves focus there. */
  showParagraph: (n: number) => void;
  /** Renames every mention button's accessible label, e.g. after a naming change. */
  relabel: (label: (id: string) => string) => void;
  /** Rewrites the interface's words around the article in the language in force. */
  retranslate: () => void;
}

export interface ArticlePanelOptions {
  /** Opens a place from a mention. */
  open: (id: string, opener: HTMLElement) => void;
  /** The label of a place, for the mention buttons' accessible descriptions. */
  label: (id: string) => string;
}

const prefersReducedMotion = (): boolean =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Fills `region` with the article (core/views/article-panel-markup.ts, as the build wrote it). */
export function renderArticlePanel(
  region: HTMLElement,
  meta: ArticleMeta,
  index: ArticleIndex,
  { open, label }: ArticlePanelOptions,
): ArticlePanel {
  const rendered = renderMarkup(
    articlePanelMarkup(tr(), meta, index, { label, dataLang: DATA_LANG }),
  );
  const mentions = [...rendered.refs]
    .filter(([ref]) => ref.startsWith('mention-'))
    .map(([, button]) => {
      button.addEventListener('click', () => open(button.dataset.place ?? '', button));
      return button;
    });
  region.replaceChildren(...rendered.nodes);
  const lines = [
    { ref: 'meta', key: 'article.meta' },
    { ref: 'note', key: 'article.note' },
  ] as const;
  const retranslate = (): void => {
    for (const { ref, key } of lines) {
      const line = rendered.refs.get(ref);
      line?.replaceChildren(...renderMarkup(metaLineMarkup(tr(), meta, key, DATA_LANG)).nodes);
    }
  };

  function scrollTo(node: Element): void {
    node.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }

  return {
    highlight(id) {
      let first: Element | null = null;
      for (const span of region.querySelectorAll<HTMLElement>('.passage')) {
        const on = id !== null && (span.dataset.passageOf ?? '').split(' ').includes(id);
        span.classList.toggle('is-current', on);
        if (on && !first) first = span;
      }
      for (const button of mentions) {
        button.classList.toggle('is-current', button.dataset.place === id);
      }
      if (first) scrollTo(first);
    },
    showParagraph(n) {
      const p = region.querySelector<HTMLElement>(`#paragraph-${n}`);
      if (!p) return;
      scrollTo(p);
      p.focus({ preventScroll: true });
      p.classList.remove('is-flashed');
      // Restart the flash animation (a reflow between remove and add).
      void p.offsetWidth;
      p.classList.add('is-flashed');
    },
    retranslate,
    relabel(next) {
      for (const button of mentions) button.title = next(button.dataset.place ?? '');
    },
  };
}

/** Only web addresses become links: a `javascript:` or `data:` URL from a file never does. */
function webAddress(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * Fills `region` for an article whose text is not on the page (an opened file that does not
 * carry it): its source and date, that the text is not here, and where it is (`url`).
 */
export function renderTextMissing(region: HTMLElement, meta: ArticleMeta): ArticlePanel {
  const line = el('p', { className: 'article-meta' });
  const retranslate = (): void => {
    const t = tr();
    const url = webAddress(meta.url);
    const parts = t.parts(url ? 'article.noTextAt' : 'article.noText', {
      source: meta.source,
      date: t.date(meta.date),
    });
    line.replaceChildren(
      ...parts.map((part) => {
        if (part.param !== 'source') return document.createTextNode(part.text);
        return url
          ? el('a', { href: url, lang: DATA_LANG, rel: 'noopener noreferrer' }, part.text)
          : el('span', { lang: DATA_LANG }, part.text);
      }),
    );
  };
  retranslate();
  region.replaceChildren(line);
  return {
    highlight: () => undefined,
    showParagraph: () => undefined,
    relabel: () => undefined,
    retranslate,
  };
}
