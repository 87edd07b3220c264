// Public face of the comparison over time: match two states, compare them, the indicators and
// wave measures, the findings in sentences, and diffMaps, which runs them all (see README.md).
export * from './diff';
export * from './diffMaps';
export * from './indicators';
export * from './match';
export * from './sentences';
export * from './waves';
