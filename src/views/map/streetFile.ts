// Turning a PMTiles street extract (a Blob kept in IndexedDB) into a MapLibre style: the `pmtiles`
// protocol is registered with MapLibre once, the file is read in place through a FileSource (byte
// ranges from the Blob, nothing uploaded anywhere), and its header and metadata choose the schema.
import { addProtocol } from 'maplibre-gl';
import { FileSource, PMTiles, Protocol } from 'pmtiles';
import type { StyleSpecification } from 'maplibre-gl';

import { detectStreetSchema, pmtilesAttribution, type StreetSchema, streetStyle } from './pmtilesStyle';

let protocol: Protocol | null = null;

function ensureProtocol(): Protocol {
  if (protocol === null) {
    protocol = new Protocol();
    addProtocol('pmtiles', protocol.tile);
  }
  return protocol;
}

export type StreetStyleResult =
  | {
      readonly ok: true;
      readonly style: StyleSpecification;
      readonly schema: StreetSchema;
      readonly attribution: string;
    }
  | { readonly ok: false; readonly message: string };

/** Read a PMTiles file's header and metadata and build its street style. Never rejects. */
export async function streetStyleFromBlob(
  name: string,
  blob: Blob,
  assetBase: string,
): Promise<StreetStyleResult> {
  try {
    const file = blob instanceof File && blob.name === name ? blob : new File([blob], name);
    const archive = new PMTiles(new FileSource(file));
    const header = await archive.getHeader();
    const metadata = await archive.getMetadata().catch(() => ({}));
    const check = detectStreetSchema(header.tileType, metadata);
    if (!check.ok) return check;
    ensureProtocol().add(archive);
    const attribution = pmtilesAttribution(metadata);
    return {
      ok: true,
      schema: check.schema,
      attribution,
      style: streetStyle({
        schema: check.schema,
        url: `pmtiles://${archive.source.getKey()}`,
        attribution,
        assetBase,
      }),
    };
  } catch (error) {
    return {
      ok: false,
      message: `“${name}” could not be read as a PMTiles file (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}
