// The plain CSV format: a `<base>-nodes.csv` and `<base>-ties.csv` pair for spreadsheets and
// scripts. See read.ts, write.ts and formula.ts for what is carried and how.
import type { FileFormat } from '../types';
import { readCsv } from './read';
import { writeCsv } from './write';

export { guardCell, unguardCell } from './formula';
export { type CsvText, readCsv, readCsvTexts } from './read';
export { serializeCsvTable } from './table';
export { NODES_SUFFIX, serializeCsvNodes, serializeCsvTies, TIES_SUFFIX, writeCsv } from './write';

export const CSV_FORMAT: FileFormat = {
  id: 'csv',
  label: 'CSV (nodes + ties)',
  extensions: ['.csv'],
  read: readCsv,
  write: writeCsv,
};
