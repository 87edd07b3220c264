// Offering a file to the person as a download: the one place the app turns bytes into a file
// on their device (every export, picture and map download goes through here).

/** Offer a Blob as a download named `name`. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offer bytes as a download. */
export function downloadBytes(name: string, mimeType: string, bytes: Uint8Array): void {
  downloadBlob(name, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
}

/** A file name (without extension) from a map title: letters, digits and dashes only, at most 80. */
export function fileBaseName(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .toLowerCase();
  return base === '' ? 'care-map' : base.slice(0, 80);
}
