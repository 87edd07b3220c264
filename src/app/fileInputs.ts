// Turning browser File objects into the plain { name, bytes } inputs the readers take.
import type { FileInput } from '../io';

/** Read every file's bytes. */
export async function readFileInputs(files: readonly File[]): Promise<FileInput[]> {
  return Promise.all(
    files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
}
