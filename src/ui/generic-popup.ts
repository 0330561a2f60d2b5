/**
 * The popup of a feature from any GeoJSON: a heading from `name`/`title`, the
 * properties as a table, passages when present. All text: a property holding
 * markup shows as markup, and runs nothing. A feature with thousands of
 * properties shows the first few hundred and says how many more it has.
 */
import { pickProperties } from '../core/geojson/pick-properties';
import { readableValue, type ReadableValue } from '../core/geojson/readable-value';
import { el, elWith } from './dom';
import { tr } from './i18n';

/** Rows and passages shown at most; the rest are counted. */
const MAX_ROWS = 300;
const MAX_PASSAGES = 100;

function show(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** A property's value as nodes: text, a list, or key–value pairs (no nested tables). */
function valueNode(value: ReadableValue): Node {
  switch (value.kind) {
    case 'text':
      return document.createTextNode(value.text);
    case 'list':
      return el(
        'ul',
        { className: 'value-list' },
        ...value.items.map((item) => el('li', {}, valueNode(item))),
        value.more > 0 ? el('li', { className: 'more' }, `… ${value.more} more`) : null,
      );
    case 'pairs':
      return el(
        'dl',
        { className: 'value-pairs' },
        ...value.pairs.map(([key, item]) =>
          el('div', {}, el('dt', {}, `${key}:`), el('dd', {}, valueNode(item))),
        ),
        value.more > 0 ? el('div', { className: 'more' }, `… ${value.more} more`) : null,
      );
  }
}

function moreNote(more: number, what: string): HTMLElement | null {
  return more > 0
    ? el('p', { className: 'more' }, `and ${more.toLocaleString('en')} more ${what}`)
    : null;
}

/** Builds the popup content; `label` is the heading (see featureLabel). */
export function buildGenericPopup(
  label: string,
  properties: Record<string, unknown> | null,
): HTMLElement {
  const { rows, more } = pickProperties(properties, MAX_ROWS, ['passages']);
  const passages = properties?.passages;
  const shownPassages = Array.isArray(passages) ? passages.slice(0, MAX_PASSAGES) : [];
  const hasAny = rows.length > 0 || more > 0 || shownPassages.length > 0;
  return el(
    'article',
    { className: 'popup generic-popup' },
    el('h2', { tabindex: '-1' }, label),
    !hasAny ? el('p', { className: 'kind' }, tr().t('generic.noProperties')) : null,
    rows.length > 0
      ? el(
          'table',
          { className: 'properties' },
          el('caption', {}, tr().t('generic.properties')),
          elWith(
            'tbody',
            {},
            rows.map(([key, value]) =>
              el(
                'tr',
                {},
                el('th', { scope: 'row' }, key),
                el('td', {}, valueNode(readableValue(value))),
              ),
            ),
          ),
        )
      : null,
    moreNote(more, more === 1 ? 'property' : 'properties'),
    shownPassages.length > 0
      ? el(
          'section',
          { className: 'passages' },
          el('h3', {}, tr().t('generic.passages')),
          elWith(
            'ol',
            {},
            shownPassages.map((p: unknown) =>
              el(
                'li',
                {},
                el(
                  'blockquote',
                  {},
                  el('p', {}, show((p as { text?: unknown } | null)?.text ?? p)),
                ),
              ),
            ),
          ),
          moreNote((passages as unknown[]).length - shownPassages.length, 'passages'),
        )
      : null,
  );
}
