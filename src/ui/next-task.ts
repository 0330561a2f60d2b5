/**
 * Ends the current task: what follows runs in a new one, so the browser can paint and answer
 * the reader in between, and no start-up task blocks the page for long (issue 15: total
 * blocking time). `scheduler.yield()` where the browser has it (its continuation goes before
 * other queued work), else a zero-delay timeout.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
