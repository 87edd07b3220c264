// The CSV (nodes + ties) format (placeholder while the reader and writer are being written).
import { type CareMap, fail, problem, type Result } from '../../model';
import type { FileFormat, FileInput, FileOutput } from '../types';

export function readCsv(_files: readonly FileInput[]): Result<CareMap> {
  return fail([problem('', 'CSV (nodes + ties) import is not ready yet')]);
}

export function writeCsv(_doc: CareMap, _baseName: string): FileOutput[] {
  return [];
}

export const CSV_FORMAT: FileFormat = {
  id: 'csv',
  label: 'CSV (nodes + ties)',
  extensions: ['.csv'],
  read: readCsv,
  write: writeCsv,
};
