/**
 * The keys of a table that no source text names: a key is used when it appears as a
 * quoted string ('popup.names', "popup.names", `popup.names`, data-i18n="popup.names"),
 * or when a template builds it from a quoted prefix (`kindCount.${stem}` uses every
 * `kindCount.` key). For the test that every key is used, once the shell takes its
 * words from the tables.
 */
export function findUnusedKeys(
  sourceTexts: readonly string[],
  table: Readonly<Record<string, unknown>>,
): string[] {
  const used = new Set<string>();
  const prefixes: string[] = [];
  for (const text of sourceTexts) {
    for (const match of text.matchAll(/(['"`])([\w.-]+)\1/g)) used.add(match[2]!);
    for (const match of text.matchAll(/`([\w.-]*\.)\$\{/g)) prefixes.push(match[1]!);
  }
  return Object.keys(table).filter(
    (key) => !used.has(key) && !prefixes.some((prefix) => key.startsWith(prefix)),
  );
}
