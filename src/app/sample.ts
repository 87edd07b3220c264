// The bundled sample maps: every file in sample-maps/, offered in My maps, and the Larkspur Green
// map opened the first time the app starts. Each is bundled by Vite as an asset of the app (so it
// opens offline like the rest of the app, fetched only when asked for, never parsed into the
// script) and read like any other file. A build without sample files simply offers none.
import type { FileInput } from '../io';

/** The sample opened on a first visit. */
const FIRST_SAMPLE = 'larkspur-green.carewealth.json';

const files = import.meta.glob<string>('../../sample-maps/*.carewealth.json', { query: '?url', import: 'default' });

/** What My maps says of the samples it knows; any other sample is listed by its file name. */
const ABOUT: Readonly<Record<string, { title: string; description: string }>> = {
  'larkspur-green.carewealth.json': {
    title: 'Larkspur Green care commons',
    description: 'A neighbourhood care commons: five care teams, a Local Circle, groups, spaces and services.',
  },
  'larkspur-green-over-time.carewealth.json': {
    title: 'Larkspur Green over time',
    description: 'The same neighbourhood eighteen months on, with the launch workshop kept for comparison.',
  },
  'mrs-a-support-network.carewealth.json': {
    title: "Mrs A.'s support network",
    description: 'A personal care map: who supports Mrs A., whom she supports, how close and how often.',
  },
};

export interface SampleMap {
  /** The file name, e.g. "mrs-a-support-network.carewealth.json". */
  readonly name: string;
  readonly title: string;
  readonly description: string;
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Every bundled sample, the first-visit one first, then by title. */
export const SAMPLE_MAPS: readonly SampleMap[] = Object.keys(files)
  .map((path) => {
    const name = fileName(path);
    const about = ABOUT[name];
    return { name, title: about?.title ?? name.replace(/\.carewealth\.json$/, '').replace(/-/g, ' '), description: about?.description ?? '' };
  })
  .sort((a, b) => Number(b.name === FIRST_SAMPLE) - Number(a.name === FIRST_SAMPLE) || a.title.localeCompare(b.title));

/** Fetch a bundled sample's bytes, or null when the build has no such file. */
export async function loadSample(name: string): Promise<FileInput | null> {
  const load = Object.entries(files).find(([path]) => fileName(path) === name)?.[1];
  if (load === undefined) return null;
  const response = await fetch(await load());
  if (!response.ok) return null;
  return { name, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** The sample map opened on a first visit, or null when the build has none. */
export function loadSampleMap(): Promise<FileInput | null> {
  return loadSample(FIRST_SAMPLE);
}
