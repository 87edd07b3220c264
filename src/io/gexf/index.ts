// The GEXF format (placeholder while the reader and writer are being written).
import { type CareMap, fail, problem, type Result } from '../../model';
import type { FileFormat, FileInput, FileOutput } from '../types';

export function readGexf(_files: readonly FileInput[]): Result<CareMap> {
  return fail([problem('', 'GEXF import is not ready yet')]);
}

export function writeGexf(_doc: CareMap, _baseName: string): FileOutput[] {
  return [];
}

export const GEXF_FORMAT: FileFormat = {
  id: 'gexf',
  label: 'GEXF',
  extensions: ['.gexf'],
  read: readGexf,
  write: writeGexf,
};
