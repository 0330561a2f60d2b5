/**
 * What is wrong with a `data=` address before any request is made, in words a reader
 * understands: browsers refuse these requests with one bare "Failed to fetch", which would
 * otherwise be blamed on the network or CORS. Pure.
 */
import { phrase, type Phrase } from '../i18n/phrase';

/** Ports that browsers never fetch from (the Fetch standard's "bad port" list). */
const BAD_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
  103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465,
  512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993,
  995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
  6669, 6679, 6697, 10080,
]);

/**
 * Why `url` (already resolved against the page) cannot be fetched from a page served over
 * `pageProtocol` (`https:`), or undefined when nothing is known to be wrong.
 */
export function checkDataUrl(url: string, pageProtocol: string): Phrase | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return phrase('load.notAddress');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return phrase('load.protocol', { protocol: parsed.protocol.replace(/:$/, '') });
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return phrase('load.credentials');
  }
  if (parsed.port !== '' && BAD_PORTS.has(Number(parsed.port))) {
    return phrase('load.badPort', { port: parsed.port });
  }
  if (pageProtocol === 'https:' && parsed.protocol === 'http:' && !isLocal(parsed.hostname)) {
    return phrase('load.mixedContent');
  }
  return undefined;
}

function isLocal(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}
