// Public face of the analysis layer: build graphs from a document, the measure and insight
// registries, the fast path kernel, and analyzeMap. Other layers import from here.
export * from './analyze';
export * from './care';
export * from './compare';
export * from './client';
export * from './csr';
export * from './figures';
export * from './graph';
export * from './insights';
export * from './kernel';
export * from './metrics';
export type * from './protocol';
export * from './settings';
export * from './spectral';
export * from './structure';
export * from './workerCore';
export * from './support';
