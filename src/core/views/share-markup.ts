/**
 * The share controls as markup: "Copy link", "Embed", the status their messages go to,
 * the field a refused copy shows the link in, and the embed panel (hidden until asked).
 */
import type { Translator } from '../i18n/create-translator';
import { h, withRef, type Markup } from '../markup/markup';

/** Refs: `copy`, `embed`, `status`, `fallback`, `code`, `copyCode`, `panel`. */
export function shareMarkup(t: Translator): Markup[] {
  return [
    withRef('copy', h('button', { type: 'button', class: 'tool-button' }, t.t('toolbar.copyLink'))),
    withRef(
      'embed',
      h(
        'button',
        {
          type: 'button',
          class: 'tool-button',
          'aria-expanded': 'false',
          'aria-controls': 'embed-panel',
        },
        t.t('toolbar.embed'),
      ),
    ),
    withRef('status', h('span', { class: 'share-status', role: 'status' })),
    withRef(
      'fallback',
      h('input', {
        type: 'text',
        readonly: true,
        class: 'share-fallback',
        'aria-label': t.t('share.linkLabel'),
        hidden: true,
      }),
    ),
    withRef(
      'panel',
      h(
        'div',
        { id: 'embed-panel', class: 'embed-panel', hidden: true },
        h('p', {}, t.t('share.embedHint')),
        withRef(
          'code',
          h('textarea', {
            readonly: true,
            rows: '3',
            class: 'embed-code',
            'aria-label': t.t('share.embedCodeLabel'),
          }),
        ),
        withRef(
          'copyCode',
          h('button', { type: 'button', class: 'tool-button' }, t.t('share.copyEmbedCode')),
        ),
      ),
    ),
  ];
}
