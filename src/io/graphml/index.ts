// The GraphML format (placeholder while the reader and writer are being written).
import { type CareMap, fail, problem, type Result } from '../../model';
import type { FileFormat, FileInput, FileOutput } from '../types';

export function readGraphml(_files: readonly FileInput[]): Result<CareMap> {
  return fail([problem('', 'GraphML import is not ready yet')]);
}

export function writeGraphml(_doc: CareMap, _baseName: string): FileOutput[] {
  return [];
}

export const GRAPHML_FORMAT: FileFormat = {
  id: 'graphml',
  label: 'GraphML',
  extensions: ['.graphml'],
  read: readGraphml,
  write: writeGraphml,
};
