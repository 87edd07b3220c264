// Public face of the model: schemas and inferred types, catalogues, ids, constructors, pure
// operations, the load pipeline and the problem type. Other layers import from here.
export * from './catalogues';
export * from './create';
export * from './displayName';
export * from './ids';
export * from './integrity';
export * from './load';
export * from './merge';
export * from './migrations';
export * from './operations';
export * from './problems';
export * from './schema';
export * from './filters';
export * from './formality';
export * from './random';
export * from './privacy';
export * from './records';
export * from './governance';
export * from './survey';
export * from './assessment';
