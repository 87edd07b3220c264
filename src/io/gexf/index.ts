// The GEXF format (`.gexf`): Gephi's exchange format, also read and written by networkx and
// graphology. See read.ts and write.ts for what is carried and how.
import type { FileFormat } from '../types';
import { readGexf } from './read';
import { writeGexf } from './write';

export { readGexf, readGexfText } from './read';
export { serializeGexf } from './write';

export const GEXF_FORMAT: FileFormat = {
  id: 'gexf',
  label: 'GEXF (Gephi, networkx)',
  extensions: ['.gexf'],
  read: readGexf,
  write: writeGexf,
};
