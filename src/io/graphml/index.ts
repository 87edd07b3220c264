// The GraphML format (`.graphml`): read and written by yEd, Gephi, Cytoscape desktop, networkx
// and igraph. See read.ts and write.ts for what is carried and how.
import type { FileFormat } from '../types';
import { readGraphml } from './read';
import { writeGraphml } from './write';

export { readGraphml, readGraphmlText } from './read';
export { serializeGraphml } from './write';

export const GRAPHML_FORMAT: FileFormat = {
  id: 'graphml',
  label: 'GraphML (yEd, networkx, igraph)',
  extensions: ['.graphml'],
  read: readGraphml,
  write: writeGraphml,
};
