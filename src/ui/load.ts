/** Fetching the article's own files, with messages a reader can act on. */
import { tr } from './i18n';

export async function fetchOk(url: string, what: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(tr().t('problems.couldNotLoad', { what }));
  }
  if (!response.ok) {
    throw new Error(tr().t('problems.httpStatus', { what, status: response.status }));
  }
  return response;
}

export async function fetchJson(url: string, what: string): Promise<unknown> {
  const response = await fetchOk(url, what);
  try {
    return await response.json();
  } catch {
    throw new Error(tr().t('problems.notJson', { what }));
  }
}

/** The element with `id`; index.html lacking it is a bug in the page, said plainly. */
export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html lacks #${id}`);
  return node as T;
}
