// Turning browser File objects into the plain { name, bytes } inputs the readers take.
import type { FileInput } from '../io';

/** Read every file's bytes. */
export async function readFileInputs(files: readonly File[]): Promise<FileInput[]> {
  return Promise.all(
    files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
}

/** Offer bytes to the person as a download. */
export function downloadBytes(name: string, mimeType: string, bytes: Uint8Array): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType });
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
