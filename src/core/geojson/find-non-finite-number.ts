/** A search for numbers that JSON cannot hold. */

/**
 * The first NaN, Infinity or -Infinity found in `value` (itself, or any array item or own
 * enumerable member, at any depth), or undefined when there is none. JSON has no way to
 * write these: JSON.stringify silently writes null instead. Does not follow `toJSON`.
 */
export function findNonFiniteNumber(value: unknown): number | undefined {
  const pending: unknown[] = [value];
  const seen = new Set<object>();
  // A work list rather than recursion, so deep nesting cannot overflow the call stack.
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return item;
    } else if (typeof item === 'object' && item !== null && !seen.has(item)) {
      seen.add(item);
      // One at a time: spreading a long array into push() would overflow the stack.
      for (const child of Array.isArray(item) ? item : Object.values(item)) pending.push(child);
    }
  }
  return undefined;
}
