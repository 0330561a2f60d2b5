/**
 * The "Download image" buttons as markup: PNG, and SVG beside it. The view is what the
 * app writes into them when the state changes (off while an opened file is shown).
 */
import type { Translator } from '../i18n/create-translator';
import { h, withRef, type Markup } from '../markup/markup';

export interface ImageToolsView {
  png: string;
  svg: string;
  svgTitle: string;
  disabled: boolean;
}

export function imageToolsView(t: Translator, disabled: boolean): ImageToolsView {
  return {
    png: t.t('toolbar.downloadImage'),
    svg: t.t('toolbar.downloadSvg'),
    svgTitle: `${t.t('toolbar.downloadImage')} (SVG)`,
    disabled,
  };
}

/** Refs `png` and `svg`. */
export function imageToolsMarkup(view: ImageToolsView): Markup[] {
  return [
    withRef(
      'png',
      h('button', { type: 'button', class: 'tool-button', disabled: view.disabled }, view.png),
    ),
    withRef(
      'svg',
      h(
        'button',
        {
          type: 'button',
          class: 'tool-button image-svg',
          title: view.svgTitle,
          disabled: view.disabled,
        },
        view.svg,
      ),
    ),
  ];
}
