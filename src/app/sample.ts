// The bundled sample map, opened the first time the app starts. It is loaded through Vite as a
// URL asset (so it is fetched, not parsed into the bundle) and read like any other file. The glob
// keeps the build working even if the sample file is missing: the app then starts an empty map.
import type { FileInput } from '../io';

const SAMPLE_NAME = 'larkspur-green.carewealth.json';
const samples = import.meta.glob<string>('../../sample-maps/larkspur-green.carewealth.json', {
  query: '?url',
  import: 'default',
});

/** Fetch the sample map's bytes, or null when the build has none. */
export async function loadSampleMap(): Promise<FileInput | null> {
  const load = Object.values(samples)[0];
  if (load === undefined) return null;
  const url = await load();
  const response = await fetch(url);
  if (!response.ok) return null;
  return { name: SAMPLE_NAME, bytes: new Uint8Array(await response.arrayBuffer()) };
}
