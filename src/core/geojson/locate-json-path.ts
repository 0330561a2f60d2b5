/** Finding where a value sits in JSON text, given its path, to point messages at it. */
import {
  readJsonString,
  skipJsonString,
  skipJsonValue,
  skipJsonWhitespace,
} from './skip-json-value';

/** Keys and array indexes from a value down to one inside it: `['geometry', 'coordinates', 0]`. */
export type JsonPath = readonly (string | number)[];

/**
 * The offset where the value at `path` starts, counting from the value that starts at
 * `offset` in `text`, which must be valid JSON (JSON.parse accepted it). With a key
 * repeated in an object, the last one wins, as in JSON.parse. Returns undefined when the
 * path does not exist. Reads only the text it must pass over.
 */
export function locateJsonPath(text: string, offset: number, path: JsonPath): number | undefined {
  let at = skipJsonWhitespace(text, offset);
  for (const step of path) {
    const open = text.charCodeAt(at);
    let found: number | undefined;
    if (open === 0x5b && typeof step === 'number') found = locateElement(text, at, step);
    else if (open === 0x7b && typeof step === 'string') found = locateMember(text, at, step);
    if (found === undefined) return undefined;
    at = found;
  }
  return at;
}

function locateElement(text: string, open: number, index: number): number | undefined {
  let at = skipJsonWhitespace(text, open + 1);
  if (text.charCodeAt(at) === 0x5d) return undefined;
  for (let i = 0; ; i += 1) {
    if (i === index) return at;
    at = skipJsonWhitespace(text, skipJsonValue(text, at));
    if (text.charCodeAt(at) !== 0x2c) return undefined;
    at = skipJsonWhitespace(text, at + 1);
  }
}

function locateMember(text: string, open: number, key: string): number | undefined {
  let at = skipJsonWhitespace(text, open + 1);
  let found: number | undefined;
  while (text.charCodeAt(at) === 0x22) {
    const name = readJsonString(text, at);
    at = skipJsonWhitespace(text, skipJsonString(text, at));
    at = skipJsonWhitespace(text, at + 1); // past ':'
    if (name === key) found = at;
    at = skipJsonWhitespace(text, skipJsonValue(text, at));
    if (text.charCodeAt(at) !== 0x2c) break;
    at = skipJsonWhitespace(text, at + 1);
  }
  return found;
}
