/**
 * The popup of a feature from any GeoJSON: a heading from `name`/`title`, the
 * properties as a table, passages when present. All text: a property holding
 * markup shows as markup, and runs nothing.
 */
import { el } from './dom';

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

/** Builds the popup content; `label` is the heading (see featureLabel). */
export function buildGenericPopup(
  label: string,
  properties: Record<string, unknown> | null,
): HTMLElement {
  const entries = properties ? Object.keys(properties).map((k) => [k, properties[k]] as const) : [];
  const passages = properties?.passages;
  return el(
    'article',
    { className: 'popup generic-popup' },
    el('h2', { tabindex: '-1' }, label),
    entries.length === 0
      ? el('p', { className: 'kind' }, 'No properties')
      : el(
          'table',
          { className: 'properties' },
          el('caption', {}, 'Properties'),
          el(
            'tbody',
            {},
            ...entries
              .filter(([key]) => key !== 'passages')
              .map(([key, value]) =>
                el('tr', {}, el('th', { scope: 'row' }, key), el('td', {}, show(value))),
              ),
          ),
        ),
    Array.isArray(passages) && passages.length > 0
      ? el(
          'section',
          { className: 'passages' },
          el('h3', {}, 'Passages'),
          el(
            'ol',
            {},
            ...passages.map((p: unknown) =>
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
        )
      : null,
  );
}
