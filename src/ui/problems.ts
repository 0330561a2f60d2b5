/**
 * Shows problems in the page's alert region (role="alert", so screen readers
 * announce them). Messages are text; several become a list.
 */
import { el, elWith } from './dom';

export function showProblems(region: HTMLElement, messages: readonly string[]): void {
  if (messages.length === 0) {
    region.hidden = true;
    region.replaceChildren();
    return;
  }
  region.hidden = false;
  region.replaceChildren(
    messages.length === 1
      ? el('p', {}, messages[0] ?? '')
      : elWith(
          'ul',
          {},
          messages.map((message) => el('li', {}, message)),
        ),
  );
}
