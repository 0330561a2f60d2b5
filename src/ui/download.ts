/**
 * Saves text or a Blob as a file the reader downloads: a Blob behind an object URL and a
 * temporary link, the one way that works in every browser without a server.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  // No byte-order mark: RFC 7946 §11 asks for UTF-8 without one, and Blob adds none.
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}

/** Saves a Blob (an image, say) as `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
