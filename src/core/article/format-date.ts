/**
 * Formats an ISO date (YYYY-MM-DD) as "23 November 2019" (or in `locale`'s words:
 * "23 ноября 2019 г.", "2019年11月23日"). Returns the input unchanged when it is not
 * such a date, so odd metadata still shows.
 */
export function formatDate(iso: string, locale = 'en-GB'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.getUTCMonth() !== Number(match[2]) - 1 || date.getUTCDate() !== Number(match[3])) {
    return iso;
  }
  return formatter(locale).format(date);
}

/** One formatter per locale: making one costs more than formatting many dates. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string): Intl.DateTimeFormat {
  let made = formatters.get(locale);
  if (!made) {
    // Fixed locale and time zone: the article's date must not shift with the reader's.
    made = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(locale, made);
  }
  return made;
}
